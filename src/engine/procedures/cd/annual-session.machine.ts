import { cdSessionSetup } from './cd-session.setup';
import { recess, sessionPart } from './session-part.state';

export type {
  AnnualSessionContext,
  AnnualSessionEmitted,
  AnnualSessionEvent,
  AnnualSessionInput,
  PlenaryStatement,
  ProgrammeOfWork,
  SessionPart,
  SubsidiaryBody,
  SubsidiaryBodyMandate,
} from './cd-session.setup';
export { currentPresident } from './cd-session.setup';

/**
 * The annual session of the Conference on Disarmament: three parts with recesses between them
 * (about 10, 7 and 7 weeks from late January; rule 7, number UNCERTAIN; content and dates
 * VERIFIED, RECORD.md 3.4 and RECORD-ADDENDUM.md 4.1). Each part ends only when no plenary is
 * sitting. The session closes after the annual report; the programme of work lapses with the year
 * (no carry-over, RECORD.md 3.5), so `closed` is final.
 */
export const annualSessionMachine = cdSessionSetup.createMachine({
  id: 'annualSession',
  context: ({ input }) => ({
    year: input.year,
    members: [...input.members],
    observers: [...(input.observers ?? [])],
    presidents: [...input.presidents],
    presidencyIndex: 0,
    agendaAdopted: false,
    programmeOfWork: null,
    subsidiaryBodies: [],
    plenaryCount: 0,
    statements: [],
    reportAdopted: false,
    report: null,
  }),
  initial: 'part1',
  states: {
    part1: sessionPart('part1', {
      adjourned: { 'sessionPart.ended': { target: '#annualSession.recess1' } },
    }),
    recess1: recess('#annualSession.part2'),
    part2: sessionPart('part2', {
      adjourned: { 'sessionPart.ended': { target: '#annualSession.recess2' } },
    }),
    recess2: recess('#annualSession.part3'),
    part3: sessionPart('part3', {
      adjourned: {
        'session.closed': {
          guard: 'hasAdoptedReport',
          target: '#annualSession.closed',
          actions: 'announceClosing',
        },
      },
      inPlenary: {
        'report.adopted': { guard: 'isReportPending', actions: ['recordReport', 'announceReport'] },
      },
    }),
    closed: { type: 'final' },
  },
});
