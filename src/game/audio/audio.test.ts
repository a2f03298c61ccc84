import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AudioOptions } from './audio';
import { createAudio } from './audio';
import type { SoundName, SoundSources } from './catalogue';
import { EFFECT_NAMES, MIX_LEVEL } from './catalogue';
import { fakeBackend, memoryStorage } from './fake-backend';
import { DEFAULT_SETTINGS, SETTINGS_KEY, loadSettings } from './settings';

const ALL: readonly SoundName[] = [...EFFECT_NAMES, 'ambience'];
const SOURCES = Object.fromEntries(
  ALL.map((name) => [name, [`${name}.ogg`, `${name}.mp3`]]),
) as unknown as SoundSources;

function setup(options: Partial<AudioOptions> & { locked?: boolean; stored?: object } = {}) {
  const backend = fakeBackend(options.locked ?? false);
  const storage = memoryStorage(
    options.stored ? { [SETTINGS_KEY]: JSON.stringify(options.stored) } : {},
  );
  const audio = createAudio(storage, { backend, sources: SOURCES, ...options });
  const sound = (name: SoundName) => backend.soundFor(`${name}.ogg`);
  return { audio, backend, storage, sound };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('effects', () => {
  it('play from their files, at the effects level times their mix level', () => {
    const { audio, sound } = setup({ stored: { effects: 0.5 } });
    audio.play('gavel');
    const gavel = sound('gavel');
    expect(gavel?.options.src).toEqual(['gavel.ogg', 'gavel.mp3']);
    expect(gavel?.options.loop).toBe(false);
    expect(gavel?.level).toBeCloseTo(0.5 * MIX_LEVEL.gavel);
    expect(gavel?.playing.size).toBe(1);
  });

  it('reuse one loaded sound for repeated plays', () => {
    const { audio, backend } = setup();
    audio.play('click');
    audio.play('click');
    expect(backend.sounds).toHaveLength(1);
    expect(backend.sounds[0]?.playing.size).toBe(2);
  });

  it('are dropped, without error, while the browser still locks audio', () => {
    const { audio, backend, sound } = setup({ locked: true });
    expect(() => audio.play('voteChime')).not.toThrow();
    expect(sound('voteChime')?.playing.size ?? 0).toBe(0);
    backend.unlock();
    // Nothing stale bursts out on the first click; later plays sound normally.
    expect(sound('voteChime')?.playing.size ?? 0).toBe(0);
    audio.play('voteChime');
    expect(sound('voteChime')?.playing.size).toBe(1);
  });

  it('are silent when muted, and sound again when unmuted', () => {
    const { audio, backend, sound } = setup();
    audio.setMuted(true);
    expect(backend.muted).toBe(true);
    audio.play('objection');
    expect(sound('objection')?.playing.size ?? 0).toBe(0);
    expect(audio.toggleMute()).toBe(false);
    expect(backend.muted).toBe(false);
    audio.play('objection');
    expect(sound('objection')?.playing.size).toBe(1);
  });

  it('skip decorative ticks in a quiet game but keep the meaningful cues', () => {
    const { audio, sound } = setup({ prefersQuiet: true });
    expect(audio.isQuiet()).toBe(true);
    audio.play('hover');
    audio.play('gavel');
    expect(sound('hover')?.playing.size ?? 0).toBe(0);
    expect(sound('gavel')?.playing.size).toBe(1);
  });

  it('follow a change of the effects level, clamped into 0–1', () => {
    const { audio, sound } = setup();
    audio.play('turn');
    audio.setEffectsVolume(3);
    expect(audio.settings.effects).toBe(1);
    expect(sound('turn')?.level).toBeCloseTo(MIX_LEVEL.turn);
    audio.setEffectsVolume(-1);
    expect(audio.settings.effects).toBe(0);
    audio.play('turn');
    expect(sound('turn')?.playing.size).toBe(1); // the earlier play only
  });
});

describe('settings', () => {
  it('apply the stored master level and mute at start', () => {
    const { backend } = setup({ stored: { master: 0.3, muted: true } });
    expect(backend.master).toBe(0.3);
    expect(backend.muted).toBe(true);
  });

  it('are saved on every change and read back by a new audio', () => {
    const { audio, storage } = setup();
    audio.setMasterVolume(0.2);
    audio.setAmbienceVolume(0.9);
    audio.setMuted(true);
    audio.setQuiet(true);
    expect(loadSettings(storage)).toEqual({
      master: 0.2,
      effects: DEFAULT_SETTINGS.effects,
      ambience: 0.9,
      muted: true,
      quiet: true,
    });
    const again = createAudio(storage, { backend: fakeBackend(), sources: SOURCES });
    expect(again.settings).toEqual(loadSettings(storage));
  });

  it('keep the previous level when given something that is not a number', () => {
    const { audio, backend } = setup({ stored: { master: 0.6 } });
    audio.setMasterVolume(Number.NaN);
    expect(audio.settings.master).toBe(0.6);
    audio.setMasterVolume(12);
    expect(backend.master).toBe(1);
  });

  it('tell listeners about each change until they unsubscribe', () => {
    const { audio } = setup();
    const seen: boolean[] = [];
    const unsubscribe = audio.onChange((settings) => seen.push(settings.muted));
    audio.toggleMute();
    audio.toggleMute();
    unsubscribe();
    audio.toggleMute();
    expect(seen).toEqual([true, false]);
  });

  it("let the player's quiet choice override the system preference, and hand it back", () => {
    const { audio } = setup({ prefersQuiet: true });
    audio.setQuiet(false);
    expect(audio.isQuiet()).toBe(false);
    audio.setQuiet(null);
    expect(audio.isQuiet()).toBe(true);
  });
});

describe('ambience', () => {
  it('loops and fades in to its level', () => {
    const { audio, sound } = setup({ stored: { ambience: 0.4 } });
    audio.startAmbience(1500);
    const ambience = sound('ambience');
    expect(ambience?.options.loop).toBe(true);
    expect(ambience?.playing.size).toBe(1);
    expect(ambience?.fades).toEqual([
      { from: 0, to: 0.4 * MIX_LEVEL.ambience, ms: 1500, id: [...ambience!.playing][0] },
    ]);
  });

  it('starts once, however often it is asked for', () => {
    const { audio, sound } = setup();
    audio.startAmbience();
    audio.startAmbience();
    expect(sound('ambience')?.playing.size).toBe(1);
  });

  it('fades out and then stops', () => {
    const { audio, sound } = setup();
    audio.startAmbience(0);
    audio.stopAmbience(800);
    const ambience = sound('ambience')!;
    expect(ambience.fades.at(-1)).toMatchObject({ to: 0, ms: 800 });
    expect(ambience.playing.size).toBe(1);
    vi.advanceTimersByTime(800);
    expect(ambience.playing.size).toBe(0);
  });

  it('restarted during its fade-out keeps playing after the old playback stops', () => {
    const { audio, sound } = setup();
    audio.startAmbience(0);
    audio.stopAmbience(1000);
    audio.startAmbience(1000);
    vi.advanceTimersByTime(1000);
    expect(sound('ambience')?.playing.size).toBe(1);
  });

  it('waits for the unlock instead of failing while the browser locks audio', () => {
    const { audio, backend, sound } = setup({ locked: true });
    audio.startAmbience();
    expect(sound('ambience')?.playing.size ?? 0).toBe(0);
    backend.unlock();
    expect(sound('ambience')?.playing.size).toBe(1);
  });

  it('does not start after the unlock if it was stopped meanwhile', () => {
    const { audio, backend, sound } = setup({ locked: true });
    audio.startAmbience();
    audio.stopAmbience();
    backend.unlock();
    expect(sound('ambience')?.playing.size ?? 0).toBe(0);
  });

  it('stays off in a quiet game and comes in when quiet is switched off', () => {
    const { audio, sound } = setup({ prefersQuiet: true });
    audio.startAmbience();
    expect(sound('ambience')?.playing.size ?? 0).toBe(0);
    audio.setQuiet(false);
    expect(sound('ambience')?.playing.size).toBe(1);
    audio.setQuiet(true);
    vi.runAllTimers();
    expect(sound('ambience')?.playing.size).toBe(0);
  });

  it('follows a change of the ambience level', () => {
    const { audio, sound } = setup();
    audio.startAmbience();
    audio.setAmbienceVolume(0.1);
    expect(sound('ambience')?.level).toBeCloseTo(0.1 * MIX_LEVEL.ambience);
  });
});

describe('failures', () => {
  it('turn sound off for the session instead of throwing, and report once', () => {
    const onError = vi.fn();
    const { audio, backend } = setup({ onError });
    backend.failing = true;
    expect(() => {
      audio.play('gavel');
      audio.startAmbience();
      audio.setMasterVolume(0.1);
      audio.play('click');
    }).not.toThrow();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(audio.settings.master).toBe(0.1); // the choice is still remembered
  });

  it('are impossible after dispose: everything is stopped, unloaded and stays silent', () => {
    const { audio, backend } = setup();
    audio.preload();
    audio.startAmbience();
    audio.dispose();
    expect(backend.sounds).toHaveLength(ALL.length);
    expect(backend.sounds.every((sound) => sound.unloaded && sound.playing.size === 0)).toBe(true);
    audio.play('gavel');
    expect(backend.sounds).toHaveLength(ALL.length);
  });
});
