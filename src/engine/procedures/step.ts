import type {
  AnyMachineSnapshot,
  AnyStateMachine,
  EventFromLogic,
  InputFrom,
  Snapshot,
} from 'xstate';
import { freeze } from 'immer';
import { createActor } from 'xstate';

interface ExecutedAction {
  readonly type: string;
  readonly params?: unknown;
}

/**
 * One inert actor scope per machine, made once and reused. xstate's `transition()` and
 * `initialTransition()` build a throw-away actor on every call, and the actor's constructor
 * computes the machine's initial snapshot without input: our context factories read `input`,
 * throw, and xstate catches the error. That was about a third of the time of `apply`.
 * Stepping is synchronous and nothing is invoked or spawned, so one scope per machine is safe;
 * the buffer that collects the executed actions is replaced on every call.
 */
interface InertScope {
  readonly scope: MachineScope;
  actions: ExecutedAction[];
}

/** The scope a machine's own `transition` and `getInitialSnapshot` take. */
type MachineScope = Parameters<AnyStateMachine['transition']>[2];

const inertScopes = new WeakMap<AnyStateMachine, InertScope>();

function inertScopeOf(machine: AnyStateMachine): InertScope {
  const known = inertScopes.get(machine);
  if (known) return known;
  const self = createActor(machine);
  const made: { scope?: MachineScope; actions: ExecutedAction[] } = { actions: [] };
  made.scope = {
    self,
    id: '',
    sessionId: '',
    system: self.system,
    defer: () => {},
    logger: () => {},
    stopChild: () => {},
    emit: () => {},
    actionExecutor: (action: ExecutedAction) => {
      made.actions.push(action);
    },
  };
  inertScopes.set(machine, made as InertScope);
  return made as InertScope;
}

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
  const inert = inertScopeOf(machine);
  inert.actions = [];
  const snapshot = machine.getInitialSnapshot(inert.scope, input);
  return persist(snapshot);
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
  const inert = inertScopeOf(anyMachine);
  const actions: ExecutedAction[] = [];
  inert.actions = actions;
  const next: AnyMachineSnapshot = anyMachine.transition(current, event, inert.scope);
  // XState hands back the very snapshot it was given when no transition is enabled.
  if (next === current) return { snapshot: persisted, accepted: false, emitted: [] };
  const emitted = actions
    .filter((action) => action.type === 'xstate.emit')
    .map((action) => (action.params as { event: StepResult['emitted'][number] }).event);
  return {
    snapshot: persist(next),
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

/**
 * The persisted form of a snapshot of our machines. They have no child actors, so their context
 * holds no actor references and is kept as it is: parts that did not change stay the very same
 * (already frozen) objects, which spares Immer from copying and freezing them again. Same shape
 * as `getPersistedSnapshot` gives for such machines.
 */
function persist(snapshot: AnyMachineSnapshot): ProcedureSnapshot {
  const persisted: Record<string, unknown> = {
    status: snapshot.status,
    value: snapshot.value,
    historyValue: snapshot.historyValue,
    context: snapshot.context,
    children: {},
  };
  if (snapshot.status === 'done') persisted.output = snapshot.output;
  if (snapshot.status === 'error') persisted.error = snapshot.error;
  // Frozen here, deeply but stopping at parts already frozen, so that Immer, finding a frozen
  // value assigned into its draft, does not walk it again looking for drafts.
  return freeze(persisted, true) as unknown as ProcedureSnapshot;
}

/**
 * Whether a procedure may have a transition for an event type where it stands: a cheap first
 * look that lets callers skip stepping it when it certainly would refuse. It answers only for a
 * flat state value (a nested one says yes), and guards are not evaluated, so a yes can still be
 * refused when stepped; a no is certain.
 */
export function mayReceive(
  machine: AnyStateMachine,
  snapshot: ProcedureSnapshot,
  eventType: string,
): boolean {
  if (typeof snapshot.value !== 'string') return true;
  const node = machine.states[snapshot.value];
  if (node === undefined) return true;
  const listens = (on: Record<string, unknown>): boolean => eventType in on || '*' in on;
  return listens(node.on) || listens(machine.root.on);
}
