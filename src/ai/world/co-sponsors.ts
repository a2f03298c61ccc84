import type { GameState, SeatId } from '../../engine/index';
import { isSeat, memberName, standingGroupOf, unMembersOn } from '../../engine/index';
import { campLeaderInCd, isWestern, predictionsFor } from './alignment';
import type { DraftReading } from './read-state';
import { yearOf } from './read-state';
import type { WorldMove } from './world-move';
import { afterSeats } from './world-move';

/**
 * Other States joining the co-sponsors of a draft a seat tabled in the First Committee. A State
 * puts its name to a text it will vote for, and to one tabled by a delegation it trusts: it joins
 * when the seat's standing with its group, plus what brings it nearer (being in the seat's camp,
 * having been consulted this year, it or its group), reaches its own bar. The bars differ from
 * State to State and from game to game (they are drawn from the game's seed), so the same
 * standing gathers a different list each game. Russia's TCBM drafts gathered dozens of
 * co-authors (58 in 2009, RECORD.md 5); a delegation that stands badly with the Group of 21
 * gathers few.
 */

/** The bar a State's trust must reach to co-sponsor: somewhere between these, by State and game. */
const BAR_LOW = 65;
const BAR_HIGH = 125;
/** Trust added for a State in the seat's own camp (by its voting record). */
const CAMP_BONUS = 10;
/** Trust added when the seat consulted the State itself this year, or another of its group. */
const CONSULTED_BONUS = 18;
const GROUP_CONSULTED_BONUS = 7;
/** At most this many co-sponsors join a draft through the world, in order of trust. */
const MOST_JOINING = 40;

export interface SponsorableDraft {
  readonly symbol: string;
  readonly kind: string;
  readonly sponsors: readonly string[];
  readonly coSponsors: readonly string[];
}

/**
 * The States that would co-sponsor a seat's draft now, most trusting first (at most
 * `MOST_JOINING`, counting those already on it). Read from the public state and the tabling
 * seat's own consultations; the same state always gives the same list.
 */
export function likelyCoSponsors(
  state: GameState,
  draft: SponsorableDraft,
  seat: SeatId,
): string[] {
  const room = MOST_JOINING - draft.coSponsors.length;
  if (room <= 0) return [];
  return trustOfWilling(state, draft, seat)
    .map(({ code, trust }) => ({ code, surplus: trust - bar(state.seed, code, draft.symbol) }))
    .filter((entry) => entry.surplus >= 0)
    .sort((a, b) => b.surplus - a.surplus || a.code.localeCompare(b.code))
    .slice(0, room)
    .map((entry) => entry.code);
}

/**
 * The chance that a seat's draft ends with at least `needed` sponsors and co-sponsors, not
 * knowing each State's bar: each willing State joins with its own chance, so the count is spread
 * around its expectation (a normal reading of the sum), and a draft that only just expects enough
 * names has about an even chance of getting them.
 */
export function chanceOfSponsors(
  state: GameState,
  draft: SponsorableDraft,
  seat: SeatId,
  needed: number,
): number {
  const missing = needed - draft.sponsors.length - draft.coSponsors.length;
  if (missing <= 0) return 1;
  // The world stops adding names at `MOST_JOINING` co-sponsors.
  if (missing > MOST_JOINING - draft.coSponsors.length) return 0;
  let mean = 0;
  let variance = 0;
  for (const { trust } of trustOfWilling(state, draft, seat)) {
    const chance = Math.max(0, Math.min(1, (trust - BAR_LOW) / (BAR_HIGH - BAR_LOW)));
    mean += chance;
    variance += chance * (1 - chance);
  }
  const gap = mean - (missing - 0.5);
  // The logistic curve with slope 1.7 stays within 1% of the normal distribution.
  return 1 / (1 + Math.exp((-1.7 * gap) / Math.sqrt(Math.max(variance, 0.25))));
}

/** The States that would vote for the draft and are not on it yet, with their trust in the seat. */
function trustOfWilling(
  state: GameState,
  draft: SponsorableDraft,
  seat: SeatId,
): { code: string; trust: number }[] {
  const year = yearOf(state);
  const predictions = predictionsFor(state, draft, year);
  const consulted = consultedBy(state, seat, year);
  const consultedGroups = new Set([...consulted].map((code) => standingGroupOf(code, state.date)));
  const already = new Set([...draft.sponsors, ...draft.coSponsors]);
  const willing: { code: string; trust: number }[] = [];
  for (const { code } of unMembersOn(state.date)) {
    if (already.has(code) || isSeat(code)) continue;
    if (predictions.get(code)?.vote !== 'yes') continue;
    const group = standingGroupOf(code, state.date);
    const trust =
      state.seats[seat].standing[group] +
      (inCampOf(code, seat, year) ? CAMP_BONUS : 0) +
      (consulted.has(code)
        ? CONSULTED_BONUS
        : consultedGroups.has(group)
          ? GROUP_CONSULTED_BONUS
          : 0);
    willing.push({ code, trust });
  }
  return willing;
}

/**
 * One State at a time joins the co-sponsors of each seat's draft still before the First
 * Committee, once the seats have had their say (so a seat can still consult before names go on).
 */
export function coSponsorMoves(state: GameState, ofSession: readonly DraftReading[]): WorldMove[] {
  const moves: WorldMove[] = [];
  for (const draft of ofSession) {
    const seat = draft.sponsors.find(isSeat);
    if (seat === undefined || (draft.status !== 'drafted' && draft.status !== 'introduced'))
      continue;
    const [next] = likelyCoSponsors(state, draft, seat);
    if (next === undefined) continue;
    moves.push(
      afterSeats(
        { type: 'coSponsor.added', actor: next, draft: draft.symbol },
        `${memberName(next)} trusts ${memberName(seat)} enough to co-sponsor ${draft.symbol}`,
      ),
    );
  }
  return moves;
}

function inCampOf(code: string, seat: SeatId, year: number): boolean {
  if (seat === 'USA' || seat === 'EU') return isWestern(code, year);
  return !isWestern(code, year) && campLeaderInCd(code, year) === seat;
}

/** Every State the seat consulted in private this year (or issued a joint statement with). */
function consultedBy(state: GameState, seat: SeatId, year: number): Set<string> {
  const codes = new Set<string>();
  for (const consultation of state.consultations) {
    if (consultation.convenedBy !== seat || yearOf({ date: consultation.date }) !== year) continue;
    for (const code of consultation.participants) if (code !== seat) codes.add(code);
  }
  return codes;
}

/** A State's bar for this draft in this game: a share of the range, from a hash of the three. */
function bar(seed: number, code: string, draft: string): number {
  let hash = (0x9e3779b9 ^ seed) | 0;
  for (const text of [code, draft]) {
    for (let i = 0; i < text.length; i++) {
      hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    }
  }
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  hash ^= hash >>> 12;
  const share = (hash >>> 0) / 0x100000000;
  return BAR_LOW + (BAR_HIGH - BAR_LOW) * share;
}
