import type { GameView, IntentInput, SeatId } from '../../engine/index';
import { SEATS } from '../../engine/index';

/**
 * A bot's own seeded generator (mulberry32), never `Math.random`. It is seeded afresh for every
 * decision from the bot's seed, its seat and a fingerprint of what it sees (turn, date, the
 * length of its record, its capital, the options). So a decision is a pure function of
 * (seed, view, options): a bot that takes a seat over in the middle of a game chooses exactly
 * as one that sat there from the start, and nothing it remembers can leak between games.
 */
export class BotRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed | 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(this.state ^ (this.state >>> 15), this.state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, bound). */
  integer(bound: number): number {
    return Math.floor(this.next() * bound);
  }

  /** A normally distributed number (mean 0, deviation 1), by Box–Muller. */
  gaussian(): number {
    const u = Math.max(this.next(), 1e-12);
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

/** The generator for one decision of one bot. */
export function decisionRandom(
  seed: number,
  seat: SeatId,
  view: GameView,
  options: readonly IntentInput[],
): BotRandom {
  let hash = mix(0x9e3779b9, seed | 0);
  hash = mix(hash, SEATS.indexOf(seat) + 1);
  hash = mix(hash, view.turn);
  hash = mix(hash, view.record.length);
  hash = mix(hash, stringHash(view.date));
  hash = mix(hash, Math.round(view.seats[seat].capital * 100));
  hash = mix(hash, options.length);
  for (const option of options) hash = mix(hash, stringHash(option.type));
  return new BotRandom(hash);
}

/**
 * A number in [0, 1) fixed by a seed and a name: a bot's lasting inclinations for one game
 * (how much it cares about each of its objectives), the same at every decision without being
 * remembered.
 */
export function seededShare(seed: number, name: string): number {
  return new BotRandom(mix(mix(0x2545f491, seed | 0), stringHash(name))).next();
}

function mix(hash: number, value: number): number {
  let mixed = Math.imul(hash ^ (value | 0), 0x85ebca6b);
  mixed ^= mixed >>> 13;
  mixed = Math.imul(mixed, 0xc2b2ae35);
  return (mixed ^ (mixed >>> 16)) | 0;
}

function stringHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return hash | 0;
}
