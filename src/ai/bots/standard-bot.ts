import type { GameState, GameView, IntentInput, SeatId } from '../../engine/index';
import { apply, beliefState } from '../../engine/index';
import type { SeatAgent } from '../agent';
import { appraise } from './appraise';
import type { BotRandom } from './bot-random';
import { decisionRandom } from './bot-random';
import type { Inclination } from './evaluation';
import { stateValue } from './evaluation';
import { movesThisTurn } from './read-view';

/** How many options, the best by personality, a looking-ahead bot weighs in full. */
export const SHORTLIST = 14;
/** Weight of the personality's appraisal against the value of the state a move leads to. */
export const PERSONALITY_WEIGHT = 0.6;
/** The gain a move must bring to be worth making; it rises with each move this turn. */
const PASS_THRESHOLD = 0.15;
const PASS_THRESHOLD_PER_MOVE = 0.1;
/**
 * Noise on each option's gain, so equal options are not always taken in list order, games
 * differ, and the standard delegation, like a student, sometimes takes a good move rather than
 * the best one (the hard bot wavers far less; that is most of what makes it stronger).
 */
const TIE_NOISE = 0.3;

/** One option weighed: its gain over passing, and the state it leads to. */
export interface Weighed {
  readonly option: IntentInput;
  readonly gain: number;
  readonly after: GameState;
}

/**
 * Level 2 (standard, the default): weighs each shortlisted option one step ahead on a state built
 * from its view alone — the state it leads to (its objectives' score, the outcomes it cares about,
 * the capital left) plus what its personality thinks of the move — and passes when nothing gains
 * enough.
 */
export function createStandardBot(seat: SeatId, seed: number): SeatAgent {
  return {
    seat,
    level: 2,
    decide(view: GameView, options: readonly IntentInput[]): IntentInput | null {
      if (options.length === 0) return null;
      const random = decisionRandom(seed, seat, view, options);
      const belief = beliefState(view);
      const weighed = weighOptions(view, belief, seat, shortlist(view, seat, options), random, {
        seed,
      });
      const threshold = PASS_THRESHOLD + PASS_THRESHOLD_PER_MOVE * movesThisTurn(view, seat);
      const best = bestOf(weighed);
      return best !== null && best.gain > threshold ? best.option : null;
    },
  };
}

/** The options the personality likes best (a bot has no time to weigh every amendment). */
export function shortlist(
  view: GameView,
  seat: SeatId,
  options: readonly IntentInput[],
  size: number = SHORTLIST,
): IntentInput[] {
  if (options.length <= size) return [...options];
  return options
    .map((option, index) => ({ option, index, value: appraise(view, seat, option) }))
    .sort((a, b) => b.value - a.value || a.index - b.index)
    .slice(0, size)
    .map((entry) => entry.option);
}

/** Each option applied to the belief and valued against the belief as it stands. */
export function weighOptions(
  view: GameView,
  belief: GameState,
  seat: SeatId,
  options: readonly IntentInput[],
  random: BotRandom,
  inclination?: Inclination,
): Weighed[] {
  const base = stateValue(belief, seat, inclination);
  const weighed: Weighed[] = [];
  for (const option of options) {
    const result = apply(belief, option);
    if (!result.ok) continue;
    const gain =
      stateValue(result.state, seat, inclination) -
      base +
      PERSONALITY_WEIGHT * appraise(view, seat, option) +
      (inclination?.noise ?? TIE_NOISE) * random.gaussian();
    weighed.push({ option, gain, after: result.state });
  }
  return weighed;
}

export function bestOf(weighed: readonly Weighed[]): Weighed | null {
  let best: Weighed | null = null;
  for (const entry of weighed) if (best === null || entry.gain > best.gain) best = entry;
  return best;
}
