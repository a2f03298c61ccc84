import type { CalendarTurn } from '../scenario/scenario.schema';
import type { GameState } from './game-state';

/** The turn the game is in (the calendar always has one; after the last, the game has ended). */
export function currentTurn(state: Pick<GameState, 'calendar' | 'turn'>): CalendarTurn {
  const turn = state.calendar[Math.min(state.turn, state.calendar.length - 1)];
  if (turn === undefined) throw new Error('a game always has at least one turn');
  return turn;
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** The General Assembly's session in a calendar year: the 63rd opened in September 2008. */
export function ungaSessionOf(year: number): number {
  return year - 1945;
}
