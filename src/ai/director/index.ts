/**
 * The game loop shared by the browser (solo, hotseat), the classroom server and the command
 * line: one computer move at a time — the world's, then the computer seats' — and the end of
 * the turn.
 *
 * @example
 * const director = createDirector({ seed, agents });
 * const move = director.nextMove(state); // null: the people's turn to act
 */
export { createDirector } from './director';
export type {
  Director,
  DirectorOptions,
  DirectedMove,
  NextMoveOptions,
  TurnResult,
} from './director';
export { playGame } from './play-game';
export type { PlayedGame } from './play-game';
export { stepKey } from './steps';
