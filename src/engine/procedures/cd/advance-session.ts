import { annualSessionMachine } from './annual-session.machine';
import type { AnnualSessionContext } from './annual-session.machine';
import type { ProcedureSnapshot } from '../step';
import { stepProcedure } from '../step';

/**
 * Walks an annual session forward to the given part (1 to 3), adjourning a sitting plenary,
 * closing parts and handing the presidency on so that each part opens under its first president
 * (two presidencies to a part, six to a year: RECORD.md 3.3). Used when a scenario opens in the
 * middle of a year and when the calendar moves on.
 */
export function advanceSessionTo(session: ProcedureSnapshot, part: 1 | 2 | 3): ProcedureSnapshot {
  let current = session;
  const step = (
    event: Parameters<typeof stepProcedure<typeof annualSessionMachine>>[2],
  ): boolean => {
    const result = stepProcedure(annualSessionMachine, current, event);
    current = result.snapshot;
    return result.accepted;
  };
  for (let guard = 0; guard < 8 && topState(current) !== `part${part}`; guard++) {
    if (partOf(current) > part) break;
    if (topState(current).startsWith('recess')) step({ type: 'sessionPart.opened' });
    else {
      step({ type: 'plenary.adjourned' });
      step({ type: 'sessionPart.ended' });
    }
  }
  const wantedPresidency = 2 * (part - 1);
  while ((current.context as AnnualSessionContext).presidencyIndex < wantedPresidency) {
    if (!step({ type: 'presidency.rotated' })) break;
  }
  return current;
}

/** Ends the part that is sitting (after adjourning any plenary); the session goes into recess. */
export function endSessionPart(session: ProcedureSnapshot): ProcedureSnapshot {
  let current = stepProcedure(annualSessionMachine, session, {
    type: 'plenary.adjourned',
  }).snapshot;
  current = stepProcedure(annualSessionMachine, current, { type: 'sessionPart.ended' }).snapshot;
  return current;
}

/** 1, 2 or 3 while a part sits or has ended before the next; 4 once closed. */
export function partOf(session: ProcedureSnapshot): number {
  switch (topState(session)) {
    case 'part1':
      return 1;
    case 'recess1':
    case 'part2':
      return 2;
    case 'recess2':
    case 'part3':
      return 3;
    default:
      return 4;
  }
}

/** 'part2' for { part2: 'inPlenary' }, 'recess1' for 'recess1'. */
export function topState(session: ProcedureSnapshot): string {
  const value = session.value;
  return typeof value === 'string' ? value : (Object.keys(value as object)[0] ?? '');
}
