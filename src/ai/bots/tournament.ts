import type { GameState, Scenario, SeatId } from '../../engine/index';
import { hashState, leadersOf, SEATS } from '../../engine/index';
import type { BotLevel, SeatAgent } from '../agent';
import { createBots } from './create-bot';
import { decision, drafts } from './read-view';

/** Plays one whole game with these agents in the seats and returns its final state. */
export type PlayGame = (
  scenario: Scenario,
  seed: number,
  agents: Readonly<Record<SeatId, SeatAgent>>,
) => GameState;

/** A seat's final score in a game (its objectives' points, as the engine scores them). */
export type ScoreSeat = (state: GameState, seat: SeatId) => number;

export interface TournamentOptions {
  readonly scenario: Scenario;
  readonly games: number;
  /** Game g is played with seed `seed + g`; the bots' seeds derive from it. */
  readonly seed: number;
  readonly levels: Readonly<Record<SeatId, BotLevel>>;
  readonly play: PlayGame;
  readonly score: ScoreSeat;
  /** True when the game ended in a shared loss (no one wins it). */
  readonly collapsed?: (state: GameState) => boolean;
}

export interface Distribution {
  readonly mean: number;
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
}

export interface SeatSummary {
  readonly seat: SeatId;
  readonly level: BotLevel;
  readonly score: Distribution;
  /** The seat's par in the scenario (what a level-2 delegation scores there; 0 when unset). */
  readonly par: number;
  /** Games won (a tie for first counts as a share of a win). */
  readonly wins: number;
  readonly winRate: number;
}

/** How often a kind of CD decision or General Assembly text came up and passed. */
export interface OutcomeSummary {
  /** 'CD: subsidiaryBody (negotiate)', 'UNGA: NFP'. */
  readonly what: string;
  /** How many times it was put forward, over all games. */
  readonly putForward: number;
  readonly passed: number;
  readonly failed: number;
  /** Games in which it passed at least once, as a share of all games. */
  readonly passedInGames: number;
}

export interface GameSummary {
  readonly seed: number;
  /** The final state's hash: equal runs give equal hashes. */
  readonly hash: string;
  readonly scores: Readonly<Record<SeatId, number>>;
  /** The seats that beat their par by the most (several on a tie); none after a collapse. */
  readonly winners: readonly SeatId[];
  readonly collapsed: boolean;
}

export interface TournamentReport {
  readonly scenario: string;
  readonly games: number;
  readonly seats: readonly SeatSummary[];
  readonly outcomes: readonly OutcomeSummary[];
  readonly collapses: number;
  readonly perGame: readonly GameSummary[];
}

/**
 * Plays `games` bot-against-bot games of a scenario and sums them up: each seat's score
 * distribution and win rate, and how often each kind of decision and resolution passed.
 */
export function runTournament(options: TournamentOptions): TournamentReport {
  const perGame: GameSummary[] = [];
  const outcomes = new Map<
    string,
    { putForward: number; passed: number; failed: number; games: number }
  >();
  for (let game = 0; game < options.games; game++) {
    const seed = options.seed + game;
    const state = options.play(options.scenario, seed, createBots(options.levels, seed));
    const scores = Object.fromEntries(
      SEATS.map((seat) => [seat, options.score(state, seat)]),
    ) as Record<SeatId, number>;
    const collapsed = options.collapsed?.(state) ?? false;
    // As the engine's scoreGame: the percentile against one's own seat, or the margin over par.
    const winners = collapsed ? [] : leadersOf(scores, state.seats);
    perGame.push({ seed, hash: hashState(state), scores, winners, collapsed });
    const passedHere = new Set<string>();
    for (const outcome of outcomesOf(state)) {
      const entry = outcomes.get(outcome.what) ?? { putForward: 0, passed: 0, failed: 0, games: 0 };
      entry.putForward += 1;
      if (outcome.passed === true) {
        entry.passed += 1;
        if (!passedHere.has(outcome.what)) entry.games += 1;
        passedHere.add(outcome.what);
      } else if (outcome.passed === false) entry.failed += 1;
      outcomes.set(outcome.what, entry);
    }
  }
  return {
    scenario: options.scenario.id,
    games: options.games,
    seats: SEATS.map((seat) => {
      const wins = perGame.reduce(
        (sum, game) => sum + (game.winners.includes(seat) ? 1 / game.winners.length : 0),
        0,
      );
      return {
        seat,
        level: options.levels[seat],
        score: distribution(perGame.map((game) => game.scores[seat])),
        par: options.scenario.seats[seat].par ?? 0,
        wins,
        winRate: perGame.length === 0 ? 0 : wins / perGame.length,
      };
    }),
    outcomes: [...outcomes.entries()]
      .map(([what, entry]) => ({
        what,
        putForward: entry.putForward,
        passed: entry.passed,
        failed: entry.failed,
        passedInGames: perGame.length === 0 ? 0 : entry.games / perGame.length,
      }))
      .sort((a, b) => a.what.localeCompare(b.what)),
    collapses: perGame.filter((game) => game.collapsed).length,
    perGame,
  };
}

/** Every CD decision and General Assembly draft of a finished game: passed, failed or neither. */
export function outcomesOf(state: GameState): { what: string; passed: boolean | null }[] {
  const list: { what: string; passed: boolean | null }[] = [];
  for (const id of state.cd.decisionOrder) {
    const reading = decision(state, id);
    if (reading === null) continue;
    const mandate = reading.body ? ` (${reading.body.mandate})` : '';
    const passed =
      reading.status === 'adopted' ? true : reading.status === 'blocked' ? false : null;
    list.push({ what: `CD: ${reading.subject}${mandate}`, passed });
  }
  for (const reading of drafts(state)) {
    const passed =
      reading.status === 'adopted' ? true : reading.status === 'rejected' ? false : null;
    list.push({ what: `UNGA: ${reading.kind}`, passed });
  }
  return list;
}

/** Mean, extremes and quartiles (linear interpolation between the nearest ranks). */
export function distribution(values: readonly number[]): Distribution {
  if (values.length === 0) return { mean: 0, min: 0, q1: 0, median: 0, q3: 0, max: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share: number): number => {
    const position = share * (sorted.length - 1);
    const low = Math.floor(position);
    const high = Math.ceil(position);
    return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
  };
  return {
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
    min: sorted[0]!,
    q1: at(0.25),
    median: at(0.5),
    q3: at(0.75),
    max: sorted.at(-1)!,
  };
}
