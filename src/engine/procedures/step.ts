import type {
  AnyMachineSnapshot,
  AnyStateMachine,
  EventFromLogic,
  InputFrom,
  Snapshot,
} from 'xstate';
import { initialTransition, transition } from 'xstate';

/** A procedure instance as the game state keeps it: the machine's persisted snapshot, as JSON. */
export type ProcedureSnapshot = Snapshot<unknown> & {
  readonly value: unknown;
  readonly context: unknown;
};

export interface StepResult {
  readonly snapshot: ProcedureSnapshot;
  /** False when the machine refused the event: no transition was enabled. */
  readonly accepted: boolean;
  /** What the machine announced with `emit()` during the step. */
  readonly emitted: readonly { readonly type: string; readonly [key: string]: unknown }[];
}

/** Starts a procedure instance from its input; returns its persisted snapshot. */
export function startProcedure<TMachine extends AnyStateMachine>(
  machine: TMachine,
  input: InputFrom<TMachine>,
): ProcedureSnapshot {
  const [snapshot] = initialTransition(machine, input);
  return machine.getPersistedSnapshot(snapshot) as ProcedureSnapshot;
}

/**
 * Steps a persisted procedure with one event through the pure `transition()`: nothing runs,
 * nothing is mutated, and an event the machine does not accept comes back as `accepted: false`.
 */
export function stepProcedure<TMachine extends AnyStateMachine>(
  machine: TMachine,
  persisted: ProcedureSnapshot,
  event: EventFromLogic<TMachine>,
): StepResult {
  const anyMachine: AnyStateMachine = machine;
  const current: AnyMachineSnapshot = anyMachine.resolveState(
    persisted as Parameters<AnyStateMachine['resolveState']>[0],
  );
  if (anyMachine.getTransitionData(current, event).length === 0) {
    return { snapshot: persisted, accepted: false, emitted: [] };
  }
  const [next, actions]: [AnyMachineSnapshot, readonly { type: string; params?: unknown }[]] =
    transition(anyMachine, current, event);
  const emitted = actions
    .filter((action) => action.type === 'xstate.emit')
    .map((action) => (action.params as { event: StepResult['emitted'][number] }).event);
  return {
    snapshot: anyMachine.getPersistedSnapshot(next) as ProcedureSnapshot,
    accepted: true,
    emitted,
  };
}

/** Reads a persisted procedure's context, typed by the machine it belongs to. */
export function contextOf<TMachine extends AnyStateMachine>(
  _machine: TMachine,
  persisted: ProcedureSnapshot,
): ReturnType<TMachine['resolveState']>['context'] {
  return persisted.context;
}

/** True when the persisted procedure is in the named state (dot path, e.g. 'part1.inPlenary'). */
export function isIn(persisted: ProcedureSnapshot, path: string): boolean {
  let value: unknown = persisted.value;
  for (const segment of path.split('.')) {
    if (typeof value === 'string') return value === segment;
    if (value === null || typeof value !== 'object' || !(segment in value)) return false;
    value = (value as Record<string, unknown>)[segment];
  }
  return true;
}
