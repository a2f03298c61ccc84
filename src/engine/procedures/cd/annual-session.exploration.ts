import type { MachineExploration } from '../../testing/coverage';
import type { AnnualSessionEvent } from './annual-session.machine';
import { annualSessionMachine } from './annual-session.machine';

/**
 * A few members with the first two presidents of 2007 (RECORD.md 3.3, VERIFIED); the EU as
 * observer. Two presidents keep the walk small: the presidency can pass once, and from then on
 * every rotation offered is refused (mayRotatePresidency). The refusal of the sixth rotation of a
 * full year is checked in annual-session.machine.test.ts.
 */
const members = ['CHN', 'RUS', 'USA', 'ZAF', 'ESP'];
const presidents = ['ZAF', 'ESP'];

/**
 * One formal plenary per walk: each part's plenary is reached on its own path (none held in the
 * parts before), so more meetings would only multiply the same states.
 */
const MAX_PLENARIES = 1;

/**
 * Every event type, with a member, an observer (the EU) and a non-member ('ZZZ'). The walk stays
 * finite and small (under 500 snapshots): plenaries are capped, a valid statement is offered only
 * while none is recorded, and a subsidiary body only while none is set up.
 */
export const annualSessionExploration: MachineExploration<typeof annualSessionMachine> = {
  machine: annualSessionMachine,
  input: { year: 2007, members, presidents, observers: ['EU'] },
  events: ({ context }): AnnualSessionEvent[] => [
    { type: 'sessionPart.ended' },
    { type: 'sessionPart.opened' },
    ...(context.plenaryCount < MAX_PLENARIES ? [{ type: 'plenary.convened' } as const] : []),
    { type: 'plenary.adjourned' },
    ...(context.statements.length === 0
      ? [
          { type: 'statement.made', member: 'CHN', topic: 'PAROS' } as const,
          { type: 'statement.made', member: 'EU', topic: 'PAROS' } as const,
        ]
      : []),
    { type: 'statement.made', member: 'ZZZ', topic: 'PAROS' },
    { type: 'presidency.rotated' },
    { type: 'agenda.adopted', decision: 'agenda-2007' },
    { type: 'programmeOfWork.adopted', decision: 'pow-2007' },
    { type: 'programmeOfWork.implemented' },
    ...(context.subsidiaryBodies.length === 0
      ? [
          {
            type: 'subsidiaryBody.established',
            id: 'PAROS',
            agendaItem: 3,
            mandate: 'discuss',
          } as const,
        ]
      : []),
    { type: 'report.adopted', symbol: 'CD/1831' },
    { type: 'session.closed' },
  ],
};
