import type { Draft } from 'immer';
import { isUnMember } from '../data/members';
import { actorName } from '../state/names';
import type { DocumentLifecycleEvent } from '../procedures/documents/document-lifecycle.machine';
import { documentLifecycleMachine } from '../procedures/documents/document-lifecycle.machine';
import { startProcedure, stepProcedure } from '../procedures/step';
import { documentContext, findDocument } from '../state/documents';
import type { DocumentEntry, GameState } from '../state/game-state';
import { record } from '../state/record';
import { requireCdTurn, requirePresident } from './cd-session.handlers';
import type { BaseContext, Handler } from './handler';
import { isRejection, live, stepOrRefuse } from './handler';
import type { IntentOf } from './intent.schema';
import type { Rejection } from './rejection';
import { rejection } from './rejection';
import { allocateCdSymbol, checkWantedSymbol } from './symbols';

type DraftDocument = IntentOf<'document.drafted'>['draft'];

export const documentDrafted: Handler<'document.drafted'> = (context) => {
  const result = draftDocument(context, context.intent.draft);
  return isRejection(result) ? result : undefined;
};

export const documentSubmitted: Handler<'document.submitted'> = (context) => {
  const entry = findDocument(context.state, context.intent.document);
  if (!entry)
    return rejection(
      'unknown-document',
      `document.submitted: there is no draft ${context.intent.document}`,
    );
  return submit(context, entry.id, context.intent.symbol);
};

/** Drafting and circulating in one step: what a delegation does when the text is ready. */
export const documentTabled: Handler<'document.tabled'> = (context) => {
  const refusal = checkWantedSymbol(context.state, context.intent.symbol, 'document.tabled');
  if (refusal) return refusal;
  const id = draftDocument(context, context.intent.draft);
  if (isRejection(id)) return id;
  return submit(context, id, context.intent.symbol);
};

export const documentRevised: Handler<'document.revised'> = (context) => {
  const { actor, document, title, summary, articles, symbol: wanted } = context.intent;
  const entry = findDocument(context.state, document);
  if (!entry)
    return rejection('unknown-document', `document.revised: there is no document ${document}`);
  const original = documentContext(entry);
  if (!original.authors.includes(actor))
    return notAnAuthor('document.revised', actor, original.symbol ?? entry.id);
  if (original.symbol === null)
    return rejection(
      'procedure-refused',
      `document.revised: ${entry.id} has not been circulated yet; change the draft instead`,
    );
  const refusal = checkWantedSymbol(context.state, wanted, 'document.revised');
  if (refusal) return refusal;
  const id = newDocumentId(context.draft);
  const started = startProcedure(documentLifecycleMachine, {
    id,
    authors: original.authors,
    kind: original.kind,
    title,
    respondsTo: original.respondsTo,
    revises: original.symbol,
  });
  addDocument(context.draft, {
    id,
    procedure: started,
    articles: articles.map((article) => ({ ...article, confidence: 'verified' as const })),
    summary,
    date: context.state.date,
    origin: 'play',
    confidence: 'verified',
    source: 'play',
  });
  return submit(context, id, wanted);
};

export const documentShelved: Handler<'document.shelved'> = (context) => {
  const entry = findDocument(context.state, context.intent.document);
  if (!entry)
    return rejection(
      'unknown-document',
      `document.shelved: there is no document ${context.intent.document}`,
    );
  const document = documentContext(entry);
  if (!document.authors.includes(context.intent.actor))
    return notAnAuthor('document.shelved', context.intent.actor, document.symbol ?? entry.id);
  const result = stepDocument(context, entry.id, { type: 'document.shelved' });
  if (isRejection(result)) return result;
  record(context.draft, {
    forum: 'cd',
    actor: context.intent.actor,
    kind: 'document.shelved',
    symbol: document.symbol ?? undefined,
    summary: `${authorsOf(document.authors)} ${verb(document.authors, 'sets', 'set')} ${document.symbol ?? entry.id} aside.`,
  });
  return undefined;
};

export const considerationOpened: Handler<'consideration.opened'> = (context) => {
  const refusal = requireCdTurn(context) ?? requirePresident(context);
  if (refusal) return refusal;
  const entry = findDocument(context.state, context.intent.document);
  if (!entry)
    return rejection(
      'unknown-document',
      `consideration.opened: there is no document ${context.intent.document}`,
    );
  const result = stepDocument(context, entry.id, { type: 'consideration.opened' });
  if (isRejection(result)) return result;
  const symbol = documentContext(entry).symbol ?? entry.id;
  record(context.draft, {
    forum: 'cd',
    actor: context.intent.actor,
    kind: 'consideration.opened',
    symbol,
    summary: `The Conference takes up ${symbol} for consideration.`,
  });
  return undefined;
};

/** Creates a private draft; only its authors see it until it is circulated. */
function draftDocument(context: BaseContext, draft: DraftDocument): string | Rejection {
  const { actor } = context.intent;
  const authors = [actor, ...draft.coAuthors.filter((author) => author !== actor)];
  for (const author of authors) {
    if (author !== 'EU' && !isUnMember(author)) {
      return rejection(
        'unknown-member',
        `${context.intent.type}: co-author "${author}" is not a UN member State or the EU`,
      );
    }
  }
  for (const target of draft.respondsTo) {
    const answered = findDocument(context.state, target);
    if (!answered || documentContext(answered).symbol === null) {
      return rejection(
        'unknown-document',
        `${context.intent.type}: draft.respondsTo names ${target}, which is not a circulated document`,
      );
    }
  }
  const id = newDocumentId(context.draft);
  const procedure = startProcedure(documentLifecycleMachine, {
    id,
    authors,
    kind: draft.kind,
    title: draft.title,
    respondsTo: draft.respondsTo.map(
      (target) => documentContext(findDocument(context.state, target)!).symbol!,
    ),
  });
  addDocument(context.draft, {
    id,
    procedure,
    articles: draft.articles.map((article) => ({ ...article, confidence: 'verified' as const })),
    summary: draft.summary,
    date: context.state.date,
    origin: 'play',
    confidence: 'verified',
    source: 'play',
  });
  record(context.draft, {
    forum: 'capital',
    actor,
    kind: 'document.drafted',
    summary: `${authorsOf(authors)} ${verb(authors, 'prepares', 'prepare')} a draft: ${draft.title}.`,
    visibleTo: authors,
  });
  return id;
}

/** Circulates a draft as an official document with the next CD/ symbol; answers are linked. */
function submit(
  context: BaseContext,
  id: string,
  wanted: string | undefined,
): Rejection | undefined {
  const entry = context.draft.documents[id];
  if (!entry)
    return rejection('unknown-document', `${context.intent.type}: there is no draft ${id}`);
  const document = documentContext(entry);
  if (!document.authors.includes(context.intent.actor))
    return notAnAuthor(context.intent.type, context.intent.actor, id);
  const refusal = checkWantedSymbol(context.state, wanted, context.intent.type);
  if (refusal) return refusal;
  const symbol = allocateCdSymbol(context.draft, wanted);
  const result = stepDocument(context, id, {
    type: 'document.submitted',
    symbol,
    date: context.state.date,
  });
  if (isRejection(result)) return result;
  // The documents answered or revised were circulated before this intent: they are looked up in
  // the state as it was (an index, not a walk through the draft), then stepped in the draft.
  for (const target of document.respondsTo) {
    const answered = findDocument(context.state, target);
    if (answered) stepDocument(context, answered.id, { type: 'response.attached', symbol });
  }
  const revised =
    document.revises === null ? undefined : findDocument(context.state, document.revises);
  if (revised && revised.id !== id)
    stepDocument(context, revised.id, { type: 'revision.submitted', symbol });
  record(context.draft, {
    forum: 'cd',
    actor: context.intent.actor,
    kind: 'document.submitted',
    symbol,
    summary: `${authorsOf(document.authors)} ${verb(document.authors, 'circulates', 'circulate')} ${symbol}: ${document.title}${document.respondsTo.length ? ` (answering ${document.respondsTo.join(', ')})` : ''}.`,
  });
  return undefined;
}

export function stepDocument(context: BaseContext, id: string, event: DocumentLifecycleEvent) {
  const entry = context.draft.documents[id];
  if (!entry) return rejection('unknown-document', `${event.type}: there is no document ${id}`);
  const result = stepOrRefuse(
    documentLifecycleMachine,
    live(entry.procedure),
    event,
    `document ${documentContext(entry as DocumentEntry).symbol ?? id}`,
  );
  if (!isRejection(result)) entry.procedure = result.snapshot;
  return result;
}

/** Steps a document quietly (used when building a scenario's past). */
export function stepDocumentQuietly(
  entry: DocumentEntry,
  event: DocumentLifecycleEvent,
): DocumentEntry {
  return {
    ...entry,
    procedure: stepProcedure(documentLifecycleMachine, entry.procedure, event).snapshot,
  };
}

function addDocument(draft: Draft<GameState>, entry: DocumentEntry): void {
  draft.documents[entry.id] = entry as Draft<DocumentEntry>;
  draft.documentOrder.push(entry.id);
}

/** A document id not yet used, whatever ids the scenario's prepared drafts have. */
function newDocumentId(draft: Draft<GameState>): string {
  let number = draft.documentOrder.length + 1;
  while (Object.hasOwn(draft.documents, `draft-${number}`)) number += 1;
  return `draft-${number}`;
}

function notAnAuthor(type: string, actor: string, document: string): Rejection {
  return rejection('not-an-author', `${type}: ${actorName(actor)} is not an author of ${document}`);
}

export function authorsOf(authors: readonly string[]): string {
  const names = authors.map(actorName);
  return names.length <= 2
    ? names.join(' and ')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Agreement of the verb with one author or several. */
export function verb(authors: readonly string[], singular: string, plural: string): string {
  return authors.length === 1 ? singular : plural;
}
