import type { IntentInput, SeatId } from '../../engine/index';
import { SEATS } from '../../engine/index';
import type { SeatAgent } from '../../ai/agent';
import { createBot } from '../../ai/bots/index';
import type { Director } from '../../ai/director/index';
import { createDirector } from '../../ai/director/index';
import type { WorldRequest } from './computer-world';

const RESPOND_LIMIT = 400;

/**
 * The computer's part, played by the director of src/ai with a bot (src/ai/bots) in each seat
 * no person leads. One director is kept per game set-up, since it remembers who passed in the
 * current step; the worker and the page both call here.
 */
export function worldMoves(request: WorldRequest): IntentInput[] {
  const director = directorFor(request);
  if (request.kind === 'finish')
    return director.finishTurn(request.state).moves.map((move) => move.intent);
  const moves: IntentInput[] = [];
  let state = request.state;
  for (let count = 0; count < RESPOND_LIMIT; count++) {
    const move = director.nextMove(state);
    if (!move) break;
    moves.push(move.intent);
    state = move.next;
  }
  return moves;
}

let current: { key: string; director: Director } | null = null;

function directorFor(request: WorldRequest): Director {
  const { state, humans, difficulty } = request;
  const key = `${state.scenarioId}|${state.seed}|${humans.join(',')}|${difficulty}`;
  if (current?.key === key) return current.director;
  const agents: Partial<Record<SeatId, SeatAgent>> = {};
  SEATS.forEach((seat, index) => {
    if (!humans.includes(seat))
      agents[seat] = createBot({
        seat,
        level: difficulty,
        seed: Math.imul(state.seed, 31) + index * 7919,
      });
  });
  current = { key, director: createDirector({ seed: state.seed, agents }) };
  return current.director;
}
