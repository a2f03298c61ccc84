/**
 * The game's sound: effects on demand, one looping hall ambience, and the player's levels,
 * mute and quiet choice, remembered between visits.
 *
 * Scenes call `play('gavel')` and friends without caring whether sound is possible: before
 * the first click the browser locks audio, in a quiet game decorative ticks are skipped, and a
 * library failure switches sound off instead of breaking the game. Nothing here decides a rule.
 */
import type { AudioBackend, SoundHandle } from './backend';
import type { EffectName, SoundName, SoundSources } from './catalogue';
import { DECORATIVE_EFFECTS, EFFECT_NAMES, MIX_LEVEL, SOURCE_FORMATS } from './catalogue';
import type { AudioSettings, SettingsStorage } from './settings';
import { clampVolume, loadSettings, saveSettings } from './settings';

export interface AudioOptions {
  /** The sound library (Howler in the browser, a fake in tests). */
  readonly backend: AudioBackend;
  /** The file URLs of each sound. */
  readonly sources: SoundSources;
  /**
   * The system's wish for a calm interface (`prefers-reduced-motion: reduce`), followed until
   * the player makes their own quiet choice.
   */
  readonly prefersQuiet?: boolean;
  /** Told once when the sound library fails; sound is then off for the session. */
  readonly onError?: (error: unknown) => void;
}

export const DEFAULT_AMBIENCE_FADE_IN_MS = 2000;
export const DEFAULT_AMBIENCE_FADE_OUT_MS = 1200;

export interface GameAudio {
  /** Plays one effect, or nothing when muted, locked, silent or decorative in a quiet game. */
  play(name: EffectName): void;
  /** Starts loading every sound now (call from the preloader) instead of on first use. */
  preload(): void;
  /** Fades the hall ambience in; in a quiet game it waits until quiet is switched off. */
  startAmbience(fadeMs?: number): void;
  /** Fades the hall ambience out and stops it. */
  stopAmbience(fadeMs?: number): void;
  /** The current settings (a new object after each change). */
  readonly settings: AudioSettings;
  /** Whether the game is quiet now: the player's choice, else the system preference. */
  isQuiet(): boolean;
  setMasterVolume(level: number): void;
  setEffectsVolume(level: number): void;
  setAmbienceVolume(level: number): void;
  setMuted(muted: boolean): void;
  /** Flips mute and returns the new state (for a mute button or the M key). */
  toggleMute(): boolean;
  /** The player's quiet choice; `null` hands the decision back to the system preference. */
  setQuiet(quiet: boolean | null): void;
  /** Calls `listener` after every settings change; returns the function that unsubscribes. */
  onChange(listener: (settings: AudioSettings) => void): () => void;
  /** Stops everything and frees the loaded sounds. */
  dispose(): void;
}

/** Builds the game's audio from the stored settings; `storage` is null when there is none. */
export function createAudio(storage: SettingsStorage | null, options: AudioOptions): GameAudio {
  const { backend, sources, prefersQuiet = false } = options;
  let settings = loadSettings(storage);
  let broken = false;
  const handles = new Map<SoundName, SoundHandle>();
  const listeners = new Set<(settings: AudioSettings) => void>();

  let ambienceWanted = false;
  let ambienceId: number | null = null;
  let ambienceFadeMs = DEFAULT_AMBIENCE_FADE_IN_MS;
  let waitingForUnlock = false;

  /** Runs a library call; the first failure turns sound off for good rather than crash a scene. */
  const safely = (action: () => void): void => {
    if (broken) return;
    try {
      action();
    } catch (error) {
      broken = true;
      options.onError?.(error);
    }
  };

  const isQuiet = (): boolean => settings.quiet ?? prefersQuiet;
  const levelOf = (name: SoundName): number =>
    (name === 'ambience' ? settings.ambience : settings.effects) * MIX_LEVEL[name];

  const handle = (name: SoundName): SoundHandle => {
    let sound = handles.get(name);
    if (!sound) {
      sound = backend.createSound({
        src: sources[name],
        format: SOURCE_FORMATS,
        loop: name === 'ambience',
        volume: levelOf(name),
      });
      handles.set(name, sound);
    }
    return sound;
  };

  const beginAmbience = (): void => {
    if (!ambienceWanted || ambienceId !== null || isQuiet()) return;
    if (backend.isLocked()) {
      // Howler would queue the play; waiting ourselves keeps the fade-in for the first click.
      if (!waitingForUnlock) {
        waitingForUnlock = true;
        backend.onUnlock(() => {
          waitingForUnlock = false;
          safely(beginAmbience);
        });
      }
      return;
    }
    const sound = handle('ambience');
    const id = sound.play();
    sound.fade(0, levelOf('ambience'), ambienceFadeMs, id);
    ambienceId = id;
  };

  const endAmbience = (fadeMs: number): void => {
    const id = ambienceId;
    if (id === null) return;
    ambienceId = null;
    const sound = handle('ambience');
    if (fadeMs <= 0) {
      sound.stop(id);
      return;
    }
    sound.fade(levelOf('ambience'), 0, fadeMs, id);
    // Only this playback is stopped, so an ambience restarted during the fade keeps playing.
    setTimeout(() => safely(() => sound.stop(id)), fadeMs);
  };

  const change = (next: AudioSettings): void => {
    const before = settings;
    settings = next;
    saveSettings(storage, settings);
    safely(() => {
      if (next.master !== before.master) backend.setMasterVolume(next.master);
      if (next.muted !== before.muted) backend.setMuted(next.muted);
      if (next.effects !== before.effects)
        for (const name of EFFECT_NAMES) handles.get(name)?.volume(levelOf(name));
      if (next.ambience !== before.ambience) handles.get('ambience')?.volume(levelOf('ambience'));
      if (isQuiet()) endAmbience(DEFAULT_AMBIENCE_FADE_OUT_MS);
      else beginAmbience();
    });
    for (const listener of listeners) listener(settings);
  };

  safely(() => {
    backend.setMasterVolume(settings.master);
    backend.setMuted(settings.muted);
  });

  return {
    play(name) {
      if (settings.muted || settings.effects === 0 || settings.master === 0) return;
      if (isQuiet() && DECORATIVE_EFFECTS.has(name)) return;
      safely(() => {
        if (backend.isLocked()) return;
        handle(name).play();
      });
    },
    preload() {
      safely(() => {
        for (const name of [...EFFECT_NAMES, 'ambience'] as const) handle(name);
      });
    },
    startAmbience(fadeMs = DEFAULT_AMBIENCE_FADE_IN_MS) {
      ambienceWanted = true;
      ambienceFadeMs = Math.max(0, fadeMs);
      safely(beginAmbience);
    },
    stopAmbience(fadeMs = DEFAULT_AMBIENCE_FADE_OUT_MS) {
      ambienceWanted = false;
      safely(() => endAmbience(Math.max(0, fadeMs)));
    },
    get settings() {
      return settings;
    },
    isQuiet,
    setMasterVolume(level) {
      change({ ...settings, master: clampVolume(level, settings.master) });
    },
    setEffectsVolume(level) {
      change({ ...settings, effects: clampVolume(level, settings.effects) });
    },
    setAmbienceVolume(level) {
      change({ ...settings, ambience: clampVolume(level, settings.ambience) });
    },
    setMuted(muted) {
      change({ ...settings, muted });
    },
    toggleMute() {
      change({ ...settings, muted: !settings.muted });
      return settings.muted;
    },
    setQuiet(quiet) {
      change({ ...settings, quiet });
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      ambienceWanted = false;
      listeners.clear();
      safely(() => {
        for (const sound of handles.values()) {
          sound.stop();
          sound.unload();
        }
      });
      handles.clear();
      ambienceId = null;
      broken = true; // a disposed audio stays silent
    },
  };
}
