import type { Draft } from 'immer';
import type { GameState } from '../state/game-state';
import type { Rejection } from './rejection';
import { rejection } from './rejection';

/**
 * The next official symbol of the Conference (CD/ and a running number, RECORD.md 3.8). A
 * symbol asked for (the historical replay gives the real one) may skip ahead over documents the
 * game does not model, but never back: symbols stay unique and in order.
 */
export function allocateCdSymbol(draft: Draft<GameState>, wanted?: string): string {
  const symbol = wanted ?? `CD/${draft.cd.nextSymbol}`;
  const number = Number(/^CD\/(\d+)$/.exec(symbol)?.[1]);
  draft.cd.nextSymbol = number + 1;
  return symbol;
}

/** Refuses a requested symbol that is not a plain CD/<number> at or after the next one. */
export function checkWantedSymbol(
  state: GameState,
  wanted: string | undefined,
  intent: string,
): Rejection | undefined {
  if (wanted === undefined) return undefined;
  const match = /^CD\/(\d{1,6})$/.exec(wanted);
  if (!match || Number(match[1]) < state.cd.nextSymbol) {
    return rejection(
      'symbol-out-of-sequence',
      `${intent}: ${wanted} is not a free symbol; the next is CD/${state.cd.nextSymbol}`,
    );
  }
  return undefined;
}
