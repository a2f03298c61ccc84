import type { GameState, IntentInput, SeatId } from '../../engine/index';

/** How hard the computer delegations play: 1 easy, 2 standard, 3 hard. */
export type Difficulty = 1 | 2 | 3;

/** What the computer is asked to do: answer the people's last move, or finish the turn. */
export interface WorldRequest {
  readonly state: GameState;
  /** 'respond': the computer's moves until people must act; 'finish': the rest of the turn. */
  readonly kind: 'respond' | 'finish';
  /** The seats people lead; the computer never moves for them. */
  readonly humans: readonly SeatId[];
  readonly difficulty: Difficulty;
}

/**
 * The computer-run world (the other seats, the President, the chair, the other States) as the
 * page sees it: given a game, the intents it plays. The client applies them one by one through
 * the engine, so the log stays the game's only truth and a refused intent changes nothing.
 */
export interface ComputerWorld {
  play(request: WorldRequest): Promise<readonly IntentInput[]>;
  dispose(): void;
}
