import type { Draft } from 'immer';
import { isUnMember } from '../data/members';
import { actorName } from '../state/names';
import { HOST } from '../ids';
import { advanceSessionTo, endSessionPart, topState } from '../procedures/cd/advance-session';
import { currentTurn, ungaSessionOf, yearOf } from '../state/calendar';
import type { GameState } from '../state/game-state';
import { deliverDueInstructions } from '../state/instructions';
import { record } from '../state/record';
import { newAnnualSession } from '../state/new-session';
import { lapseOpenProposals } from './decisions.handlers';
import type { Handler } from './handler';
import { live } from './handler';
import { rejection } from './rejection';

/**
 * The host moves the calendar on: the sitting CD part ends, the next turn opens (a new year
 * brings a new annual session and a new General Assembly session), and timed events that fall
 * due are announced. After the last turn the game is over.
 */
export const turnEnded: Handler<'turn.ended'> = ({ state, draft, intent }) => {
  if (intent.actor !== HOST) {
    return rejection('not-the-host', 'turn.ended: only the host moves the calendar on');
  }
  const from = currentTurn(state);
  const nextIndex = state.turn + 1;
  const to = state.calendar[nextIndex];
  if (from.forum === 'cd' && topState(state.cd.session).startsWith('part')) {
    draft.cd.session = endSessionPart(live(draft.cd.session));
  }
  if (to === undefined) {
    draft.phase = 'ended';
    draft.outcome = 'completed';
    record(draft, {
      forum: 'world',
      actor: HOST,
      kind: 'game.ended',
      summary: `The scenario ends after "${from.label}".`,
    });
    return undefined;
  }
  draft.turn = nextIndex;
  draft.date = to.date;
  const year = yearOf(to.date);
  if (year !== state.cd.year) {
    lapseOpenProposals(draft, state);
    draft.cd.session = newAnnualSession(year, state.cd.presidencyAnchors);
    draft.cd.year = year;
  }
  if (to.forum === 'cd') {
    draft.cd.session = advanceSessionTo(live(draft.cd.session), to.part);
  } else if (ungaSessionOf(year) !== state.unga.session) {
    draft.unga.session = ungaSessionOf(year);
    draft.unga.nextDraftNumber = 1;
    draft.unga.nextResolutionNumber = 1;
  }
  record(draft, {
    forum: to.forum,
    actor: HOST,
    kind: 'turn.started',
    summary: `${to.label} begins.`,
  });
  deliverDueInstructions(draft, state, to.date);
  fireDueEvents(draft, state, to.date);
  return undefined;
};

/**
 * The host moves the date on inside the turn (a plenary on a given day, a document issued on
 * its date); the next turn's date is the limit. Events that fall due are announced.
 */
export const dateAdvanced: Handler<'date.advanced'> = ({ state, draft, intent }) => {
  if (intent.actor !== HOST)
    return rejection('not-the-host', 'date.advanced: only the host moves the date');
  if (Number.isNaN(Date.parse(intent.date)))
    return rejection('malformed-intent', `date.advanced: ${intent.date} is not a calendar date`);
  if (intent.date < state.date)
    return rejection(
      'procedure-refused',
      `date.advanced: ${intent.date} is before the game's date, ${state.date}`,
    );
  const next = state.calendar[state.turn + 1];
  if (next && intent.date >= next.date) {
    return rejection(
      'procedure-refused',
      `date.advanced: ${intent.date} belongs to the next turn ("${next.label}", from ${next.date}); end the turn first`,
    );
  }
  draft.date = intent.date;
  deliverDueInstructions(draft, state, intent.date);
  fireDueEvents(draft, state, intent.date);
  return undefined;
};

/** Announces every timed event dated on or before `date` that has not yet happened. */
export function fireDueEvents(draft: Draft<GameState>, base: GameState, date: string): void {
  // The scenario's events never change in play: read them from the base state, not the draft,
  // so Immer does not draft the whole list on every turn.
  for (const event of base.events) {
    if (event.date > date || base.firedEvents.includes(event.id)) continue;
    draft.firedEvents.push(event.id);
    draft.tension = clamp(draft.tension + event.tension);
    draft.debris = clamp(draft.debris + event.debris);
    record(draft, {
      forum: 'world',
      actor: event.actors[0] ?? HOST,
      kind: 'event.occurred',
      date: event.date,
      summary: `${event.title}. ${event.description}`,
    });
  }
}

/**
 * The host hands a seat to a person or to the computer, at any moment (a take-over of the
 * historical record, a student who leaves): the game goes on; only who decides for it changes.
 */
export const seatControlled: Handler<'seat.controlled'> = ({ state, draft, intent }) => {
  if (intent.actor !== HOST)
    return rejection('not-the-host', 'seat.controlled: only the host assigns the seats');
  if (state.seats[intent.seat].controller === intent.controller) {
    return rejection(
      'procedure-refused',
      `seat.controlled: ${actorName(intent.seat)} is already led by ${intent.controller === 'human' ? 'a person' : 'the computer'}`,
    );
  }
  draft.seats[intent.seat].controller = intent.controller;
  record(draft, {
    forum: 'world',
    actor: HOST,
    kind: 'seat.controlled',
    summary: `From now on ${actorName(intent.seat)} is led by ${intent.controller === 'human' ? 'a person' : 'the computer'}.`,
  });
  return undefined;
};

export const instructionSent: Handler<'instruction.sent'> = ({ draft, intent }) => {
  if (intent.actor !== HOST) {
    return rejection(
      'not-the-host',
      'instruction.sent: instructions from capital come from the host',
    );
  }
  draft.seats[intent.seat].instructions.push(intent.text);
  record(draft, {
    forum: 'capital',
    actor: HOST,
    kind: 'instruction.sent',
    summary: `Instructions from capital to ${actorName(intent.seat)}: ${intent.text}`,
    visibleTo: [intent.seat],
  });
  return undefined;
};

export const consultationHeld: Handler<'consultation.held'> = ({ state, draft, intent }) => {
  const participants = [intent.actor, ...intent.with.filter((other) => other !== intent.actor)];
  const unknown = participants.find((code) => !isKnownDelegation(code));
  if (unknown !== undefined) {
    return rejection(
      'unknown-member',
      `consultation.held: "${unknown}" is not a delegation in the game`,
    );
  }
  if (participants.length < 2) {
    return rejection(
      'malformed-intent',
      'consultation.held: a consultation needs at least one other delegation',
    );
  }
  draft.consultations.push({
    id: `consultation-${state.consultations.length + 1}`,
    turn: state.turn,
    date: state.date,
    convenedBy: intent.actor,
    participants,
    topic: intent.topic,
  });
  record(draft, {
    forum: currentTurn(state).forum,
    actor: intent.actor,
    kind: 'consultation.held',
    summary: `${actorName(intent.actor)} consults ${intent.with.map(actorName).join(', ')} in private on ${intent.topic}.`,
    visibleTo: participants,
  });
  return undefined;
};

function isKnownDelegation(code: string): boolean {
  return code === 'EU' || isUnMember(code);
}

function clamp(value: number): number {
  return Math.max(0, Math.min(100, value));
}
