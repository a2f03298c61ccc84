/**
 * The voting model of the UN members the players do not control: predicts each member's vote on
 * a resolution of a kind in a year from its past votes, its alignment, the sponsors and the
 * record's timeline (RECORD.md 5–7). Pure: the data is passed in (`VOTING_DATA` is the default).
 *
 * @example
 * const votes = predictVotes(VOTING_DATA, { kind: 'NFP', year: 2016 });
 */
export { predictVotes, tally, membersIn, idealPointBefore } from './voting-model';
export type { VoteQuestion, StatePrediction, Reason } from './voting-model';
export { evaluate, formatEvaluation, baselineVote } from './evaluate';
export type { EvaluationRow, Score } from './evaluate';
export { TIMELINE, DEFAULT_SPONSORS, WEST_IDEAL_POINT } from './timeline';
export type { TimelineFact, FactSubject } from './timeline';
export { KINDS, VOTES, FIRST_YEAR, LAST_YEAR, isKind, isVote } from './types';
export type { ResolutionKind, Vote, VotingData, RollCall } from './types';
export { VOTING_DATA } from './voting-data';
export {
  gameVoteQuestion,
  gameFacts,
  gameFactsFingerprint,
  seatStance,
  modelKindOf,
  spaceEvents,
  standingGroupOf,
  GAME_WEIGHTS,
} from './game-facts';
