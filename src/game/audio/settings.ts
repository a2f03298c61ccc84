/**
 * The player's audio settings and how they survive a reload: one JSON record in localStorage
 * (or any storage with the same two methods, so tests can pass a Map-backed fake).
 *
 * Reading never fails: a missing, corrupt or out-of-range record falls back field by field to
 * the defaults (numbers are clamped into 0–1), because a bad value left by an older version or
 * typed into the console must not silence the game or throw at start-up.
 */

/** The part of the Web Storage API the settings need. */
export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface AudioSettings {
  /** Overall level, 0–1 (Howler's master volume). */
  readonly master: number;
  /** Level of the one-shot effects, 0–1. */
  readonly effects: number;
  /** Level of the hall ambience, 0–1. */
  readonly ambience: number;
  /** Everything silent, levels kept for when sound comes back. */
  readonly muted: boolean;
  /**
   * The player's own choice of a quiet game (no ambience, no hover ticks); `null` until they
   * choose, in which case the system's reduced-motion preference decides.
   */
  readonly quiet: boolean | null;
}

export const SETTINGS_KEY = 'paros.audio.v1';

export const DEFAULT_SETTINGS: AudioSettings = {
  master: 0.8,
  effects: 0.8,
  ambience: 0.5,
  muted: false,
  quiet: null,
};

/** A volume forced into 0–1; anything that is not a finite number gives `fallback`. */
export function clampVolume(value: unknown, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(1, Math.max(0, value));
}

/** Settings rebuilt from anything (parsed JSON, user input), field by field. */
export function normaliseSettings(raw: unknown): AudioSettings {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    master: clampVolume(record.master, DEFAULT_SETTINGS.master),
    effects: clampVolume(record.effects, DEFAULT_SETTINGS.effects),
    ambience: clampVolume(record.ambience, DEFAULT_SETTINGS.ambience),
    muted: typeof record.muted === 'boolean' ? record.muted : DEFAULT_SETTINGS.muted,
    quiet: typeof record.quiet === 'boolean' ? record.quiet : DEFAULT_SETTINGS.quiet,
  };
}

/** The stored settings, or the defaults when there are none or they cannot be read. */
export function loadSettings(storage: SettingsStorage | null): AudioSettings {
  if (!storage) return DEFAULT_SETTINGS;
  let text: string | null;
  try {
    text = storage.getItem(SETTINGS_KEY);
  } catch {
    return DEFAULT_SETTINGS; // storage blocked (privacy mode, sandboxed frame)
  }
  if (text === null) return DEFAULT_SETTINGS;
  try {
    return normaliseSettings(JSON.parse(text));
  } catch {
    return DEFAULT_SETTINGS; // not JSON
  }
}

/** Stores the settings; returns false when the storage refused (full or blocked). */
export function saveSettings(storage: SettingsStorage | null, settings: AudioSettings): boolean {
  if (!storage) return false;
  try {
    storage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}
