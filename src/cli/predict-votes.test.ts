import { describe, expect, test } from 'vitest';
import { runCli } from './main';

function cli(...argv: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

describe('paros predict-votes', () => {
  test('prints one CSV line per UN member of the year, and nothing else on stdout', () => {
    for (const [year, members] of [
      ['2005', 191],
      ['2010', 192],
      ['2023', 193],
    ] as const) {
      const { code, out, err } = cli('predict-votes', '--kind', 'PAROS', '--year', year);
      expect(code).toBe(0);
      expect(out).toHaveLength(members);
      for (const line of out) expect(line).toMatch(/^[A-Z]{3},(yes|no|abstain)$/);
      expect(new Set(out.map((line) => line.slice(0, 3))).size).toBe(members);
      expect(err.join('\n')).toMatch(/yes/);
    }
  });

  test('NFP in 2022: Russia yes, the EU and the US no', () => {
    const { out } = cli('predict-votes', '--kind', 'NFP', '--year', '2022');
    expect(out).toContain('RUS,yes');
    expect(out).toContain('FRA,no');
    expect(out).toContain('USA,no');
  });

  test('--sponsors moves the vote: a sponsor votes yes', () => {
    const { code, out } = cli(
      'predict-votes',
      '--kind',
      'NFP',
      '--year',
      '2016',
      '--sponsors',
      'rus,CHN,USA',
    );
    expect(code).toBe(0);
    expect(out).toContain('USA,yes');
  });

  test.each([
    [['--kind', 'PPWT', '--year', '2010']],
    [['--kind', 'PAROS', '--year', '2004']],
    [['--kind', 'PAROS', '--year', '2026']],
    [['--kind', 'PAROS']],
    [['--year', '2010']],
    [['--kind', 'PAROS', '--year', '2010', '--sponsors', 'XXX']],
    [['--kind', 'PAROS', '--year', '2010', 'extra']],
  ])('refuses a bad command line %j with exit 2 and prints nothing on stdout', (args) => {
    const { code, out, err } = cli('predict-votes', ...args);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(/usage: paros predict-votes/);
  });

  test('--help prints the usage', () => {
    const { code, out } = cli('predict-votes', '--help');
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/--kind/);
  });
});
