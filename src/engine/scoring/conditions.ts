/**
 * The closed vocabulary of objective conditions: what a scenario may ask of a seat, each kind
 * checked against the final state and its record, and explained with the record lines that met
 * it (or a sentence saying why not). "The seat" is the seat whose objective it is.
 */
import type { SeatId } from '../ids';
import type { GameState } from '../state/game-state';
import { actionTaken } from './action-conditions';
import { bodyEstablished, decisionTaken, documentCirculated } from './cd-conditions';
import type { Condition } from './condition-schema';
import type { ConditionResult } from './condition-result';
import { capitalAtLeast, securityAtLeast, standingAtLeast } from './end-state-conditions';
import { euUnited, resolutionAdopted, seatVoted } from './unga-conditions';

export { ACTION_KINDS, conditionSchema } from './condition-schema';
export type { ActionKind, Condition, ConditionInput, ConditionKind } from './condition-schema';
export type { ConditionResult } from './condition-result';

/** Checks one condition for a seat against the state as it is (at the end of the game, normally). */
export function checkCondition(
  state: GameState,
  seat: SeatId,
  condition: Condition,
): ConditionResult {
  switch (condition.kind) {
    case 'documentCirculated':
      return documentCirculated(state, seat, condition);
    case 'bodyEstablished':
      return bodyEstablished(state, condition);
    case 'decisionTaken':
      return decisionTaken(state, condition);
    case 'resolutionAdopted':
      return resolutionAdopted(state, seat, condition);
    case 'seatVoted':
      return seatVoted(state, seat, condition);
    case 'euUnited':
      return euUnited(state, condition);
    case 'actionTaken':
      return actionTaken(state, seat, condition);
    case 'standingAtLeast':
      return standingAtLeast(state, seat, condition);
    case 'securityAtLeast':
      return securityAtLeast(state, condition);
    case 'capitalAtLeast':
      return capitalAtLeast(state, seat, condition);
  }
}
