import type { GameState, HistoryLog, Intent, Scenario, SeatId } from '../../engine/index';
import { forkHistory } from '../../engine/index';

/**
 * A seat taken over from the historical record: everything the shell needs to start an ordinary
 * game there (D1's LocalClient). `replay(scenario, seed, intents)` rebuilds `state`, so saving
 * and resuming the taken-over game works like any other game of the historical scenario.
 */
export interface TakeOver {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly state: GameState;
  readonly intents: readonly Intent[];
  /** The seat the player now leads (the others stay with the computer). */
  readonly seat: SeatId;
  /** How many steps of the record were replayed before the take-over. */
  readonly at: number;
}

/**
 * Leaves the record at a position (a step count, a symbol or a date, as `forkHistory` takes)
 * and hands one seat to a person. Throws the engine's `HistoryError` when the record cannot be
 * taken over there (for example when it has already ended).
 *
 * @example
 * const game = takeOver(scenario, log, 'CD/1985', 'USA'); // then: new LocalClient(game, …)
 */
export function takeOver(
  scenario: Scenario,
  log: HistoryLog,
  at: number | string,
  seat: SeatId,
): TakeOver {
  const fork = forkHistory(scenario, log, at, { [seat]: 'human' });
  return {
    scenario: fork.scenario,
    seed: fork.seed,
    state: fork.state,
    intents: fork.intents,
    seat,
    at: fork.at,
  };
}
