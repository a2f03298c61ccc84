import type { GameState, IntentInput, Scenario } from '../../engine/index';

/**
 * The computer's side of a classroom game: bot seats, the other States, the chair. The room
 * asks for one move at a time and writes each to the log like any other intent, so a replay
 * never needs the computer again.
 *
 * `directorWorld` (director-world.ts) puts the director of src/ai behind it; `idleWorld` makes
 * no move at all (turns are then ended by the host, the clock or the delegations).
 */
export interface ComputerWorld {
  /** The next computer move now, or null when the computer has nothing more to do this turn. */
  nextMove(state: GameState): IntentInput | null;
  /** The moves that close the turn (the chair's calls, the votes still due), before it ends. */
  finishTurn(state: GameState): readonly IntentInput[];
}

export type ComputerWorldFactory = (game: {
  readonly scenario: Scenario;
  readonly seed: number;
}) => ComputerWorld;

export const idleWorld: ComputerWorldFactory = () => ({
  nextMove: () => null,
  finishTurn: () => [],
});
