import type { GameState, SeatId } from '../../engine/index';
import { ACTION_TABLE, checkCondition, securityIndex } from '../../engine/index';
import { drafts } from './read-view';

/**
 * What the hard bot keeps in hand beyond the next move: the security index away from collapse,
 * the price of an objection when it may have to block, and the price of its own draft before
 * the First Committee. Each guard weighs a move by how much it eats into one of these.
 */

/** How far above the scenario's collapse threshold the hard bot starts to fear for space. */
const SECURITY_MARGIN = 20;
/** Capital the hard bot keeps to raise an objection (its price) when an objective may need one. */
const BLOCKING_RESERVE = 3;
/** What each unit of capital missing for the seat's own draft weighs against a move. */
const SPONSOR_GUARD = 0.5;

/** Moves that push the security index towards collapse cost more the nearer it is. */
export function securityGuard(before: GameState, after: GameState): number {
  const danger = before.economy.collapseBelow + SECURITY_MARGIN;
  const below = (state: GameState): number => Math.max(0, danger - securityIndex(state));
  return -0.2 * Math.max(0, below(after) - below(before));
}

/**
 * A delegation that must stop a proposal (an objective met only if something never passes)
 * keeps the price of an objection in hand rather than spending it on anything else.
 */
export function reserveGuard(before: GameState, after: GameState, seat: SeatId): number {
  const mustBlock = before.seats[seat].objectives.some(
    (objective) =>
      (objective.condition.kind === 'bodyEstablished' ||
        objective.condition.kind === 'decisionTaken') &&
      !objective.condition.expected,
  );
  const spent = after.seats[seat].capital < before.seats[seat].capital;
  return mustBlock && spent && after.seats[seat].capital < BLOCKING_RESERVE ? -0.6 : 0;
}

/**
 * A delegation whose objective needs a resolution of its own keeps, by the end of each turn, the
 * capital to table and introduce it at the next First Committee, counting the income still to
 * come: spending that money on anything else is weighed as the draft it would cost.
 */
export function sponsorGuard(before: GameState, after: GameState, seat: SeatId): number {
  const worse = sponsorShortfall(after, seat) - sponsorShortfall(before, seat);
  return worse > 0 ? -SPONSOR_GUARD * worse : 0;
}

export function sponsorShortfall(state: GameState, seat: SeatId): number {
  const committee = state.calendar.findIndex(
    (turn, index) =>
      index >= state.turn && turn.forum === 'unga' && turn.stage === 'firstCommittee',
  );
  if (committee < 0) return 0;
  let need = 0;
  for (const objective of state.seats[seat].objectives) {
    const condition = objective.condition;
    if (condition.kind !== 'resolutionAdopted' || !condition.bySeat || !condition.expected)
      continue;
    if (checkCondition(state, seat, condition).met) continue;
    const mine = drafts(state).find(
      (reading) =>
        reading.kind === condition.resolutionKind &&
        reading.sponsors.includes(seat) &&
        (reading.status === 'drafted' || reading.status === 'introduced'),
    );
    if (mine?.status === 'introduced') continue;
    need +=
      (mine === undefined ? ACTION_TABLE['draft.tabled'].cost : 0) +
      ACTION_TABLE['draft.introduced'].cost;
  }
  const income = state.economy.income * (committee - state.turn);
  return Math.max(0, need - income - state.seats[seat].capital);
}
