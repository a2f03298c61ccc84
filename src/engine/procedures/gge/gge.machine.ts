import { assertEvent, assign, emit, setup } from 'xstate';
import {
  hasConsensus,
  isMemberOfBody,
  joinConsensus,
  raiseObjection,
  withdrawObjection,
} from '../rules/consensus';

export interface GgeInput {
  readonly id: string;
  /** The resolution that established the group, e.g. 'A/RES/72/250'. */
  readonly mandate: string;
  /** The States whose experts sit in the group (ISO3). */
  readonly experts: readonly string[];
  /** Sessions planned by the mandate. */
  readonly sessions: number;
}

export interface GgeContext {
  readonly id: string;
  readonly mandate: string;
  readonly experts: readonly string[];
  readonly sessionsPlanned: number;
  readonly sessionsHeld: number;
  /** Symbol of the draft report under consultation (set by `report.drafted`). */
  readonly draftReport: string | null;
  /** Symbol of the report once adopted by consensus; null while none is. */
  readonly report: string | null;
  readonly joined: readonly string[];
  readonly objections: readonly string[];
}

export type GgeEvent =
  | { type: 'session.opened' }
  | { type: 'session.closed' }
  | { type: 'report.drafted'; symbol: string }
  | { type: 'consensus.joined'; member: string }
  | { type: 'objection.raised'; member: string }
  | { type: 'objection.withdrawn'; member: string }
  | { type: 'decision.called' }
  /** The chair concludes that no consensus can be reached (time runs out, nobody named). */
  | { type: 'consultations.ended' };

export type GgeEmitted =
  | { type: 'gge.reportAdopted'; id: string; mandate: string; report: string }
  | { type: 'gge.failed'; id: string; mandate: string; objectors: string[] };

const memberOf = (event: GgeEvent): string => ('member' in event ? event.member : '');

export const ggeSetup = setup({
  types: {
    input: {} as GgeInput,
    context: {} as GgeContext,
    events: {} as GgeEvent,
    emitted: {} as GgeEmitted,
  },
  guards: {
    /**
     * Only the experts of the group join or block its consensus; an observer or another State
     * does not (GGEs work by consensus: A/RES/77/250, RECORD.md §4.4, VERIFIED; GA rule 161 on
     * subsidiary organs VERIFIED).
     */
    isExpert: ({ context, event }) => isMemberOfBody({ members: context.experts }, memberOf(event)),
    hasObjected: ({ context, event }) => context.objections.includes(memberOf(event)),
    /** No more sessions than the mandate plans (two for A/RES/72/250, RECORD.md §4.4). */
    hasSessionsRemaining: ({ context }) => context.sessionsHeld < context.sessionsPlanned,
    /** The report is drafted once the last planned session has closed. */
    areSessionsCompleted: ({ context }) => context.sessionsHeld >= context.sessionsPlanned,
    /** Consensus is the absence of formal objection among the experts (rules/consensus.ts). */
    hasConsensus: ({ context }) =>
      hasConsensus({ members: context.experts, objections: context.objections }),
  },
  actions: {
    countSession: assign(({ context }) => ({ sessionsHeld: context.sessionsHeld + 1 })),
    recordDraftReport: assign(({ event }) => {
      assertEvent(event, 'report.drafted');
      return { draftReport: event.symbol };
    }),
    recordJoining: assign(({ context, event }) => {
      assertEvent(event, 'consensus.joined');
      return joinConsensus(context, event.member);
    }),
    recordObjection: assign(({ context, event }) => {
      assertEvent(event, 'objection.raised');
      return raiseObjection(context, event.member);
    }),
    removeObjection: assign(({ context, event }) => {
      assertEvent(event, 'objection.withdrawn');
      return withdrawObjection(context, event.member);
    }),
    adoptReport: assign(({ context }) => ({ report: context.draftReport })),
    announceReport: emit(({ context }) => ({
      type: 'gge.reportAdopted' as const,
      id: context.id,
      mandate: context.mandate,
      report: context.report ?? '',
    })),
    announceFailure: emit(({ context }) => ({
      type: 'gge.failed' as const,
      id: context.id,
      mandate: context.mandate,
      objectors: [...context.objections],
    })),
  },
});

/**
 * A Group of Governmental Experts established by a General Assembly resolution: its sessions,
 * then consultations on a draft report adopted only by consensus of the experts.
 *
 * Examples (RECORD.md §4.4, VERIFIED): the TCBM GGE under A/RES/65/68 met three times in
 * 2012–2013 and adopted A/68/189 by consensus; the GGE under A/RES/72/250 (25 experts, two
 * sessions in Geneva, 2018 and 2019) ended without a consensus report on 29 March 2019 — which
 * delegation blocked it is UNCERTAIN.
 */
export const ggeMachine = ggeSetup.createMachine({
  id: 'gge',
  context: ({ input }) => ({
    id: input.id,
    mandate: input.mandate,
    experts: input.experts,
    sessionsPlanned: input.sessions,
    sessionsHeld: 0,
    draftReport: null,
    report: null,
    joined: [],
    objections: [],
  }),
  initial: 'established',
  states: {
    established: {
      on: {
        'session.opened': { guard: 'hasSessionsRemaining', target: 'inSession' },
      },
    },
    inSession: {
      on: {
        'session.closed': { target: 'betweenSessions', actions: 'countSession' },
      },
    },
    betweenSessions: {
      on: {
        'session.opened': { guard: 'hasSessionsRemaining', target: 'inSession' },
        'report.drafted': {
          guard: 'areSessionsCompleted',
          target: 'reportConsultations',
          actions: 'recordDraftReport',
        },
      },
    },
    reportConsultations: {
      on: {
        'consensus.joined': { guard: 'isExpert', actions: 'recordJoining' },
        'objection.raised': { guard: 'isExpert', actions: 'recordObjection' },
        'objection.withdrawn': { guard: 'hasObjected', actions: 'removeObjection' },
        'decision.called': [
          { guard: 'hasConsensus', target: 'reportAdopted', actions: 'adoptReport' },
          { target: 'noConsensus' },
        ],
        'consultations.ended': { target: 'noConsensus' },
      },
    },
    reportAdopted: { type: 'final', entry: 'announceReport' },
    noConsensus: { type: 'final', entry: 'announceFailure' },
  },
});
