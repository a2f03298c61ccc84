import type { GameView, IntentInput, SeatId } from '../../engine/index';
import type { SeatAgent } from '../agent';
import { appraise } from './appraise';
import { decisionRandom } from './bot-random';
import { movesThisTurn } from './read-view';

/** How often the easy bot slips and takes any legal move at all. */
const MISTAKE_RATE = 0.15;
/** How noisy its reading of its own interests is (standard deviation, on the appraisal scale). */
const NOISE = 0.45;
/** The appraisal a move must reach to be worth making; it rises with each move this turn. */
const PASS_THRESHOLD = 0.2;
const PASS_THRESHOLD_PER_MOVE = 0.12;

function isDestructiveTest(option: IntentInput): boolean {
  return option.type === 'asatTest.conducted' && option.destructive;
}

/**
 * Level 1 (easy): plausible but short-sighted. It picks the move its personality likes best,
 * read with noise and with the odd mistake, and never looks at what the move costs or leads to.
 */
export function createEasyBot(seat: SeatId, seed: number): SeatAgent {
  return {
    seat,
    level: 1,
    decide(view: GameView, options: readonly IntentInput[]): IntentInput | null {
      if (options.length === 0) return null;
      const random = decisionRandom(seed, seat, view, options);
      const moves = movesThisTurn(view, seat);
      if (random.next() < MISTAKE_RATE) {
        // A slip: any legal move, whatever it does to the delegation's own line — but no one
        // blows up a satellite by mistake.
        const slips = options.filter((option) => !isDestructiveTest(option));
        if (slips.length > 0) return slips[random.integer(slips.length)]!;
      }
      let best: IntentInput | null = null;
      let bestValue = PASS_THRESHOLD + PASS_THRESHOLD_PER_MOVE * moves;
      for (const option of options) {
        const value = appraise(view, seat, option) + NOISE * random.gaussian();
        if (value > bestValue) {
          best = option;
          bestValue = value;
        }
      }
      return best;
    },
  };
}
