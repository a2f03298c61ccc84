import type { IntentInput, SeatId } from '../../../engine/index';
import type { SeatAgent } from '../../agent';

/*
 * Stand-in delegations for the director's tests and benchmark — not bots to ship. They play
 * legal moves with no aim, so the tests exercise the loop, the world's answers and the bounds.
 */

/** Moves that undo something; a test agent never makes them, so games go forward. */
const UNDOING: ReadonlySet<string> = new Set([
  'draft.withdrawn',
  'document.shelved',
  'proposal.withdrawn',
  'objection.withdrawn',
  'amendment.withdrawn',
  'text.objectionWithdrawn',
  'gge.objectionWithdrawn',
  'plenary.adjourned',
  'presidency.rotated',
]);

function keyOf(intent: IntentInput): string {
  return JSON.stringify(intent);
}

/**
 * Takes the first option it has not sent before and that undoes nothing; tables at most one
 * draft resolution a turn; passes when nothing is left.
 */
export function createFirstOptionAgent(seat: SeatId): SeatAgent {
  const sent = new Set<string>();
  const tabledOn = new Set<number>();
  return {
    seat,
    level: 1,
    decide(view, options) {
      const pick = options.find(
        (option) =>
          !UNDOING.has(option.type) &&
          !sent.has(keyOf(option)) &&
          !(option.type === 'draft.tabled' && tabledOn.has(view.turn)),
      );
      if (pick === undefined) return null;
      sent.add(keyOf(pick));
      if (pick.type === 'draft.tabled') tabledOn.add(view.turn);
      return pick;
    },
  };
}

/**
 * Chooses at random with its own seeded generator among the options it has not sent before
 * (undoing moves, a second draft in a turn and destructive ASAT tests left out: four of those
 * wreck space and end the game early, and the collapse has tests of its own), and passes one
 * time in four.
 */
export function createRandomAgent(seat: SeatId, seed: number): SeatAgent {
  const sent = new Set<string>();
  const tabledOn = new Set<number>();
  let state = seed | 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), state | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  return {
    seat,
    level: 1,
    decide(view, options) {
      if (next() < 0.25) return null;
      const fresh = options.filter(
        (option) =>
          !UNDOING.has(option.type) &&
          !sent.has(keyOf(option)) &&
          !(option.type === 'draft.tabled' && tabledOn.has(view.turn)) &&
          !(option.type === 'asatTest.conducted' && option.destructive),
      );
      const pick = fresh[Math.floor(next() * fresh.length)];
      if (pick === undefined) return null;
      sent.add(keyOf(pick));
      if (pick.type === 'draft.tabled') tabledOn.add(view.turn);
      return pick;
    },
  };
}

/** One agent of a kind for each of the four seats. */
export function agentsForAllSeats(
  make: (seat: SeatId, index: number) => SeatAgent,
): Record<SeatId, SeatAgent> {
  return {
    CHN: make('CHN', 0),
    RUS: make('RUS', 1),
    USA: make('USA', 2),
    EU: make('EU', 3),
  };
}
