import { createStore, del, entries, get, set } from 'idb-keyval';
import type { SaveFile, SeatId } from '../../engine/index';
import type { Difficulty } from '../client/computer-world';

/** A saved game as kept in the browser: the engine's save file and what the load list shows. */
export interface StoredGame {
  readonly id: string;
  /** ISO date and time of saving (for the list only; the game never reads the clock). */
  readonly savedAt: string;
  readonly mode: 'solo' | 'hotseat';
  readonly humans: readonly SeatId[];
  readonly difficulty: Difficulty;
  readonly scenarioTitle: string;
  readonly turnLabel: string;
  readonly save: SaveFile;
}

/** Where saved games live: IndexedDB in the browser, a map in tests. */
export interface SaveStore {
  list(): Promise<StoredGame[]>;
  put(game: StoredGame): Promise<void>;
  get(id: string): Promise<StoredGame | undefined>;
  remove(id: string): Promise<void>;
}

/** Saves in IndexedDB (idb-keyval), in a database of their own: saves can be large logs. */
export function browserSaveStore(): SaveStore {
  const store = createStore('paros', 'saves');
  return {
    list: async () =>
      sortNewestFirst((await entries<string, StoredGame>(store)).map(([, game]) => game)),
    put: (game) => set(game.id, game, store),
    get: (id) => get<StoredGame>(id, store),
    remove: (id) => del(id, store),
  };
}

export function memorySaveStore(): SaveStore {
  const games = new Map<string, StoredGame>();
  return {
    list: () => Promise.resolve(sortNewestFirst([...games.values()])),
    put: (game) => Promise.resolve(void games.set(game.id, game)),
    get: (id) => Promise.resolve(games.get(id)),
    remove: (id) => Promise.resolve(void games.delete(id)),
  };
}

function sortNewestFirst(games: StoredGame[]): StoredGame[] {
  return games.sort((left, right) => right.savedAt.localeCompare(left.savedAt));
}
