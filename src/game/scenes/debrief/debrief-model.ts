import type { GameView, RecordEntry } from '../../../engine/index';
import { SEATS } from '../../../engine/index';
import type { ChamberDecision } from '../chamber/chamber-model';
import { decisionOf } from '../chamber/chamber-model';
import type { ReaderDocument } from '../documents/document-model';
import { readerDocuments } from '../documents/document-model';
import type { DraftContext } from '../hall/hall-model';
import type { NegotiationTable } from '../negotiation/negotiation-model';
import { negotiationBodies, negotiationTable } from '../negotiation/negotiation-model';

/** One recorded vote of the General Assembly or its First Committee, from the record. */
export interface VotePoint {
  readonly date: string;
  readonly year: number;
  readonly symbol: string;
  /** The resolution family (PAROS, NFP, TCBM…), from the draft; 'OTHER' when unknown. */
  readonly kind: string;
  readonly forum: 'committee' | 'plenary';
  readonly method: 'recorded' | 'withoutVote';
  readonly tally: {
    readonly yes: number;
    readonly no: number;
    readonly abstain: number;
    readonly absent: number;
  } | null;
}

export interface Blocking {
  readonly decision: string;
  readonly subject: string;
  readonly document: string | null;
  readonly date: string | null;
  readonly objectors: readonly string[];
  readonly dissociated: readonly string[];
}

export interface TextChange {
  readonly kind: 'revision' | 'amendment';
  readonly from: string;
  readonly to: string;
  readonly detail: string;
}

export interface DebriefModel {
  readonly scenarioId: string;
  readonly date: string;
  readonly ended: boolean;
  readonly tension: number;
  readonly debris: number;
  readonly seats: readonly {
    readonly seat: string;
    readonly controller: string;
    readonly capital: number;
    readonly publicPosition: string;
  }[];
  readonly decisions: readonly ChamberDecision[];
  readonly blockings: readonly Blocking[];
  readonly votes: readonly VotePoint[];
  readonly documents: readonly ReaderDocument[];
  readonly negotiations: readonly NegotiationTable[];
  readonly textChanges: readonly TextChange[];
  /** Record lines kept for the report: decisions, documents and results. */
  readonly milestones: readonly RecordEntry[];
}

const MILESTONE_KINDS = new Set([
  'document.submitted',
  'document.tabled',
  'document.revised',
  'decision.adopted',
  'decision.blocked',
  'resolution.adopted',
  'draft.rejected',
  'text.adopted',
  'text.blocked',
  'event.occurred',
  'gge.reportAdopted',
  'gge.failed',
]);

function kindBySymbol(view: GameView): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const key of view.unga.draftOrder) {
    const context = view.unga.drafts[key]?.context as DraftContext | undefined;
    if (!context) continue;
    kinds.set(key, context.kind);
    kinds.set(context.symbol, context.kind);
    if (context.resolutionSymbol) kinds.set(context.resolutionSymbol, context.kind);
  }
  return kinds;
}

/** The stage a record line of the General Assembly was taken at, from its turn. */
function stageOf(view: GameView, entry: RecordEntry): 'committee' | 'plenary' {
  const turn = view.calendar[Math.min(entry.turn, view.calendar.length - 1)];
  return turn?.forum === 'unga' && turn.stage === 'plenary' ? 'plenary' : 'committee';
}

/** Every vote the record holds, in order, with its family and stage. */
export function votesOverTime(view: GameView): VotePoint[] {
  const kinds = kindBySymbol(view);
  return view.record.flatMap((entry) => {
    const recorded = entry.kind === 'vote.recorded' && entry.tally !== undefined;
    const withoutVote = entry.kind === 'draft.adoptedWithoutVote';
    if (!recorded && !withoutVote) return [];
    const symbol = entry.symbol ?? '';
    const base = symbol.replace(/\/Rev\.\d+$/, '');
    return [
      {
        date: entry.date,
        year: Number(entry.date.slice(0, 4)),
        symbol,
        kind: kinds.get(symbol) ?? kinds.get(base) ?? 'OTHER',
        forum: stageOf(view, entry),
        method: recorded ? 'recorded' : 'withoutVote',
        tally: entry.tally ?? null,
      },
    ];
  });
}

/** The decisions of the Conference that were blocked or met dissociations, and by whom. */
export function blockingsOf(view: GameView, decisions: readonly ChamberDecision[]): Blocking[] {
  const dateOf = new Map<string, string>();
  for (const entry of view.record)
    if (entry.kind === 'decision.proposed') {
      const match = /\((CD-D\/[^)]+)\)/.exec(entry.summary);
      if (match) dateOf.set(match[1]!, entry.date);
    }
  return decisions
    .filter((decision) => decision.objected.length > 0 || decision.dissociated.length > 0)
    .map((decision) => ({
      decision: decision.id,
      subject: decision.subject,
      document: decision.document,
      date: dateOf.get(decision.id) ?? null,
      objectors: decision.objected,
      dissociated: decision.dissociated.map((entry) => entry.member),
    }));
}

/** How the texts changed: revisions of documents and amendments settled in negotiation. */
export function textChangesOf(
  documents: readonly ReaderDocument[],
  negotiations: readonly NegotiationTable[],
): TextChange[] {
  const changes: TextChange[] = [];
  for (const doc of documents)
    if (doc.revises !== null && doc.symbol !== null)
      changes.push({ kind: 'revision', from: doc.revises, to: doc.symbol, detail: doc.title });
  for (const table of negotiations)
    for (const article of table.articles)
      for (const amendment of article.amendments)
        if (amendment.status === 'incorporated' || amendment.status === 'bracketed')
          changes.push({
            kind: 'amendment',
            from: `${table.basis} ${article.number}`,
            to: `${amendment.id} (${amendment.status}, ${amendment.proposedBy})`,
            detail: amendment.text,
          });
  return changes;
}

/** Everything the debrief shows and the report keeps, from one view. */
export function debriefModel(view: GameView): DebriefModel {
  const decisions = view.cd.decisionOrder.flatMap((id) => {
    const decision = decisionOf(view, id);
    return decision ? [decision] : [];
  });
  const documents = readerDocuments(view);
  const negotiations = negotiationBodies(view).flatMap((body) => {
    const table = negotiationTable(view, body);
    return table ? [table] : [];
  });
  return {
    scenarioId: view.scenarioId,
    date: view.date,
    ended: view.phase === 'ended',
    tension: view.tension,
    debris: view.debris,
    seats: SEATS.map((seat) => ({
      seat,
      controller: view.seats[seat].controller,
      capital: view.seats[seat].capital,
      publicPosition: view.seats[seat].publicPosition,
    })),
    decisions,
    blockings: blockingsOf(view, decisions),
    votes: votesOverTime(view),
    documents,
    negotiations,
    textChanges: textChangesOf(documents, negotiations),
    milestones: view.record.filter((entry) => MILESTONE_KINDS.has(entry.kind)),
  };
}
