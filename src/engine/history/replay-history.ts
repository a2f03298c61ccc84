import { apply } from '../apply';
import { createGame } from '../create-game';
import type { Intent } from '../intents/intent.schema';
import type { Rejection } from '../intents/rejection';
import type { Confidence, Scenario } from '../scenario/scenario.schema';
import type { GameState, RecordEntry } from '../state/game-state';
import type { HistoryLog } from './history-log.schema';

/** One step of the record as it replayed: the intent the rules accepted and what it produced. */
export interface ReplayedStep {
  /** Its position in the log's `steps`, counting from 0. */
  readonly index: number;
  /** The intent as `apply` accepted it (defaults filled in): the game's log keeps this one. */
  readonly intent: Intent;
  readonly confidence: Confidence;
  readonly source: string;
  readonly note?: string;
  /** The record lines the step added (`apply`'s `events`), with their indexes in the record. */
  readonly events: readonly RecordEntry[];
}

export interface HistoryReplay {
  readonly state: GameState;
  readonly steps: readonly ReplayedStep[];
  /**
   * The index of the first step not replayed: the number of steps replayed, and the length of
   * the log when the whole record was replayed.
   */
  readonly stoppedAt: number;
  /** True when every step of the log was replayed. */
  readonly complete: boolean;
}

export interface HistoryReplayOptions {
  /**
   * Where to stop. A symbol (`CD/1985`, `A/RES/69/32`, `A/C.1/70/L.47`): right after the step
   * whose record lines first carry it. A date (`2014-06-10`): before the first step that would
   * move the game's date past it.
   */
  readonly until?: string;
  /** Replay only the first `steps` steps (0 to the length of the log). */
  readonly steps?: number;
}

export type HistoryErrorCode =
  'wrong-scenario' | 'refused-step' | 'unknown-until' | 'bad-step' | 'bad-seat' | 'record-ended';

/**
 * Why the record could not be replayed as asked. A refused step names its index, its type and
 * the rules' reason: the historical record must replay completely, so a refusal is a fault of
 * the log (or of the rules), never something to skip.
 */
export class HistoryError extends Error {
  override readonly name = 'HistoryError';

  constructor(
    readonly code: HistoryErrorCode,
    message: string,
    /** For a refused step: its index in the log and the rules' rejection. */
    readonly step?: {
      readonly index: number;
      readonly type: string;
      readonly rejection: Rejection;
    },
  ) {
    super(message);
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Stop =
  | { readonly kind: 'none' }
  | { readonly kind: 'date'; readonly date: string }
  | { readonly kind: 'symbol'; readonly symbol: string };

/**
 * Replays a historical log on a new game of its scenario, step by step through `apply`, and
 * keeps each step's confidence, source and record lines. Throws a `HistoryError` when the log
 * is of another scenario, when a step is refused (naming its index, type and the reason) and
 * when `until` is neither a date in the record's span nor a symbol some step carries.
 *
 * @example
 * const { state, steps } = replayHistory(scenario, log, { until: 'CD/1985' });
 * const last = steps.at(-1); // the step that circulated CD/1985
 */
export function replayHistory(
  scenario: Scenario,
  log: HistoryLog,
  options: HistoryReplayOptions = {},
): HistoryReplay {
  if (log.scenario !== scenario.id) {
    throw new HistoryError(
      'wrong-scenario',
      `the log is of scenario "${log.scenario}", not "${scenario.id}"`,
    );
  }
  const limit = stepLimit(log, options.steps);
  let state = createGame(scenario, log.seed);
  const stop = parseUntil(options.until, state.date);
  const steps: ReplayedStep[] = [];
  for (let index = 0; index < limit; index++) {
    const step = log.steps[index]!;
    const result = apply(state, step.intent);
    if (!result.ok) {
      const type = typeof step.intent.type === 'string' ? step.intent.type : 'intent';
      const actor = typeof step.intent.actor === 'string' ? ` ${step.intent.actor}` : '';
      throw new HistoryError(
        'refused-step',
        `step ${index} (${type}${actor}) is refused: ${result.error.code}: ${result.error.message}`,
        { index, type, rejection: result.error },
      );
    }
    if (stop.kind === 'date' && result.state.date > stop.date) {
      return { state, steps, stoppedAt: index, complete: false };
    }
    state = result.state;
    steps.push({
      index,
      intent: result.intent,
      confidence: step.confidence,
      source: step.source,
      ...(step.note === undefined ? {} : { note: step.note }),
      events: result.events,
    });
    if (stop.kind === 'symbol' && result.events.some((event) => event.symbol === stop.symbol)) {
      return { state, steps, stoppedAt: index + 1, complete: index + 1 === log.steps.length };
    }
  }
  if (stop.kind === 'symbol' && limit === log.steps.length) {
    throw new HistoryError(
      'unknown-until',
      `until ${stop.symbol}: no step of the log carries that symbol`,
    );
  }
  return { state, steps, stoppedAt: limit, complete: limit === log.steps.length };
}

/**
 * How many steps a replay stopping at `at` applies: `at` itself for a step index (0 to the
 * length of the log: the step at that index is the first one not replayed), or where `until`
 * would stop for a symbol or a date. Throws a `HistoryError` as `replayHistory` does.
 *
 * @example
 * const taken = stepsUntil(scenario, log, 'A/RES/69/32'); // steps up to that resolution
 */
export function stepsUntil(scenario: Scenario, log: HistoryLog, at: number | string): number {
  if (typeof at === 'number') return stepLimit(log, at);
  return replayHistory(scenario, log, { until: at }).stoppedAt;
}

function stepLimit(log: HistoryLog, steps: number | undefined): number {
  if (steps === undefined) return log.steps.length;
  if (!Number.isInteger(steps) || steps < 0 || steps > log.steps.length) {
    throw new HistoryError(
      'bad-step',
      `step ${steps} is not in the log: give a whole number from 0 to ${log.steps.length}`,
    );
  }
  return steps;
}

function parseUntil(until: string | undefined, start: string): Stop {
  if (until === undefined) return { kind: 'none' };
  const text = until.trim();
  if (text === '') {
    throw new HistoryError(
      'unknown-until',
      'until: give a document symbol (CD/1985, A/RES/69/32) or a date (YYYY-MM-DD)',
    );
  }
  if (/^\d{4}-/.test(text)) {
    if (!DATE.test(text) || !isCalendarDate(text)) {
      throw new HistoryError('unknown-until', `until ${text}: not a date written YYYY-MM-DD`);
    }
    if (text < start) {
      throw new HistoryError(
        'unknown-until',
        `until ${text}: the record begins on ${start}, after that date`,
      );
    }
    return { kind: 'date', date: text };
  }
  return { kind: 'symbol', symbol: text };
}

function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}
