import { isUnMember } from '../data/members';
import { isSeat, SEATS } from '../ids';
import type { JointStatement } from '../state/game-state';
import { actorName } from '../state/names';
import { record } from '../state/record';
import type { BaseContext, Handler } from './handler';
import { isRejection } from './handler';
import type { Rejection } from './rejection';
import { rejection } from './rejection';

/**
 * Actions outside the chamber, taken by the four seats: anti-satellite tests, a moratorium on
 * destructive ones, launches and joint statements. What they cost and change (capital, standing,
 * tension, debris) is in economy/action-effects.ts; these handlers check who may act and write
 * the record.
 */

/** Only the four delegations a person or a bot leads act outside the chamber in this game. */
function requireSeat(context: BaseContext): Rejection | undefined {
  if (isSeat(context.intent.actor)) return undefined;
  return rejection(
    'not-a-seat',
    `${context.intent.type}: only ${SEATS.map(actorName).join(', ')} act outside the chamber in this game; other States' actions come as the scenario's timed events`,
  );
}

/**
 * A direct-ascent anti-satellite test. The States with such a missile in the record: China
 * (FY-1C, 11 January 2007), the United States (USA-193, February 2008), Russia (Kosmos 1408,
 * 15 November 2021) and India (March 2019) (RECORD.md 6). The EU has none.
 */
export const asatTestConducted: Handler<'asatTest.conducted'> = (context) => {
  const refusal = requireSeat(context);
  if (refusal) return refusal;
  const { actor, destructive } = context.intent;
  if (actor === 'EU') {
    return rejection(
      'no-asat-capability',
      'asatTest.conducted: the European Union has no anti-satellite weapon to test',
    );
  }
  const seat = context.state.seats[actor as (typeof SEATS)[number]];
  const breaks = destructive && seat.moratorium === 'declared';
  if (breaks) context.draft.seats[actor as (typeof SEATS)[number]].moratorium = 'broken';
  const name = actorName(actor);
  record(context.draft, {
    forum: 'world',
    actor,
    kind: destructive ? 'asatTest.destructive' : 'asatTest.nonDestructive',
    summary: destructive
      ? `${name} fires a missile from the ground and destroys one of its own satellites in orbit${breaks ? ', breaking the moratorium it had declared' : ''}: thousands of fragments will threaten every satellite on nearby orbits for years (as after China's test of January 2007 and Russia's of November 2021).`
      : `${name} tests an anti-satellite interceptor without destroying a target: no debris, but the other delegations take note.`,
  });
  return undefined;
};

/** The pledge the United States made on 18 April 2022, which other States then joined (RECORD.md 6). */
export const moratoriumDeclared: Handler<'moratorium.declared'> = (context) => {
  const refusal = requireSeat(context);
  if (refusal) return refusal;
  const { actor } = context.intent;
  const status = context.state.seats[actor as (typeof SEATS)[number]].moratorium;
  if (status !== 'none') {
    return rejection(
      'procedure-refused',
      `moratorium.declared: ${actorName(actor)} ${status === 'declared' ? 'has already declared its moratorium' : 'broke its moratorium and cannot make the same promise again'}`,
    );
  }
  context.draft.seats[actor as (typeof SEATS)[number]].moratorium = 'declared';
  record(context.draft, {
    forum: 'world',
    actor,
    kind: 'moratorium.declared',
    summary: `${actorName(actor)} promises not to conduct destructive anti-satellite missile tests, as the United States did on 18 April 2022 before other States joined it.`,
  });
  return undefined;
};

export const launchConducted: Handler<'launch.conducted'> = (context) => {
  const refusal = requireSeat(context);
  if (refusal) return refusal;
  const { actor, purpose } = context.intent;
  record(context.draft, {
    forum: 'world',
    actor,
    kind: 'launch.conducted',
    summary:
      purpose === 'civil'
        ? `${actorName(actor)} launches a satellite for civil use (communications, navigation or science).`
        : `${actorName(actor)} launches a military satellite.`,
  });
  return undefined;
};

/**
 * A joint statement, such as those Russia and China have issued (their joint letter with the
 * PPWT, CD/1839) or Russia's no-first-placement statements with Argentina and Cuba in 2014
 * (RECORD.md 7). With another seat it waits for that seat to agree; a State the computer runs
 * agrees at once.
 */
export const jointStatementProposed: Handler<'jointStatement.proposed'> = (context) => {
  const refusal = requireSeat(context);
  if (refusal) return refusal;
  const { actor, with: partner, topic, text } = context.intent;
  if (partner === actor)
    return rejection(
      'malformed-intent',
      'jointStatement.proposed: a joint statement needs a partner',
    );
  if (partner !== 'EU' && !isUnMember(partner))
    return rejection(
      'unknown-member',
      `jointStatement.proposed: "${partner}" is not a UN member State or the EU`,
    );
  const pending = context.state.jointStatements.some(
    (statement) =>
      statement.status === 'proposed' &&
      statement.proposer === actor &&
      statement.partner === partner,
  );
  if (pending)
    return rejection(
      'procedure-refused',
      `jointStatement.proposed: ${actorName(partner)} has not yet answered ${actorName(actor)}'s last proposal`,
    );
  const statement: JointStatement = {
    id: `JS-${context.state.jointStatements.length + 1}`,
    proposer: actor,
    partner,
    topic,
    text: text ?? `A common view on ${topic}.`,
    date: context.state.date,
    status: isSeat(partner) ? 'proposed' : 'issued',
  };
  context.draft.jointStatements.push(statement);
  if (statement.status === 'issued') recordIssue(context, statement);
  else
    record(context.draft, {
      forum: 'capital',
      actor,
      kind: 'jointStatement.proposed',
      ref: statement.id,
      summary: `${actorName(actor)} proposes to ${actorName(partner)} a joint statement on ${topic} (${statement.id}).`,
      visibleTo: [actor, partner],
    });
  return undefined;
};

export const jointStatementAgreed: Handler<'jointStatement.agreed'> = (context) => {
  const found = pendingFor(context, context.intent.statement);
  if (isRejection(found)) return found;
  const [index, statement] = found;
  context.draft.jointStatements[index]!.status = 'issued';
  recordIssue(context, { ...statement, status: 'issued' });
  return undefined;
};

export const jointStatementDeclined: Handler<'jointStatement.declined'> = (context) => {
  const found = pendingFor(context, context.intent.statement);
  if (isRejection(found)) return found;
  const [index, statement] = found;
  context.draft.jointStatements[index]!.status = 'declined';
  record(context.draft, {
    forum: 'capital',
    actor: context.intent.actor,
    kind: 'jointStatement.declined',
    ref: statement.id,
    summary: `${actorName(context.intent.actor)} declines ${actorName(statement.proposer)}'s joint statement on ${statement.topic} (${statement.id}).`,
    visibleTo: [statement.proposer, statement.partner],
  });
  return undefined;
};

/** The proposal addressed to the actor, with its place in the list, or why there is none. */
function pendingFor(
  context: BaseContext,
  id: string,
): readonly [number, JointStatement] | Rejection {
  const index = context.state.jointStatements.findIndex((statement) => statement.id === id);
  const statement = context.state.jointStatements[index];
  if (!statement || statement.partner !== context.intent.actor)
    return rejection(
      'unknown-statement',
      `${context.intent.type}: no joint statement ${id} was proposed to ${actorName(context.intent.actor)}`,
    );
  if (statement.status !== 'proposed')
    return rejection(
      'procedure-refused',
      `${context.intent.type}: ${id} has already been ${statement.status}`,
    );
  return [index, statement];
}

function recordIssue(context: BaseContext, statement: JointStatement): void {
  record(context.draft, {
    forum: 'world',
    actor: statement.proposer,
    kind: 'jointStatement.issued',
    ref: statement.id,
    summary: `${actorName(statement.proposer)} and ${actorName(statement.partner)} issue a joint statement on ${statement.topic}: ${statement.text}`,
  });
}
