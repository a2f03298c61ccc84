import type { MachineExploration } from '../../testing/coverage';
import type { TreatyNegotiationEvent } from './treaty-negotiation.machine';
import { treatyNegotiationMachine } from './treaty-negotiation.machine';

const members = ['RUS', 'CHN', 'USA'];

/**
 * Every event type from every snapshot, with members, the EU (an observer) and an unknown 'ZZZ';
 * two amendment ids (A1 by the US, A2 by Russia), an id only observers and strangers try (A3),
 * one never proposed (A9) and the basis symbol as a clashing id; articles I and II and an unknown XX.
 * Ids are bounded, so the state space is finite.
 */
export const treatyNegotiationExploration: MachineExploration<typeof treatyNegotiationMachine> = {
  machine: treatyNegotiationMachine,
  input: {
    body: 'sb3',
    basis: 'CD/1985',
    members,
    articles: [
      { number: 'I', subject: 'Definitions', text: '"outer space object" means ...' },
      { number: 'II', subject: 'Obligations', text: 'Not to place any weapons in outer space' },
    ],
  },
  events: (): TreatyNegotiationEvent[] => [
    { type: 'amendment.proposed', id: 'A1', article: 'II', text: 'no ASAT tests', member: 'USA' },
    { type: 'amendment.proposed', id: 'A2', article: 'I', text: 'no 100 km line', member: 'RUS' },
    { type: 'amendment.proposed', id: 'A3', article: 'II', text: 'verification', member: 'EU' },
    { type: 'amendment.proposed', id: 'A3', article: 'II', text: 'verification', member: 'ZZZ' },
    { type: 'amendment.proposed', id: 'A3', article: 'XX', text: 'verification', member: 'USA' },
    { type: 'amendment.proposed', id: 'CD/1985', article: 'I', text: 'same id', member: 'CHN' },
    { type: 'amendment.accepted', id: 'A1', member: 'RUS' },
    { type: 'amendment.accepted', id: 'A2', member: 'EU' },
    { type: 'amendment.accepted', id: 'A9', member: 'RUS' },
    { type: 'amendment.objected', id: 'A1', member: 'RUS' },
    { type: 'amendment.objected', id: 'A1', member: 'EU' },
    { type: 'amendment.objected', id: 'A1', member: 'USA' },
    { type: 'amendment.withdrawn', id: 'A1', member: 'USA' },
    { type: 'amendment.withdrawn', id: 'A2', member: 'USA' },
    { type: 'amendment.settled', id: 'A1' },
    { type: 'amendment.settled', id: 'A2' },
    { type: 'amendment.settled', id: 'A9' },
    { type: 'alternative.dropped', article: 'II', alternativeId: 'A1', member: 'USA' },
    { type: 'alternative.dropped', article: 'II', alternativeId: 'CD/1985', member: 'USA' },
    { type: 'alternative.dropped', article: 'II', alternativeId: 'A1', member: 'EU' },
    { type: 'alternative.dropped', article: 'XX', alternativeId: 'A1', member: 'USA' },
    { type: 'adoption.called' },
    { type: 'objection.raised', member: 'USA' },
    { type: 'objection.raised', member: 'EU' },
    { type: 'objection.raised', member: 'ZZZ' },
    { type: 'objection.withdrawn', member: 'USA' },
    { type: 'objection.withdrawn', member: 'RUS' },
    { type: 'consensus.joined', member: 'RUS' },
    { type: 'consensus.joined', member: 'EU' },
    { type: 'decision.called' },
    { type: 'negotiation.resumed' },
  ],
};
