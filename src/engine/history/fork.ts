import { apply } from '../apply';
import type { SeatId } from '../ids';
import { HOST, isSeat } from '../ids';
import type { Intent } from '../intents/intent.schema';
import type { Scenario } from '../scenario/scenario.schema';
import type { GameState } from '../state/game-state';
import type { HistoryLog } from './history-log.schema';
import type { ReplayedStep } from './replay-history';
import { HistoryError, replayHistory } from './replay-history';

/** Who leads each seat from the take-over on; seats not named keep the scenario's controller. */
export type SeatControllers = Partial<Record<SeatId, 'human' | 'bot'>>;

/** A game that leaves the historical record at some step and goes on as the players decide. */
export interface HistoryFork {
  /**
   * The scenario the fork is a game of: the historical scenario itself. Saves and replays of the
   * fork use it: `replay(fork.scenario, fork.seed, fork.intents)` rebuilds `fork.state`.
   */
  readonly scenario: Scenario;
  readonly seed: number;
  /** The state after the replayed steps: the record up to there is the fork's past. */
  readonly state: GameState;
  /** The intents accepted so far, in order: the fork's log, to which the players' moves add. */
  readonly intents: readonly Intent[];
  /** How many steps of the record were replayed: the index of the first step taken over. */
  readonly at: number;
  /** The replayed steps, with their confidence and sources (for the transcript). */
  readonly steps: readonly ReplayedStep[];
}

/**
 * Take-over: replays the historical record up to `at` and hands the game to the players. `at`
 * is a step index (the step at that index is the first one not replayed) or an `until` of
 * `replayHistory` (a symbol, or a date). The chosen seats get their controllers.
 *
 * The chosen controllers are set by the host's `seat.controlled` intents, appended to the log at
 * the take-over, so the fork is an ordinary game of the historical scenario: its log is the
 * record up to there plus those intents, and `replay(fork.scenario, fork.seed, fork.intents)`
 * gives the same state and hash. Throws a
 * `HistoryError` when the record cannot be replayed to `at`, when a seat is unknown, or when the
 * game has already ended there.
 *
 * @example
 * const fork = forkHistory(scenario, log, 'CD/1985', { USA: 'human', CHN: 'bot' });
 * const next = apply(fork.state, { type: 'turn.ended', actor: 'host' });
 */
export function forkHistory(
  scenario: Scenario,
  log: HistoryLog,
  at: number | string,
  controllers: SeatControllers,
): HistoryFork {
  for (const seat of Object.keys(controllers)) {
    if (!isSeat(seat)) {
      throw new HistoryError('bad-seat', `"${seat}" is not a seat (CHN, RUS, USA or EU)`);
    }
  }
  const replayed = replayHistory(
    scenario,
    log,
    typeof at === 'number' ? { steps: at } : { until: at },
  );
  if (replayed.state.phase === 'ended') {
    throw new HistoryError(
      'record-ended',
      `the record has ended by step ${replayed.stoppedAt}: there is nothing left to play`,
    );
  }
  let state = replayed.state;
  const intents: Intent[] = replayed.steps.map((step) => step.intent);
  for (const [seat, controller] of Object.entries(controllers) as [SeatId, 'human' | 'bot'][]) {
    if (state.seats[seat].controller === controller) continue;
    const handedOver = apply(state, { type: 'seat.controlled', actor: HOST, seat, controller });
    if (!handedOver.ok) throw new HistoryError('bad-seat', handedOver.error.message);
    state = handedOver.state;
    intents.push(handedOver.intent);
  }
  return {
    scenario,
    seed: log.seed,
    state,
    intents,
    at: replayed.stoppedAt,
    steps: replayed.steps,
  };
}
