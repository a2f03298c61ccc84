/**
 * Facts of what the seats do: private consultations and joint statements, plenary statements in
 * the CD, proposals they blocked there, and their standing with the groups.
 */
import type { SeatId } from '../../../engine/index';
import { cdGroupOf, isSeat, SEATS } from '../../../engine/index';
import type { TimelineFact } from '../timeline';
import type { Vote } from '../types';
import type { FactContext } from './fact-context';
import { fact, isNonAligned, others } from './fact-context';
import { nameOf, yearOf } from './game-draft';
import {
  blockedDecisions,
  issuedJointStatements,
  standingGroupOf,
  standingOf,
} from './read-record';
import { seatStance } from './seat-stance';
import { GAME_WEIGHTS } from './weights';

/**
 * Private consultations of the year (and joint statements issued with a State): each State a
 * seat consulted moves towards the seat's known position on the text, more with each
 * consultation (square root, capped).
 */
export function consultationFacts(context: FactContext): TimelineFact[] {
  const counts = new Map<string, Map<string, number>>();
  for (const consultation of context.game.consultations) {
    const seat = consultation.convenedBy;
    if (!isSeat(seat) || yearOf(consultation.date) !== context.year) continue;
    const bySeat = counts.get(seat) ?? new Map<string, number>();
    for (const state of consultation.participants) {
      if (state === seat || isSeat(state) || state === 'EU') continue;
      bySeat.set(state, (bySeat.get(state) ?? 0) + 1);
    }
    counts.set(seat, bySeat);
  }
  for (const statement of issuedJointStatements(context.game)) {
    if (!isSeat(statement.proposer) || yearOf(statement.date) !== context.year) continue;
    if (isSeat(statement.partner) || statement.partner === 'EU') continue;
    const bySeat = counts.get(statement.proposer) ?? new Map<string, number>();
    bySeat.set(statement.partner, (bySeat.get(statement.partner) ?? 0) + JOINT_STATEMENT_AS);
    counts.set(statement.proposer, bySeat);
  }
  const facts: TimelineFact[] = [];
  for (const [seat, bySeat] of counts) {
    if (!isSeat(seat)) continue;
    const stance = seatStance(context.game, seat, context.draft, context.data, context.year);
    const byCount = new Map<number, string[]>();
    for (const [state, times] of bySeat) byCount.set(times, [...(byCount.get(times) ?? []), state]);
    for (const [times, states] of byCount) {
      const weight = Math.min(
        GAME_WEIGHTS.consultationCap,
        GAME_WEIGHTS.consultation * Math.sqrt(times),
      );
      facts.push(
        fact(
          context,
          `consulted-${seat}-${times}`,
          states.sort(),
          stance,
          weight,
          `consulted in private by ${nameOf(seat)} ${times === 1 ? 'once' : `${times} times`} this year; ${nameOf(seat)} ${stanceWords(stance)}`,
        ),
      );
    }
  }
  return facts;
}

/** A joint statement issued together counts as this many private consultations. */
const JOINT_STATEMENT_AS = 2;

function stanceWords(vote: Vote): string {
  return vote === 'yes' ? 'supports the text' : vote === 'no' ? 'opposes it' : 'holds back';
}

/** A seat that states its case in the CD wins a little ground among its members for its texts. */
export function statementFacts(context: FactContext): TimelineFact[] {
  const facts: TimelineFact[] = [];
  const audience = others(context).filter((state) => cdGroupOf(state) !== undefined);
  for (const seat of SEATS) {
    if (!context.sponsors.includes(seat)) continue;
    const statements = context.game.record.filter(
      (line) =>
        line.kind === 'statement.made' && line.actor === seat && yearOf(line.date) === context.year,
    ).length;
    if (statements === 0) continue;
    facts.push(
      fact(
        context,
        `statements-${seat}`,
        audience,
        'yes',
        GAME_WEIGHTS.statement * Math.min(3, statements),
        `${nameOf(seat)} made its case in ${statements} plenary statement${statements === 1 ? '' : 's'} this year`,
      ),
    );
  }
  return facts;
}

/**
 * What blocking costs (DESIGN.md): a seat whose objection blocked a proposal of the Conference
 * this year loses support for its texts among the Group of 21 and the other non-aligned, who
 * want the CD at work — most of all when it blocked a PAROS body (RECORD.md 7, G21).
 */
export function blockingFacts(context: FactContext): TimelineFact[] {
  const blocked = blockedDecisions(context.game).filter((b) => b.year === context.year);
  const blockers = SEATS.filter(
    (seat) => context.sponsors.includes(seat) && blocked.some((b) => b.objectors.includes(seat)),
  );
  if (blockers.length === 0) return [];
  const paros = blocked.some(
    (b) => b.parosBody && b.objectors.some((seat) => blockers.includes(seat as SeatId)),
  );
  const names = blockers.map(nameOf).join(' and ');
  return [
    fact(
      context,
      'blocked',
      others(context).filter(
        (state) => isNonAligned(context, state) && !context.sponsors.includes(state),
      ),
      'abstain',
      paros ? GAME_WEIGHTS.blockedParosBody : GAME_WEIGHTS.blockedOther,
      `${names} blocked ${paros ? 'a PAROS body' : 'a decision'} in the Conference on Disarmament this year`,
    ),
  ];
}

/**
 * Standing: the members of a group the sponsoring seat stands well with lean towards its text;
 * those it stands badly with withhold support (RECORD.md 3.2: groups coordinate positions).
 */
export function standingFacts(context: FactContext): TimelineFact[] {
  const facts: TimelineFact[] = [];
  const date = `${context.year}-12-01`;
  for (const seat of SEATS) {
    if (!context.sponsors.includes(seat)) continue;
    for (const [group, value] of Object.entries(standingOf(context.game, seat))) {
      const shift = (value - 50) / GAME_WEIGHTS.standingScale;
      if (Math.abs(shift) < 0.2) continue;
      const members = others(context).filter(
        (state) => standingGroupOf(state, date) === group && !context.sponsors.includes(state),
      );
      if (members.length === 0) continue;
      facts.push(
        fact(
          context,
          `standing-${seat}-${group}`,
          members,
          shift > 0 ? 'yes' : 'abstain',
          Math.min(3.5, Math.abs(shift)),
          `${nameOf(seat)} stands ${shift > 0 ? 'well' : 'badly'} with the group (${Math.round(value)}/100)`,
        ),
      );
    }
  }
  return facts;
}
