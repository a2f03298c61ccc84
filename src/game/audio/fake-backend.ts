/**
 * A recording stand-in for the sound library, for tests: it plays nothing and keeps a log of
 * what the audio logic asked for, so tests can check behaviour without a browser.
 */
import type { AudioBackend, SoundHandle, SoundOptions } from './backend';

export interface FakeSound {
  readonly options: SoundOptions;
  /** Ids of the playbacks started and not stopped. */
  readonly playing: Set<number>;
  /** The level set last with `volume()` (starts at the creation level). */
  level: number;
  readonly fades: { from: number; to: number; ms: number; id: number }[];
  unloaded: boolean;
}

export interface FakeBackend extends AudioBackend {
  readonly sounds: FakeSound[];
  master: number;
  muted: boolean;
  locked: boolean;
  /** Simulates the player's first click or key press. */
  unlock(): void;
  /** Makes every later library call throw, like a browser without audio. */
  failing: boolean;
  /** The sound created for the given first source URL, if any. */
  soundFor(src: string): FakeSound | undefined;
}

export function fakeBackend(locked = false): FakeBackend {
  let nextId = 1;
  const waiting: (() => void)[] = [];
  const check = (): void => {
    if (backend.failing) throw new Error('no audio in this browser');
  };
  const backend: FakeBackend = {
    sounds: [],
    master: -1,
    muted: false,
    locked,
    failing: false,
    unlock() {
      backend.locked = false;
      for (const listener of waiting.splice(0)) listener();
    },
    soundFor: (src) => backend.sounds.find((sound) => sound.options.src[0] === src),
    createSound(options): SoundHandle {
      check();
      const sound: FakeSound = {
        options,
        playing: new Set(),
        level: options.volume,
        fades: [],
        unloaded: false,
      };
      backend.sounds.push(sound);
      return {
        play() {
          check();
          const id = nextId++;
          sound.playing.add(id);
          return id;
        },
        stop(id) {
          if (id === undefined) sound.playing.clear();
          else sound.playing.delete(id);
        },
        volume(level) {
          sound.level = level;
        },
        fade(from, to, ms, id) {
          sound.fades.push({ from, to, ms, id });
        },
        unload() {
          sound.unloaded = true;
        },
      };
    },
    setMasterVolume(level) {
      check();
      backend.master = level;
    },
    setMuted(muted) {
      check();
      backend.muted = muted;
    },
    isLocked: () => backend.locked,
    onUnlock(listener) {
      if (backend.locked) waiting.push(listener);
      else listener();
    },
  };
  return backend;
}

/** A Map-backed Storage with the two methods the settings use. */
export function memoryStorage(initial: Record<string, string> = {}): Storage & {
  readonly data: Map<string, string>;
} {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  };
}
