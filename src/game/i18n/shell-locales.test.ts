import { describe, expect, test } from 'vitest';
import en from './locales/en/shell';
import fr from './locales/fr/shell';
import ru from './locales/ru/shell';
import zh from './locales/zh/shell';

/** Every key path of a strings object, plural suffixes folded (`turns_one` → `turns`). */
function keys(strings: object, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );
}

describe('the shell strings', () => {
  test('Simplified Chinese translates every English string', () => {
    expect([...new Set(keys(zh))].sort()).toEqual([...new Set(keys(en))].sort());
  });

  test('French and Russian use only keys English has (English fills the rest)', () => {
    const english = new Set(keys(en));
    expect(keys(fr).filter((key) => !english.has(key))).toEqual([]);
    expect(keys(ru).filter((key) => !english.has(key))).toEqual([]);
  });

  test('interpolations keep their placeholders in Chinese', () => {
    const placeholders = (text: string): string[] =>
      [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]!).sort();
    const leaves = (strings: object, prefix = ''): [string, string][] =>
      Object.entries(strings).flatMap(([key, value]) =>
        typeof value === 'object' && value !== null
          ? leaves(value as object, `${prefix}${key}.`)
          : [[`${prefix}${key}`, String(value)] as [string, string]],
      );
    const chinese = new Map(leaves(zh));
    const mismatched = leaves(en).filter(([key, text]) => {
      const other = chinese.get(key) ?? chinese.get(key.replace(/_one$/, '_other'));
      return other !== undefined && placeholders(other).join() !== placeholders(text).join();
    });
    expect(mismatched).toEqual([]);
  });
});
