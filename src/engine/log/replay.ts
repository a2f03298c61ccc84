import { apply } from '../apply';
import { createGame } from '../create-game';
import type { Intent } from '../intents/intent.schema';
import type { Rejection } from '../intents/rejection';
import type { Scenario } from '../scenario/scenario.schema';
import type { GameState } from '../state/game-state';

export interface ReplayResult {
  readonly state: GameState;
  /** The intents the rules accepted, in order: the game's log. */
  readonly accepted: readonly Intent[];
  readonly rejected: readonly {
    readonly index: number;
    readonly intent: unknown;
    readonly error: Rejection;
  }[];
}

/**
 * Rebuilds a game from its scenario, seed and intents. The state depends on nothing else: the
 * same three give the same state, hash for hash. Refused intents are reported and skipped.
 *
 * @example
 * const { state } = replay(scenario, 7, log);
 */
export function replay(
  scenario: Scenario,
  seed: number,
  intents: readonly unknown[],
): ReplayResult {
  let state = createGame(scenario, seed);
  const accepted: Intent[] = [];
  const rejected: { index: number; intent: unknown; error: Rejection }[] = [];
  intents.forEach((intent, index) => {
    const result = apply(state, intent);
    if (result.ok) {
      state = result.state;
      accepted.push(result.intent);
    } else {
      rejected.push({ index, intent, error: result.error });
    }
  });
  return { state, accepted, rejected };
}

/** Takes back the last accepted intent: the game is the log without it, replayed. */
export function undo(scenario: Scenario, seed: number, intents: readonly Intent[]): ReplayResult {
  return replay(scenario, seed, intents.slice(0, -1));
}
