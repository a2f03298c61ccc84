/**
 * The game moves the votes of the States nobody plays. This module reads what happened in a
 * game — who sponsors a draft, the seats' statements and private consultations, ASAT tests and
 * moratoria, the tension level, blocked proposals in the CD, the seats' standing with the groups
 * — and turns it into timeline facts for the voting model, each with a sentence saying why.
 *
 * It reads only what is public or known to the States concerned (a private consultation is
 * known to those in it); never a seat's objectives or instructions. Every fact is dated in the
 * year of the vote, so the model's reading of the real record (votes of earlier years, the
 * record's timeline) is unchanged: with no game events, the prediction is the model's own, and
 * the record's shape (PAROS near unanimous, no-first-placement divided) holds.
 *
 * This file asks the question and gathers the facts; the parts live in `game-facts/`: the game
 * record and draft (`game-draft.ts`), the weights (`weights.ts`), what the record says
 * (`read-record.ts`), how a fact is built (`fact-context.ts`), the facts of space
 * (`space-facts.ts`) and of the seats' diplomacy (`seat-facts.ts`), a seat's known stance
 * (`seat-stance.ts`) and the cache key (`fingerprint.ts`).
 */
import type { FactContext } from './game-facts/fact-context';
import type { GameDraft, GameRecord } from './game-facts/game-draft';
import { modelKindOf, sponsorsOf, yearOf } from './game-facts/game-draft';
import {
  blockingFacts,
  consultationFacts,
  standingFacts,
  statementFacts,
} from './game-facts/seat-facts';
import { spaceFacts, tensionFacts } from './game-facts/space-facts';
import type { TimelineFact } from './timeline';
import type { VotingData } from './types';
import type { VoteQuestion } from './voting-model';

export type { GameDraft, GameRecord } from './game-facts/game-draft';
export { modelKindOf, sponsorsOf } from './game-facts/game-draft';
export { GAME_WEIGHTS } from './game-facts/weights';
export { spaceEvents, standingGroupOf } from './game-facts/read-record';
export { seatStance } from './game-facts/seat-stance';
export { gameFactsFingerprint } from './game-facts/fingerprint';

/** The question the voting model is asked about a draft of the game, with the game's facts. */
export function gameVoteQuestion(
  game: GameRecord,
  draft: GameDraft,
  data: VotingData,
  year = yearOf(game.date),
): VoteQuestion {
  return {
    kind: modelKindOf(draft, data, year),
    year,
    sponsors: sponsorsOf(draft),
    extraFacts: gameFacts(game, draft, data, year),
  };
}

/** Every fact of the game that bears on a vote on this draft in `year`. */
export function gameFacts(
  game: GameRecord,
  draft: GameDraft,
  data: VotingData,
  year = yearOf(game.date),
): TimelineFact[] {
  const kind = modelKindOf(draft, data, year);
  const context: FactContext = { game, draft, data, year, kind, sponsors: sponsorsOf(draft) };
  return [
    ...spaceFacts(context),
    ...tensionFacts(context),
    ...consultationFacts(context),
    ...statementFacts(context),
    ...blockingFacts(context),
    ...standingFacts(context),
  ];
}
