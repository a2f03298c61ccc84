import type { GameState, Scenario, SeatId } from '../../engine/index';
import { scoreSeat } from '../../engine/index';
import type { BotLevel } from '../agent';
import { playGame } from '../director/index';
import { createBots } from './create-bot';
import type { TournamentReport } from './tournament';
import { runTournament } from './tournament';

/** One whole game of bots at these levels, played by the director. */
export function playWithDirector(
  scenario: Scenario,
  seed: number,
  levels: Readonly<Record<SeatId, BotLevel>>,
): GameState {
  return playGame(scenario, seed, createBots(levels, seed)).state;
}

/**
 * N bot-against-bot games of a scenario with the director, scored by the engine (`scoreSeat`);
 * a game that ends in the collapse of the security index has no winner.
 *
 * @example
 * const report = botTournament(scenario, { games: 20, seed: 1, levels: { CHN: 3, RUS: 1, USA: 1, EU: 1 } });
 */
export function botTournament(
  scenario: Scenario,
  options: {
    readonly games: number;
    readonly seed: number;
    readonly levels: Readonly<Record<SeatId, BotLevel>>;
  },
): TournamentReport {
  return runTournament({
    scenario,
    ...options,
    play: (game, seed, agents) => playGame(game, seed, agents).state,
    score: (state, seat) => scoreSeat(state, seat).total,
    collapsed: (state) => state.outcome === 'collapse',
  });
}
