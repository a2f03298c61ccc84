/**
 * The computer-run world of PAROS: every actor that is not one of the four seats. Its moves
 * come from the state (never from a seat's hidden objectives or instructions) and from the
 * voting model moved by the game's events (`src/ai/voting/game-facts.ts`).
 *
 * @example
 * const [first] = worldMoves(state).filter((move) => apply(state, move.intent).ok);
 */
export { worldMoves } from './world';
export { blindState } from './blind';
export type { WorldMove, Timing } from './world-move';
export { predictionsFor, campLeaderInCd, isWestern } from './alignment';
export { absenceRate } from './unga-votes';
export { chanceOfSponsors, likelyCoSponsors } from './co-sponsors';
export type { SponsorableDraft } from './co-sponsors';
