import { assertEvent, assign, emit, setup } from 'xstate';
import type { DocumentKind } from '../rules/treaty-text';
import {
  isAdmissibleResponse,
  isAdmissibleRevision,
  isDocumentSymbol,
  isDraftTreaty,
  isIsoDate,
} from '../rules/treaty-text';

export type { DocumentKind } from '../rules/treaty-text';

export interface DocumentLifecycleInput {
  /** Draft id, used until the secretariat gives the document its symbol. */
  readonly id: string;
  /** ISO3 codes of the submitting delegations, or 'EU'. */
  readonly authors: readonly string[];
  readonly kind: DocumentKind;
  readonly title: string;
  /** Symbols of the documents it answers (CD/1847 answers CD/1839). */
  readonly respondsTo: readonly string[];
  /** Symbol of the document it revises, if any (CD/1985 revises CD/1839). */
  readonly revises?: string;
}

export type DocumentOutcome = 'adopted' | 'shelved' | 'superseded';

export interface DocumentLifecycleContext {
  readonly id: string;
  readonly symbol: string | null;
  readonly authors: readonly string[];
  readonly kind: DocumentKind;
  readonly title: string;
  readonly respondsTo: readonly string[];
  /** Symbols of the documents that answer this one, in the order they were attached. */
  readonly responses: readonly string[];
  readonly supersededBy: string | null;
  readonly revises: string | null;
  /** ISO date (YYYY-MM-DD) of circulation as an official document. */
  readonly submittedOn: string | null;
  readonly outcome: DocumentOutcome | null;
}

export type DocumentLifecycleEvent =
  | { type: 'document.submitted'; symbol: string; date: string }
  | { type: 'consideration.opened' }
  | { type: 'response.attached'; symbol: string }
  | { type: 'revision.submitted'; symbol: string }
  | { type: 'negotiation.opened' }
  | { type: 'document.adopted' }
  | { type: 'document.shelved' }
  | { type: 'document.withdrawn' };

export type DocumentLifecycleEmitted =
  | { type: 'document.submitted'; symbol: string }
  | { type: 'document.superseded'; symbol: string; by: string }
  | { type: 'document.adopted'; symbol: string }
  | { type: 'document.shelved'; symbol: string }
  | { type: 'response.attached'; symbol: string; response: string };

/** The symbol once circulated; the draft id before (never reached: emits follow submission). */
function reference(context: DocumentLifecycleContext): string {
  return context.symbol ?? context.id;
}

export const documentLifecycleSetup = setup({
  types: {
    input: {} as DocumentLifecycleInput,
    context: {} as DocumentLifecycleContext,
    events: {} as DocumentLifecycleEvent,
    emitted: {} as DocumentLifecycleEmitted,
  },
  guards: {
    /**
     * A delegation's letter is circulated as an official document under the next CD/ symbol
     * (CD/<number>, or CD/WP.<number> for working papers) on a given date (RECORD.md 3.8,
     * VERIFIED pattern; the CD/1839 letter asks for circulation as an official document).
     */
    isCirculatedAsOfficialDocument: ({ event }) =>
      event.type === 'document.submitted' &&
      isDocumentSymbol(event.symbol) &&
      isIsoDate(event.date),
    /**
     * Another official document answers this one (CD/1847 → CD/1839, CD/1872 → CD/1847;
     * RECORD.md 1.1 and 1.4): not itself, and each answer once.
     */
    isAdmissibleResponse: ({ context, event }) =>
      event.type === 'response.attached' && isAdmissibleResponse(context, event.symbol),
    /** A revised draft supersedes the one it revises (CD/1985 updates CD/1839, RECORD.md 1.3). */
    isAdmissibleRevision: ({ context, event }) =>
      event.type === 'revision.submitted' && isAdmissibleRevision(context, event.symbol),
    /**
     * Only a draft treaty becomes the basis of negotiations, which the CD holds only in a
     * subsidiary body with a negotiating mandate under a programme of work (RECORD.md 3.5–3.7;
     * rule 23 for subsidiary bodies UNCERTAIN).
     */
    isDraftTreaty: ({ context }) => isDraftTreaty(context.kind),
  },
  actions: {
    recordSubmission: assign(({ event }) => {
      assertEvent(event, 'document.submitted');
      return { symbol: event.symbol, submittedOn: event.date };
    }),
    announceSubmission: emit(({ event }) => {
      assertEvent(event, 'document.submitted');
      return { type: 'document.submitted' as const, symbol: event.symbol };
    }),
    recordResponse: assign(({ context, event }) => {
      assertEvent(event, 'response.attached');
      return { responses: [...context.responses, event.symbol] };
    }),
    announceResponse: emit(({ context, event }) => {
      assertEvent(event, 'response.attached');
      return {
        type: 'response.attached' as const,
        symbol: reference(context),
        response: event.symbol,
      };
    }),
    recordSupersession: assign(({ event }) => {
      assertEvent(event, 'revision.submitted');
      return { supersededBy: event.symbol, outcome: 'superseded' as const };
    }),
    announceSupersession: emit(({ context, event }) => {
      assertEvent(event, 'revision.submitted');
      return { type: 'document.superseded' as const, symbol: reference(context), by: event.symbol };
    }),
    recordAdoption: assign({ outcome: 'adopted' as const }),
    announceAdoption: emit(({ context }) => ({
      type: 'document.adopted' as const,
      symbol: reference(context),
    })),
    recordShelving: assign({ outcome: 'shelved' as const }),
    announceShelving: emit(({ context }) => ({
      type: 'document.shelved' as const,
      symbol: reference(context),
    })),
  },
});

const recordAnswer = {
  guard: 'isAdmissibleResponse',
  actions: ['recordResponse', 'announceResponse'],
} as const;
const attachResponse = { ...recordAnswer, target: 'answered' } as const;
const submitRevision = {
  guard: 'isAdmissibleRevision',
  target: 'superseded',
  actions: ['recordSupersession', 'announceSupersession'],
} as const;
const openNegotiation = { guard: 'isDraftTreaty', target: 'underNegotiation' } as const;
const shelve = { target: 'shelved' } as const;

/**
 * One document of the Conference: drafted → submitted (given its CD/ symbol) → under
 * consideration → answered by other documents → superseded by a revision, negotiated and
 * adopted (a draft treaty only), or shelved. A draft not yet submitted can be withdrawn; once
 * submitted it can only be shelved. Negotiation opens only on a draft treaty the Conference has
 * taken up (under consideration or answered); from then on its text changes by amendment in
 * the subsidiary body (treatyNegotiation), not by revision, though answers still come in.
 */
export const documentLifecycleMachine = documentLifecycleSetup.createMachine({
  id: 'documentLifecycle',
  context: ({ input }) => ({
    id: input.id,
    symbol: null,
    authors: input.authors,
    kind: input.kind,
    title: input.title,
    respondsTo: input.respondsTo,
    responses: [],
    supersededBy: null,
    revises: input.revises ?? null,
    submittedOn: null,
    outcome: null,
  }),
  initial: 'drafted',
  states: {
    drafted: {
      on: {
        'document.submitted': {
          guard: 'isCirculatedAsOfficialDocument',
          target: 'submitted',
          actions: ['recordSubmission', 'announceSubmission'],
        },
        'document.withdrawn': { target: 'withdrawn' },
      },
    },
    submitted: {
      on: {
        'consideration.opened': { target: 'underConsideration' },
        'response.attached': attachResponse,
        'revision.submitted': submitRevision,
        'document.shelved': shelve,
      },
    },
    underConsideration: {
      on: {
        'response.attached': attachResponse,
        'revision.submitted': submitRevision,
        'negotiation.opened': openNegotiation,
        'document.shelved': shelve,
      },
    },
    answered: {
      on: {
        'response.attached': recordAnswer,
        'revision.submitted': submitRevision,
        'negotiation.opened': openNegotiation,
        'document.shelved': shelve,
      },
    },
    underNegotiation: {
      on: {
        'response.attached': recordAnswer,
        'document.adopted': { target: 'adopted' },
        'document.shelved': shelve,
      },
    },
    adopted: { type: 'final', entry: ['recordAdoption', 'announceAdoption'] },
    shelved: { type: 'final', entry: ['recordShelving', 'announceShelving'] },
    superseded: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});
