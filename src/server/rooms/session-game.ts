import type { ApplyResult, GameState, Scenario } from '../../engine/index';
import { apply, createGame, hashState, replay } from '../../engine/index';
import type { SessionStore, StoredIntent } from '../store/session-store';

/**
 * One session's game: the engine's state and its log. `commit` is the only way the state
 * moves, and it writes the accepted intent to SQLite before the new state exists for anyone
 * else: whatever a client is ever told has been logged first.
 */
export class SessionGame {
  private current: GameState;
  private logLength: number;

  private constructor(
    readonly code: string,
    readonly scenario: Scenario,
    readonly seed: number,
    private readonly store: SessionStore,
    state: GameState,
    logLength: number,
  ) {
    this.current = state;
    this.logLength = logLength;
  }

  static start(code: string, scenario: Scenario, seed: number, store: SessionStore): SessionGame {
    return new SessionGame(code, scenario, seed, store, createGame(scenario, seed), 0);
  }

  /**
   * Rebuilds the game from its log. Every logged intent was accepted once, so a refusal on
   * replay means the rules changed under the session: that is reported, never skipped quietly.
   */
  static resume(
    code: string,
    scenario: Scenario,
    seed: number,
    store: SessionStore,
  ): { game: SessionGame; log: readonly StoredIntent[] } {
    const log = store.intents(code);
    const replayed = replay(
      scenario,
      seed,
      log.map((entry) => entry.intent),
    );
    const refused = replayed.rejected[0];
    if (refused) {
      throw new Error(
        `Session ${code}: logged intent #${refused.index} is refused on replay: ${refused.error.message}`,
      );
    }
    return { game: new SessionGame(code, scenario, seed, store, replayed.state, log.length), log };
  }

  get state(): GameState {
    return this.current;
  }

  /** How many intents the log holds. */
  get length(): number {
    return this.logLength;
  }

  hash(): string {
    return hashState(this.current);
  }

  /** Checks an intent against the rules without playing it. */
  check(intent: unknown): ApplyResult {
    return apply(this.current, intent);
  }

  commit(intent: unknown, by: string, at: number): ApplyResult {
    const result = apply(this.current, intent);
    if (!result.ok) return result;
    this.store.appendIntent(this.code, { seq: this.logLength, intent: result.intent, by, at });
    this.logLength++;
    this.current = result.state;
    return result;
  }
}
