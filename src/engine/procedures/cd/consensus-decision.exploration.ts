import type { MachineExploration } from '../../testing/coverage';
import type { ConsensusDecisionEvent } from './consensus-decision.machine';
import { consensusDecisionMachine } from './consensus-decision.machine';

const members = ['PAK', 'USA', 'CHN'];

/** Every event type, with a member and an observer (the EU), from every snapshot. */
export const consensusDecisionExploration: MachineExploration<typeof consensusDecisionMachine> = {
  machine: consensusDecisionMachine,
  input: { id: 'explore', subject: 'programmeOfWork', proposedBy: 'DZA', members },
  events: (): ConsensusDecisionEvent[] => [
    { type: 'consultations.opened' },
    { type: 'consensus.joined', member: 'USA' },
    { type: 'consensus.joined', member: 'EU' },
    { type: 'consensus.joinedWithDissociation', member: 'CHN', statement: 'on record' },
    { type: 'objection.raised', member: 'PAK' },
    { type: 'objection.raised', member: 'EU' },
    { type: 'objection.withdrawn', member: 'PAK' },
    { type: 'decision.called' },
    { type: 'proposal.withdrawn' },
  ],
};
