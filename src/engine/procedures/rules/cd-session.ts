/**
 * The annual session of the Conference on Disarmament as plain rules: who presides, what must be
 * decided before what, who may speak. The guards of the `annualSession` machine call these, and so
 * may `legalActions` and the bots.
 *
 * Sources: shared/history/RECORD.md section 3 and RECORD-ADDENDUM.md section 4.1 (CD/8/Rev.9).
 */

/** Six presidencies a year, each four working weeks (RECORD.md 3.3, VERIFIED). */
export const PRESIDENCIES_PER_YEAR = 6;

export interface PresidencyState {
  readonly presidents: readonly string[];
  readonly presidencyIndex: number;
}

export interface SessionDecisions {
  readonly agendaAdopted: boolean;
  readonly programmeOfWork: { readonly decision: string; readonly implemented: boolean } | null;
  readonly reportAdopted: boolean;
}

export interface Participants {
  readonly members: readonly string[];
  readonly observers: readonly string[];
}

/** The member who presides now, or null if the year's list of presidents is shorter. */
export function presidentOf(state: PresidencyState): string | null {
  return state.presidents[state.presidencyIndex] ?? null;
}

/**
 * Rule 9 (VERIFIED): the presidency passes to the next member in the year's order; there are six
 * presidencies a year, so at most five hand-overs, and never beyond the list given.
 */
export function mayRotatePresidency(state: PresidencyState): boolean {
  const next = state.presidencyIndex + 1;
  return next < PRESIDENCIES_PER_YEAR && next < state.presidents.length;
}

/** Rule 27 (VERIFIED): the agenda is adopted once, at the start of the annual session. */
export function isAgendaPending(decisions: SessionDecisions): boolean {
  return !decisions.agendaAdopted;
}

export function hasAdoptedAgenda(decisions: SessionDecisions): boolean {
  return decisions.agendaAdopted;
}

/**
 * Rule 28 (VERIFIED): the programme of work is established on the basis of the agenda, so only
 * after it; one programme a year (it must be agreed every year, no carry-over: RECORD.md 3.5).
 */
export function mayAdoptProgrammeOfWork(decisions: SessionDecisions): boolean {
  return hasAdoptedAgenda(decisions) && decisions.programmeOfWork === null;
}

export function hasProgrammeOfWork(decisions: SessionDecisions): boolean {
  return decisions.programmeOfWork !== null;
}

/**
 * A programme of work still needs its implementing decision (timetable, chairs): in 2009 CD/1864
 * was adopted but never implemented (RECORD.md 3.6, RECORD-ADDENDUM.md 4.2, VERIFIED).
 */
export function awaitsImplementingDecision(decisions: SessionDecisions): boolean {
  return decisions.programmeOfWork !== null && !decisions.programmeOfWork.implemented;
}

/** The annual report to the General Assembly is adopted once, at the end of the session. */
export function isReportPending(decisions: SessionDecisions): boolean {
  return !decisions.reportAdopted;
}

export function hasAdoptedReport(decisions: SessionDecisions): boolean {
  return decisions.reportAdopted;
}

/**
 * Members speak in plenary; so do non-members the Conference has invited to take part, such as
 * the EU (rules 32–35, numbers UNCERTAIN; practice VERIFIED: RECORD.md 3.9).
 */
export function isMemberOrObserver(participants: Participants, speaker: string): boolean {
  return participants.members.includes(speaker) || participants.observers.includes(speaker);
}
