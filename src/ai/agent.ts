import type { GameView, IntentInput, SeatId } from '../engine/index';

/** How hard a computer delegation plays: 1 easy, 2 standard (the default), 3 hard. */
export type BotLevel = 1 | 2 | 3;

export const BOT_LEVELS: readonly BotLevel[] = [1, 2, 3];
export const DEFAULT_BOT_LEVEL: BotLevel = 2;

/**
 * A delegation led by the computer. It sees only what its seat may see (`view(state, seat)`)
 * and chooses among its legal actions (`legalActions(state, seat)`), or passes for the rest of
 * the turn by answering `null`. It keeps its own seeded generator, so the same game and seed
 * give the same choices.
 */
export interface SeatAgent {
  readonly seat: SeatId;
  readonly level: BotLevel;
  decide(view: GameView, options: readonly IntentInput[]): IntentInput | null;
}
