import type { ActorId, GameState, SeatId } from '../../engine';
import { CHAIR, SEATS, apply, legalActions, presidentNow, unMembers } from '../../engine';

/**
 * Until the computer delegations of the game layer exist, the other actors take random legal
 * actions: the other seats, the President of the Conference, the chair and States drawn from
 * the membership. The host's "end the turn" is left to the player.
 */
export function computerMoves(
  state: GameState,
  player: SeatId | 'host',
  count: number,
  random: () => number,
): GameState {
  const members = unMembers();
  let current = state;
  for (let step = 0; step < count * 3 && current.phase === 'playing'; step++) {
    const actor =
      random() < 0.2 ? (presidentNow(current) ?? CHAIR) : pickActor(player, members, random);
    const options = legalActions(current, actor);
    const option = options[Math.floor(random() * options.length)];
    if (option === undefined) continue;
    const result = apply(current, option);
    if (result.ok) current = result.state;
  }
  return current;
}

function pickActor(
  player: SeatId | 'host',
  members: readonly { code: string }[],
  random: () => number,
): ActorId {
  const others = SEATS.filter((seat) => seat !== player);
  const roll = random();
  if (roll < 0.4) return others[Math.floor(random() * others.length)] ?? CHAIR;
  if (roll < 0.55) return CHAIR;
  return members[Math.floor(random() * members.length)]?.code ?? CHAIR;
}
