import i18next from 'i18next';
import type { i18n as I18n, Resource } from 'i18next';
import type { Language } from '../storage/settings';

/** The BCP 47 tag for each language the game offers (for <html lang> and Intl). */
export const LANGUAGE_TAGS: Record<Language, string> = {
  en: 'en',
  zh: 'zh-CN',
  fr: 'fr',
  ru: 'ru',
};

// Every locales/<language>/<namespace>.ts becomes one namespace: shell.ts is the shell's,
// views.ts the play screens'. A file exports its strings as default or as its only export.
const modules = import.meta.glob<Record<string, unknown>>('./locales/*/*.ts', { eager: true });

/** The strings found in locales/, as i18next resources (language → namespace → strings). */
export function localeResources(): Resource {
  const resources: Record<string, Record<string, unknown>> = {};
  for (const [path, module] of Object.entries(modules)) {
    const match = /\.\/locales\/([a-z-]+)\/([\w-]+)\.ts$/.exec(path);
    if (!match || path.endsWith('.test.ts')) continue;
    const [, language, namespace] = match as unknown as [string, string, string];
    const strings = module.default ?? Object.values(module)[0];
    if (typeof strings !== 'object' || strings === null) continue;
    (resources[language] ??= {})[namespace] = strings;
  }
  return resources as Resource;
}

/**
 * Starts i18next with every namespace found (English fills any gap in another language).
 * One instance for the page: screens read `t` from it and re-render on 'languageChanged'.
 */
export async function startI18n(language: Language): Promise<I18n> {
  // The global instance: the play screens (scenes/*) translate through it too.
  const instance = i18next;
  const resources = localeResources();
  const namespaces = [...new Set(Object.values(resources).flatMap((ns) => Object.keys(ns)))];
  await instance.init({
    lng: language,
    fallbackLng: 'en',
    resources,
    ns: namespaces.length > 0 ? namespaces : ['shell'],
    defaultNS: 'shell',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  setDocumentLanguage(language);
  instance.on('languageChanged', (next: string) => setDocumentLanguage(next as Language));
  return instance;
}

function setDocumentLanguage(language: Language): void {
  if (typeof document !== 'undefined')
    document.documentElement.lang = LANGUAGE_TAGS[language] ?? language;
}
