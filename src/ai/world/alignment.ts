import type { SeatId } from '../../engine/index';
import type { GameDraft } from '../voting/game-facts';
import { gameFactsFingerprint, gameVoteQuestion } from '../voting/game-facts';
import type { StatePrediction, Vote, VotingData } from '../voting/index';
import { idealPointBefore, predictVotes, VOTING_DATA, WEST_IDEAL_POINT } from '../voting/index';

/**
 * Where the States the computer runs stand: their alignment (the ideal point of their UN voting
 * record, Bailey–Strezhnev–Voeten), the seat that leads their camp in the Conference, and their
 * predicted vote on a text given what happened in the game.
 */

/** The voting data the world reads (the real roll calls, `history/votes/`). */
export const WORLD_DATA: VotingData = VOTING_DATA;

/** A State's latest ideal point before `year`, or null when its record is silent. */
export function idealOf(state: string, year: number): number | null {
  let byState = ideals.get(year);
  if (byState === undefined) {
    byState = new Map();
    ideals.set(year, byState);
  }
  let ideal = byState.get(state);
  if (ideal === undefined) {
    ideal = idealPointBefore(WORLD_DATA, state, year);
    byState.set(state, ideal);
  }
  return ideal;
}
const ideals = new Map<number, Map<string, number | null>>();

/** In the Western camp by its voting record (EU members and most of WEOG sit at 0.7–1.7). */
export function isWestern(state: string, year: number): boolean {
  const ideal = idealOf(state, year);
  return ideal !== null && ideal >= WEST_IDEAL_POINT;
}

/**
 * The seat that leads a member's camp in the Conference on Disarmament, where only members
 * join or block a consensus (the EU is an observer): the United States for the Western camp
 * (the largest member of the Western Group); otherwise China or Russia, whichever's voting
 * record is nearer its own.
 */
export function campLeaderInCd(state: string, year: number): SeatId {
  if (isWestern(state, year)) return 'USA';
  const ideal = idealOf(state, year) ?? 0;
  const russia = idealOf('RUS', year) ?? 0;
  const china = idealOf('CHN', year) ?? 0;
  return Math.abs(ideal - china) < Math.abs(ideal - russia) ? 'CHN' : 'RUS';
}

type FactsReadable = Parameters<typeof gameVoteQuestion>[0];

const predictions = new Map<string, ReadonlyMap<string, StatePrediction>>();
const PREDICTION_CACHE = 256;

/**
 * Every UN member's predicted vote on a text, given the game so far (`gameVoteQuestion`). The
 * model is pure, so answers are kept, keyed on the text and on the game's facts fingerprint.
 */
export function predictionsFor(
  state: FactsReadable,
  draft: GameDraft,
  year?: number,
): ReadonlyMap<string, StatePrediction> {
  const key = [
    draft.symbol ?? '',
    draft.kind,
    draft.sponsors.join(','),
    (draft.coSponsors ?? []).join(','),
    year ?? '',
    gameFactsFingerprint(state),
  ].join('#');
  const known = predictions.get(key);
  if (known) return known;
  const question = gameVoteQuestion(state, draft, WORLD_DATA, year);
  const made = new Map(predictVotes(WORLD_DATA, question).map((p) => [p.state, p]));
  if (predictions.size >= PREDICTION_CACHE) predictions.clear();
  predictions.set(key, made);
  return made;
}

/** A member's predicted vote, Yes when the model has none for it. */
export function predictedVote(
  predictionsByState: ReadonlyMap<string, StatePrediction>,
  state: string,
): Vote {
  return predictionsByState.get(state)?.vote ?? 'yes';
}

/** How strongly a State leans away from Yes on the text (its best other score minus Yes). */
export function oppositionMargin(prediction: StatePrediction | undefined): number {
  if (!prediction) return 0;
  return Math.max(prediction.scores.no, prediction.scores.abstain) - prediction.scores.yes;
}
