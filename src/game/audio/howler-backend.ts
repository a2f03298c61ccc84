/**
 * The audio backend on Howler (Web Audio, with HTML5 Audio where Web Audio is missing).
 *
 * Howler unlocks audio by itself on the first touch, click or key press. What it does not tell
 * us is whether that has happened yet: its AudioContext is also "suspended" after 30 s of
 * silence (autoSuspend), which is not a lock. So the lock is tracked here from the page's user
 * activation (`navigator.userActivation.hasBeenActive` where the browser has it, otherwise the
 * first gesture seen).
 */
import { Howl, Howler } from 'howler';
import type { AudioBackend, SoundHandle, SoundOptions } from './backend';

/** Events that count as a user gesture for the browser's autoplay rules. */
const GESTURES = ['pointerdown', 'keydown', 'touchend', 'click'] as const;

export function howlerBackend(target: Window = window): AudioBackend {
  let unlocked = target.navigator.userActivation?.hasBeenActive ?? false;
  const waiting: (() => void)[] = [];

  const onGesture = (): void => {
    if (unlocked) return;
    unlocked = true;
    for (const gesture of GESTURES) target.removeEventListener(gesture, onGesture, true);
    for (const listener of waiting.splice(0)) listener();
  };
  if (!unlocked)
    for (const gesture of GESTURES)
      target.addEventListener(gesture, onGesture, { capture: true, passive: true });

  return {
    createSound(options: SoundOptions): SoundHandle {
      const howl = new Howl({
        src: [...options.src],
        format: [...options.format],
        loop: options.loop,
        volume: options.volume,
        preload: true,
      });
      return {
        play: () => howl.play(),
        stop: (id) => void howl.stop(id),
        volume: (level) => void howl.volume(level),
        fade: (from, to, ms, id) => void howl.fade(from, to, ms, id),
        unload: () => howl.unload(),
      };
    },
    setMasterVolume: (level) => void Howler.volume(level),
    setMuted: (muted) => void Howler.mute(muted),
    isLocked: () => !unlocked,
    onUnlock(listener) {
      if (unlocked) listener();
      else waiting.push(listener);
    },
  };
}
