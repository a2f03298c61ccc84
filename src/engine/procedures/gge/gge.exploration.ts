import type { MachineExploration } from '../../testing/coverage';
import type { GgeEvent } from './gge.machine';
import { ggeMachine } from './gge.machine';

/** Three experts and two planned sessions keep the walk small. */
const experts = ['CHN', 'RUS', 'USA'];

/** Every event type, with experts, the observer EU and the unknown ZZZ, from every snapshot. */
export const ggeExploration: MachineExploration<typeof ggeMachine> = {
  machine: ggeMachine,
  input: { id: 'explore', mandate: 'A/RES/72/250', experts, sessions: 2 },
  events: (): GgeEvent[] => [
    { type: 'session.opened' },
    { type: 'session.closed' },
    { type: 'report.drafted', symbol: 'A/74/305' },
    { type: 'consensus.joined', member: 'USA' },
    { type: 'consensus.joined', member: 'EU' },
    { type: 'objection.raised', member: 'RUS' },
    { type: 'objection.raised', member: 'ZZZ' },
    { type: 'objection.withdrawn', member: 'RUS' },
    { type: 'objection.withdrawn', member: 'CHN' },
    { type: 'decision.called' },
    { type: 'consultations.ended' },
  ],
};
