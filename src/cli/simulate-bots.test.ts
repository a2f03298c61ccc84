import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { runCli } from './main';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCENARIO_2014 = join(ROOT, 'scenarios/classroom-2014.json');
const BOTS_USAGE =
  'usage: paros simulate <scenario.json> --games N --bots LEVEL|C,R,U,E [--seed S] [--json]';

function cli(...argv: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

interface Report {
  scenario: string;
  games: number;
  levels: Record<string, number>;
  seats: {
    seat: string;
    level: number;
    score: { mean: number; min: number; q1: number; median: number; q3: number; max: number };
    wins: number;
    winRate: number;
  }[];
  outcomes: { what: string; putForward: number; passed: number; failed: number }[];
  collapses: number;
  perGame: { seed: number; hash: string; scores: Record<string, number>; winners: string[] }[];
}

describe('paros simulate --bots', () => {
  test('plays bot against bot with a level per seat and reports scores, wins and outcomes', () => {
    const first = cli('simulate', SCENARIO_2014, '--games', '1', '--bots', '3,1,2,1', '--json');
    expect(first.err).toEqual([]);
    expect(first.code).toBe(0);
    const report = JSON.parse(first.out.join('\n')) as Report;
    expect(report.scenario).toBe('classroom-2014');
    expect(report.levels).toEqual({ CHN: 3, RUS: 1, USA: 2, EU: 1 });
    expect(report.seats.map((seat) => [seat.seat, seat.level])).toEqual([
      ['CHN', 3],
      ['RUS', 1],
      ['USA', 2],
      ['EU', 1],
    ]);
    const [game] = report.perGame;
    expect(report.perGame).toHaveLength(1);
    for (const seat of report.seats) {
      const { min, q1, median, q3, max, mean } = seat.score;
      expect(min).toBe(game!.scores[seat.seat]);
      expect([q1, median, q3, max, mean]).toEqual([min, min, min, min, min]);
      expect(seat.winRate).toBe(game!.winners.includes(seat.seat) ? 1 / game!.winners.length : 0);
    }
    expect(report.outcomes.length).toBeGreaterThan(0);
    for (const outcome of report.outcomes) {
      expect(outcome.passed + outcome.failed).toBeLessThanOrEqual(outcome.putForward);
    }

    // The same seed plays the same game: the text report shows the same scores.
    const text = cli('simulate', SCENARIO_2014, '--games', '1', '--bots', '3,1,2,1');
    expect(text.code).toBe(0);
    expect(text.out[0]).toBe(
      'classroom-2014: 1 game bot against bot (levels CHN 3, RUS 1, USA 2, EU 1; seeds 1)',
    );
    const header = text.out.find((line) => line.startsWith('seat '))!.split(/\s+/);
    const rows = text.out
      .filter((line) => /^(CHN|RUS|USA|EU)\s/.test(line))
      .map((line) => line.split(/\s+/));
    expect(
      rows.map((cells) => [
        cells[0],
        cells[header.indexOf('level')],
        cells[header.indexOf('mean')],
      ]),
    ).toEqual(
      report.seats.map((seat) => [seat.seat, String(seat.level), seat.score.mean.toFixed(1)]),
    );
    expect(text.out).toContain(
      `games lost by all (security index collapsed, no winner): ${report.collapses} of 1`,
    );
  }, 240_000);

  test('refuses levels that are not 1 to 3, once or once per seat', () => {
    for (const bots of ['4', '3,1', '2,2,2,2,2', 'hard', '']) {
      const result = cli('simulate', SCENARIO_2014, '--games', '1', '--bots', bots);
      expect(result.code).toBe(2);
      expect(result.err[0]).toMatch(/^paros simulate: --bots must be one level/);
      expect(result.err.at(-1)).toBe(BOTS_USAGE);
    }
  });

  test('needs a number of games, and a whole-number seed if one is given', () => {
    expect(cli('simulate', SCENARIO_2014, '--bots', '2').err[0]).toBe(
      'paros simulate: --games must be a whole number from 1 to 1000',
    );
    const badSeed = cli('simulate', SCENARIO_2014, '--games', '1', '--bots', '2', '--seed', 'x');
    expect(badSeed.code).toBe(2);
    expect(badSeed.err[0]).toBe('paros simulate: --seed must be a whole number');
  });

  test('--help shows both ways to simulate', () => {
    const result = cli('simulate', '--help');
    expect(result.code).toBe(0);
    expect(result.out).toEqual([
      'usage: paros simulate <scenario.json> --games N --seed S [--json]',
      '       simulate <scenario.json> --games N --bots LEVEL|C,R,U,E [--seed S] [--json]',
    ]);
  });
});
