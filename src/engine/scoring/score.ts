import { securityIndex } from '../economy/security-index';
import { GROUP_NAMES, movesStanding, STANDING_GROUPS, STANDING_NEUTRAL } from '../economy/standing';
import type { SeatId } from '../ids';
import { SEATS } from '../ids';
import type { GameState } from '../state/game-state';
import { actorName } from '../state/names';
import { checkCondition } from './conditions';
import { leadersOf, parPercentile } from './par';

export interface ObjectiveScore {
  readonly id: string;
  readonly text: string;
  readonly points: number;
  readonly met: boolean;
  /** `points` if met, 0 otherwise. */
  readonly earned: number;
  /** The record lines that met it, or why it was not met, in sentences. */
  readonly evidence: readonly string[];
}

export interface SeatScore {
  readonly seat: SeatId;
  readonly objectives: readonly ObjectiveScore[];
  /** Points earned from objectives, out of `possible`. */
  readonly objectivePoints: number;
  readonly possible: number;
  /** A small bonus (or malus) for standing above (or below) neutral: −10 to +10. */
  readonly standingBonus: number;
  /** A small bonus for capital kept: 1 for every 4, at most 5. */
  readonly capitalBonus: number;
  readonly total: number;
  /** What a standard computer delegation scores in this seat (0 when the scenario sets none). */
  readonly par: number;
  /** `total - par`: how far the seat did better (or worse) than its par. */
  readonly margin: number;
  /**
   * The share (0–100) of the standard delegations' measured scores in this seat that the total
   * beats, ties counting half; null when the scenario measured none. It decides the winner.
   */
  readonly parPercentile: number | null;
  /** The score told as a student reads it: a summary, then each objective and its evidence. */
  readonly explanation: readonly string[];
}

export interface GameScore {
  /** 'playing' while the game goes on (a provisional score). */
  readonly outcome: 'completed' | 'collapse' | 'playing';
  readonly securityIndex: number;
  readonly seats: Readonly<Record<SeatId, SeatScore>>;
  /**
   * The seats in the lead by `leadersOf` (ties share); none while playing or after a collapse.
   */
  readonly winners: readonly SeatId[];
  readonly explanation: readonly string[];
}

/**
 * Scores one seat: each objective checked against the state (met or not, with the record lines
 * that show it), plus small bonuses for standing and capital kept. Works on any state, also a
 * bot's belief state or a game still under way (a provisional score).
 *
 * @example
 * scoreSeat(state, 'RUS').explanation.join('\n');
 */
export function scoreSeat(state: GameState, seat: SeatId): SeatScore {
  const seatState = state.seats[seat];
  const objectives = seatState.objectives.map((objective): ObjectiveScore => {
    const result = checkCondition(state, seat, objective.condition);
    return {
      id: objective.id,
      text: objective.text,
      points: objective.points,
      met: result.met,
      earned: result.met ? objective.points : 0,
      evidence: result.evidence,
    };
  });
  const objectivePoints = objectives.reduce((sum, objective) => sum + objective.earned, 0);
  const possible = objectives.reduce((sum, objective) => sum + objective.points, 0);
  const groups = STANDING_GROUPS.filter((group) => movesStanding(seat, group));
  const meanStanding =
    groups.reduce((sum, group) => sum + seatState.standing[group], 0) / groups.length;
  const standingBonus = Math.max(
    -10,
    Math.min(10, Math.round((meanStanding - STANDING_NEUTRAL) / 5)),
  );
  const capitalBonus = Math.min(5, Math.floor(seatState.capital / 4));
  const total = objectivePoints + standingBonus + capitalBonus;
  const par = seatState.par;
  const margin = total - par;
  const percentile = parPercentile(total, seatState.parScores);
  const name = actorName(seat);
  const best = groups.reduce((a, b) => (seatState.standing[b] > seatState.standing[a] ? b : a));
  const worst = groups.reduce((a, b) => (seatState.standing[b] < seatState.standing[a] ? b : a));
  const explanation = [
    `${name} earned ${objectivePoints} of ${possible} points from its objectives, ${signed(standingBonus)} for its standing and ${signed(capitalBonus)} for the capital it kept: ${total} in all.` +
      (percentile !== null
        ? ` A standard computer delegation typically scores ${par} in this seat; ${total} beats ${Math.round(percentile)}% of its measured scores.`
        : par > 0
          ? ` A standard computer delegation scores ${par} in this seat, so ${name} did ${margin === 0 ? 'exactly as well' : `${Math.abs(margin)} ${margin > 0 ? 'better' : 'worse'}`} (${signed(margin)}).`
          : ''),
    `It is best regarded by ${GROUP_NAMES[best]} (${seatState.standing[best]} of 100) and least by ${GROUP_NAMES[worst]} (${seatState.standing[worst]}).`,
    ...objectives.flatMap((objective) => [
      `${objective.met ? 'Met' : 'Not met'} (${objective.earned} of ${objective.points} points): ${objective.text}`,
      ...objective.evidence.map((line) => `  – ${line}`),
    ]),
  ];
  return {
    seat,
    objectives,
    objectivePoints,
    possible,
    standingBonus,
    capitalBonus,
    total,
    par,
    margin,
    parPercentile: percentile,
    explanation,
  };
}

/**
 * Scores every seat and names the winners (`leadersOf`): the seat whose score beats the largest
 * share of the standard delegations' scores in its own seat, or, without those, the seat that
 * beats its par by the most (with no pars set, the highest total); ties share the win. If the
 * space-security index collapsed, the game is a shared loss and no one wins, whatever the points.
 */
export function scoreGame(state: GameState): GameScore {
  const seats = Object.fromEntries(SEATS.map((seat) => [seat, scoreSeat(state, seat)])) as Record<
    SeatId,
    SeatScore
  >;
  const index = securityIndex(state);
  const outcome = state.phase === 'playing' ? 'playing' : (state.outcome ?? 'completed');
  const leaders = leadersOf(
    Object.fromEntries(SEATS.map((seat) => [seat, seats[seat].total])) as Record<SeatId, number>,
    state.seats,
  );
  const usesPar = SEATS.some((seat) => seats[seat].par > 0);
  const lead = (seat: SeatId): string => {
    const { total, margin, parPercentile: share } = seats[seat];
    if (share !== null && SEATS.every((other) => seats[other].parPercentile !== null))
      return `${total} points, better than ${Math.round(share)}% of standard delegations in its seat`;
    return usesPar ? `${signed(margin)} against its par (${total} points)` : `${total} points`;
  };
  const winners = outcome === 'completed' ? leaders : [];
  const names = (list: readonly SeatId[]): string =>
    list.length === 1
      ? actorName(list[0]!)
      : `${list.slice(0, -1).map(actorName).join(', ')} and ${actorName(list.at(-1)!)}`;
  const explanation =
    outcome === 'collapse'
      ? [
          `Space became too dangerous to use (security index ${index}): tension and debris grew until no one could rely on satellites any more. Everyone loses, whatever their points.`,
        ]
      : outcome === 'playing'
        ? [
            `The game goes on; ${names(leaders)} ${leaders.length === 1 ? 'leads' : 'lead'} with ${lead(leaders[0]!)} so far. Security index ${index}.`,
          ]
        : [
            `${names(winners)} ${winners.length === 1 ? 'wins' : 'share the win'} with ${lead(winners[0]!)}. Space stayed usable: security index ${index}.`,
          ];
  for (const seat of SEATS) explanation.push(seats[seat].explanation[0]!);
  return { outcome, securityIndex: index, seats, winners, explanation };
}

function signed(value: number): string {
  return value >= 0 ? `+${value}` : String(value);
}
