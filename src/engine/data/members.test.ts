import { describe, expect, test } from 'vitest';
import {
  cdGroupOf,
  cdMembers,
  euMembersOn,
  isCdMember,
  isUnMember,
  memberName,
  unMembers,
} from './members';

const collator = new Intl.Collator('en');

/** RECORD.md 3.2, in the order listed there. */
const CD_AS_RECORDED =
  `Algeria, Argentina, Australia, Austria, Bangladesh, Belarus, Belgium, Brazil,
Bulgaria, Cameroon, Canada, Chile, China, Colombia, Cuba, Democratic People's Republic of Korea,
Democratic Republic of the Congo, Ecuador, Egypt, Ethiopia, Finland, France, Germany, Hungary, India,
Indonesia, Iran, Iraq, Ireland, Israel, Italy, Japan, Kazakhstan, Kenya, Malaysia, Mexico, Mongolia,
Morocco, Myanmar, Netherlands, New Zealand, Nigeria, Norway, Pakistan, Peru, Poland, Republic of
Korea, Romania, Russian Federation, Senegal, Slovakia, South Africa, Spain, Sri Lanka, Sweden,
Switzerland, Syrian Arab Republic, Tunisia, Türkiye, Ukraine, United Kingdom, United States,
Venezuela, Viet Nam, Zimbabwe`
    .split(',')
    .map((name) => name.replace(/\s+/g, ' ').trim());

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe('the United Nations from 2014 on', () => {
  test('has 193 member states, each listed once', () => {
    expect(unMembers().length).toEqual(193);
    expect(new Set(unMembers().map((m) => m.code)).size).toEqual(193);
  });

  test('lists them by name in alphabetical order', () => {
    const names = unMembers().map((m) => m.name);
    expect(names).toEqual([...names].sort(collator.compare));
  });

  test('uses the UN short names', () => {
    expect(['RUS', 'IRN', 'KOR', 'PRK', 'SYR', 'VNM', 'TUR'].map(memberName)).toEqual([
      'Russian Federation',
      'Iran (Islamic Republic of)',
      'Republic of Korea',
      "Democratic People's Republic of Korea",
      'Syrian Arab Republic',
      'Viet Nam',
      'Türkiye',
    ]);
  });
});

describe('the Conference on Disarmament', () => {
  test('has the 65 members of the record, in the order listed there', () => {
    expect(cdMembers().map((m) => m.name)).toEqual(CD_AS_RECORDED);
  });

  test('lists its members in strict English alphabetical order', () => {
    const names = cdMembers().map((m) => m.name);
    const outOfOrder = names.filter(
      (name, i) => i > 0 && collator.compare(names[i - 1] ?? '', name) >= 0,
    );
    expect(outOfOrder).toEqual([]);
  });

  test('sits in four groups: Eastern European 6, Group of 21 33, China alone, Western 25', () => {
    expect(countBy(cdMembers(), (m) => m.group)).toEqual({ EEG: 6, G21: 33, CHINA: 1, WEOG: 25 });
  });

  test('places the protagonists in their groups', () => {
    expect(['CHN', 'RUS', 'USA', 'PAK', 'FRA'].map(cdGroupOf)).toEqual([
      'CHINA',
      'EEG',
      'WEOG',
      'G21',
      'WEOG',
    ]);
  });

  test('only seats UN member states', () => {
    expect(cdMembers().filter((m) => !isUnMember(m.code))).toEqual([]);
  });

  test('does not seat a UN member outside the 65', () => {
    expect([isCdMember('CHN'), isCdMember('LUX'), cdGroupOf('LUX')]).toEqual([
      true,
      false,
      undefined,
    ]);
  });
});

describe('the European Union', () => {
  test('is neither a member of the Conference nor of the United Nations', () => {
    expect([isCdMember('EU'), isUnMember('EU'), cdGroupOf('EU')]).toEqual([
      false,
      false,
      undefined,
    ]);
  });

  test('is named as such', () => {
    expect(memberName('EU')).toEqual('European Union');
  });

  test('has 27 member states in 2010, 28 after Croatia joins, 27 after the United Kingdom leaves', () => {
    const of2014 = [
      'AUT',
      'BEL',
      'BGR',
      'CYP',
      'CZE',
      'DEU',
      'DNK',
      'ESP',
      'EST',
      'FIN',
      'FRA',
      'GBR',
      'GRC',
      'HRV',
      'HUN',
      'IRL',
      'ITA',
      'LTU',
      'LUX',
      'LVA',
      'MLT',
      'NLD',
      'POL',
      'PRT',
      'ROU',
      'SVK',
      'SVN',
      'SWE',
    ];
    expect([
      euMembersOn('2010-06-01'),
      euMembersOn('2014-06-01'),
      euMembersOn('2020-06-01'),
    ]).toEqual([
      of2014.filter((code) => code !== 'HRV'),
      of2014,
      of2014.filter((code) => code !== 'GBR'),
    ]);
    expect(of2014.length).toEqual(28);
  });

  test('counts Croatia from 1 July 2013 and the United Kingdom up to 31 January 2020', () => {
    expect([
      euMembersOn('2013-06-30').includes('HRV'),
      euMembersOn('2013-07-01').includes('HRV'),
      euMembersOn('2020-01-31').includes('GBR'),
      euMembersOn('2020-02-01').includes('GBR'),
    ]).toEqual([false, true, true, false]);
  });

  test('has member states that are all UN member states', () => {
    expect(euMembersOn('2014-06-01').filter((code) => !isUnMember(code))).toEqual([]);
  });

  test('refuses a date that is not an ISO date', () => {
    expect(() => euMembersOn('1 June 2014')).toThrow(RangeError);
  });
});

describe('member names', () => {
  test('refuse an unknown code', () => {
    expect(() => memberName('XXX')).toThrow(RangeError);
  });
});
