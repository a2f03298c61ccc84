import type { GameState } from '../../engine/index';
import { blindState } from './blind';
import { cdMemberMoves } from './cd-members';
import { presidentMoves } from './cd-president';
import { ggeMoves } from './gge-chair';
import { ungaMoves } from './unga-chair';
import type { WorldMove } from './world-move';

/**
 * The next moves of everyone the computer runs besides the seats — the President of the
 * Conference when no seat holds the chair, the members of the Conference on a proposal, the
 * sponsors of the yearly PAROS draft, the chair of the First Committee and of the plenary, every
 * UN member's ballot, a group of experts' chair — in the order they should be tried: first
 * those to make at once, then those that wait for the seats to have had their say.
 *
 * The list is read from the state alone (with the seats' hidden objectives and instructions
 * removed first, see `blindState`), so the same state always gives the same moves. Each is a
 * candidate: the caller keeps the first one `apply` accepts.
 */
export function worldMoves(state: GameState): WorldMove[] {
  const seen = blindState(state);
  const members = cdMemberMoves(seen);
  const president = presidentMoves(seen);
  const assembly = ungaMoves(seen);
  const experts = ggeMoves(seen);
  const ordered = [...president, ...members, ...assembly, ...experts];
  const late = [...members, ...assembly, ...experts, ...president];
  return [
    ...ordered.filter((move) => move.timing === 'now'),
    ...late.filter((move) => move.timing === 'afterSeats'),
  ];
}
