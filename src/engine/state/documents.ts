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
  for (const id of state.documentOrder) {
    const entry = state.documents[id];
    if (entry && documentContext(entry).symbol === reference) return entry;
  }
  return undefined;
}

export function documentContext(entry: DocumentEntry): DocumentLifecycleContext {
  return entry.procedure.context as DocumentLifecycleContext;
}
