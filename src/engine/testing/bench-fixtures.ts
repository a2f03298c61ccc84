import classroom2008 from '../../../scenarios/classroom-2008.json';
import classroom2014 from '../../../scenarios/classroom-2014.json';
import type { GameState, Intent, Scenario } from '../index';
import { apply, createGame, formatProblems, parseScenario, simulate } from '../index';

/**
 * Fixtures for `engine.bench.ts`: the two classroom scenarios, games recorded once with
 * `simulate`, a strict replay of a recorded intent list, and a sampler that times the bench
 * functions themselves so the bench file can print rates and ratios measured in the same run.
 */

/** The seed every benchmark game is played with. */
export const BENCH_SEED = 1;

/** Enough for any whole classroom game (a game of either scenario ends after a few hundred). */
export const BENCH_MAX_STEPS = 100_000;

const scenarioFiles = {
  'classroom-2008': classroom2008,
  'classroom-2014': classroom2014,
} as const;

export type BenchScenarioName = keyof typeof scenarioFiles;

export const benchScenarioNames = Object.keys(scenarioFiles) as BenchScenarioName[];

/** A scenario from `scenarios/`, validated as the game loads it. */
export function loadBenchScenario(name: BenchScenarioName): Scenario {
  const file = `scenarios/${name}.json`;
  const loaded = parseScenario(scenarioFiles[name], file);
  if (!loaded.ok) throw new Error(formatProblems(file, loaded.problems));
  return loaded.scenario;
}

/** A whole game played once by `simulate`: its scenario, seed and accepted intents. */
export interface RecordedGame {
  readonly name: BenchScenarioName;
  readonly scenario: Scenario;
  readonly seed: number;
  readonly intents: readonly Intent[];
  /** Length of the transcript at the end of the game. */
  readonly recordLength: number;
}

/** Plays a scenario to its end with `simulate` and keeps the accepted intents. */
export function recordGame(name: BenchScenarioName, seed: number = BENCH_SEED): RecordedGame {
  const scenario = loadBenchScenario(name);
  const result = simulate(scenario, { seed, maxSteps: BENCH_MAX_STEPS });
  if (result.state.phase !== 'ended') {
    throw new Error(`${name}, seed ${seed}: the simulated game did not reach the end`);
  }
  return {
    name,
    scenario,
    seed,
    intents: result.intents,
    recordLength: result.state.record.length,
  };
}

/** The state a recorded game starts from (immutable: one copy serves every replay). */
export function startOf(game: RecordedGame): GameState {
  return createGame(game.scenario, game.seed);
}

/**
 * Applies a recorded intent list through `apply`, from a state made by `createGame` (by default
 * a new one); a refusal is a bug in the fixture (the intents were all accepted when recorded),
 * so it throws.
 */
export function applyAll(game: RecordedGame, start: GameState = startOf(game)): GameState {
  let state = start;
  for (const intent of game.intents) {
    const result = apply(state, intent);
    if (!result.ok) throw new Error(`${game.name}: replay refused ${intent.type}`);
    state = result.state;
  }
  if (state.record.length !== game.recordLength) {
    throw new Error(`${game.name}: the replay did not rebuild the recorded transcript`);
  }
  return state;
}

type Mode = 'warmup' | 'run';

/** Milliseconds from some origin; the bench passes `performance.now` (the engine has no clock). */
export type Clock = () => number;

/**
 * Times a bench function from inside, during tinybench's measured cycle only (its `setup` hook
 * says which cycle is starting), so rates can be computed and printed in the same run.
 */
export class BenchSampler {
  private recording = false;
  private total = 0;
  private count = 0;

  /** `itemsPerRun`: the intents or events one call of the bench function processes. */
  constructor(
    readonly itemsPerRun: number,
    private readonly clock: Clock,
  ) {}

  /** Pass as the bench's `setup` option. */
  readonly setup = (_task: unknown, mode?: Mode): void => {
    this.recording = mode === 'run';
    this.total = 0;
    this.count = 0;
  };

  time<T>(run: () => T): T {
    const start = this.clock();
    const result = run();
    if (this.recording) {
      this.total += this.clock() - start;
      this.count += 1;
    }
    return result;
  }

  get runs(): number {
    return this.count;
  }

  /** Mean milliseconds per call, NaN before any measured call. */
  get msPerRun(): number {
    return this.count === 0 ? Number.NaN : this.total / this.count;
  }

  /** Items per second over the measured calls. */
  get itemsPerSecond(): number {
    return (this.itemsPerRun * 1000) / this.msPerRun;
  }

  /** Microseconds per item over the measured calls. */
  get microsecondsPerItem(): number {
    return (this.msPerRun * 1000) / this.itemsPerRun;
  }
}

/**
 * Runs the given functions in turn, round after round, for about `budgetMs`, and returns each
 * one's times (ms) by round. Alternating keeps a change in machine load from falling on one side
 * only; compare them with `medianRatio`.
 */
export function interleave(
  runs: Readonly<Record<string, () => unknown>>,
  clock: Clock,
  budgetMs: number,
  minRounds = 5,
): Record<string, number[]> {
  const times: Record<string, number[]> = {};
  for (const key of Object.keys(runs)) times[key] = [];
  const end = clock() + budgetMs;
  for (let round = 0; round < minRounds || clock() < end; round++) {
    for (const [key, run] of Object.entries(runs)) {
      const start = clock();
      run();
      times[key]!.push(clock() - start);
    }
  }
  return times;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median over rounds of `top[i] / bottom[i]`. */
export function medianRatio(top: readonly number[], bottom: readonly number[]): number {
  return median(top.map((value, index) => value / bottom[index]!));
}

/** A plain text table, columns padded; numbers right-aligned. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) =>
    Math.max(...all.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) =>
        /^[\d.,\s×x-]+$/.test(cell) && column > 0
          ? cell.padStart(widths[column]!)
          : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

/** 12,345 for rates; two decimals below 100. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '-';
  return value >= 100
    ? Math.round(value).toLocaleString('en-US')
    : value.toLocaleString('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
}
