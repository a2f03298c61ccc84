import { describe, expect, test } from 'vitest';
import { SETTINGS_KEY, loadSettings, saveSettings } from './settings';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

describe('settings', () => {
  test('what is saved is loaded back', () => {
    const storage = memoryStorage();
    saveSettings({ language: 'zh', reducedMotion: true }, storage);
    expect(loadSettings(storage)).toEqual({ language: 'zh', reducedMotion: true });
  });

  test('a corrupt or foreign record falls back field by field', () => {
    const storage = memoryStorage();
    storage.data.set(SETTINGS_KEY, JSON.stringify({ language: 'xx', reducedMotion: true }));
    expect(loadSettings(storage)).toEqual({ language: 'en', reducedMotion: true });
    storage.data.set(SETTINGS_KEY, '{not json');
    expect(loadSettings(storage)).toEqual({ language: 'en', reducedMotion: false });
  });
});
