import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import { views as en } from '../../../i18n/locales/en/views';
import { views as fr } from '../../../i18n/locales/fr/views';
import { views as ru } from '../../../i18n/locales/ru/views';
import { views as zh } from '../../../i18n/locales/zh/views';

/** The namespace the play screens' strings live in. */
export const VIEWS_NAMESPACE = 'views';

/** The play screens' strings by language ('zh' serves 'zh-CN' through i18next's fallback). */
export const VIEWS_RESOURCES = { en, zh, ru, fr } as const;

let fallback: I18n | null = null;

/**
 * The i18next instance the play screens translate with: the shell's global one once it is
 * initialised (our 'views' bundles are added to it if the shell did not register them), else a
 * private English instance, so that scenes and tests work before the shell boots.
 */
function instance(): I18n {
  if (i18next.isInitialized) {
    for (const [language, bundle] of Object.entries(VIEWS_RESOURCES)) {
      if (!i18next.hasResourceBundle(language, VIEWS_NAMESPACE))
        i18next.addResourceBundle(language, VIEWS_NAMESPACE, bundle, true, false);
    }
    return i18next;
  }
  if (fallback === null) {
    fallback = i18next.createInstance();
    void fallback.init({
      lng: 'en',
      fallbackLng: 'en',
      ns: [VIEWS_NAMESPACE],
      defaultNS: VIEWS_NAMESPACE,
      resources: Object.fromEntries(
        Object.entries(VIEWS_RESOURCES).map(([language, bundle]) => [
          language,
          { [VIEWS_NAMESPACE]: bundle },
        ]),
      ),
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return fallback;
}

/** Translates a key of the 'views' namespace: `tv('chamber.title')`, `tv('hall.tally', { yes })`. */
export function tv(key: string, options: Record<string, unknown> = {}): string {
  const i18n = instance();
  const translate = i18n.t.bind(i18n) as (key: string, options: Record<string, unknown>) => string;
  return translate(key, {
    ns: VIEWS_NAMESPACE,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    ...options,
  });
}

/** The language the screens are shown in now ('en', 'zh-CN' …). */
export function viewsLanguage(): string {
  return instance().language || 'en';
}

/** Switches the private instance's language (the shell switches its own through i18next). */
export function setViewsLanguage(language: string): void {
  void instance().changeLanguage(language);
}
