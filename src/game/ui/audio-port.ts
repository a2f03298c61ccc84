/**
 * The part of the audio module (src/game/audio, GameAudio) the shell uses: the volume and mute
 * of the settings screen and the interface's own cues. Typed here so the shell can be tested
 * with a stand-in.
 */
export interface ShellAudio {
  readonly settings: { readonly master: number; readonly muted: boolean };
  setMasterVolume(level: number): void;
  setMuted(muted: boolean): void;
  play(name: 'click' | 'turn' | 'gavel'): void;
}
