import type { Condition, GameState, SeatId } from '../../engine/index';
import { checkCondition, securityIndex } from '../../engine/index';
import type { SponsorableDraft } from '../world/index';
import { chanceOfSponsors, predictionsFor } from '../world/index';
import { decision, drafts, yearOf } from './read-view';

/**
 * How far along a seat is towards one of its own objectives, from 0 to 1 (1: met, as the
 * engine's `checkCondition` says). The engine scores an objective only when it is met; a bot
 * looking one or two moves ahead also needs to see the steps towards it (the second of three
 * consultations, a draft tabled but not yet adopted), or it would never take the first step.
 * Only the seat's own objectives are read, and the state is its belief (built from its view).
 */
export function objectiveProgress(
  state: GameState,
  seat: SeatId,
  condition: Condition,
  foresight = false,
): number {
  if (checkCondition(state, seat, condition).met) return 1 - threat(state, condition);
  switch (condition.kind) {
    case 'actionTaken':
    case 'documentCirculated':
      return condition.kind === 'actionTaken' && !condition.expected
        ? 0
        : countedShare(state, seat, condition);
    case 'bodyEstablished':
      return condition.expected ? openProposalShare(state, 'subsidiaryBody', condition.mandate) : 0;
    case 'decisionTaken':
      return condition.expected && condition.outcome === 'adopted'
        ? openProposalShare(state, condition.subject, 'any')
        : 0;
    case 'resolutionAdopted':
      return condition.expected ? resolutionShare(state, seat, condition, foresight) : 0;
    case 'standingAtLeast':
      return ramp(state.seats[seat].standing[condition.group], 40, condition.value);
    case 'securityAtLeast':
      return ramp(securityIndex(state), condition.value - 25, condition.value);
    case 'capitalAtLeast':
      return ramp(state.seats[seat].capital, 0, condition.value);
    default:
      return 0;
  }
}

/** Share of a counted condition reached: the largest count that would already meet it. */
function countedShare(
  state: GameState,
  seat: SeatId,
  condition: Extract<Condition, { kind: 'actionTaken' | 'documentCirculated' }>,
): number {
  for (let count = condition.atLeast - 1; count >= 1; count--) {
    if (checkCondition(state, seat, { ...condition, atLeast: count }).met) {
      return (0.8 * count) / condition.atLeast;
    }
  }
  return 0;
}

/**
 * How near an objective met so far is to being lost: a proposal the seat wants never to pass
 * (a negotiating body, for the United States) is on the table and no one objects to it yet.
 * Silence counts as consent in the Conference, so the bot must object before the call.
 */
function threat(state: GameState, condition: Condition): number {
  if (condition.kind === 'bodyEstablished' && !condition.expected)
    return openProposalShare(state, 'subsidiaryBody', condition.mandate) > 0 ? THREAT : 0;
  if (condition.kind === 'decisionTaken' && !condition.expected && condition.outcome === 'adopted')
    return openProposalShare(state, condition.subject, 'any') > 0 ? THREAT : 0;
  return 0;
}

/** How much of an objective is at stake while an unopposed proposal against it is open. */
const THREAT = 0.6;

/** A proposal of this subject still open in the Conference, and unopposed, is a third of the way. */
function openProposalShare(state: GameState, subject: string, mandate: string): number {
  const open = state.cd.decisionOrder.some((id) => {
    const reading = decision(state, id);
    return (
      reading !== null &&
      reading.active &&
      reading.subject === subject &&
      (mandate === 'any' || reading.body?.mandate === mandate) &&
      reading.objections.length === 0
    );
  });
  return open ? 0.35 : 0;
}

/** Tabled, then through the First Committee: most of the way to a resolution. */
function resolutionShare(
  state: GameState,
  seat: SeatId,
  condition: Extract<Condition, { kind: 'resolutionAdopted' }>,
  foresight: boolean,
): number {
  let best = 0;
  for (const reading of drafts(state)) {
    if (reading.kind !== condition.resolutionKind) continue;
    if (condition.bySeat && !reading.sponsors.includes(seat)) continue;
    if (reading.status === 'rejected' || reading.status === 'withdrawn') continue;
    const sponsors = reading.sponsors.length + reading.coSponsors.length;
    const backing =
      condition.minSponsors === 0
        ? 1
        : foresight && isBeforeAction(reading.status)
          ? chanceOfSponsors(state, reading, seat, condition.minSponsors)
          : Math.min(1, sponsors / condition.minSponsors);
    const passedCommittee = reading.results.some(
      (result) => result.stage === 'committee' && result.subject === 'whole' && result.adopted,
    );
    if (!foresight) {
      best = Math.max(best, (passedCommittee ? 0.6 : 0.3) * (0.5 + 0.5 * backing));
      continue;
    }
    // Looking ahead: the other States' votes as the world will cast them, moved by what the
    // game has seen so far (the seat's own consultations and statements among it). A text that
    // will pass with the votes the objective asks for is nearly there; short of them, every
    // vote and every co-sponsor still missing counts.
    const { yes, no } = predictedTally(state, reading);
    const passing = passedCommittee || yes > no;
    const votes = condition.minYes > 0 ? Math.min(1, yes / condition.minYes) : 1;
    best = Math.max(best, (passing ? 0.7 : 0.3) * backing * (votes >= 1 ? 1 : 0.6 * votes));
  }
  if (best === 0 && foresight && condition.bySeat)
    return FORESEEN_SHARE * foreseenShare(state, seat, condition);
  return best;
}

/**
 * A draft not yet tabled counts for this share of a tabled one: the seat sees what its
 * consultations are worth to the text it will table (the co-sponsors and votes they bring).
 */
const FORESEEN_SHARE = 0.5;

/** A seat's own draft of the objective's kind, as if tabled now: its co-sponsors and votes. */
function foreseenShare(
  state: GameState,
  seat: SeatId,
  condition: Extract<Condition, { kind: 'resolutionAdopted' }>,
): number {
  const foreseen = {
    symbol: `foreseen-${condition.resolutionKind}`,
    kind: condition.resolutionKind,
    sponsors: [seat],
    coSponsors: [],
  };
  const backing =
    condition.minSponsors === 0
      ? 1
      : chanceOfSponsors(state, foreseen, seat, condition.minSponsors);
  const { yes, no } = predictedTally(state, foreseen);
  const votes = condition.minYes > 0 ? Math.min(1, yes / condition.minYes) : 1;
  return (yes > no ? 0.7 : 0.3) * backing * (votes >= 1 ? 1 : 0.6 * votes);
}

/** Yes and No the world's voting model predicts for a draft, given the game so far. */
function predictedTally(state: GameState, reading: SponsorableDraft): { yes: number; no: number } {
  let yes = 0;
  let no = 0;
  for (const prediction of predictionsFor(state, reading, yearOf(state)).values()) {
    if (prediction.vote === 'yes') yes += 1;
    else if (prediction.vote === 'no') no += 1;
  }
  return { yes, no };
}

/** Co-sponsors can still join while the draft has not come to action. */
function isBeforeAction(status: string): boolean {
  return status === 'drafted' || status === 'introduced';
}

function ramp(value: number, from: number, to: number): number {
  if (to <= from) return value >= to ? 1 : 0;
  return Math.max(0, Math.min(0.9, (value - from) / (to - from)));
}
