import type { Draft } from 'immer';
import { current, freeze, isDraft } from 'immer';
import type { GameState, RecordEntry } from './game-state';

export type NewRecordEntry = Omit<RecordEntry, 'index' | 'turn' | 'date' | 'visibleTo'> & {
  readonly visibleTo?: RecordEntry['visibleTo'];
  /** When it happened, if not on the game's date (a timed event announced a few days late). */
  readonly date?: string;
};

/** The plain value behind a draft (a draft left inside a frozen line would never be finalized). */
function plain<T>(value: T): T {
  return isDraft(value) ? (current(value as object) as T) : value;
}

/**
 * Appends a line to the transcript, stamped with the turn and (unless the entry has its own)
 * the date the game is at.
 *
 * The transcript is replaced by a new, already frozen array instead of being pushed to through
 * the draft: Immer would copy the frozen array with `slice` and walk it with `forEach` when it
 * freezes the result, and V8 runs both on frozen arrays through a slow path (tens of µs for a
 * few hundred lines, on every intent). Immer skips a frozen value when it finalizes and freezes.
 */
export function record(draft: Draft<GameState>, entry: NewRecordEntry): void {
  const lines: readonly RecordEntry[] = isDraft(draft.record)
    ? current(draft.record)
    : draft.record;
  const line: RecordEntry = {
    ...entry,
    ...(entry.tally ? { tally: plain(entry.tally) } : {}),
    ...(entry.objectors ? { objectors: plain(entry.objectors) } : {}),
    ...(entry.ballots ? { ballots: plain(entry.ballots) } : {}),
    ...(entry.euVotes ? { euVotes: plain(entry.euVotes) } : {}),
    index: lines.length,
    turn: draft.turn,
    date: entry.date ?? draft.date,
    visibleTo: plain(entry.visibleTo) ?? 'all',
  };
  draft.record = Object.freeze([...lines, freeze(line, true)]) as Draft<RecordEntry>[];
}
