import type { GameState, SeatId } from '../../engine/index';
import { STANDING_GROUPS, STANDING_NEUTRAL } from '../../engine/index';
import { seededShare } from './bot-random';
import { objectiveProgress } from './objective-progress';
import { outcomeValue } from './outcomes';

/** Objective points are divided by this to sit on the appraisal scale (a 30-point aim is 3). */
const POINTS_SCALE = 10;
/** A step towards an objective counts for this share of its points (met counts in full). */
const PROGRESS_SHARE = 0.6;
/** The personality's view of the public outcomes, beside the objectives. */
const OUTCOME_WEIGHT = 0.35;
/** What a unit of capital is worth while there is time to spend it, and at the very end. */
const CAPITAL_EARLY = 0.2;
const CAPITAL_LATE = 0.03;
/** A collapse of the security index is a shared loss: worse than any objective missed. */
const COLLAPSE_PENALTY = 12;
/** How far a bot's care for one objective may stray from its points, either way. */
const INCLINATION_SPREAD = 0.5;

/**
 * A bot's inclination for one game, from its seed: how much more or less than its points it
 * cares about each objective, about its standing and about its capital (a delegation, like a
 * student, does not weigh every aim alike, and games between the same levels differ).
 */
export interface Inclination {
  readonly seed: number;
  /**
   * Looks past today when valuing objectives (level 3): the chance a draft still gathers the
   * co-sponsors it needs from the other States (`chanceOfSponsors`), even before it is tabled,
   * and the Assembly's tally as the world's voting model forecasts it.
   */
  readonly foresight?: boolean;
  /**
   * How much the bot wavers between options of close value (the spread of the noise added to
   * each option's gain); the standard bot's when not given.
   */
  readonly noise?: number;
}

function care(inclination: Inclination | undefined, objective: string): number {
  if (inclination === undefined) return 1;
  return 1 + INCLINATION_SPREAD * (2 * seededShare(inclination.seed, objective) - 1);
}

/**
 * What a state is worth to a seat, as a bot that looks ahead weighs it: its own objectives
 * (points met, as the engine's `checkCondition` says, and a share for the steps towards those
 * not yet met), its standing, the capital still to spend (worth more early in the game, and
 * nothing above what the cap lets it keep), and the public outcomes its personality cares about.
 * The state is the bot's belief, built from its view: only its own objectives are in it. (It
 * does not call `scoreSeat`, which also writes the explanations: too slow for every option.)
 */
export function stateValue(state: GameState, seat: SeatId, inclination?: Inclination): number {
  let points = 0;
  for (const objective of state.seats[seat].objectives) {
    const progress = objectiveProgress(
      state,
      seat,
      objective.condition,
      inclination?.foresight === true,
    );
    const weight = objective.points * care(inclination, objective.id);
    points += weight * (progress >= 1 ? 1 : PROGRESS_SHARE * progress);
  }
  const collapse = state.outcome === 'collapse' ? COLLAPSE_PENALTY : 0;
  return (
    points / POINTS_SCALE +
    care(inclination, 'standing') * standingValue(state, seat) +
    care(inclination, 'capital') * capitalValue(state, seat) +
    OUTCOME_WEIGHT * outcomeValue(state, seat) -
    collapse
  );
}

/** Standing moves slowly: a continuous reading of it, beside the engine's rounded bonus. */
function standingValue(state: GameState, seat: SeatId): number {
  const standing = state.seats[seat].standing;
  const mean =
    STANDING_GROUPS.reduce((sum, group) => sum + standing[group], 0) / STANDING_GROUPS.length;
  return (mean - STANDING_NEUTRAL) / 50;
}

/**
 * Capital is worth what it can still buy: more at the start of the game than at the end, and
 * nothing above what the cap lets the seat keep when the next income arrives.
 */
export function capitalValue(state: GameState, seat: SeatId): number {
  const capital = state.seats[seat].capital;
  const turns = Math.max(1, state.calendar.length);
  const left = Math.max(0, turns - 1 - state.turn) / turns;
  const keepable = Math.min(capital, Math.max(0, state.economy.cap - state.economy.income));
  return (CAPITAL_LATE + (CAPITAL_EARLY - CAPITAL_LATE) * left) * keepable;
}
