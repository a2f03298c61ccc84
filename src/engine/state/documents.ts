import { isDraft } from 'immer';
import type { DocumentLifecycleContext } from '../procedures/documents/document-lifecycle.machine';
import type { DocumentEntry, GameState } from './game-state';
import { own } from './names';

/** The document a reference names: its draft id, or its symbol once circulated. */
export function findDocument(
  state: Pick<GameState, 'documents' | 'documentOrder'>,
  reference: string,
): DocumentEntry | undefined {
  const byId = own(state.documents, reference);
  if (byId) return byId;
  if (isDraft(state.documents)) {
    for (const id of state.documentOrder) {
      const entry = state.documents[id];
      if (entry && documentContext(entry).symbol === reference) return entry;
    }
    return undefined;
  }
  return symbolIndex(state).get(reference);
}

/**
 * Documents by symbol, one index per documents table: a table is immutable outside a draft, so
 * the index made for it stays right for as long as the table lives (`legalActions` and the bots
 * look up symbols hundreds of times in the same state).
 */
const symbolIndexes = new WeakMap<object, ReadonlyMap<string, DocumentEntry>>();

function symbolIndex(
  state: Pick<GameState, 'documents' | 'documentOrder'>,
): ReadonlyMap<string, DocumentEntry> {
  const known = symbolIndexes.get(state.documents);
  if (known) return known;
  const index = new Map<string, DocumentEntry>();
  for (const id of state.documentOrder) {
    const entry = state.documents[id];
    const symbol = entry ? documentContext(entry).symbol : null;
    if (entry && symbol !== null && !index.has(symbol)) index.set(symbol, entry);
  }
  symbolIndexes.set(state.documents, index);
  return index;
}

export function documentContext(entry: DocumentEntry): DocumentLifecycleContext {
  return entry.procedure.context as DocumentLifecycleContext;
}
