import { describe, expect, test } from 'vitest';
import { presidencyOf, presidentsOfYear, presidentsOfYearFromAnchors } from './presidency-rotation';

const ISRAEL_2014 = { year: 2014, first: 'ISR' };
const TUNISIA_2008 = { year: 2008, first: 'TUN' };

describe('the CD presidency rotates in English alphabetical order, six a year (rule 9)', () => {
  test.each([
    [2014, ['ISR', 'ITA', 'JPN', 'KAZ', 'KEN', 'MYS']],
    [2015, ['MEX', 'MNG', 'MAR', 'MMR', 'NLD', 'NZL']],
    [2017, ['ROU', 'RUS', 'SEN', 'SVK', 'ZAF', 'ESP']],
    [2018, ['LKA', 'SWE', 'CHE', 'SYR', 'TUN', 'TUR']],
    [2019, ['UKR', 'GBR', 'USA', 'VEN', 'VNM', 'ZWE']],
  ])('the presidents of %i in the record follow from Israel opening 2014', (year, presidents) => {
    expect(presidentsOfYear(year, ISRAEL_2014)).toEqual(presidents);
  });

  test('the presidents of 2006 and 2007 in the record precede Tunisia opening 2008', () => {
    expect([presidentsOfYear(2006, TUNISIA_2008), presidentsOfYear(2007, TUNISIA_2008)]).toEqual([
      ['POL', 'KOR', 'ROU', 'RUS', 'SEN', 'SVK'],
      ['ZAF', 'ESP', 'LKA', 'SWE', 'CHE', 'SYR'],
    ]);
  });

  test('2008 opens with Tunisia and ends with Venezuela', () => {
    expect(presidentsOfYear(2008, TUNISIA_2008)).toEqual([
      'TUN',
      'TUR',
      'UKR',
      'GBR',
      'USA',
      'VEN',
    ]);
  });

  test('2009 wraps from Zimbabwe to Algeria, who presides in May, and Austria closes the session', () => {
    expect(presidentsOfYear(2009, TUNISIA_2008)).toEqual([
      'VNM',
      'ZWE',
      'DZA',
      'ARG',
      'AUS',
      'AUT',
    ]);
  });

  test('the third presidency of 2018 falls to Switzerland, the fourth to Syria', () => {
    expect([presidencyOf(2018, 2, ISRAEL_2014), presidencyOf(2018, 3, ISRAEL_2014)]).toEqual([
      'CHE',
      'SYR',
    ]);
  });

  test('a year has no seventh presidency', () => {
    expect(() => presidencyOf(2018, 6, ISRAEL_2014)).toThrow(RangeError);
  });

  test('only a member of the Conference can open a year', () => {
    expect(() => presidentsOfYear(2014, { year: 2014, first: 'EU' })).toThrow(RangeError);
  });
});

describe('anchors carry the rotation across the skip in the record (Ireland did not preside)', () => {
  const anchors = [ISRAEL_2014, TUNISIA_2008];

  test('the plain rotation from 2008 would have opened 2014 with Ireland', () => {
    expect(presidentsOfYear(2014, TUNISIA_2008)[0]).toEqual('IRL');
  });

  test('each year counts from the latest anchor at or before it', () => {
    expect([2009, 2014, 2019].map((year) => presidentsOfYearFromAnchors(year, anchors)[0])).toEqual(
      ['VNM', 'ISR', 'UKR'],
    );
  });

  test('a year before every anchor is refused', () => {
    expect(() => presidentsOfYearFromAnchors(2007, anchors)).toThrow(RangeError);
  });
});
