import type { AnyStateMachine } from 'xstate';
import type { MachineExploration } from '../testing/coverage';
import { consensusDecisionExploration } from './cd/consensus-decision.exploration';

/** Every procedure machine with its exploration; the coverage test and command walk them all. */
export const explorations: readonly MachineExploration<AnyStateMachine>[] = [
  consensusDecisionExploration,
];
