import { assertEvent, assign, emit, setup } from 'xstate';
import {
  hasVoted,
  isAdoptedBySimpleMajority,
  isEligibleVoter,
  isRollCallOfVoters,
  tally,
} from '../rules/simple-majority';
import {
  isEntitledToExplainVote,
  isMainSponsor,
  isSponsor,
  revisedSymbol,
  revisionOf,
} from '../rules/sponsorship';
import type {
  DraftResolutionContext,
  DraftResolutionEmitted,
  DraftResolutionEvent,
  DraftResolutionInput,
  VoteSubject,
} from './draft-resolution.machine';

type Context = DraftResolutionContext;

const memberOf = (event: DraftResolutionEvent): string | null =>
  'member' in event ? event.member : null;

/** The whole-text result of the current stage, once it is known. */
function wholeResult(context: Context): Context['results'][number] | undefined {
  return context.results.find((r) => r.stage === context.stage && r.subject === 'whole');
}

/** Separate votes first, in the order requested (rule 129), then the text as a whole. */
function nextSubject(context: Context): VoteSubject {
  const voted = new Set(
    context.results.filter((r) => r.stage === context.stage).map((r) => r.subject),
  );
  return (
    context.voteRequests.find((r) => r.subject !== 'whole' && !voted.has(r.subject))?.subject ??
    'whole'
  );
}

/** What a request for a recorded vote asks to be voted: the whole text or one paragraph. */
function requestedSubject(event: DraftResolutionEvent): VoteSubject | null {
  if (event.type === 'vote.requested') return 'whole';
  return event.type === 'paragraphVote.requested' ? event.paragraph : null;
}

function hasExplained(context: Context, member: string, when: 'before' | 'after'): boolean {
  return context.explanations.some(
    (e) => e.member === member && e.when === when && e.stage === context.stage,
  );
}

export const ungaSetup = setup({
  types: {
    input: {} as DraftResolutionInput,
    context: {} as DraftResolutionContext,
    events: {} as DraftResolutionEvent,
    emitted: {} as DraftResolutionEmitted,
  },
  guards: {
    /**
     * One vote for each member of the General Assembly, none for observers (rule 124, content
     * UNCERTAIN); any such member may also request a recorded vote (rule 127) or a separate
     * vote (rule 129) and co-sponsor a draft.
     */
    isEligibleVoter: ({ context, event }) => isEligibleVoter(context.voters, memberOf(event) ?? ''),
    /** Each delegation answers once in a recorded vote (rule 127, content UNCERTAIN). */
    hasNotVoted: ({ context, event }) =>
      context.currentVote !== null && !hasVoted(context.currentVote, memberOf(event) ?? ''),
    /** A whole roll call at once: every name a voter, once, and none who has voted already. */
    isRollCallOfVoters: ({ context, event }) =>
      event.type === 'ballots.recorded' &&
      context.currentVote !== null &&
      isRollCallOfVoters(context.voters, context.currentVote, event),
    /** Only main sponsors revise or withdraw their draft (rules 120, 122; content UNCERTAIN). */
    isMainSponsor: ({ context, event }) => isMainSponsor(context, memberOf(event) ?? ''),
    /** Sponsors do not explain their vote on their own proposal (rule 128, content UNCERTAIN). */
    isNotSponsor: ({ context, event }) => !isSponsor(context, memberOf(event) ?? ''),
    /** Voters and observers (the EU) may explain a vote (RECORD.md §4.3, VERIFIED practice). */
    isEntitledToExplainVote: ({ context, event }) =>
      isEntitledToExplainVote(context.voters, memberOf(event) ?? ''),
    /** Explanations before the vote, then none once voting has begun (rule 128, UNCERTAIN). */
    isExplanationBeforeVote: ({ event }) =>
      event.type === 'vote.explained' && event.when === 'before',
    isExplanationAfterVote: ({ event }) =>
      event.type === 'vote.explained' && event.when === 'after',
    /** Division is asked for a paragraph still in the text (rule 129, content UNCERTAIN). */
    isRetainedParagraph: ({ context, event }) =>
      event.type === 'paragraphVote.requested' &&
      context.paragraphs.some((p) => p.id === event.paragraph && p.retained),
    /** The same vote is requested once; later requests for it add nothing. */
    isNewRequest: ({ context, event }) =>
      !context.voteRequests.some((r) => r.subject === requestedSubject(event)),
    /** A delegation explains once before and once after the vote at each stage. */
    hasNotExplained: ({ context, event }) =>
      event.type === 'vote.explained' && !hasExplained(context, event.member, event.when),
    /** A member has requested a recorded vote, on the whole or a part (rules 127, 129). */
    isVoteRequested: ({ context }) => context.voteRequests.length > 0,
    /** Without any request for a vote the chair proposes adoption without a vote (practice). */
    isAdoptableWithoutVote: ({ context }) => context.voteRequests.length === 0,
    /** The vote under way is a separate vote on a paragraph (rule 129). */
    isSeparateVote: ({ context }) =>
      context.currentVote !== null && context.currentVote.subject !== 'whole',
    /**
     * The text as a whole was adopted at this stage, without a vote or by more yes than no
     * (rules 125, 126, 133: numbers VERIFIED, content UNCERTAIN).
     */
    isAdoptedAtThisStage: ({ context }) => wholeResult(context)?.adopted === true,
    /** The text as a whole failed at this stage; a tie fails (rule 133, content UNCERTAIN). */
    isRejectedAtThisStage: ({ context }) => wholeResult(context)?.adopted === false,
  },
  actions: {
    addCoSponsor: assign(({ context, event }) => {
      assertEvent(event, 'coSponsor.added');
      return { coSponsors: [...context.coSponsors, event.member] };
    }),
    reviseDraft: assign(({ context, event }) => {
      assertEvent(event, 'draft.revised');
      const revision = context.revision + 1;
      return {
        revision,
        symbol: revisedSymbol(context.symbol, revision),
        paragraphs:
          event.paragraphs?.map((p) => ({ id: p.id, text: p.text, retained: true })) ??
          context.paragraphs,
      };
    }),
    recordVoteRequest: assign(({ context, event }) => {
      assertEvent(event, 'vote.requested');
      return {
        voteRequests: [...context.voteRequests, { member: event.member, subject: 'whole' }],
      };
    }),
    recordParagraphVoteRequest: assign(({ context, event }) => {
      assertEvent(event, 'paragraphVote.requested');
      const request = { member: event.member, subject: event.paragraph };
      return { voteRequests: [...context.voteRequests, request] };
    }),
    recordExplanation: assign(({ context, event }) => {
      assertEvent(event, 'vote.explained');
      const entry = { member: event.member, when: event.when, stage: context.stage };
      return { explanations: [...context.explanations, entry] };
    }),
    recordAdoptionWithoutVote: assign(({ context }) => ({
      results: [
        ...context.results,
        {
          stage: context.stage,
          subject: 'whole',
          yes: 0,
          no: 0,
          abstain: 0,
          absent: 0,
          adopted: true,
          method: 'withoutVote' as const,
        },
      ],
    })),
    openNextVote: assign(({ context }) => ({
      currentVote: { subject: nextSubject(context), yes: [], no: [], abstain: [] },
    })),
    recordBallots: assign(({ context, event }) => {
      assertEvent(event, 'ballots.recorded');
      if (context.currentVote === null) return {};
      const vote = context.currentVote;
      return {
        currentVote: {
          ...vote,
          yes: [...vote.yes, ...event.yes],
          no: [...vote.no, ...event.no],
          abstain: [...vote.abstain, ...event.abstain],
        },
      };
    }),
    recordBallot: assign(({ context, event }) => {
      assertEvent(event, 'vote.cast');
      if (context.currentVote === null) return {};
      const vote = context.currentVote;
      return { currentVote: { ...vote, [event.vote]: [...vote[event.vote], event.member] } };
    }),
    /** Closes the vote under way; a paragraph rejected in a separate vote leaves the text. */
    recordResult: assign(({ context }) => {
      if (context.currentVote === null) return {};
      const { subject } = context.currentVote;
      const counted = tally(context.currentVote, context.voters);
      const adopted = isAdoptedBySimpleMajority(counted);
      return {
        currentVote: null,
        results: [
          ...context.results,
          { stage: context.stage, subject, ...counted, adopted, method: 'recorded' as const },
        ],
        paragraphs: context.paragraphs.map((p) =>
          p.id === subject && !adopted ? { ...p, retained: false } : p,
        ),
      };
    }),
    openPlenary: assign(({ event }) => {
      assertEvent(event, 'plenary.opened');
      return {
        stage: 'plenary' as const,
        voteRequests: [],
        resolutionSymbol: event.resolutionSymbol,
      };
    }),
    clearResolutionSymbol: assign({ resolutionSymbol: null }),
    announceIntroduction: emit(({ context }) => ({
      type: 'draft.introduced' as const,
      symbol: context.symbol,
    })),
    announceRevision: emit(({ context }) => ({
      type: 'draft.revised' as const,
      symbol: context.symbol,
    })),
    announceWithdrawal: emit(({ context }) => ({
      type: 'draft.withdrawn' as const,
      symbol: context.symbol,
    })),
    announceAdoptionWithoutVote: emit(({ context }) => ({
      type: 'draft.adoptedWithoutVote' as const,
      symbol: context.symbol,
      stage: context.stage,
    })),
    announceResult: emit(({ context }) => {
      const { stage, subject, yes, no, abstain, absent, adopted } = context.results.at(-1)!;
      return {
        type: 'vote.recorded' as const,
        symbol: context.symbol,
        stage,
        subject,
        yes,
        no,
        abstain,
        absent,
        adopted,
      };
    }),
    announceResolution: emit(({ context }) => ({
      type: 'resolution.adopted' as const,
      symbol: context.symbol,
      resolutionSymbol: context.resolutionSymbol ?? '',
    })),
    announceRejection: emit(({ context }) => ({
      type: 'draft.rejected' as const,
      symbol: context.symbol,
    })),
  },
});

/** The context a draft starts with. */
export function draftContext(input: DraftResolutionInput): DraftResolutionContext {
  return {
    symbol: input.symbol,
    revision: revisionOf(input.symbol),
    kind: input.kind,
    title: input.title,
    sponsors: input.sponsors,
    coSponsors: [],
    paragraphs: input.paragraphs.map((p) => ({ id: p.id, text: p.text, retained: true })),
    voters: input.voters,
    stage: 'committee',
    voteRequests: [],
    explanations: [],
    currentVote: null,
    results: [],
    resolutionSymbol: null,
  };
}
