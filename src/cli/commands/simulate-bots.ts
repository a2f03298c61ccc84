import type { SeatId } from '../../engine/index';
import { SEATS } from '../../engine/index';
import type { BotLevel } from '../../ai/agent';
import type { TournamentReport } from '../../ai/bots/index';
import { botTournament } from '../../ai/bots/index';
import type { CliIo } from '../cli-io';
import { EXIT, integerOption, usageError } from '../cli-io';
import { loadScenarioFile } from '../scenario-file';

export const SIMULATE_BOTS_USAGE =
  'paros simulate <scenario.json> --games N --bots LEVEL|C,R,U,E [--seed S] [--json]';
const MAX_BOT_GAMES = 1000;
const LEVELS_PROBLEM =
  '--bots must be one level (1 easy, 2 standard, 3 hard) for every seat, or four, one per seat in the order CHN,RUS,USA,EU (e.g. 3,1,1,1)';

/** `--bots 2` or `--bots 3,1,1,1` (CHN,RUS,USA,EU) as levels by seat, or what is wrong with it. */
export function parseBotLevels(text: string): Record<SeatId, BotLevel> | string {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length !== 1 && parts.length !== SEATS.length) return LEVELS_PROBLEM;
  const levels = parts.map((part) => (/^[123]$/.test(part) ? (Number(part) as BotLevel) : null));
  if (levels.some((level) => level === null)) return LEVELS_PROBLEM;
  return Object.fromEntries(
    SEATS.map((seat, index) => [seat, levels[parts.length === 1 ? 0 : index]!]),
  ) as Record<SeatId, BotLevel>;
}

/**
 * The bot-against-bot half of `paros simulate`: N games of the scenario with the director and
 * the bots at the given levels (seeds S, S+1, …), then per seat the score distribution (mean,
 * min, quartiles, max) and win rate, and how often each CD decision and General Assembly text
 * passed. A game that ends in the collapse of the security index has no winner.
 */
export function simulateBots(
  io: CliIo,
  file: string,
  levels: Readonly<Record<SeatId, BotLevel>>,
  options: { readonly games?: string; readonly seed?: string; readonly json: boolean },
): number {
  const games = integerOption(options.games);
  if (games === null || games < 1 || games > MAX_BOT_GAMES) {
    return usageError(
      io,
      SIMULATE_BOTS_USAGE,
      `--games must be a whole number from 1 to ${MAX_BOT_GAMES}`,
    );
  }
  const seed = options.seed === undefined ? 1 : integerOption(options.seed);
  if (seed === null) return usageError(io, SIMULATE_BOTS_USAGE, '--seed must be a whole number');
  const loaded = loadScenarioFile(file);
  if (!loaded.ok) {
    loaded.lines.forEach((line) => io.err(line));
    return EXIT.failure;
  }
  let report: TournamentReport;
  try {
    report = botTournament(loaded.scenario, { games, seed, levels });
  } catch (error) {
    io.err(`paros simulate: a bot game failed: ${String(error)}`);
    return EXIT.failure;
  }
  if (options.json) io.out(JSON.stringify({ seed, levels, ...report }, null, 2));
  else printReport(io, report, seed, levels);
  return EXIT.ok;
}

function printReport(
  io: CliIo,
  report: TournamentReport,
  seed: number,
  levels: Readonly<Record<SeatId, BotLevel>>,
): void {
  const plural = report.games === 1 ? '' : 's';
  const seats = SEATS.map((seat) => `${seat} ${levels[seat]}`).join(', ');
  const last = seed + report.games - 1;
  io.out(
    `${report.scenario}: ${report.games} game${plural} bot against bot (levels ${seats}; seeds ${seed}${last === seed ? '' : `–${last}`})`,
  );
  io.out('');
  table(io, [
    ['seat', 'level', 'par', 'mean', 'min', 'q1', 'median', 'q3', 'max', 'win rate'],
    ...report.seats.map((summary) => [
      summary.seat,
      String(summary.level),
      String(summary.par),
      summary.score.mean.toFixed(1),
      number(summary.score.min),
      number(summary.score.q1),
      number(summary.score.median),
      number(summary.score.q3),
      number(summary.score.max),
      percent(summary.winRate),
    ]),
  ]);
  io.out('');
  io.out(
    `games lost by all (security index collapsed, no winner): ${report.collapses} of ${report.games}`,
  );
  io.out('');
  table(io, [
    ['decision or resolution', 'put forward', 'passed', 'failed', 'passed in games'],
    ...report.outcomes.map((outcome) => [
      outcome.what,
      String(outcome.putForward),
      String(outcome.passed),
      String(outcome.failed),
      percent(outcome.passedInGames),
    ]),
  ]);
}

/** Left-aligned first column, right-aligned numbers. */
function table(io: CliIo, rows: readonly (readonly string[])[]): void {
  const widths = rows[0]!.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  for (const row of rows) {
    io.out(
      row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
        )
        .join('  ')
        .trimEnd(),
    );
  }
}

function number(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
