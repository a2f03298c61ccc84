/**
 * What the audio logic needs from a sound library, reduced to a few calls so that the logic can
 * be tested in Node with a fake and the real Howler stays in one file (howler-backend.ts).
 */

/** One loaded sound (a Howl): it can be played several times at once, each play has an id. */
export interface SoundHandle {
  /** Starts one playback and returns its id. */
  play(): number;
  /** Stops one playback, or all of them without an id. */
  stop(id?: number): void;
  /** Sets the level of every playback (0–1). */
  volume(level: number): void;
  /** Ramps the level of one playback from `from` to `to` in `ms` milliseconds. */
  fade(from: number, to: number, ms: number, id: number): void;
  /** Frees the decoded audio. */
  unload(): void;
}

export interface SoundOptions {
  readonly src: readonly string[];
  readonly format: readonly string[];
  readonly loop: boolean;
  readonly volume: number;
}

export interface AudioBackend {
  /** Creates (and starts loading) one sound. */
  createSound(options: SoundOptions): SoundHandle;
  /** The global level, applied after every channel level. */
  setMasterVolume(level: number): void;
  /** Silences everything at once (the levels are kept). */
  setMuted(muted: boolean): void;
  /**
   * True while the browser still blocks audio because the player has not clicked or pressed a
   * key yet. Effects asked for in that time are dropped rather than queued, otherwise they
   * would all sound together on the first click.
   */
  isLocked(): boolean;
  /** Calls `listener` once, when audio becomes unlocked (at once if it already is). */
  onUnlock(listener: () => void): void;
}
