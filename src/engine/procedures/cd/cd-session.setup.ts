import { assertEvent, assign, emit, setup } from 'xstate';
import {
  awaitsImplementingDecision,
  hasAdoptedReport,
  hasProgrammeOfWork,
  isAgendaPending,
  isMemberOrObserver,
  isReportPending,
  mayAdoptProgrammeOfWork,
  mayRotatePresidency,
  presidentOf,
} from '../rules/cd-session';

/** The three parts of the annual session (rule 7, number UNCERTAIN; content VERIFIED). */
export type SessionPart = 'part1' | 'part2' | 'part3';

export type SubsidiaryBodyMandate = 'negotiate' | 'discuss';

export interface AnnualSessionInput {
  readonly year: number;
  /** ISO3 codes of the members, in the order that decides presidencies. */
  readonly members: readonly string[];
  /** The six presidents of the year, in order. */
  readonly presidents: readonly string[];
  /** Non-members invited to take part, such as the EU; they may speak in plenary. */
  readonly observers?: readonly string[];
}

export interface SubsidiaryBody {
  readonly id: string;
  readonly agendaItem: number;
  readonly mandate: SubsidiaryBodyMandate;
  /** The part of the session in which the Conference set it up. */
  readonly established: SessionPart;
}

/** Who spoke, at which formal plenary meeting, on what; never the text. */
export interface PlenaryStatement {
  readonly member: string;
  readonly meeting: number;
  readonly topic: string;
}

export interface ProgrammeOfWork {
  /** Symbol or id of the decision, e.g. 'CD/1864'. */
  readonly decision: string;
  readonly implemented: boolean;
}

export interface AnnualSessionContext {
  readonly year: number;
  readonly members: readonly string[];
  readonly observers: readonly string[];
  readonly presidents: readonly string[];
  /** 0 to 5: which of the year's presidents presides. */
  readonly presidencyIndex: number;
  readonly agendaAdopted: boolean;
  readonly programmeOfWork: ProgrammeOfWork | null;
  readonly subsidiaryBodies: readonly SubsidiaryBody[];
  /** Formal plenary meetings held so far this year; the current one carries this number. */
  readonly plenaryCount: number;
  readonly statements: readonly PlenaryStatement[];
  readonly reportAdopted: boolean;
  /** Symbol of the annual report, e.g. 'CD/1853'. */
  readonly report: string | null;
}

/**
 * What happened in the Conference. A decision (agenda, programme of work, subsidiary body,
 * report) arrives here only once the `consensusDecision` machine has adopted it.
 */
export type AnnualSessionEvent =
  | { type: 'sessionPart.ended' }
  | { type: 'sessionPart.opened' }
  | { type: 'plenary.convened' }
  | { type: 'plenary.adjourned' }
  | { type: 'statement.made'; member: string; topic: string }
  | { type: 'presidency.rotated' }
  | { type: 'agenda.adopted'; decision: string }
  | { type: 'programmeOfWork.adopted'; decision: string }
  | { type: 'programmeOfWork.implemented' }
  | {
      type: 'subsidiaryBody.established';
      id: string;
      agendaItem: number;
      mandate: SubsidiaryBodyMandate;
    }
  | { type: 'report.adopted'; symbol: string }
  | { type: 'session.closed' };

export type AnnualSessionEmitted =
  | { type: 'presidency.changed'; president: string }
  | { type: 'plenary.convened'; meeting: number }
  | { type: 'agenda.adopted'; decision: string }
  | { type: 'programmeOfWork.adopted'; decision: string }
  | { type: 'programmeOfWork.implemented'; decision: string }
  | { type: 'subsidiaryBody.established'; id: string }
  | { type: 'report.adopted'; symbol: string }
  | { type: 'session.closed'; year: number };

/** The member who presides now; null only if the input listed no presidents. */
export function currentPresident(context: AnnualSessionContext): string | null {
  return presidentOf(context);
}

export const cdSessionSetup = setup({
  types: {
    input: {} as AnnualSessionInput,
    context: {} as AnnualSessionContext,
    events: {} as AnnualSessionEvent,
    emitted: {} as AnnualSessionEmitted,
  },
  guards: {
    /**
     * Rule 9 (VERIFIED, RECORD-ADDENDUM.md 4.1): the presidency rotates among the members in
     * English alphabetical order, four working weeks each; six presidencies a year (RECORD.md 3.3),
     * so the sixth hand-over of a year is refused.
     */
    mayRotatePresidency: ({ context }) => mayRotatePresidency(context),
    /**
     * Members, and non-members invited to take part such as the EU, speak in plenary (rules
     * 32–35, numbers UNCERTAIN; practice VERIFIED, RECORD.md 3.9).
     */
    isMemberOrObserver: ({ context, event }) =>
      event.type === 'statement.made' && isMemberOrObserver(context, event.member),
    /** Rule 27 (VERIFIED, RECORD.md 3.5): the agenda is adopted once, at the start of the session. */
    isAgendaPending: ({ context }) => isAgendaPending(context),
    /**
     * Rule 28 (VERIFIED, RECORD.md 3.5): the programme of work is established on the basis of the
     * adopted agenda; one a year, no carry-over.
     */
    mayAdoptProgrammeOfWork: ({ context }) => mayAdoptProgrammeOfWork(context),
    /**
     * Subsidiary bodies only under an adopted programme of work (rule 23, number UNCERTAIN; since
     * 1992 mandates are tied to the programme of work, RECORD.md 3.5). This is a design choice of
     * the game, NOT a rule the record shows: the 16 Feb 2018 bodies came from a separate draft
     * decision (CD/WP.605/Rev.1, RECORD.md 3.7), and subsidiary-body decisions were once taken
     * separately (RECORD.md 3.5). A replay of 2018 cannot pass this guard as it stands.
     */
    hasProgrammeOfWork: ({ context }) => hasProgrammeOfWork(context),
    /**
     * The implementing decision (timetable, chairs) of an adopted programme of work; CD/1864 in
     * 2009 never got one (RECORD.md 3.6, RECORD-ADDENDUM.md 4.2, VERIFIED).
     */
    awaitsImplementingDecision: ({ context }) => awaitsImplementingDecision(context),
    /**
     * The annual report to the General Assembly, adopted by consensus at the end of the session
     * (RECORD.md 3.9, VERIFIED); rule number UNCERTAIN.
     */
    isReportPending: ({ context }) => isReportPending(context),
    /** The session closes after the annual report (RECORD.md 3.9); rule number UNCERTAIN. */
    hasAdoptedReport: ({ context }) => hasAdoptedReport(context),
  },
  actions: {
    countPlenary: assign(({ context }) => ({ plenaryCount: context.plenaryCount + 1 })),
    announcePlenary: emit(({ context }) => ({
      type: 'plenary.convened' as const,
      meeting: context.plenaryCount,
    })),
    recordStatement: assign(({ context, event }) => {
      assertEvent(event, 'statement.made');
      const statement = { member: event.member, meeting: context.plenaryCount, topic: event.topic };
      return { statements: [...context.statements, statement] };
    }),
    passPresidency: assign(({ context }) => ({ presidencyIndex: context.presidencyIndex + 1 })),
    announcePresidency: emit(({ context }) => ({
      type: 'presidency.changed' as const,
      // The guard mayRotatePresidency has checked that the next president exists.
      president: presidentOf(context) ?? '',
    })),
    recordAgenda: assign({ agendaAdopted: true }),
    announceAgenda: emit(({ event }) => {
      assertEvent(event, 'agenda.adopted');
      return { type: 'agenda.adopted' as const, decision: event.decision };
    }),
    recordProgrammeOfWork: assign(({ event }) => {
      assertEvent(event, 'programmeOfWork.adopted');
      return { programmeOfWork: { decision: event.decision, implemented: false } };
    }),
    announceProgrammeOfWork: emit(({ event }) => {
      assertEvent(event, 'programmeOfWork.adopted');
      return { type: 'programmeOfWork.adopted' as const, decision: event.decision };
    }),
    recordImplementation: assign(({ context }) => ({
      programmeOfWork: context.programmeOfWork && { ...context.programmeOfWork, implemented: true },
    })),
    announceImplementation: emit(({ context }) => ({
      type: 'programmeOfWork.implemented' as const,
      decision: context.programmeOfWork?.decision ?? '',
    })),
    /** A body set up again under an id already used takes the new mandate (the list stays short). */
    recordSubsidiaryBody: assign(({ context, event }, params: { part: SessionPart }) => {
      assertEvent(event, 'subsidiaryBody.established');
      const { id, agendaItem, mandate } = event;
      return {
        subsidiaryBodies: [
          ...context.subsidiaryBodies.filter((body) => body.id !== id),
          { id, agendaItem, mandate, established: params.part },
        ],
      };
    }),
    announceSubsidiaryBody: emit(({ event }) => {
      assertEvent(event, 'subsidiaryBody.established');
      return { type: 'subsidiaryBody.established' as const, id: event.id };
    }),
    recordReport: assign(({ event }) => {
      assertEvent(event, 'report.adopted');
      return { reportAdopted: true, report: event.symbol };
    }),
    announceReport: emit(({ event }) => {
      assertEvent(event, 'report.adopted');
      return { type: 'report.adopted' as const, symbol: event.symbol };
    }),
    announceClosing: emit(({ context }) => ({
      type: 'session.closed' as const,
      year: context.year,
    })),
  },
});
