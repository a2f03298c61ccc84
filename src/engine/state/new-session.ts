import { cdMembers } from '../data/members';
import { annualSessionMachine } from '../procedures/cd/annual-session.machine';
import { presidentsOfYearFromAnchors } from '../procedures/rules/presidency-rotation';
import type { ProcedureSnapshot } from '../procedures/step';
import { startProcedure } from '../procedures/step';

/** Observers invited to take part in the Conference's work; the EU speaks there (RECORD.md 3.9). */
export const CD_OBSERVERS = ['EU'];

/** A new annual session of the Conference for a year, its presidents from the scenario's anchors. */
export function newAnnualSession(
  year: number,
  anchors: readonly { readonly year: number; readonly first: string }[],
): ProcedureSnapshot {
  return startProcedure(annualSessionMachine, {
    year,
    members: cdMembers().map((member) => member.code),
    presidents: presidentsOfYearFromAnchors(year, anchors),
    observers: CD_OBSERVERS,
  });
}
