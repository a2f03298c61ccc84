import { assertEvent, assign, emit, setup } from 'xstate';
import type { ConsultationRound } from '../rules/consensus';
import {
  hasConsensus,
  isMemberOfBody,
  isObjectionRaised,
  joinConsensus,
  raiseObjection,
  withdrawObjection,
} from '../rules/consensus';
import type { Amendment, DraftArticle, TreatyArticles } from '../rules/treaty-text';
import * as rules from '../rules/treaty-text';

export interface TreatyNegotiationInput {
  /** The subsidiary body negotiating under a programme of work (e.g. 'sb3' for PAROS, 2018). */
  readonly body: string;
  /** Symbol of the draft negotiated on (CD/1985). */
  readonly basis: string;
  /** Members of the Conference: only they propose, accept, object and decide. */
  readonly members: readonly string[];
  readonly articles: readonly DraftArticle[];
}

export interface TreatyNegotiationContext {
  readonly body: string;
  readonly basis: string;
  readonly members: readonly string[];
  readonly articles: TreatyArticles;
  readonly amendments: readonly Amendment[];
  /** Positions in the adoption round; kept while deadlocked, cleared when negotiation resumes. */
  readonly adoption: ConsultationRound;
}

export type TreatyNegotiationEvent =
  | { type: 'amendment.proposed'; id: string; article: string; text: string; member: string }
  | { type: 'amendment.accepted'; id: string; member: string }
  | { type: 'amendment.objected'; id: string; member: string }
  | { type: 'amendment.withdrawn'; id: string; member: string }
  | { type: 'amendment.settled'; id: string }
  | { type: 'alternative.dropped'; article: string; alternativeId: string; member: string }
  | { type: 'adoption.called' }
  | { type: 'objection.raised'; member: string }
  | { type: 'objection.withdrawn'; member: string }
  | { type: 'consensus.joined'; member: string }
  | { type: 'decision.called' }
  | { type: 'negotiation.resumed' };

export type TreatyNegotiationEmitted =
  | { type: 'amendment.incorporated'; body: string; id: string; article: string }
  | { type: 'amendment.bracketed'; body: string; id: string; article: string; objectors: string[] }
  | { type: 'text.adopted'; body: string; basis: string }
  | { type: 'text.blocked'; body: string; basis: string; objectors: string[] };

/**
 * Consensus is the absence of formal objection (CD/8/Rev.9 rule 18, number UNCERTAIN; practice
 * VERIFIED, RECORD.md 3.1). Negotiation takes place only in a subsidiary body with a negotiating
 * mandate, set up under a programme of work (RECORD.md 3.5–3.7; rule 23 UNCERTAIN); observers
 * such as the EU take part but neither propose nor block (rules 32–35, UNCERTAIN).
 */
export const treatyNegotiationSetup = setup({
  types: {
    input: {} as TreatyNegotiationInput,
    context: {} as TreatyNegotiationContext,
    events: {} as TreatyNegotiationEvent,
    emitted: {} as TreatyNegotiationEmitted,
  },
  guards: {
    /**
     * A member of the Conference proposes new text for an article of the basis draft, under a
     * new id; an observer may not (rules 32–35, UNCERTAIN).
     */
    isAdmissibleAmendment: ({ context, event }) =>
      event.type === 'amendment.proposed' &&
      isMemberOfBody(context, event.member) &&
      rules.isArticleOfText(context.articles, event.article) &&
      rules.isNewAmendmentId(context, event.id),
    /** A member accepts an open amendment (consensus, rule 18, number UNCERTAIN). */
    mayAcceptAmendment: ({ context, event }) =>
      event.type === 'amendment.accepted' &&
      isMemberOfBody(context, event.member) &&
      rules.mayAcceptAmendment(context.amendments, event.id, event.member),
    /** A member other than the proposer objects to an open amendment (rule 18, UNCERTAIN). */
    mayObjectToAmendment: ({ context, event }) =>
      event.type === 'amendment.objected' &&
      isMemberOfBody(context, event.member) &&
      rules.mayObjectToAmendment(context.amendments, event.id, event.member),
    /** Only the delegation that proposed an open amendment may withdraw it (RECORD.md 3.7). */
    isProposerOfAmendment: ({ context, event }) =>
      event.type === 'amendment.withdrawn' &&
      rules.isProposerOfOpenAmendment(context.amendments, event.id, event.member),
    /**
     * An open amendment no member objects to goes in as agreed text: consensus is the absence of
     * formal objection (rule 18, number UNCERTAIN; practice VERIFIED, RECORD.md 3.1).
     */
    isUnopposedAmendment: ({ context, event }) =>
      event.type === 'amendment.settled' &&
      rules.isUnopposedAmendment(context.members, context.amendments, event.id),
    /** An amendment still open; settled against objections it is bracketed (rule 18, UNCERTAIN). */
    isOpenAmendment: ({ context, event }) =>
      event.type === 'amendment.settled' && rules.isOpenAmendment(context.amendments, event.id),
    /**
     * A member gives way: it drops its own alternative from an article that has more than one,
     * leaving fewer brackets for consensus to clear (rule 18, number UNCERTAIN).
     */
    mayDropAlternative: ({ context, event }) =>
      event.type === 'alternative.dropped' &&
      isMemberOfBody(context, event.member) &&
      rules.mayDropAlternative(context.articles, event.article, event.alternativeId, event.member),
    /**
     * The text is put to adoption, by consensus (rule 18, number UNCERTAIN), only with no bracket
     * left and no amendment pending, in the subsidiary body holding the negotiating mandate
     * under the programme of work (RECORD.md 3.5–3.7; rule 23 UNCERTAIN).
     */
    isTextFreeOfBrackets: ({ context }) => rules.isTextFreeOfBrackets(context),
    /** A member not already objecting objects to adoption (rule 18, number UNCERTAIN). */
    mayRaiseObjection: ({ context, event }) =>
      event.type === 'objection.raised' &&
      isMemberOfBody(context, event.member) &&
      !context.adoption.objections.includes(event.member),
    /** A member not already joined joins the consensus (rule 18, number UNCERTAIN). */
    mayJoinConsensus: ({ context, event }) =>
      event.type === 'consensus.joined' &&
      isMemberOfBody(context, event.member) &&
      !context.adoption.joined.includes(event.member),
    /** Only an objection raised can be withdrawn (rule 18, number UNCERTAIN). */
    hasObjected: ({ context, event }) =>
      event.type === 'objection.withdrawn' && context.adoption.objections.includes(event.member),
    /** Adopted when no member formally objects (rule 18, number UNCERTAIN; practice VERIFIED). */
    hasConsensus: ({ context }) => hasConsensus({ ...context.adoption, members: context.members }),
    /** One formal objection by a member blocks the text (rule 18, number UNCERTAIN). */
    isObjectionRaised: ({ context }) =>
      isObjectionRaised({ ...context.adoption, members: context.members }),
  },
  actions: {
    recordAmendment: assign(({ context, event }) => {
      assertEvent(event, 'amendment.proposed');
      return { amendments: rules.proposeAmendment(context.amendments, event) };
    }),
    recordAcceptance: assign(({ context, event }) => {
      assertEvent(event, 'amendment.accepted');
      return { amendments: rules.acceptAmendment(context.amendments, event.id, event.member) };
    }),
    recordOpposition: assign(({ context, event }) => {
      assertEvent(event, 'amendment.objected');
      return { amendments: rules.objectToAmendment(context.amendments, event.id, event.member) };
    }),
    recordWithdrawal: assign(({ context, event }) => {
      assertEvent(event, 'amendment.withdrawn');
      return { amendments: rules.withdrawAmendment(context.amendments, event.id) };
    }),
    recordIncorporation: assign(({ context, event }) => {
      assertEvent(event, 'amendment.settled');
      return rules.settleAmendment(context, event.id, 'incorporated');
    }),
    recordBracketing: assign(({ context, event }) => {
      assertEvent(event, 'amendment.settled');
      return rules.settleAmendment(context, event.id, 'bracketed');
    }),
    /** After settlement: the amendment is now 'incorporated' or 'bracketed'. */
    announceSettlement: emit(({ context, event }) => {
      assertEvent(event, 'amendment.settled');
      const settled = rules.amendmentOf(context.amendments, event.id);
      const { body } = context;
      const article = settled?.article ?? '';
      return settled?.status === 'incorporated'
        ? { type: 'amendment.incorporated' as const, body, id: event.id, article }
        : {
            type: 'amendment.bracketed' as const,
            body,
            id: event.id,
            article,
            objectors: [...(settled?.objections ?? [])],
          };
    }),
    recordDroppedAlternative: assign(({ context, event }) => {
      assertEvent(event, 'alternative.dropped');
      return {
        articles: rules.dropAlternative(context.articles, event.article, event.alternativeId),
      };
    }),
    clearAdoptionRound: assign({ adoption: { joined: [], objections: [] } }),
    recordObjection: assign(({ context, event }) => {
      assertEvent(event, 'objection.raised');
      return { adoption: raiseObjection(context.adoption, event.member) };
    }),
    removeObjection: assign(({ context, event }) => {
      assertEvent(event, 'objection.withdrawn');
      return { adoption: withdrawObjection(context.adoption, event.member) };
    }),
    recordJoining: assign(({ context, event }) => {
      assertEvent(event, 'consensus.joined');
      return { adoption: joinConsensus(context.adoption, event.member) };
    }),
    announceAdoption: emit(({ context: { body, basis } }) => ({
      type: 'text.adopted' as const,
      body,
      basis,
    })),
    announceBlock: emit(({ context: { body, basis, adoption } }) => ({
      type: 'text.blocked' as const,
      body,
      basis,
      objectors: [...adoption.objections],
    })),
  },
});

/**
 * A treaty text negotiated article by article in a subsidiary body of the CD: amendments are
 * proposed, accepted or objected to, then settled as agreed text or as bracketed alternatives;
 * a text free of brackets goes to an adoption round decided by consensus.
 */
export const treatyNegotiationMachine = treatyNegotiationSetup.createMachine({
  id: 'treatyNegotiation',
  context: ({ input }) => ({
    body: input.body,
    basis: input.basis,
    members: input.members,
    articles: rules.articlesOfDraft(input.basis, input.articles),
    amendments: [],
    adoption: { joined: [], objections: [] },
  }),
  initial: 'negotiating',
  states: {
    negotiating: {
      entry: 'clearAdoptionRound',
      on: {
        'amendment.proposed': { guard: 'isAdmissibleAmendment', actions: 'recordAmendment' },
        'amendment.accepted': { guard: 'mayAcceptAmendment', actions: 'recordAcceptance' },
        'amendment.objected': {
          guard: 'mayObjectToAmendment',
          actions: 'recordOpposition',
        },
        'amendment.withdrawn': { guard: 'isProposerOfAmendment', actions: 'recordWithdrawal' },
        'amendment.settled': [
          {
            guard: 'isUnopposedAmendment',
            actions: ['recordIncorporation', 'announceSettlement'],
          },
          { guard: 'isOpenAmendment', actions: ['recordBracketing', 'announceSettlement'] },
        ],
        'alternative.dropped': { guard: 'mayDropAlternative', actions: 'recordDroppedAlternative' },
        'adoption.called': { guard: 'isTextFreeOfBrackets', target: 'adoptionRound' },
      },
    },
    adoptionRound: {
      on: {
        'objection.raised': { guard: 'mayRaiseObjection', actions: 'recordObjection' },
        'objection.withdrawn': { guard: 'hasObjected', actions: 'removeObjection' },
        'consensus.joined': { guard: 'mayJoinConsensus', actions: 'recordJoining' },
        'decision.called': [
          { guard: 'hasConsensus', target: 'adopted' },
          { guard: 'isObjectionRaised', target: 'deadlocked' },
        ],
      },
    },
    deadlocked: {
      entry: 'announceBlock',
      on: { 'negotiation.resumed': { target: 'negotiating' } },
    },
    adopted: { type: 'final', entry: 'announceAdoption' },
  },
});
