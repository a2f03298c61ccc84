import type { GameState, Scenario } from '../../engine/index';
import { createGame, hashState, simulate as simulateGame } from '../../engine/index';
import type { CliIo, Command } from '../cli-io';
import { EXIT, integerOption, parseCommandLine, usageError } from '../cli-io';
import { documents } from '../run-summary';
import { loadScenarioFile } from '../scenario-file';
import { parseBotLevels, simulateBots, SIMULATE_BOTS_USAGE } from './simulate-bots';

export const SIMULATE_USAGE = 'paros simulate <scenario.json> --games N --seed S [--json]';
const MAX_GAMES = 10_000;

/** One simulated game, as `paros simulate` reports it. */
export interface GameReport {
  readonly seed: number;
  readonly steps: number;
  readonly intents: number;
  readonly phase: GameState['phase'];
  /** Documents circulated during play (those of the scenario's record not counted). */
  readonly documents: number;
  readonly decisions: { readonly adopted: number; readonly blocked: number };
  readonly drafts: { readonly adopted: number; readonly rejected: number };
  readonly hash: string;
}

/**
 * `paros simulate <scenario> --games N --seed S`: plays N games with random legal moves
 * (seeds S, S+1, …) and prints one line per game and the totals. Exits 1 if the scenario is
 * bad or the engine refuses a move its own `legalActions` offered.
 *
 * With `--bots LEVEL` (or one level per seat, `--bots 3,1,1,1` in the order CHN,RUS,USA,EU) it
 * plays N bot-against-bot games with the director instead and prints each seat's score
 * distribution and win rate and how often each decision and resolution passed
 * (`simulate-bots.ts`); `--seed` is then optional (1).
 */
export const simulate: Command = (args, io) => {
  const parsed = parseCommandLine(
    {
      args: [...args],
      options: {
        games: { type: 'string' },
        seed: { type: 'string' },
        bots: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    },
    SIMULATE_USAGE,
    io,
  );
  if (parsed === null) return EXIT.usage;
  if (parsed.values.help) {
    io.out(`usage: ${SIMULATE_USAGE}`);
    io.out(`       ${SIMULATE_BOTS_USAGE.replace(/^paros /, '')}`);
    return EXIT.ok;
  }
  const [file, ...extra] = parsed.positionals;
  const bots = parsed.values.bots;
  const usage = bots === undefined ? SIMULATE_USAGE : SIMULATE_BOTS_USAGE;
  if (file === undefined || extra.length > 0) {
    return usageError(io, usage, 'give one scenario file');
  }
  if (bots !== undefined) {
    const levels = parseBotLevels(bots);
    if (typeof levels === 'string') return usageError(io, usage, levels);
    return simulateBots(io, file, levels, {
      games: parsed.values.games,
      seed: parsed.values.seed,
      json: parsed.values.json,
    });
  }
  const games = integerOption(parsed.values.games);
  if (games === null || games < 1 || games > MAX_GAMES) {
    return usageError(io, SIMULATE_USAGE, `--games must be a whole number from 1 to ${MAX_GAMES}`);
  }
  const seed = integerOption(parsed.values.seed);
  if (seed === null) return usageError(io, SIMULATE_USAGE, '--seed must be a whole number');

  const loaded = loadScenarioFile(file);
  if (!loaded.ok) {
    loaded.lines.forEach((line) => io.err(line));
    return EXIT.failure;
  }
  const reports: GameReport[] = [];
  for (let game = 0; game < games; game++) {
    try {
      reports.push(playOne(loaded.scenario, seed + game));
    } catch (error) {
      io.err(`paros simulate: game with seed ${seed + game} failed: ${String(error)}`);
      return EXIT.failure;
    }
  }
  const totals = total(reports);
  if (parsed.values.json) io.out(JSON.stringify({ games: reports, totals }, null, 2));
  else printTable(io, loaded.scenario.id, reports, totals);
  return EXIT.ok;
};

function playOne(scenario: Scenario, seed: number): GameReport {
  const { state, intents, steps } = simulateGame(scenario, { seed });
  const before = documents(createGame(scenario, seed)).length;
  const decisions = Object.values(state.cd.decisions).map((snapshot) => snapshot.value);
  const drafts = Object.values(state.unga.drafts).map((snapshot) => snapshot.value);
  const count = (values: readonly unknown[], wanted: string): number =>
    values.filter((value) => value === wanted).length;
  return {
    seed,
    steps,
    intents: intents.length,
    phase: state.phase,
    documents: documents(state).length - before,
    decisions: { adopted: count(decisions, 'adopted'), blocked: count(decisions, 'blocked') },
    drafts: { adopted: count(drafts, 'adopted'), rejected: count(drafts, 'rejected') },
    hash: hashState(state),
  };
}

interface Totals extends Omit<GameReport, 'seed' | 'phase' | 'hash'> {
  readonly games: number;
  readonly ended: number;
  /** One fingerprint of all the games' hashes: equal runs give equal fingerprints. */
  readonly hash: string;
}

function total(reports: readonly GameReport[]): Totals {
  const sum = (pick: (report: GameReport) => number): number =>
    reports.reduce((accumulated, report) => accumulated + pick(report), 0);
  return {
    games: reports.length,
    ended: reports.filter((report) => report.phase === 'ended').length,
    steps: sum((report) => report.steps),
    intents: sum((report) => report.intents),
    documents: sum((report) => report.documents),
    decisions: {
      adopted: sum((report) => report.decisions.adopted),
      blocked: sum((report) => report.decisions.blocked),
    },
    drafts: {
      adopted: sum((report) => report.drafts.adopted),
      rejected: sum((report) => report.drafts.rejected),
    },
    hash: hashState(reports.map((report) => report.hash)),
  };
}

const HEADER = ['seed', 'steps', 'intents', 'phase', 'documents', 'CD adopted/blocked'];
const HEADER_END = ['drafts adopted/rejected', 'hash'];

function printTable(
  io: CliIo,
  scenario: string,
  reports: readonly GameReport[],
  totals: Totals,
): void {
  const rows = reports.map((report) => [
    String(report.seed),
    String(report.steps),
    String(report.intents),
    report.phase,
    String(report.documents),
    `${report.decisions.adopted}/${report.decisions.blocked}`,
    `${report.drafts.adopted}/${report.drafts.rejected}`,
    report.hash,
  ]);
  const totalRow = [
    'total',
    String(totals.steps),
    String(totals.intents),
    `${totals.ended}/${totals.games} ended`,
    String(totals.documents),
    `${totals.decisions.adopted}/${totals.decisions.blocked}`,
    `${totals.drafts.adopted}/${totals.drafts.rejected}`,
    totals.hash,
  ];
  const table = [[...HEADER, ...HEADER_END], ...rows, totalRow];
  const widths = table[0]!.map((_, column) =>
    Math.max(...table.map((row) => (row[column] ?? '').length)),
  );
  const format = (row: readonly string[]): string =>
    row
      .map((cell, column) =>
        column === 3 || column === row.length - 1
          ? cell.padEnd(widths[column]!)
          : cell.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  io.out(
    `${scenario}: ${reports.length} game${reports.length === 1 ? '' : 's'}, random legal moves`,
  );
  table.forEach((row, index) => {
    if (index === table.length - 1) io.out(format(widths.map((width) => '-'.repeat(width))));
    io.out(format(row));
  });
}
