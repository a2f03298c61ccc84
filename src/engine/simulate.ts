import { apply } from './apply';
import { unMembers } from './data/members';
import type { ActorId } from './ids';
import { CHAIR, HOST, SEATS } from './ids';
import { presidentNow } from './intents/cd-session.handlers';
import type { Intent } from './intents/intent.schema';
import { legalActions } from './legal-actions';
import { createGame } from './create-game';
import { draw, drawInteger, seedState } from './random';
import type { Scenario } from './scenario/scenario.schema';
import type { GameState } from './state/game-state';

export interface SimulationOptions {
  readonly seed: number;
  /** Upper bound on intents applied in one game. */
  readonly maxSteps?: number;
  /** Average number of actions between two calls of the host to end the turn. */
  readonly actionsPerTurn?: number;
  /**
   * A game already under way to play on from (a fork of the historical record), instead of a
   * new game of the scenario; `intents` then holds only the moves made from it.
   */
  readonly start?: GameState;
}

export interface SimulationResult {
  readonly state: GameState;
  readonly intents: readonly Intent[];
  readonly steps: number;
}

/**
 * Plays a scenario with every actor choosing among its legal actions at random: the four seats,
 * the President of the Conference, the chair, a State drawn from the UN membership, and now and
 * then the host, who ends the turn. Deterministic for a given seed (its own generator, apart
 * from the game's). With `start`, it plays on from that state rather than from a new game.
 */
export function simulate(scenario: Scenario, options: SimulationOptions): SimulationResult {
  let state = options.start ?? createGame(scenario, options.seed);
  let random = seedState(options.seed ^ 0x5eed);
  const intents: Intent[] = [];
  const maxSteps = options.maxSteps ?? 5000;
  const turnChance = 1 / (options.actionsPerTurn ?? 25);
  const members = unMembers();
  let steps = 0;
  while (state.phase === 'playing' && steps < maxSteps) {
    steps += 1;
    const roll = draw(random);
    random = roll.next;
    let actor: ActorId;
    if (roll.value < turnChance) actor = HOST;
    else {
      const pick = drawInteger(random, 8);
      random = pick.next;
      if (pick.value < 4) actor = SEATS[pick.value]!;
      else if (pick.value === 4) actor = presidentNow(state) ?? HOST;
      else if (pick.value === 5) actor = CHAIR;
      else {
        const member = drawInteger(random, members.length);
        random = member.next;
        actor = members[member.value]!.code;
      }
    }
    const options_ = legalActions(state, actor);
    if (options_.length === 0) continue;
    const choice = drawInteger(random, options_.length);
    random = choice.next;
    const result = apply(state, options_[choice.value]);
    if (!result.ok)
      throw new Error(`legalActions offered a refused intent: ${result.error.message}`);
    state = result.state;
    intents.push(result.intent);
  }
  return { state, intents, steps };
}
