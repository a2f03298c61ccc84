import type { GameState, SeatId } from '../../engine/index';
import { SEATS } from '../../engine/index';
import type { SeatAgent } from '../../ai/agent';
import { DEFAULT_BOT_LEVEL } from '../../ai/agent';
import { createBot } from '../../ai/bots/index';
import type { Director } from '../../ai/director/index';
import { createDirector } from '../../ai/director/index';
import type { ComputerWorldFactory } from './computer-world';

/**
 * The computer's side played by the director of src/ai: the world (other States, chairs,
 * presidents) and a standard bot in every seat the teacher gave to the computer. The teacher
 * may hand a seat over at any moment, so the director is made again whenever the set of
 * computer seats changes (its moves are in the log; nothing of it needs to survive).
 */
export const directorWorld: ComputerWorldFactory = ({ seed }) => {
  let director: Director | null = null;
  let computerSeats = '';
  const directorFor = (state: GameState): Director => {
    const seats = SEATS.filter((seat) => state.seats[seat].controller === 'bot');
    const key = seats.join(',');
    if (director === null || key !== computerSeats) {
      const agents: Partial<Record<SeatId, SeatAgent>> = {};
      for (const seat of seats) {
        agents[seat] = createBot({
          seat,
          level: DEFAULT_BOT_LEVEL,
          seed: seed + SEATS.indexOf(seat),
        });
      }
      director = createDirector({ seed, agents });
      computerSeats = key;
    }
    return director;
  };
  return {
    nextMove: (state) => directorFor(state).nextMove(state)?.intent ?? null,
    finishTurn: (state) =>
      directorFor(state)
        .finishTurn(state)
        .moves.map((move) => move.intent),
  };
};
