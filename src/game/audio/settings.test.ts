import { describe, expect, it } from 'vitest';
import { memoryStorage } from './fake-backend';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  clampVolume,
  loadSettings,
  normaliseSettings,
  saveSettings,
} from './settings';

describe('audio settings', () => {
  it('are the defaults when nothing is stored or there is no storage', () => {
    expect(loadSettings(memoryStorage())).toEqual(DEFAULT_SETTINGS);
    expect(loadSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('come back as they were saved', () => {
    const storage = memoryStorage();
    const chosen = { master: 0.25, effects: 1, ambience: 0, muted: true, quiet: false };
    expect(saveSettings(storage, chosen)).toBe(true);
    expect(loadSettings(storage)).toEqual(chosen);
  });

  it('clamp volumes into 0–1 and replace non-numbers by the fallback', () => {
    expect(clampVolume(1.7, 0.5)).toBe(1);
    expect(clampVolume(-3, 0.5)).toBe(0);
    expect(clampVolume(0.42, 0.5)).toBe(0.42);
    for (const bad of [Number.NaN, Infinity, '0.3', null, undefined, {}]) {
      expect(clampVolume(bad, 0.5)).toBe(0.5);
    }
  });

  it('repair a stored record field by field', () => {
    const storage = memoryStorage({
      [SETTINGS_KEY]: JSON.stringify({ master: 4, effects: 'loud', ambience: 0.1, muted: 'yes' }),
    });
    expect(loadSettings(storage)).toEqual({
      master: 1,
      effects: DEFAULT_SETTINGS.effects,
      ambience: 0.1,
      muted: DEFAULT_SETTINGS.muted,
      quiet: DEFAULT_SETTINGS.quiet,
    });
  });

  it('fall back to the defaults for text that is not JSON or not an object', () => {
    for (const text of ['{not json', '42', 'null', '"muted"', '[1,2]']) {
      expect(loadSettings(memoryStorage({ [SETTINGS_KEY]: text }))).toEqual(DEFAULT_SETTINGS);
    }
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('survive a storage that throws on read and on write', () => {
    const hostile = {
      getItem: (): string | null => {
        throw new Error('SecurityError');
      },
      setItem: (): void => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(loadSettings(hostile)).toEqual(DEFAULT_SETTINGS);
    expect(saveSettings(hostile, DEFAULT_SETTINGS)).toBe(false);
  });
});
