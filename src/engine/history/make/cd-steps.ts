import { cdMembers, memberName } from '../../data/members';
import type { CalendarTurn } from '../../scenario/scenario.schema';
import type { CdBusiness, CdMeeting, Sourced, TurnRef } from './history-facts';
import { fail } from './host';
import type { LogBuilder } from './log-builder';
import { weakest } from './log-builder';
import type { Placement } from './timeline';
import { place, turnAt, yearOf } from './timeline';

// ---------------------------------------------------------------------------------------------
// The Conference on Disarmament
// ---------------------------------------------------------------------------------------------

/** Proposal names of the facts file → the engine's CD-D/<year>/<n> ids. */
export const proposals = new Map<string, string>();

export function needsCdTurn(meeting: CdMeeting): boolean {
  return meeting.plenary !== undefined || meeting.business.some((b) => b.kind !== 'circulate');
}

export function placeMeeting(placement: Placement, meeting: CdMeeting): void {
  const { when } = meeting;
  const date = 'at' in when ? null : when.date;
  const label = 'at' in when ? `${when.at.year} (${when.at.forum})` : when.date;
  const expected =
    'at' in when ? when.at : needsCdTurn(meeting) ? cdTurnRef(placement.calendar, date) : null;
  place(placement, when, expected, 0, 0, `CD meeting of ${label}`, (builder) =>
    runMeeting(builder, meeting),
  );
}

/**
 * The CD part a meeting belongs to: the last to open on or before its day (if the day falls in a
 * General Assembly turn instead, the meeting is skipped with a note).
 */
export function cdTurnRef(calendar: readonly CalendarTurn[], date: string | null): TurnRef | null {
  if (date === null) return null;
  const turn = calendar
    .slice(0, turnAt(calendar, date) + 1)
    .filter((candidate) => candidate.forum === 'cd')
    .at(-1);
  if (turn?.forum !== 'cd') fail(`${date}: no part of the CD's session sits on or before that day`);
  return { year: yearOf(turn.date), forum: 'cd', part: turn.part };
}

export function runMeeting(builder: LogBuilder, meeting: CdMeeting): void {
  if (!('at' in meeting.when)) builder.advanceTo(meeting.when);
  const wanted = meeting.president;
  if (wanted) {
    for (let guard = 0; builder.president() !== wanted.code; guard++) {
      if (guard >= 5)
        fail(`${builder.state.date}: the presidency never reaches ${wanted.code} this part`);
      builder.emit({ type: 'presidency.rotated', actor: 'host' }, wanted.handOver);
    }
  }
  const convenor = builder.president();
  const rotationNote: Sourced | undefined = wanted
    ? undefined
    : {
        confidence: 'reconstructed',
        source: 'RECORD.md 3.3 (rule 9)',
        note: `The record does not say who presided: ${memberName(convenor)} holds the presidency by the engine’s rotation (rule 9).`,
      };
  if (meeting.plenary) {
    builder.emit(
      { type: 'plenary.convened', actor: convenor },
      weakest(meeting.plenary, wanted, rotationNote),
    );
  }
  for (const business of meeting.business) runBusiness(builder, business, rotationNote);
  if (meeting.plenary) {
    builder.emit(
      { type: 'plenary.adjourned', actor: convenor },
      weakest(meeting.plenary, wanted, rotationNote),
    );
  }
}

export function runBusiness(builder: LogBuilder, business: CdBusiness, rotation?: Sourced): void {
  const fact: Sourced = {
    confidence: business.confidence,
    source: business.source,
    ...(business.note === undefined ? {} : { note: business.note }),
  };
  switch (business.kind) {
    case 'statement':
      builder.emit(
        {
          type: 'statement.made',
          actor: business.actor,
          topic: business.topic,
          ...(business.text === undefined ? {} : { text: business.text }),
        },
        fact,
      );
      return;
    case 'circulate': {
      const events = builder.emit(
        {
          type: 'document.submitted',
          actor: business.actor,
          document: business.draft,
          symbol: business.symbol,
        },
        fact,
      );
      if (!events.some((event) => event.symbol === business.symbol))
        fail(`${business.draft} was not circulated as ${business.symbol}`);
      return;
    }
    case 'propose': {
      builder.emit(
        {
          type: 'decision.proposed',
          actor: builder.president(),
          subject: business.subject,
          ...(business.document === undefined ? {} : { document: business.document }),
        },
        weakest(fact, rotation),
      );
      const id = builder.state.cd.decisionOrder.at(-1) ?? fail('no proposal id');
      proposals.set(business.ref, id);
      return;
    }
    case 'join': {
      const decision = proposals.get(business.ref) ?? fail(`no proposal ${business.ref}`);
      const actors =
        business.actors === 'every member'
          ? cdMembers().map((member) => member.code)
          : business.actors;
      for (const actor of actors) builder.emit({ type: 'consensus.joined', actor, decision }, fact);
      return;
    }
    case 'object': {
      const decision = proposals.get(business.ref) ?? fail(`no proposal ${business.ref}`);
      builder.emit({ type: 'objection.raised', actor: business.actor, decision }, fact);
      return;
    }
    case 'call': {
      const decision = proposals.get(business.ref) ?? fail(`no proposal ${business.ref}`);
      const events = builder.emit(
        {
          type: 'decision.called',
          actor: builder.president(),
          decision,
          ...(business.symbol === undefined ? {} : { symbol: business.symbol }),
        },
        weakest(fact, rotation),
      );
      const kind = business.expect === 'adopted' ? 'decision.adopted' : 'decision.blocked';
      if (!events.some((event) => event.kind === kind))
        fail(`${decision} (${business.ref}) was not ${business.expect}`);
      return;
    }
  }
}
