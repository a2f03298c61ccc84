/** The walk through the calendar: every fact in its turn, each turn ended by the host. */

import type { Scenario } from '../../scenario/scenario.schema';
import type { Sourced } from './history-facts';
import {
  CD_MEETINGS,
  GAPS,
  GGES,
  LATER_RESOLUTIONS,
  RESOLUTIONS,
  SESSION_OPENINGS_IN_RECORD,
} from './history-facts';
import { fail, SCENARIO_FILE } from './host';
import type { VoteData } from './roll-calls';
import type { LogStep } from './log-builder';
import { LogBuilder } from './log-builder';
import type { Entry, Placement } from './timeline';
import { notesByTurn, turnOf } from './timeline';
import { placeMeeting } from './cd-steps';
import { placeResolution } from './unga-steps';
import { placeGge } from './gge-steps';

export function build(scenario: Scenario, votes: VoteData): LogStep[] {
  const placement: Placement = { calendar: scenario.calendar, entries: [], seq: 0 };
  for (const meeting of CD_MEETINGS) placeMeeting(placement, meeting);
  for (const fact of [...RESOLUTIONS, ...LATER_RESOLUTIONS])
    placeResolution(placement, votes, fact);
  for (const gge of GGES) placeGge(placement, gge);
  for (const gap of GAPS) {
    const index = turnOf(scenario.calendar, gap.at);
    notesByTurn.set(index, [...(notesByTurn.get(index) ?? []), gap.note]);
  }
  const builder = new LogBuilder(scenario);
  scenario.calendar.forEach((turn, index) => {
    if (builder.state.turn !== index)
      fail(`expected turn ${index}, the game is at ${builder.state.turn}`);
    const dateOf = (entry: Entry): string => entry.day?.date ?? turn.date;
    const entries = placement.entries
      .filter((entry) => entry.turn === index)
      .sort(
        (a, b) =>
          (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0) ||
          a.rank - b.rank ||
          a.sub - b.sub ||
          a.seq - b.seq,
      );
    for (const entry of entries) entry.run(builder);
    builder.emit({ type: 'turn.ended', actor: 'host' }, turnEnd(scenario, index));
  });
  if (builder.state.phase !== 'ended') fail('the game is not over after the last turn');
  return builder.steps;
}

/**
 * The host ends a turn and the next begins on the calendar's date: verified when the record
 * dates that opening (RECORD.md 3.4), otherwise the scenario's date (reconstructed). The note
 * names the turn and says what of the record is not in the log there.
 */
export function turnEnd(scenario: Scenario, index: number): Sourced {
  const turn = scenario.calendar[index] ?? fail(`no turn ${index}`);
  const next = scenario.calendar[index + 1];
  const gaps = notesByTurn.get(index) ?? [];
  const source = `${SCENARIO_FILE}, calendar[${index}]`;
  if (next === undefined) {
    return {
      confidence: 'verified',
      source,
      note: [`End of ${turn.label}: the record replayed here ends with 2022.`, ...gaps].join(' '),
    };
  }
  const dated = SESSION_OPENINGS_IN_RECORD.includes(next.date);
  return {
    confidence: dated ? 'verified' : 'reconstructed',
    source: dated ? `${source}; RECORD.md 3.4 (session dates)` : source,
    note: [
      `End of ${turn.label}; ${next.label} begins on ${next.date}${dated ? '' : ' (the scenario’s date, not one the record gives)'}.`,
      ...gaps,
    ].join(' '),
  };
}
