/**
 * The checkers of conditions read from the state at the end: the seat's standing with a group,
 * the shared space-security index, and the seat's capital.
 */
import { securityIndex } from '../economy/security-index';
import { GROUP_NAMES } from '../economy/standing';
import type { SeatId } from '../ids';
import type { GameState } from '../state/game-state';
import { actorName } from '../state/names';
import type { ConditionOf } from './condition-schema';
import type { ConditionResult } from './condition-result';

export function standingAtLeast(
  state: GameState,
  seat: SeatId,
  condition: ConditionOf<'standingAtLeast'>,
): ConditionResult {
  const value = state.seats[seat].standing[condition.group];
  return {
    met: value >= condition.value,
    evidence: [
      `At the end, ${actorName(seat)}'s standing with ${GROUP_NAMES[condition.group]} is ${value} (${condition.value} needed).`,
    ],
  };
}

export function securityAtLeast(
  state: GameState,
  condition: ConditionOf<'securityAtLeast'>,
): ConditionResult {
  const index = securityIndex(state);
  return {
    met: index >= condition.value,
    evidence: [
      `At the end, the space-security index is ${index} (${condition.value} needed): tension ${state.tension}, debris ${state.debris}.`,
    ],
  };
}

export function capitalAtLeast(
  state: GameState,
  seat: SeatId,
  condition: ConditionOf<'capitalAtLeast'>,
): ConditionResult {
  const { capital } = state.seats[seat];
  return {
    met: capital >= condition.value,
    evidence: [
      `At the end, ${actorName(seat)} holds ${capital} capital (${condition.value} needed).`,
    ],
  };
}
