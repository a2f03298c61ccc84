import type {
  AnyMachineSnapshot,
  AnyStateMachine,
  AnyStateNode,
  AnyTransitionDefinition,
  EventFromLogic,
  InputFrom,
  SnapshotFrom,
} from 'xstate';
import { initialTransition, transition } from 'xstate';

/**
 * How to explore one procedure machine: where to start and, from any snapshot, which events a
 * test should try (legal and illegal). The coverage walk takes every event from every reachable
 * snapshot, breadth first, and records the states entered and the transitions taken.
 */
export interface MachineExploration<TMachine extends AnyStateMachine> {
  readonly machine: TMachine;
  readonly input: InputFrom<TMachine>;
  readonly events: (snapshot: SnapshotFrom<TMachine>) => readonly EventFromLogic<TMachine>[];
  /** Upper bound on distinct snapshots visited (default 5,000). */
  readonly limit?: number;
}

export interface MachineCoverage {
  readonly machineId: string;
  readonly states: { readonly all: string[]; readonly covered: string[] };
  readonly transitions: { readonly all: string[]; readonly covered: string[] };
  readonly snapshotsVisited: number;
}

/** Every state node and every declared transition of a machine, by stable labels. */
export function declaredGraph(machine: AnyStateMachine): {
  states: string[];
  transitions: string[];
} {
  const states: string[] = [];
  const transitions: string[] = [];
  const visit = (node: AnyStateNode): void => {
    states.push(node.id);
    for (const [eventType, definitions] of node.transitions) {
      definitions.forEach((definition, index) => {
        transitions.push(transitionLabel(node.id, eventType, index, definition));
      });
    }
    node.always?.forEach((definition, index) => {
      transitions.push(transitionLabel(node.id, '(always)', index, definition));
    });
    for (const child of Object.values(node.states)) visit(child);
  };
  visit(machine.root);
  return { states, transitions };
}

/** Walks a machine from its initial snapshot through every event the exploration offers. */
export function exploreMachine(exploration: MachineExploration<AnyStateMachine>): MachineCoverage {
  const { machine } = exploration;
  const declared = declaredGraph(machine);
  const coveredStates = new Set<string>();
  const coveredTransitions = new Set<string>();
  const seen = new Set<string>();
  const limit = exploration.limit ?? 5000;

  const [initial] = initialTransition(machine, exploration.input);
  const queue: AnyMachineSnapshot[] = [initial as AnyMachineSnapshot];
  seen.add(key(machine, initial));
  markStates(initial as AnyMachineSnapshot, coveredStates);

  while (queue.length > 0 && seen.size <= limit) {
    const snapshot = queue.shift()!;
    if (snapshot.status !== 'active') continue;
    for (const event of exploration.events(snapshot)) {
      const selected: readonly AnyTransitionDefinition[] = machine.getTransitionData(
        snapshot,
        event,
      );
      for (const definition of selected) {
        const source: AnyStateNode = definition.source;
        const eventType = String(definition.eventType);
        const definitions = source.transitions.get(eventType) ?? [];
        coveredTransitions.add(
          transitionLabel(source.id, eventType, definitions.indexOf(definition), definition),
        );
      }
      const [next]: [AnyMachineSnapshot, unknown] = transition(machine, snapshot, event);
      markStates(next, coveredStates);
      const nextKey = key(machine, next);
      if (!seen.has(nextKey)) {
        seen.add(nextKey);
        queue.push(next);
      }
    }
  }

  return {
    machineId: machine.id,
    states: { all: declared.states, covered: declared.states.filter((s) => coveredStates.has(s)) },
    transitions: {
      all: declared.transitions,
      covered: declared.transitions.filter((t) => coveredTransitions.has(t)),
    },
    snapshotsVisited: seen.size,
  };
}

function transitionLabel(
  sourceId: string,
  eventType: string,
  index: number,
  definition: { guard?: unknown; target?: readonly AnyStateNode[] | undefined },
): string {
  const guard = guardName(definition.guard);
  const targets = definition.target?.map((node) => node.id).join(',') ?? '(stays)';
  return `${sourceId} --${eventType}#${index}${guard ? `[${guard}]` : ''}--> ${targets}`;
}

function guardName(guard: unknown): string | null {
  if (guard === undefined || guard === null) return null;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && 'type' in guard) return String(guard.type);
  if (typeof guard === 'function') return guard.name || 'inline';
  return 'guard';
}

function markStates(snapshot: AnyMachineSnapshot, into: Set<string>): void {
  for (const node of snapshot._nodes) into.add(node.id);
}

function key(machine: AnyStateMachine, snapshot: AnyMachineSnapshot): string {
  return JSON.stringify(machine.getPersistedSnapshot(snapshot));
}
