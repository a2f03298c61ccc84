import type { Draft } from 'immer';
import { produce } from 'immer';
import { isUnMember } from './data/members';
import { settleEconomy } from './economy/settle';
import { CHAIR, HOST } from './ids';
import { handlers } from './intents/handlers';
import type { Intent } from './intents/intent.schema';
import { intentSchema } from './intents/intent.schema';
import type { Rejection } from './intents/rejection';
import { rejection } from './intents/rejection';
import { formatPath } from './scenario/load-scenario';
import type { GameState, RecordEntry } from './state/game-state';

/** The outcome of one intent: the new state and what happened, or the reason it was refused. */
export type ApplyResult =
  | {
      readonly ok: true;
      readonly state: GameState;
      readonly intent: Intent;
      readonly events: readonly RecordEntry[];
    }
  | { readonly ok: false; readonly error: Rejection };

/**
 * Applies one intent. The intent is checked against its schema, then against the rules, then
 * paid for (economy/settle.ts: a seat short of capital is refused as `not-enough-capital`); a
 * refused intent leaves the state exactly as it was (the same object comes back untouched).
 * Pure: the same state and intent always give the same result.
 *
 * @example
 * const result = apply(state, { type: 'objection.raised', actor: 'PAK', decision: 'CD-D/2009/2' });
 * if (!result.ok) console.warn(result.error.message);
 */
export function apply(state: GameState, input: unknown): ApplyResult {
  const parsed = intentSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? formatPath(issue.path) : '';
    const type =
      typeof input === 'object' &&
      input !== null &&
      'type' in input &&
      typeof input.type === 'string'
        ? input.type.slice(0, 60)
        : 'intent';
    return {
      ok: false,
      error: rejection(
        'malformed-intent',
        `${type}: ${where ? `${where}: ` : ''}${issue?.message ?? 'not an intent'}`,
      ),
    };
  }
  const intent = parsed.data;
  if (state.phase === 'ended') {
    return { ok: false, error: rejection('game-over', `${intent.type}: the scenario has ended`) };
  }
  if (!isKnownActor(intent.actor)) {
    return {
      ok: false,
      error: rejection(
        'unknown-actor',
        `${intent.type}: "${intent.actor}" is not a delegation, the chair or the host`,
      ),
    };
  }
  let refusal: Rejection | undefined;
  const next = produce(state, (draft) => {
    refusal = runRules(state, draft, intent);
  });
  if (refusal !== undefined) return { ok: false, error: refusal };
  return { ok: true, state: next, intent, events: next.record.slice(state.record.length) };
}

/** Thrown out of a dry run so that Immer drops the draft instead of finishing it. */
const DRY_RUN_DONE = new Error('dry run done');

/**
 * Whether `apply` would accept an intent that is already valid by its schema (defaults filled):
 * the same rules and the same price, run on a draft that is thrown away unfinished. It is how
 * `legalActions` tests its candidates; it skips the schema check and Immer's finishing of the
 * new state (copying and freezing), which are most of the cost of `apply` when the result is
 * not wanted.
 */
export function accepts(state: GameState, intent: Intent): boolean {
  if (state.phase === 'ended' || !isKnownActor(intent.actor)) return false;
  let refusal: Rejection | undefined;
  try {
    produce(state, (draft) => {
      refusal = runRules(state, draft, intent);
      throw DRY_RUN_DONE;
    });
  } catch (error) {
    if (error !== DRY_RUN_DONE) throw error;
  }
  return refusal === undefined;
}

/** The intent's handler, then its price: a rejection, or nothing when the draft holds the result. */
function runRules(
  state: GameState,
  draft: Draft<GameState>,
  intent: Intent,
): Rejection | undefined {
  const handler = handlers[intent.type] as (context: {
    state: GameState;
    draft: Draft<GameState>;
    intent: Intent;
  }) => Rejection | undefined;
  return handler({ state, draft, intent }) ?? settleEconomy(state, draft, intent);
}

function isKnownActor(actor: string): boolean {
  return actor === HOST || actor === CHAIR || actor === 'EU' || isUnMember(actor);
}
