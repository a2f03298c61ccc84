import type { Draft } from 'immer';
import { current, isDraft } from 'immer';
import type { AnyStateMachine, EventFromLogic } from 'xstate';
import type { ProcedureSnapshot, StepResult } from '../procedures/step';
import { stepProcedure } from '../procedures/step';
import type { GameState } from '../state/game-state';
import type { IntentOf, IntentType } from './intent.schema';
import type { Rejection } from './rejection';
import { rejection } from './rejection';

/** What a handler works with: the state before the intent, the Immer draft, the intent. */
export interface HandlerContext<TType extends IntentType> {
  readonly state: GameState;
  readonly draft: Draft<GameState>;
  readonly intent: IntentOf<TType>;
}

/** What shared checks need of any handler's context, whatever the intent. */
export interface BaseContext {
  readonly state: GameState;
  readonly draft: Draft<GameState>;
  readonly intent: { readonly type: string; readonly actor: string };
}

/** Checks and applies one intent; returns a rejection to refuse it (the draft is then dropped). */
export type Handler<TType extends IntentType> = (
  context: HandlerContext<TType>,
) => Rejection | undefined;

export type HandlerTable = { readonly [TType in IntentType]: Handler<TType> };

/** The plain value behind a draft, safe to hand to XState (a draft proxy dies with the recipe). */
export function live<T>(value: T): T {
  return isDraft(value) ? current<T>(value as Draft<T>) : value;
}

/**
 * Steps a procedure kept in the state. A refusal by the machine becomes a rejection that names
 * the intent and the state the procedure is in.
 */
export function stepOrRefuse<TMachine extends AnyStateMachine>(
  machine: TMachine,
  snapshot: ProcedureSnapshot,
  event: EventFromLogic<TMachine>,
  what: string,
): StepResult | Rejection {
  const result = stepProcedure(machine, live(snapshot), event);
  if (!result.accepted) {
    return rejection(
      'procedure-refused',
      `${event.type}: not in order while ${what} is ${describeState(snapshot.value)}`,
    );
  }
  return result;
}

export function isRejection(value: unknown): value is Rejection {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

/** 'part1.inPlenary' for { part1: 'inPlenary' }. */
export function describeState(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return String(value);
  return Object.entries(value)
    .map(([key, inner]) => `${key}.${describeState(inner)}`)
    .join(' & ');
}
