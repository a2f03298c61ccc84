import type { GameState, IntentInput } from '../../engine/index';
import { isSeat, memberName } from '../../engine/index';
import type { GameDraft } from '../voting/game-facts';
import type { Vote } from '../voting/index';
import { campLeaderInCd, isWestern, predictedVote, predictionsFor } from './alignment';
import type { DecisionReading } from './read-state';
import { decisions, documentOf, negotiations, session, turnOf } from './read-state';
import type { WorldMove } from './world-move';
import { afterSeats, now } from './world-move';

/**
 * The members of the Conference the computer runs, on a proposal before it. A member's stance
 * is its predicted vote, given the game so far, on the General Assembly text that measures the
 * same question (RECORD.md 5): a PAROS body to negotiate a legally binding instrument — the
 * first-placement (FPM) texts ask exactly that; one built on a Western text — the norms texts;
 * a body to discuss PAROS — the yearly PAROS resolution. Procedural proposals (agenda,
 * programme of work, its implementation, the report) draw no objection from the world: the
 * blocks of those in the record were over nuclear items this game leaves out (RECORD.md 3.5–3.6).
 *
 * What a member does follows two practices of the Conference: "no consensus inside a group
 * usually means none in plenary" (RECORD.md 3.2), and a State lets a larger power carry an
 * objection it shares. So a member against the proposal (predicted No)
 * - stays silent while any objection stands (it is carried already);
 * - joins, dissociating itself on the record, once the seat leading its camp in the CD has
 *   joined (it does not block alone what its leader concedes);
 * - otherwise, once the seats have had their say and its leader kept silent, objects.
 * A member with reservations (predicted to abstain) dissociates itself when its leader objects
 * or dissociates; a member in favour says nothing (silence is consent, rule 18).
 */
export function cdMemberMoves(state: GameState): WorldMove[] {
  if (turnOf(state).forum !== 'cd') return [];
  const cd = session(state);
  const members = cd.members.filter((member) => !isSeat(member));
  const moves: WorldMove[] = [];
  for (const decision of decisions(state)) {
    if (decision.status !== 'consultations') continue;
    const topic = topicOf(state, decision);
    if (topic === null) continue;
    const votes = predictionsFor(state, topic.draft, cd.year);
    for (const member of members) {
      const move = reaction(decision, member, predictedVote(votes, member), cd.year, topic.what);
      if (move) moves.push(move);
    }
  }
  moves.push(...textMoves(state, members, cd.year));
  return moves;
}

interface Topic {
  readonly draft: GameDraft;
  /** The proposal in a few words, for the reasons given. */
  readonly what: string;
}

/** The General Assembly text that measures support for what a proposal would set up. */
function topicOf(state: GameState, decision: DecisionReading): Topic | null {
  const body = decision.body;
  if (decision.subject !== 'subsidiaryBody' || body === null || body.agendaItem !== 3) return null;
  if (body.mandate !== 'negotiate') {
    return {
      draft: { kind: 'PAROS', sponsors: [] },
      what: 'a body to discuss the prevention of an arms race in outer space',
    };
  }
  return {
    draft: negotiatingText(state, body.basis),
    what: `negotiations on outer space${body.basis ? ` on the basis of ${body.basis}` : ''}`,
  };
}

/**
 * A negotiating mandate reads as the first-placement texts (which urge the CD to negotiate a
 * binding instrument), unless its basis comes from the Western camp (then as the norms texts).
 */
function negotiatingText(state: GameState, basis: string | undefined): GameDraft {
  const authors = basis === undefined ? [] : (documentOf(state, basis)?.authors ?? []);
  const year = Number(state.date.slice(0, 4));
  const western =
    authors.length > 0 &&
    authors.every((author) => author === 'EU' || author === 'USA' || isWestern(author, year));
  const sponsors = authors.filter((author) => author !== 'EU');
  return western ? { kind: 'NORMS', sponsors } : { kind: 'FPM', sponsors };
}

function reaction(
  decision: DecisionReading,
  member: string,
  stance: Vote,
  year: number,
  what: string,
): WorldMove | null {
  const leader = campLeaderInCd(member, year);
  const name = memberName(member);
  const leaderName = memberName(leader);
  const id = decision.id;
  const leaderJoined = decision.joined.includes(leader);
  if (decision.objections.includes(member)) {
    return leaderJoined
      ? now(
          { type: 'objection.withdrawn', actor: member, decision: id },
          `${name} withdraws its objection: ${leaderName}, which leads its camp, has joined`,
        )
      : null;
  }
  if (decision.joined.includes(member)) return null;
  if (stance === 'no') {
    if (decision.objections.length > 0) return null;
    if (leaderJoined) return dissociation(member, id, what, `${leaderName} has joined`);
    return afterSeats(
      { type: 'objection.raised', actor: member, decision: id },
      `${name} objects to ${what}: its voting record is against it and ${leaderName} left the objection to others`,
    );
  }
  if (stance === 'abstain') {
    const leaderReserved =
      decision.dissociated.includes(leader) || decision.objections.includes(leader);
    return leaderReserved
      ? dissociation(member, id, what, `${leaderName} has its reservations on the record`)
      : null;
  }
  return null;
}

function dissociation(member: string, decision: string, what: string, because: string): WorldMove {
  const intent: IntentInput = {
    type: 'consensus.joinedWithDissociation',
    actor: member,
    decision,
    statement: `${memberName(member)} will not stand in the way of ${what}, but it does not share the approach and puts its reservations on the record.`,
  };
  return now(intent, `${memberName(member)} joins with reservations: ${because}`);
}

/** The same practice when a negotiated text is put to adoption in a subsidiary body. */
function textMoves(state: GameState, members: readonly string[], year: number): WorldMove[] {
  const moves: WorldMove[] = [];
  for (const negotiation of negotiations(state)) {
    if (negotiation.status !== 'adoptionRound') continue;
    const votes = predictionsFor(state, negotiatingText(state, negotiation.basis), year);
    const { joined, objections } = negotiation.adoption;
    for (const member of members) {
      const leader = campLeaderInCd(member, year);
      const name = memberName(member);
      if (objections.includes(member)) {
        if (joined.includes(leader))
          moves.push(
            now(
              { type: 'text.objectionWithdrawn', actor: member, body: negotiation.body },
              `${name} withdraws its objection to the text: ${memberName(leader)} has joined`,
            ),
          );
        continue;
      }
      if (predictedVote(votes, member) !== 'no' || objections.length > 0) continue;
      if (joined.includes(leader) || joined.includes(member)) continue;
      moves.push(
        afterSeats(
          { type: 'text.objected', actor: member, body: negotiation.body },
          `${name} objects to the adoption of the text negotiated on ${negotiation.basis}: its voting record is against it`,
        ),
      );
    }
  }
  return moves;
}
