import { describe, expect, test } from 'vitest';
import type { SnapshotFrom } from 'xstate';
import { initialTransition, transition } from 'xstate';
import type {
  AnnualSessionContext,
  AnnualSessionEmitted,
  AnnualSessionEvent,
  AnnualSessionInput,
} from './annual-session.machine';
import { annualSessionMachine, currentPresident } from './annual-session.machine';

type Snapshot = SnapshotFrom<typeof annualSessionMachine>;

/** The 65 members in English alphabetical order (RECORD.md 3.2, VERIFIED). */
const members = [
  'DZA', 'ARG', 'AUS', 'AUT', 'BGD', 'BLR', 'BEL', 'BRA', 'BGR', 'CMR', 'CAN', 'CHL', 'CHN',
  'COL', 'CUB', 'PRK', 'COD', 'ECU', 'EGY', 'ETH', 'FIN', 'FRA', 'DEU', 'HUN', 'IND', 'IDN',
  'IRN', 'IRQ', 'IRL', 'ISR', 'ITA', 'JPN', 'KAZ', 'KEN', 'MYS', 'MEX', 'MNG', 'MAR', 'MMR',
  'NLD', 'NZL', 'NGA', 'NOR', 'PAK', 'PER', 'POL', 'KOR', 'ROU', 'RUS', 'SEN', 'SVK', 'ZAF',
  'ESP', 'LKA', 'SWE', 'CHE', 'SYR', 'TUN', 'TUR', 'UKR', 'GBR', 'USA', 'VEN', 'VNM', 'ZWE',
]; // prettier-ignore

/**
 * The six presidents of 2018 (RECORD.md 3.3, VERIFIED). The years played here are game years,
 * not a replay of 2018 (the record shows no programme of work that year): decisions carry
 * placeholder ids.
 */
const presidents2018 = ['LKA', 'SWE', 'CHE', 'SYR', 'TUN', 'TUR'];

const input: AnnualSessionInput = {
  year: 2018,
  members,
  presidents: presidents2018,
  observers: ['EU'],
};

const opening: AnnualSessionContext = {
  year: 2018,
  members,
  observers: ['EU'],
  presidents: presidents2018,
  presidencyIndex: 0,
  agendaAdopted: false,
  programmeOfWork: null,
  subsidiaryBodies: [],
  plenaryCount: 0,
  statements: [],
  reportAdopted: false,
  report: null,
};

function openSession(): Snapshot {
  return initialTransition(annualSessionMachine, input)[0];
}

/** Applies events one by one; every one must be accepted. Returns the result and what it emitted. */
function play(
  snapshot: Snapshot,
  ...events: AnnualSessionEvent[]
): { snapshot: Snapshot; emitted: AnnualSessionEmitted[] } {
  const emitted: AnnualSessionEmitted[] = [];
  let current = snapshot;
  for (const event of events) {
    const [next, actions]: [Snapshot, readonly { type: string; params?: unknown }[]] = transition(
      annualSessionMachine,
      current,
      event,
    );
    expect(next, `${event.type} was refused`).not.toBe(current);
    for (const action of actions) {
      if (action.type === 'xstate.emit') {
        emitted.push((action.params as { event: AnnualSessionEmitted }).event);
      }
    }
    current = next;
  }
  return { snapshot: current, emitted };
}

/** An event the machine does not accept returns the same snapshot object. */
function isRefused(snapshot: Snapshot, event: AnnualSessionEvent): boolean {
  return transition(annualSessionMachine, snapshot, event)[0] === snapshot;
}

const convene: AnnualSessionEvent = { type: 'plenary.convened' };
const adjourn: AnnualSessionEvent = { type: 'plenary.adjourned' };
const endPart: AnnualSessionEvent = { type: 'sessionPart.ended' };
const openPart: AnnualSessionEvent = { type: 'sessionPart.opened' };
const agenda: AnnualSessionEvent = { type: 'agenda.adopted', decision: 'agenda-2018' };
const programme: AnnualSessionEvent = { type: 'programmeOfWork.adopted', decision: 'pow-2018' };
const parosBody: AnnualSessionEvent = {
  type: 'subsidiaryBody.established',
  id: 'SB3',
  agendaItem: 3,
  mandate: 'discuss',
};
const report: AnnualSessionEvent = { type: 'report.adopted', symbol: 'report-2018' };

/** The third part, adjourned, with nothing decided. */
function thirdPart(): Snapshot {
  return play(openSession(), endPart, openPart, endPart, openPart).snapshot;
}

describe(annualSessionMachine.id, () => {
  test('the session opens in the first part, adjourned, under the first president', () => {
    const snapshot = openSession();
    expect(snapshot.value).toEqual({ part1: 'adjourned' });
    expect(snapshot.context).toEqual(opening);
    expect(currentPresident(snapshot.context)).toBe('LKA');
  });

  test('presidents follow in the order given', () => {
    const rotation: AnnualSessionEvent = { type: 'presidency.rotated' };
    const { snapshot, emitted } = play(openSession(), rotation, rotation, rotation, rotation);
    expect(emitted).toEqual([
      { type: 'presidency.changed', president: 'SWE' },
      { type: 'presidency.changed', president: 'CHE' },
      { type: 'presidency.changed', president: 'SYR' },
      { type: 'presidency.changed', president: 'TUN' },
    ]);
    expect(currentPresident(snapshot.context)).toBe('TUN');
  });

  test('the sixth rotation of a year is refused', () => {
    const rotation: AnnualSessionEvent = { type: 'presidency.rotated' };
    const { snapshot } = play(openSession(), rotation, rotation, rotation, rotation, rotation);
    expect(currentPresident(snapshot.context)).toBe('TUR');
    expect(isRefused(snapshot, rotation)).toBe(true);
  });

  test('the presidency also passes during a recess', () => {
    const { snapshot, emitted } = play(openSession(), endPart, { type: 'presidency.rotated' });
    expect(snapshot.value).toBe('recess1');
    expect(emitted).toEqual([{ type: 'presidency.changed', president: 'SWE' }]);
  });

  test('a statement outside a plenary meeting is refused', () => {
    const statement: AnnualSessionEvent = { type: 'statement.made', member: 'CHN', topic: 'PAROS' };
    expect(isRefused(openSession(), statement)).toBe(true);
    expect(isRefused(play(openSession(), endPart).snapshot, statement)).toBe(true);
  });

  test('members and the EU as observer take the floor in plenary; a non-member does not', () => {
    const { snapshot, emitted } = play(
      openSession(),
      convene,
      adjourn,
      convene,
      { type: 'statement.made', member: 'RUS', topic: 'PPWT' },
      { type: 'statement.made', member: 'EU', topic: 'code of conduct' },
    );
    expect(emitted).toEqual([
      { type: 'plenary.convened', meeting: 1 },
      { type: 'plenary.convened', meeting: 2 },
    ]);
    expect(snapshot.context.statements).toEqual([
      { member: 'RUS', meeting: 2, topic: 'PPWT' },
      { member: 'EU', meeting: 2, topic: 'code of conduct' },
    ]);
    expect(isRefused(snapshot, { type: 'statement.made', member: 'XXX', topic: 'PAROS' })).toBe(
      true,
    );
  });

  test('the agenda is adopted in plenary, and only once a year', () => {
    expect(isRefused(openSession(), agenda)).toBe(true);
    const { snapshot, emitted } = play(openSession(), convene, agenda);
    expect(emitted).toEqual([
      { type: 'plenary.convened', meeting: 1 },
      { type: 'agenda.adopted', decision: 'agenda-2018' },
    ]);
    expect(snapshot.context.agendaAdopted).toBe(true);
    expect(isRefused(snapshot, agenda)).toBe(true);
  });

  test('the programme of work needs an adopted agenda', () => {
    const sitting = play(openSession(), convene).snapshot;
    expect(isRefused(sitting, programme)).toBe(true);
    const { snapshot, emitted } = play(sitting, agenda, programme);
    expect(snapshot.context.programmeOfWork).toEqual({ decision: 'pow-2018', implemented: false });
    expect(emitted).toEqual([
      { type: 'agenda.adopted', decision: 'agenda-2018' },
      { type: 'programmeOfWork.adopted', decision: 'pow-2018' },
    ]);
    expect(isRefused(snapshot, programme)).toBe(true);
  });

  test('an adopted programme of work may stay without its implementing decision', () => {
    const implemented: AnnualSessionEvent = { type: 'programmeOfWork.implemented' };
    const sitting = play(openSession(), convene, agenda).snapshot;
    expect(isRefused(sitting, implemented)).toBe(true);
    const adopted = play(sitting, programme).snapshot;
    const { snapshot, emitted } = play(adopted, implemented);
    expect(emitted).toEqual([{ type: 'programmeOfWork.implemented', decision: 'pow-2018' }]);
    expect(snapshot.context.programmeOfWork).toEqual({ decision: 'pow-2018', implemented: true });
    expect(isRefused(snapshot, implemented)).toBe(true);
  });

  test('no subsidiary body without a programme of work', () => {
    const sitting = play(openSession(), convene, agenda).snapshot;
    expect(isRefused(sitting, parosBody)).toBe(true);
    const { snapshot, emitted } = play(sitting, programme, parosBody);
    expect(emitted).toEqual([
      { type: 'programmeOfWork.adopted', decision: 'pow-2018' },
      { type: 'subsidiaryBody.established', id: 'SB3' },
    ]);
    expect(snapshot.context.subsidiaryBodies).toEqual([
      { id: 'SB3', agendaItem: 3, mandate: 'discuss', established: 'part1' },
    ]);
  });

  test('a subsidiary body set up again under the same id takes the new mandate', () => {
    const { snapshot } = play(openSession(), convene, agenda, programme, parosBody, {
      ...parosBody,
      mandate: 'negotiate',
    });
    expect(snapshot.context.subsidiaryBodies).toEqual([
      { id: 'SB3', agendaItem: 3, mandate: 'negotiate', established: 'part1' },
    ]);
  });

  test('a part of the session ends only when no plenary is sitting', () => {
    const sitting = play(openSession(), convene).snapshot;
    expect(isRefused(sitting, endPart)).toBe(true);
    const { snapshot } = play(sitting, adjourn, endPart);
    expect(snapshot.value).toBe('recess1');
    expect(isRefused(snapshot, convene)).toBe(true);
    expect(play(snapshot, openPart).snapshot.value).toEqual({ part2: 'adjourned' });
  });

  test('the third part has no recess after it: it ends by closing the session', () => {
    expect(thirdPart().value).toEqual({ part3: 'adjourned' });
    expect(isRefused(thirdPart(), endPart)).toBe(true);
  });

  test('the annual report is adopted only in plenary in the third part', () => {
    expect(isRefused(play(openSession(), convene).snapshot, report)).toBe(true);
    expect(isRefused(play(openSession(), endPart, openPart, convene).snapshot, report)).toBe(true);
    expect(isRefused(thirdPart(), report)).toBe(true);
    const { snapshot, emitted } = play(thirdPart(), convene, report);
    expect(emitted).toEqual([
      { type: 'plenary.convened', meeting: 1 },
      { type: 'report.adopted', symbol: 'report-2018' },
    ]);
    expect(isRefused(snapshot, report)).toBe(true);
  });

  test('the session closes only after the annual report', () => {
    const close: AnnualSessionEvent = { type: 'session.closed' };
    expect(isRefused(thirdPart(), close)).toBe(true);
    const reported = play(thirdPart(), convene, report).snapshot;
    expect(isRefused(reported, close)).toBe(true);
    const { snapshot, emitted } = play(reported, adjourn, close);
    expect(emitted).toEqual([{ type: 'session.closed', year: 2018 }]);
    expect(snapshot.value).toBe('closed');
    expect(snapshot.status).toBe('done');
  });

  test('a full year: agenda, programme of work, a PAROS body, the report, the close', () => {
    const { snapshot, emitted } = play(
      openSession(),
      convene,
      agenda,
      { type: 'statement.made', member: 'CHN', topic: 'PPWT' },
      programme,
      adjourn,
      { type: 'presidency.rotated' },
      convene,
      { type: 'programmeOfWork.implemented' },
      parosBody,
      adjourn,
      endPart,
      { type: 'presidency.rotated' },
      openPart,
      { type: 'presidency.rotated' },
      endPart,
      openPart,
      { type: 'presidency.rotated' },
      { type: 'presidency.rotated' },
      convene,
      { type: 'statement.made', member: 'USA', topic: 'PPWT' },
      report,
      adjourn,
      { type: 'session.closed' },
    );
    expect(emitted).toEqual([
      { type: 'plenary.convened', meeting: 1 },
      { type: 'agenda.adopted', decision: 'agenda-2018' },
      { type: 'programmeOfWork.adopted', decision: 'pow-2018' },
      { type: 'presidency.changed', president: 'SWE' },
      { type: 'plenary.convened', meeting: 2 },
      { type: 'programmeOfWork.implemented', decision: 'pow-2018' },
      { type: 'subsidiaryBody.established', id: 'SB3' },
      { type: 'presidency.changed', president: 'CHE' },
      { type: 'presidency.changed', president: 'SYR' },
      { type: 'presidency.changed', president: 'TUN' },
      { type: 'presidency.changed', president: 'TUR' },
      { type: 'plenary.convened', meeting: 3 },
      { type: 'report.adopted', symbol: 'report-2018' },
      { type: 'session.closed', year: 2018 },
    ]);
    expect(snapshot.value).toBe('closed');
    expect(snapshot.context).toEqual({
      ...opening,
      presidencyIndex: 5,
      agendaAdopted: true,
      programmeOfWork: { decision: 'pow-2018', implemented: true },
      subsidiaryBodies: [{ id: 'SB3', agendaItem: 3, mandate: 'discuss', established: 'part1' }],
      plenaryCount: 3,
      statements: [
        { member: 'CHN', meeting: 1, topic: 'PPWT' },
        { member: 'USA', meeting: 3, topic: 'PPWT' },
      ],
      reportAdopted: true,
      report: 'report-2018',
    });
  });

  test('a closed session accepts nothing more: the programme of work lapses with the year', () => {
    const closed = play(thirdPart(), convene, report, adjourn, { type: 'session.closed' }).snapshot;
    for (const event of [convene, openPart, agenda, { type: 'presidency.rotated' } as const]) {
      expect(isRefused(closed, event)).toBe(true);
    }
  });

  test('the persisted snapshot survives JSON and keeps working', () => {
    const before = play(openSession(), convene, agenda, programme).snapshot;
    const stored: unknown = JSON.parse(
      JSON.stringify(annualSessionMachine.getPersistedSnapshot(before)),
    );
    const restored = annualSessionMachine.resolveState(stored as typeof before);
    expect(restored.value).toEqual({ part1: 'inPlenary' });
    expect(restored.context).toEqual(before.context);
    const { snapshot, emitted } = play(restored, parosBody, adjourn, endPart);
    expect(emitted).toEqual([{ type: 'subsidiaryBody.established', id: 'SB3' }]);
    expect(snapshot.value).toBe('recess1');
    expect(isRefused(restored, agenda)).toBe(true);
  });
});
