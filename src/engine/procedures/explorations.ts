import type { AnyStateMachine } from 'xstate';
import type { MachineExploration } from '../testing/coverage';
import { annualSessionExploration } from './cd/annual-session.exploration';
import { consensusDecisionExploration } from './cd/consensus-decision.exploration';
import { treatyNegotiationExploration } from './cd/treaty-negotiation.exploration';
import { documentLifecycleExploration } from './documents/document-lifecycle.exploration';
import { ggeExploration } from './gge/gge.exploration';
import { draftResolutionExploration } from './unga/draft-resolution.exploration';

/** Every procedure machine with its exploration; the coverage test and command walk them all. */
export const explorations: readonly MachineExploration<AnyStateMachine>[] = [
  consensusDecisionExploration,
  annualSessionExploration,
  treatyNegotiationExploration,
  documentLifecycleExploration,
  draftResolutionExploration,
  ggeExploration,
];
