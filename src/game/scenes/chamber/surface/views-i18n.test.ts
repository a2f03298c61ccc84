import { describe, expect, test } from 'vitest';
import { views as en } from '../../../i18n/locales/en/views';
import { views as zh } from '../../../i18n/locales/zh/views';
import { setViewsLanguage, tv } from './views-i18n';

function leaves(strings: object, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(strings)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [inner, text] of leaves(value as object, path)) found.set(inner, text);
  }
  return found;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

describe('the play screens’ strings', () => {
  test('Chinese has every English key, with the same placeholders', () => {
    const english = leaves(en);
    const chinese = leaves(zh);
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english)
      expect(placeholders(chinese.get(key)!), key).toEqual(placeholders(text));
  });

  test('translate through i18next, filling placeholders and following the language', () => {
    setViewsLanguage('en');
    expect(tv('hall.tally', { yes: 1, no: 2, abstain: 3, absent: 4 })).toBe(
      '1 yes · 2 no · 3 abstaining · 4 absent',
    );
    setViewsLanguage('zh');
    expect(tv('chamber.title')).toBe('裁军谈判会议');
    setViewsLanguage('fr');
    expect(tv('chamber.president')).toBe('President of the Conference');
    setViewsLanguage('en');
  });
});
