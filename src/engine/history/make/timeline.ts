import type { CalendarTurn } from '../../scenario/scenario.schema';
import type { Day, TurnRef } from './history-facts';
import { fail } from './host';
import { findings } from './roll-calls';
import type { LogBuilder } from './log-builder';

// ---------------------------------------------------------------------------------------------
// The calendar and the timeline of facts
// ---------------------------------------------------------------------------------------------

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function matches(turn: CalendarTurn, ref: TurnRef): boolean {
  if (yearOf(turn.date) !== ref.year) return false;
  if (ref.forum === 'cd') return turn.forum === 'cd' && turn.part === ref.part;
  return turn.forum === 'unga' && turn.stage === ref.forum;
}

export function turnOf(calendar: readonly CalendarTurn[], ref: TurnRef): number {
  const index = calendar.findIndex((turn) => matches(turn, ref));
  if (index < 0) fail(`the calendar has no turn ${JSON.stringify(ref)}`);
  return index;
}

/** The turn a day falls in: the last that opens on or before it. */
export function turnAt(calendar: readonly CalendarTurn[], date: string): number {
  let found = -1;
  calendar.forEach((turn, index) => {
    if (turn.date <= date) found = index;
  });
  if (found < 0) fail(`${date} is before the first turn of the calendar`);
  return found;
}

export function describeTurn(turn: CalendarTurn): string {
  return `"${turn.label}" (from ${turn.date})`;
}

export interface Entry {
  readonly turn: number;
  /** The day it happens, or null: the turn's opening date. */
  readonly day: Day | null;
  readonly rank: number;
  readonly sub: number;
  readonly seq: number;
  readonly run: (builder: LogBuilder) => void;
}

/** Facts that are not in the log, by the turn whose `turn.ended` step says so. */
export const notesByTurn = new Map<number, string[]>();

export interface Placement {
  readonly calendar: readonly CalendarTurn[];
  readonly entries: Entry[];
  seq: number;
}

/**
 * Puts a fact on the timeline: in the turn its day falls in (which must be the turn it belongs
 * to, when it belongs to one), or at the opening of its turn when the record has no day.
 */
export function place(
  placement: Placement,
  when: Day | { readonly at: TurnRef } | null,
  expected: TurnRef | null,
  rank: number,
  sub: number,
  what: string,
  run: (builder: LogBuilder) => void,
): void {
  const { calendar } = placement;
  let turn: number;
  let day: Day | null = null;
  if (when === null || 'at' in when) {
    const ref = when?.at ?? expected ?? fail(`${what}: neither a day nor a turn`);
    turn = turnOf(calendar, ref);
  } else {
    day = when;
    turn = turnAt(calendar, when.date);
    const at = calendar[turn] ?? fail('turn out of range');
    if (expected && !matches(at, expected)) {
      const home = calendar.findIndex((candidate) => matches(candidate, expected));
      const homeTurn = calendar[home];
      const fix =
        homeTurn && when.date < homeTurn.date
          ? ` To let it in, calendar[${home}] ("${homeTurn.label}") must open on ${when.date} or earlier.`
          : '';
      const message = `${what} (${when.date}) is not in the log: that day falls in ${describeTurn(at)}, not in the turn it belongs to${homeTurn ? `, ${describeTurn(homeTurn)}` : ''}.${fix}`;
      const carrier = home >= 0 ? home : turn;
      notesByTurn.set(carrier, [...(notesByTurn.get(carrier) ?? []), message]);
      findings.push(`SKIPPED: ${message}`);
      return;
    }
  }
  placement.entries.push({ turn, day, rank, sub, seq: placement.seq++, run });
}
