/**
 * The computer delegations for the four seats: personalities grounded in the record, and three
 * levels of play (1 easy, 2 standard, 3 hard). Every bot sees only its seat's view and decides
 * the same for the same seed, view and options.
 *
 * @example
 * const bots = createBots({ CHN: 2, RUS: 2, USA: 3, EU: 1 }, 42);
 * const move = bots.USA.decide(view(state, 'USA'), legalActions(state, 'USA'));
 */
export { createBot, createBots } from './create-bot';
export type { BotOptions } from './create-bot';
export { PERSONALITIES, traitIn, valueIn } from './personalities';
export type { Personality, Era, Attitudes, Leaning, TraitConfidence } from './personalities';
export { appraise } from './appraise';
export { botTournament, playWithDirector } from './play';
export { runTournament, distribution, outcomesOf } from './tournament';
export type {
  TournamentReport,
  TournamentOptions,
  SeatSummary,
  OutcomeSummary,
  GameSummary,
  Distribution,
} from './tournament';
