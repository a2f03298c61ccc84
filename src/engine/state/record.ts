import type { Draft } from 'immer';
import type { GameState, RecordEntry } from './game-state';

export type NewRecordEntry = Omit<RecordEntry, 'index' | 'turn' | 'date' | 'visibleTo'> & {
  readonly visibleTo?: RecordEntry['visibleTo'];
};

/** Appends a line to the transcript, stamped with the turn and date the game is at. */
export function record(draft: Draft<GameState>, entry: NewRecordEntry): void {
  draft.record.push({
    ...entry,
    index: draft.record.length,
    turn: draft.turn,
    date: draft.date,
    visibleTo: entry.visibleTo ?? 'all',
  } as Draft<RecordEntry>);
}
