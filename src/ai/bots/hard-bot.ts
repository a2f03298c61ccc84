import type { GameState, GameView, IntentInput, SeatId } from '../../engine/index';
import { beliefState, legalActions, SEATS } from '../../engine/index';
import type { SeatAgent } from '../agent';
import { appraise, appraiserFor } from './appraise';
import type { Inclination } from './evaluation';
import { decisionRandom } from './bot-random';
import { predictedPassing, predictedShare } from './forecast';
import { decision, draft, movesThisTurn, yearOf } from './read-view';
import { reserveGuard, securityGuard, sponsorGuard } from './guards';
import type { Weighed } from './standard-bot';
import { bestOf, shortlist, weighOptions } from './standard-bot';

/** How many first moves (of those that open new moves) the hard bot follows with a second. */
const PLANS = 3;
/** How many follow-ups it weighs after each first move. */
const FOLLOW_UPS = 6;
/**
 * First moves that open moves which were not on the list before (a tabled draft can be
 * introduced, a proposal called, a drafted paper circulated): only these are weighed with the
 * second move they make possible.
 */
const OPENS_MOVES: ReadonlySet<string> = new Set([
  'draft.tabled',
  'decision.proposed',
  'plenary.convened',
  'document.drafted',
  'consideration.opened',
  'jointStatement.proposed',
]);
/**
 * How the hard bot weighs: it sees the chance its drafts gather their co-sponsors and the
 * Assembly's forecast tally, and wavers far less than the standard bot between options of close
 * value (its noise is a sixth of the standard's).
 */
const HARD_INCLINATION = (seed: number): Inclination => ({ seed, foresight: true, noise: 0.05 });
/** A second move counts for less: the others move in between. */
const FOLLOW_UP_DISCOUNT = 0.7;
const PASS_THRESHOLD = 0.15;
const PASS_THRESHOLD_PER_MOVE = 0.1;
/** The moves the blocking reserve is kept for. */
const BLOCKS: ReadonlySet<string> = new Set(['objection.raised', 'text.objected', 'gge.objected']);

/**
 * Level 3 (hard): looks two moves ahead (table then introduce, propose then call), forecasts
 * the General Assembly's vote with the voting model before it tables a text or asks for a
 * recorded vote, reads the other delegations' public record to foresee a block before it calls a
 * decision, keeps the security index away from collapse, keeps the price of an objection in
 * hand when it may have to block and the price of its own draft before the First Committee
 * (`guards.ts`), weighs the chance its drafts gather the co-sponsors they need (even before they
 * are tabled, so it consults first), and wavers much less than the standard bot between options
 * of close value.
 */
export function createHardBot(seat: SeatId, seed: number): SeatAgent {
  return {
    seat,
    level: 3,
    decide(view: GameView, options: readonly IntentInput[]): IntentInput | null {
      if (options.length === 0) return null;
      const random = decisionRandom(seed, seat, view, options);
      const belief = beliefState(view);
      const candidates = broadShortlist(view, seat, options);
      // Its own inclination: foresight, and a sixth of the standard bot's noise (with the
      // standard noise, measured, it did no better than level 2 in classroom-2008).
      const first = weighOptions(
        view,
        belief,
        seat,
        candidates,
        random,
        HARD_INCLINATION(seed),
      ).map((entry) => ({
        ...entry,
        gain: entry.gain + foresight(view, belief, seat, entry),
      }));
      const planned = first
        .slice()
        .sort((a, b) => b.gain - a.gain)
        .slice(0, PLANS)
        .map((entry) => ({
          ...entry,
          gain: entry.gain + followUpGain(view, seat, seed, entry),
        }));
      // A planned move keeps its follow-up bonus; the same move in `first` never weighs more.
      const best = bestOf([...planned, ...first]);
      const threshold = PASS_THRESHOLD + PASS_THRESHOLD_PER_MOVE * movesThisTurn(view, seat);
      return best !== null && best.gain > threshold ? best.option : null;
    },
  };
}

/**
 * The personality's favourites, and besides them the favourite of every other kind of move (a
 * consultation, a statement, a co-sponsorship…): a move the personality thinks little of may
 * still be the one an objective needs, such as consulting the Group of 21 before the First
 * Committee to gather co-sponsors.
 */
function broadShortlist(
  view: GameView,
  seat: SeatId,
  options: readonly IntentInput[],
): IntentInput[] {
  const chosen = shortlist(view, seat, options);
  const kinds = new Set(chosen.map(kindOf));
  const bestOfKind = new Map<string, { option: IntentInput; value: number }>();
  for (const option of options) {
    const kind = kindOf(option);
    if (kinds.has(kind)) continue;
    const value = appraise(view, seat, option);
    const known = bestOfKind.get(kind);
    if (known === undefined || value > known.value) bestOfKind.set(kind, { option, value });
  }
  return [...chosen, ...[...bestOfKind.values()].map((entry) => entry.option)];
}

/**
 * A kind of move: its type, and what or whom it is about (the decision or draft it answers, the
 * delegations of a consultation or joint statement), so an objection to one proposal does not
 * stand in for an objection to another.
 */
function kindOf(option: IntentInput): string {
  if ('decision' in option) return `${option.type}:${option.decision}`;
  if ('draft' in option && typeof option.draft === 'string')
    return `${option.type}:${option.draft}`;
  if (option.type === 'consultation.held') return `${option.type}:${option.with.join(',')}`;
  if (option.type === 'jointStatement.proposed') return `${option.type}:${option.with}`;
  return option.type;
}

/**
 * The best second move after a first one that opens new moves (a draft tabled can be introduced),
 * discounted; nothing after any other first move, whose follow-ups are the options every other
 * first move also has (a bonus for them would only favour the planned few over the rest).
 */
function followUpGain(view: GameView, seat: SeatId, seed: number, first: Weighed): number {
  if (first.after.phase === 'ended' || !OPENS_MOVES.has(first.option.type)) return 0;
  const options = legalActions(first.after, seat);
  if (options.length === 0) return 0;
  const random = decisionRandom(seed, seat, view, options);
  const nextView = { ...view, ...first.after, viewer: seat } as GameView;
  const follow = bestOf(
    weighOptions(
      nextView,
      first.after,
      seat,
      shortlist(nextView, seat, options, FOLLOW_UPS),
      random,
      HARD_INCLINATION(seed),
    ),
  );
  return follow === null ? 0 : FOLLOW_UP_DISCOUNT * Math.max(0, follow.gain - PASS_THRESHOLD);
}

/**
 * What the hard bot knows beyond the next state: how the Assembly will vote, who in the CD will
 * block, and how near the security index is to collapse.
 */
function foresight(view: GameView, belief: GameState, seat: SeatId, entry: Weighed): number {
  const option = entry.option;
  const appraiser = appraiserFor(view, seat);
  const year = yearOf(view);
  switch (option.type) {
    case 'draft.tabled': {
      const passing = predictedPassing(option.kind, year, [seat, ...(option.coSponsors ?? [])]);
      return passing ? 0.4 : -1.5;
    }
    case 'draft.introduced': {
      const reading = draft(view, option.draft);
      if (reading === null) return 0;
      return predictedPassing(reading.kind, year, reading.sponsors) ? 0.3 : -0.8;
    }
    case 'vote.requested': {
      const reading = draft(view, option.draft);
      if (reading === null) return 0;
      const support = appraiser.textSupport(reading.kind);
      const share = predictedShare(reading.kind, year, reading.sponsors);
      // Against a text, a recorded vote shows the world it is no consensus; for a text, a
      // recorded vote only helps when the Yes side is overwhelming.
      return support < 0 ? 1.5 * (1 - share) : share > 0.75 ? 0.3 : -0.6;
    }
    case 'decision.called':
      return callForesight(view, seat, option.decision);
    default:
      return (
        securityGuard(belief, entry.after) +
        (BLOCKS.has(option.type) ? 0 : reserveGuard(belief, entry.after, seat)) +
        sponsorGuard(belief, entry.after, seat)
      );
  }
}

/** Before calling a decision: will another delegation block it, by its public record? */
function callForesight(view: GameView, seat: SeatId, id: string): number {
  const reading = decision(view, id);
  if (reading === null || reading.objections.length > 0) return 0;
  const blockers = SEATS.filter(
    (other) =>
      other !== seat &&
      other !== 'EU' &&
      !reading.joined.includes(other) &&
      appraiserFor(view, other).decisionSupport(reading) < -0.5,
  );
  const mine = appraiserFor(view, seat).decisionSupport(reading);
  return blockers.length > 0 && mine > 0 ? -1.5 * mine : 0;
}
