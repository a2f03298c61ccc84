/**
 * What a person sets for this browser besides sound (which the audio module keeps): the
 * language and reduced motion. Kept in localStorage, never sent anywhere.
 */
export interface Settings {
  readonly language: Language;
  /** Fewer animations; follows the system's prefers-reduced-motion until the person chooses. */
  readonly reducedMotion: boolean;
}

export const LANGUAGES = ['en', 'zh', 'fr', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export const SETTINGS_KEY = 'paros.settings.v1';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The stored settings, or defaults drawn from the browser (its language, its motion setting). */
export function loadSettings(
  storage: Pick<Storage, 'getItem'> | undefined = pageStorage(),
): Settings {
  const defaults = defaultSettings();
  let stored: Partial<Record<keyof Settings, unknown>> = {};
  try {
    stored = (JSON.parse(storage?.getItem(SETTINGS_KEY) ?? '{}') ?? {}) as typeof stored;
  } catch {
    stored = {};
  }
  return {
    language: isLanguage(stored.language) ? stored.language : defaults.language,
    reducedMotion:
      typeof stored.reducedMotion === 'boolean' ? stored.reducedMotion : defaults.reducedMotion,
  };
}

export function saveSettings(
  settings: Settings,
  storage: Pick<Storage, 'setItem'> | undefined = pageStorage(),
): void {
  try {
    storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // A private window may refuse storage: the settings then last as long as the page.
  }
}

function defaultSettings(): Settings {
  const browserLanguage = typeof navigator === 'undefined' ? 'en' : navigator.language;
  const prefix = browserLanguage.slice(0, 2).toLowerCase();
  const reduced =
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return { language: isLanguage(prefix) ? prefix : 'en', reducedMotion: reduced };
}

function pageStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
