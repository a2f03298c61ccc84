import { describe, expect, test } from 'vitest';
import {
  evaluate,
  formatEvaluation,
  KINDS,
  membersIn,
  predictVotes,
  tally,
  VOTING_DATA,
} from './index';
import type { VotingData } from './types';

const votesOf = (kind: (typeof KINDS)[number], year: number, sponsors?: string[]) =>
  new Map(predictVotes(VOTING_DATA, { kind, year, sponsors }).map((p) => [p.state, p.vote]));

const countsOf = (kind: (typeof KINDS)[number], year: number) =>
  tally([...votesOf(kind, year).values()]);

describe('the voting model against the held-out roll calls of 2008–2014', () => {
  const rows = evaluate(VOTING_DATA);
  const mean = (f: (r: (typeof rows)[number]) => number) =>
    rows.reduce((sum, r) => sum + f(r), 0) / rows.length;

  test('prints the table and is at least as good as last year’s vote, per country and per tally', () => {
    console.log(formatEvaluation(rows).join('\n'));
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(mean((r) => r.model.accuracy)).toBeGreaterThanOrEqual(mean((r) => r.baseline.accuracy));
    expect(mean((r) => r.model.tallyError)).toBeLessThanOrEqual(mean((r) => r.baseline.tallyError));
    expect(mean((r) => r.strict.accuracy)).toBeGreaterThanOrEqual(mean((r) => r.baseline.accuracy));
  });

  test('never reads a vote of the year it predicts', () => {
    // Rewrite every 2014 vote as its opposite: the 2014 prediction must not move.
    const flipped: VotingData = {
      ...VOTING_DATA,
      votes: Object.fromEntries(
        Object.entries(VOTING_DATA.votes).map(([state, byKind]) => [
          state,
          Object.fromEntries(
            Object.entries(byKind).map(([kind, byYear]) => [
              kind,
              {
                ...byYear,
                ...('2014' in byYear ? { '2014': byYear['2014'] === 'yes' ? 'no' : 'yes' } : {}),
              },
            ]),
          ),
        ]),
      ),
    };
    for (const kind of KINDS) {
      const a = predictVotes(VOTING_DATA, { kind, year: 2014 }).map((p) => p.vote);
      const b = predictVotes(flipped, { kind, year: 2014 }).map((p) => p.vote);
      expect(b).toEqual(a);
    }
  });
});

describe('the shape of the record', () => {
  test.each([2005, 2009, 2014, 2016, 2019, 2021, 2023, 2025])(
    'PAROS %i: adopted with at least 150 yes and at most 3 no',
    (year) => {
      const counts = countsOf('PAROS', year);
      expect(counts.yes).toBeGreaterThanOrEqual(150);
      expect(counts.no).toBeLessThanOrEqual(3);
    },
  );

  test.each([2014, 2016, 2018, 2020, 2022, 2023, 2025])(
    'NFP %i: adopted, and far more divided (at least 25 no + abstain)',
    (year) => {
      const counts = countsOf('NFP', year);
      expect(counts.yes).toBeGreaterThan(counts.no + counts.abstain);
      expect(counts.no + counts.abstain).toBeGreaterThanOrEqual(25);
    },
  );

  test('Georgia and Ukraine vote No on NFP from 2014 (Crimea), not before', () => {
    expect(votesOf('NFP', 2013).get('UKR')).not.toBe('no');
    expect(votesOf('NFP', 2014).get('UKR')).toBe('no');
    expect(votesOf('NFP', 2014).get('GEO')).toBe('no');
  });

  test('the EU moves from abstaining to No on NFP by 2022', () => {
    expect(votesOf('NFP', 2016).get('DEU')).toBe('abstain');
    expect(votesOf('NFP', 2022).get('DEU')).toBe('no');
    expect(votesOf('NFP', 2022).get('CHN')).toBe('yes');
  });

  test('the norms and DA-ASAT texts pass, opposed by Russia, China and a handful of states', () => {
    for (const [kind, year] of [
      ['NORMS', 2021],
      ['DAASAT', 2022],
      ['NORMS', 2023],
    ] as const) {
      const votes = votesOf(kind, year);
      const counts = tally([...votes.values()]);
      expect(votes.get('RUS')).toBe('no');
      expect(votes.get('CHN')).toBe('no');
      expect(votes.get('USA')).toBe('yes');
      expect(counts.yes).toBeGreaterThanOrEqual(140);
      expect(counts.no).toBeGreaterThanOrEqual(2);
      expect(counts.no).toBeLessThanOrEqual(15);
    }
  });

  test('a sponsor votes Yes, and Western sponsors pull Western states towards Yes', () => {
    expect(votesOf('NFP', 2016, ['RUS', 'CHN', 'USA']).get('USA')).toBe('yes');
    const usual = tally([...votesOf('NFP', 2016).values()]);
    const withWest = tally([...votesOf('NFP', 2016, ['RUS', 'CHN', 'DEU', 'FRA', 'GBR']).values()]);
    expect(withWest.yes).toBeGreaterThan(usual.yes);
  });

  test('every member of the year, once, and the same answer twice', () => {
    expect(votesOf('PAROS', 2005).size).toBe(191);
    expect(votesOf('PAROS', 2008).size).toBe(192);
    expect(votesOf('PAROS', 2012).size).toBe(193);
    expect([...votesOf('TCBM', 2019).keys()]).toEqual(membersIn(2019));
    expect(predictVotes(VOTING_DATA, { kind: 'FPM', year: 2020 })).toEqual(
      predictVotes(VOTING_DATA, { kind: 'FPM', year: 2020 }),
    );
  });

  test('each prediction is explained by named reasons', () => {
    const usa = predictVotes(VOTING_DATA, { kind: 'NFP', year: 2015 }).find(
      (p) => p.state === 'USA',
    );
    expect(usa?.vote).toBe('no');
    expect(usa?.reasons.some((r) => r.why.includes('voted no on NFP in 2014'))).toBe(true);
  });
});
