/**
 * What every fact is built from: the question's context (game, draft, data, year, kind,
 * sponsors), the shape of a game fact, the States the computer votes for and their camp (worked
 * out once per data set and year), and how much an older event still weighs.
 */
import { isSeat } from '../../../engine/index';
import type { TimelineFact } from '../timeline';
import { WEST_IDEAL_POINT } from '../timeline';
import type { ResolutionKind, Vote, VotingData } from '../types';
import { idealPointBefore, membersIn } from '../voting-model';
import type { GameDraft, GameRecord } from './game-draft';

/** The question a fact bears on: the game, the draft, the data, the year, the model's kind. */
export interface FactContext {
  readonly game: GameRecord;
  readonly draft: GameDraft;
  readonly data: VotingData;
  readonly year: number;
  readonly kind: ResolutionKind;
  readonly sponsors: readonly string[];
}

/** A fact of this game, dated in the year of the vote and bearing on the draft's kind only. */
export function fact(
  context: FactContext,
  id: string,
  who: TimelineFact['who'],
  vote: Vote,
  weight: number,
  reason: string,
): TimelineFact {
  return {
    id: `game-${id}`,
    from: context.year,
    to: context.year,
    kinds: [context.kind],
    who,
    vote,
    weight,
    reason,
    source: 'this game',
  };
}

/** The UN members of the year that are not seats (the States the computer votes for). */
export function others(context: FactContext): readonly string[] {
  return yearly(context).others;
}

/** Non-aligned: outside the Western camp by its voting record (no record: counted non-aligned). */
export function isNonAligned(context: FactContext, state: string): boolean {
  const ideal = yearly(context).ideal.get(state) ?? null;
  return ideal === null || ideal < WEST_IDEAL_POINT;
}

interface Yearly {
  readonly others: readonly string[];
  readonly ideal: ReadonlyMap<string, number | null>;
}

const yearlies = new WeakMap<VotingData, Map<number, Yearly>>();

/** Members and ideal points of a year, worked out once per data set and year. */
function yearly(context: FactContext): Yearly {
  let byYear = yearlies.get(context.data);
  if (byYear === undefined) {
    byYear = new Map();
    yearlies.set(context.data, byYear);
  }
  let known = byYear.get(context.year);
  if (known === undefined) {
    const members = membersIn(context.year);
    known = {
      others: members.filter((state) => !isSeat(state)),
      ideal: new Map(
        [...members, 'EU'].map((state) => [
          state,
          idealPointBefore(context.data, state, context.year),
        ]),
      ),
    };
    byYear.set(context.year, known);
  }
  return known;
}

/** Western: in the Western camp by its voting record. */
export function isWestern(context: FactContext, state: string): boolean {
  return !isNonAligned(context, state);
}

/** How much an event of `eventYear` still weighs in `year`: fully, half a year on, then a quarter. */
export function recency(eventYear: number, year: number): number {
  if (eventYear > year) return 0;
  return eventYear === year ? 1 : eventYear === year - 1 ? 0.5 : 0.25;
}
