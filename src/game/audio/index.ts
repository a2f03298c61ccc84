/**
 * The game's audio, wired for the browser: Howler, the built sound files, localStorage and the
 * system's reduced-motion preference. Scenes get one `GameAudio` from here (see audio.ts).
 */
import type { GameAudio } from './audio';
import { createAudio } from './audio';
import { howlerBackend } from './howler-backend';
import type { SettingsStorage } from './settings';
import { SOUND_FILES } from './sounds';

export type { GameAudio } from './audio';
export { createAudio, DEFAULT_AMBIENCE_FADE_IN_MS, DEFAULT_AMBIENCE_FADE_OUT_MS } from './audio';
export type { AudioBackend, SoundHandle, SoundOptions } from './backend';
export type { AmbienceName, EffectName, SoundName } from './catalogue';
export { EFFECT_NAMES } from './catalogue';
export type { AudioSettings, SettingsStorage } from './settings';
export { DEFAULT_SETTINGS, SETTINGS_KEY } from './settings';

/** localStorage, or null where the browser forbids it (sandboxed frames, some privacy modes). */
function browserStorage(): SettingsStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The system asks for less motion; we take it as a wish for a calmer, quieter game too. */
function systemPrefersQuiet(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Creates the game's audio for the browser. Call once at boot and share the result. */
export function createBrowserAudio(): GameAudio {
  return createAudio(browserStorage(), {
    backend: howlerBackend(window),
    sources: SOUND_FILES,
    prefersQuiet: systemPrefersQuiet(),
    onError: (error) => console.warn('PAROS: sound is off for this session.', error),
  });
}
