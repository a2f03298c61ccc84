import type { GameState, Scenario, SeatId } from '../../engine/index';
import { createGame, hashState } from '../../engine/index';
import type { SeatAgent } from '../agent';
import type { DirectorOptions } from './director';
import { createDirector } from './director';

/** A game the computer played from start to end, and what it took. */
export interface PlayedGame {
  readonly state: GameState;
  readonly hash: string;
  /** Turns played (the calendar's length when the game ran to its end). */
  readonly turns: number;
  /** Moves applied, by the world and by each computer seat. */
  readonly moves: number;
  readonly byWorld: number;
  readonly bySeat: Readonly<Record<SeatId, number>>;
}

/**
 * Plays a scenario to its end with the director: `agents` lead the seats that have one (seats
 * without one do nothing), the world runs everyone else. Deterministic for a seed and agents
 * built from seeds (bot-vs-bot runs, tests, `paros simulate`).
 */
export function playGame(
  scenario: Scenario,
  seed: number,
  agents: Partial<Record<SeatId, SeatAgent>>,
  options: Omit<DirectorOptions, 'seed' | 'agents'> = {},
): PlayedGame {
  const director = createDirector({ ...options, seed, agents });
  let state = createGame(scenario, seed);
  const bySeat: Record<SeatId, number> = { CHN: 0, RUS: 0, USA: 0, EU: 0 };
  let byWorld = 0;
  let turns = 0;
  while (state.phase === 'playing') {
    const turn = director.finishTurn(state);
    for (const move of turn.moves) {
      if (move.by === 'world') byWorld += 1;
      else bySeat[move.by] += 1;
    }
    state = turn.state;
    turns += 1;
  }
  return {
    state,
    hash: hashState(state),
    turns,
    moves: byWorld + bySeat.CHN + bySeat.RUS + bySeat.USA + bySeat.EU,
    byWorld,
    bySeat,
  };
}
