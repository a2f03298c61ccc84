import type { GameState, GameView, SeatId } from '../../engine/index';
import type { ResolutionKind } from '../voting/index';
import { isKind } from '../voting/index';

/*
 * What a bot reads of the procedures in its view. The engine exports the state, not its
 * machines, so the few fields read here are declared here (as `src/cli/run-summary.ts` does).
 */

/**
 * What the readers need: a seat's view, or a state (a bot's belief, built from its view, after
 * a move it is weighing).
 */
export type Readable = Pick<
  GameView & GameState,
  'cd' | 'unga' | 'documents' | 'documentOrder' | 'record' | 'date' | 'turn' | 'jointStatements'
>;

export interface DecisionReading {
  readonly id: string;
  readonly subject: string;
  readonly proposedBy: string;
  readonly document: string | null;
  readonly body: { readonly mandate: 'negotiate' | 'discuss'; readonly basis?: string } | null;
  readonly joined: readonly string[];
  readonly objections: readonly string[];
  readonly dissociations: readonly { readonly member: string }[];
  readonly active: boolean;
  readonly status: string;
}

export interface DocumentReading {
  readonly id: string;
  readonly symbol: string | null;
  readonly authors: readonly string[];
  readonly kind: string;
  readonly title: string;
  readonly respondsTo: readonly string[];
  readonly responses: readonly string[];
  readonly outcome: string | null;
}

export interface DraftReading {
  readonly symbol: string;
  readonly kind: ResolutionKind | 'OTHER';
  readonly sponsors: readonly string[];
  readonly coSponsors: readonly string[];
  readonly stage: 'committee' | 'plenary';
  readonly voteRequests: readonly { readonly member: string; readonly subject: string }[];
  readonly explanations: readonly {
    readonly member: string;
    readonly when: string;
    readonly stage: string;
  }[];
  readonly currentVote: null | {
    readonly yes: readonly string[];
    readonly no: readonly string[];
    readonly abstain: readonly string[];
  };
  readonly results: readonly {
    readonly stage: string;
    readonly subject: string;
    readonly adopted: boolean;
  }[];
  readonly status: string;
}

export interface AmendmentReading {
  readonly id: string;
  readonly proposedBy: string;
}

/** The year of the view's date. */
export function yearOf(view: Readable): number {
  return Number(view.date.slice(0, 4));
}

export function decision(view: Readable, id: string): DecisionReading | null {
  const snapshot = view.cd.decisions[id];
  if (!snapshot) return null;
  const context = snapshot.context as Omit<DecisionReading, 'active' | 'status'>;
  return {
    ...context,
    active: snapshot.status === 'active',
    status: stateName(snapshot.value),
  };
}

/** A document by its id or by its CD symbol. */
export function documentOf(view: Readable, idOrSymbol: string): DocumentReading | null {
  const direct = view.documents[idOrSymbol];
  if (direct) return direct.procedure.context as DocumentReading;
  for (const id of view.documentOrder) {
    const context = view.documents[id]?.procedure.context as DocumentReading | undefined;
    if (context?.symbol === idOrSymbol) return context;
  }
  return null;
}

export function documents(view: Readable): DocumentReading[] {
  return view.documentOrder.flatMap((id) => {
    const entry = view.documents[id];
    return entry ? [entry.procedure.context as DocumentReading] : [];
  });
}

export function draft(view: Readable, symbol: string): DraftReading | null {
  const snapshot = view.unga.drafts[symbol];
  if (!snapshot) return null;
  const context = snapshot.context as Omit<DraftReading, 'status' | 'kind'> & { kind: string };
  return {
    ...context,
    kind: isKind(context.kind) ? context.kind : 'OTHER',
    status: stateName(snapshot.value),
  };
}

export function drafts(view: Readable): DraftReading[] {
  return view.unga.draftOrder.flatMap((symbol) => {
    const reading = draft(view, symbol);
    return reading ? [reading] : [];
  });
}

/** The amendments on the table in a negotiating body. */
export function amendments(view: Readable, body: string): AmendmentReading[] {
  const context = view.cd.negotiations[body]?.context as
    | {
        readonly amendments: readonly {
          readonly id: string;
          readonly member?: string;
          readonly proposedBy?: string;
        }[];
      }
    | undefined;
  return (context?.amendments ?? []).map((amendment) => ({
    id: amendment.id,
    proposedBy: amendment.proposedBy ?? amendment.member ?? '',
  }));
}

/** True when the document (by id or symbol) is a PPWT text: a draft treaty by Russia or China. */
export function isPpwt(document: DocumentReading | null): boolean {
  return (
    document !== null &&
    document.kind === 'draftTreaty' &&
    (document.authors.includes('RUS') || document.authors.includes('CHN'))
  );
}

/** True when the document is the EU's Code of Conduct (a working paper the EU wrote). */
export function isCode(document: DocumentReading | null): boolean {
  return (
    document !== null &&
    document.authors.includes('EU') &&
    (document.kind === 'workingPaper' || /code of conduct/i.test(document.title))
  );
}

/** How many moves the seat has on the record in the current turn (rebuilt from the view). */
export function movesThisTurn(view: Readable, seat: SeatId): number {
  let count = 0;
  for (let index = view.record.length - 1; index >= 0; index--) {
    const entry = view.record[index]!;
    if (entry.turn !== view.turn) break;
    if (entry.actor === seat) count += 1;
  }
  return count;
}

/** The record entries of the current turn made by this seat, of one kind. */
export function madeThisTurn(view: Readable, seat: SeatId, kind: string): number {
  let count = 0;
  for (let index = view.record.length - 1; index >= 0; index--) {
    const entry = view.record[index]!;
    if (entry.turn !== view.turn) break;
    if (entry.actor === seat && entry.kind === kind) count += 1;
  }
  return count;
}

/** A machine's state value as one name: 'answered', 'committeeAction.voting'. */
export function stateName(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return String(value);
  return Object.entries(value)
    .map(([key, inner]) => `${key}.${stateName(inner)}`)
    .join(' & ');
}
