import { assertEvent, assign, emit, setup } from 'xstate';
import { hasConsensus, isMemberOfBody, isObjectionRaised } from '../rules/consensus';

/**
 * What is being decided. The same procedure serves the agenda, the programme of work, a
 * subsidiary body, a treaty text, an annual report and a GGE report.
 */
export type DecisionSubject =
  | 'agenda'
  | 'programmeOfWork'
  | 'subsidiaryBody'
  | 'treatyText'
  | 'annualReport'
  | 'ggeReport'
  | 'implementation';

export interface ConsensusDecisionInput {
  readonly id: string;
  readonly subject: DecisionSubject;
  readonly proposedBy: string;
  readonly members: readonly string[];
  /** The document or draft decision put forward, if any (CD/1863 for the 2009 programme). */
  readonly document?: string;
  /** What a subsidiary body would be: its id, agenda item, mandate and the text it would work on. */
  readonly body?: SubsidiaryBodyTerms;
}

export interface SubsidiaryBodyTerms {
  readonly id: string;
  readonly agendaItem: number;
  readonly mandate: 'negotiate' | 'discuss';
  readonly basis?: string;
}

export interface ConsensusDecisionContext {
  readonly id: string;
  readonly subject: DecisionSubject;
  readonly proposedBy: string;
  readonly document: string | null;
  readonly body: SubsidiaryBodyTerms | null;
  readonly members: readonly string[];
  readonly joined: readonly string[];
  readonly dissociations: readonly { readonly member: string; readonly statement: string }[];
  readonly objections: readonly string[];
}

export type ConsensusDecisionEvent =
  | { type: 'consultations.opened' }
  | { type: 'consensus.joined'; member: string }
  | { type: 'consensus.joinedWithDissociation'; member: string; statement: string }
  | { type: 'objection.raised'; member: string }
  | { type: 'objection.withdrawn'; member: string }
  | { type: 'decision.called' }
  | { type: 'proposal.withdrawn' };

export type ConsensusDecisionEmitted =
  | { type: 'decision.adopted'; id: string; subject: DecisionSubject; dissociated: string[] }
  | { type: 'decision.blocked'; id: string; subject: DecisionSubject; objectors: string[] }
  | { type: 'decision.withdrawn'; id: string; subject: DecisionSubject };

function without(list: readonly string[], member: string): string[] {
  return list.filter((entry) => entry !== member);
}

export const consensusDecisionSetup = setup({
  types: {
    input: {} as ConsensusDecisionInput,
    context: {} as ConsensusDecisionContext,
    events: {} as ConsensusDecisionEvent,
    emitted: {} as ConsensusDecisionEmitted,
  },
  guards: {
    /** Observers speak but cannot join or block a consensus (CD/8/Rev.9, rules 32–35). */
    isMemberOfConference: ({ context, event }) =>
      'member' in event && isMemberOfBody(context, event.member),
    hasObjected: ({ context, event }) =>
      'member' in event && context.objections.includes(event.member),
    hasConsensus: ({ context }) => hasConsensus(context),
    isObjectionRaised: ({ context }) => isObjectionRaised(context),
  },
  actions: {
    recordJoining: assign(({ context, event }) => {
      assertEvent(event, 'consensus.joined');
      return {
        joined: [...without(context.joined, event.member), event.member],
        objections: without(context.objections, event.member),
        dissociations: context.dissociations.filter((entry) => entry.member !== event.member),
      };
    }),
    recordDissociation: assign(({ context, event }) => {
      assertEvent(event, 'consensus.joinedWithDissociation');
      return {
        joined: [...without(context.joined, event.member), event.member],
        objections: without(context.objections, event.member),
        dissociations: [
          ...context.dissociations.filter((entry) => entry.member !== event.member),
          { member: event.member, statement: event.statement },
        ],
      };
    }),
    recordObjection: assign(({ context, event }) => {
      assertEvent(event, 'objection.raised');
      return {
        joined: without(context.joined, event.member),
        dissociations: context.dissociations.filter((entry) => entry.member !== event.member),
        objections: [...without(context.objections, event.member), event.member],
      };
    }),
    removeObjection: assign(({ context, event }) => {
      assertEvent(event, 'objection.withdrawn');
      return { objections: without(context.objections, event.member) };
    }),
    announceAdoption: emit(({ context }) => ({
      type: 'decision.adopted' as const,
      id: context.id,
      subject: context.subject,
      dissociated: context.dissociations.map((entry) => entry.member),
    })),
    announceBlock: emit(({ context }) => ({
      type: 'decision.blocked' as const,
      id: context.id,
      subject: context.subject,
      objectors: [...context.objections],
    })),
    announceWithdrawal: emit(({ context }) => ({
      type: 'decision.withdrawn' as const,
      id: context.id,
      subject: context.subject,
    })),
  },
});

/**
 * A decision of the Conference on Disarmament (or of any body that decides by consensus):
 * proposed → consultations → adopted, blocked or withdrawn.
 */
export const consensusDecisionMachine = consensusDecisionSetup.createMachine({
  id: 'consensusDecision',
  context: ({ input }) => ({
    id: input.id,
    subject: input.subject,
    proposedBy: input.proposedBy,
    document: input.document ?? null,
    body: input.body ?? null,
    members: input.members,
    joined: [],
    dissociations: [],
    objections: [],
  }),
  initial: 'proposed',
  states: {
    proposed: {
      on: {
        'consultations.opened': { target: 'consultations' },
        'proposal.withdrawn': { target: 'withdrawn' },
      },
    },
    consultations: {
      on: {
        'consensus.joined': { guard: 'isMemberOfConference', actions: 'recordJoining' },
        'consensus.joinedWithDissociation': {
          guard: 'isMemberOfConference',
          actions: 'recordDissociation',
        },
        'objection.raised': { guard: 'isMemberOfConference', actions: 'recordObjection' },
        'objection.withdrawn': { guard: 'hasObjected', actions: 'removeObjection' },
        'decision.called': [
          { guard: 'hasConsensus', target: 'adopted' },
          { guard: 'isObjectionRaised', target: 'blocked' },
        ],
        'proposal.withdrawn': { target: 'withdrawn' },
      },
    },
    adopted: { type: 'final', entry: 'announceAdoption' },
    blocked: { type: 'final', entry: 'announceBlock' },
    withdrawn: { type: 'final', entry: 'announceWithdrawal' },
  },
});
