import type { SeatId } from '../../engine/index';
import { SEATS } from '../../engine/index';
import type { BotLevel, SeatAgent } from '../agent';
import { createEasyBot } from './easy-bot';
import { createHardBot } from './hard-bot';
import { createStandardBot } from './standard-bot';

export interface BotOptions {
  readonly seat: SeatId;
  readonly level: BotLevel;
  /** The bot's own seed (its choices are a pure function of seed, view and options). */
  readonly seed: number;
}

/**
 * A computer delegation for a seat at a level: 1 easy, 2 standard, 3 hard.
 *
 * @example
 * const usa = createBot({ seat: 'USA', level: 2, seed: 7 });
 * const move = usa.decide(view(state, 'USA'), legalActions(state, 'USA'));
 */
export function createBot(options: BotOptions): SeatAgent {
  const seed = options.seed | 0;
  switch (options.level) {
    case 1:
      return createEasyBot(options.seat, seed);
    case 2:
      return createStandardBot(options.seat, seed);
    case 3:
      return createHardBot(options.seat, seed);
  }
}

/** One bot per seat, in the order CHN, RUS, USA, EU; each seat gets its own seed from `seed`. */
export function createBots(
  levels: Readonly<Record<SeatId, BotLevel>>,
  seed: number,
): Record<SeatId, SeatAgent> {
  return Object.fromEntries(
    SEATS.map((seat, index) => [
      seat,
      createBot({ seat, level: levels[seat], seed: Math.imul(seed, 31) + index * 7919 }),
    ]),
  ) as Record<SeatId, SeatAgent>;
}
