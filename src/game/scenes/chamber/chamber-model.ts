import type { ConsensusDecisionContext, GameView } from '../../../engine/index';
import { cdGroupOf, cdMembers, isSeat, presidentNow } from '../../../engine/index';
import type { DocumentContext } from '../documents/document-model';
import { documentContextOf } from '../documents/document-model';

/** The CD's groups as the engine names them (RECORD.md 3.2). */
export type GroupId = 'G21' | 'WEOG' | 'EEG' | 'CHINA';

/** Where a member stands on the decision under consideration. */
export type Stance = 'joined' | 'dissociated' | 'objected' | 'silent';

/** The engine's own context type, read from the view (no copy that could drift). */
export type DecisionContext = ConsensusDecisionContext;

export type DecisionStatus = 'proposed' | 'consultations' | 'adopted' | 'blocked' | 'withdrawn';

export interface ChamberDecision {
  readonly id: string;
  readonly subject: string;
  readonly document: string | null;
  readonly proposedBy: string;
  readonly status: DecisionStatus;
  readonly joined: readonly string[];
  readonly dissociated: readonly { readonly member: string; readonly statement: string }[];
  readonly objected: readonly string[];
  /** True while members can still join or object. */
  readonly open: boolean;
}

export interface ChamberSeat {
  readonly code: string;
  readonly name: string;
  readonly group: GroupId;
  /** Position in the English alphabetical order of the Conference (0 to 64). */
  readonly order: number;
  readonly isPresident: boolean;
  readonly hasFloor: boolean;
  readonly stance: Stance;
  /** One of the four playable delegations (China, Russia, the United States; EU states not). */
  readonly playable: boolean;
}

export interface TabledDocument {
  readonly id: string;
  readonly symbol: string;
  readonly title: string;
  readonly authors: readonly string[];
  readonly kind: string;
  readonly date: string | null;
}

export interface ChamberModel {
  readonly date: string;
  readonly turnLabel: string;
  readonly sitting: boolean;
  readonly president: string | null;
  /** The member who spoke last in the Conference (from the record), or null. */
  readonly floor: string | null;
  readonly seats: readonly ChamberSeat[];
  readonly table: readonly TabledDocument[];
  readonly decision: ChamberDecision | null;
}

/** Record kinds in which a member takes the floor of the Conference. */
const SPEAKING_KINDS = new Set([
  'statement.made',
  'document.submitted',
  'document.tabled',
  'document.revised',
  'consensus.joined',
  'consensus.joinedWithDissociation',
  'objection.raised',
  'objection.withdrawn',
]);

const DECISION_STATES: Readonly<Record<string, DecisionStatus>> = {
  proposed: 'proposed',
  consultations: 'consultations',
  adopted: 'adopted',
  blocked: 'blocked',
  withdrawn: 'withdrawn',
};

/** The state a persisted procedure is in, as one name (the top-level state). */
export function stateName(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object') return Object.keys(value)[0] ?? '';
  return '';
}

/** The decision the chamber shows: the one still open, else the last one taken. */
export function currentDecision(view: GameView): ChamberDecision | null {
  const order = view.cd.decisionOrder;
  const decisions = order.map((id) => decisionOf(view, id)).filter((d) => d !== null);
  return decisions.find((decision) => decision.open) ?? decisions.at(-1) ?? null;
}

export function decisionOf(view: GameView, id: string): ChamberDecision | null {
  const snapshot = view.cd.decisions[id];
  if (!snapshot) return null;
  const context = snapshot.context as DecisionContext;
  const status = DECISION_STATES[stateName(snapshot.value)] ?? 'proposed';
  return {
    id: context.id,
    subject: context.subject,
    document: context.document,
    proposedBy: context.proposedBy,
    status,
    joined: context.joined,
    dissociated: context.dissociations,
    objected: context.objections,
    open: status === 'proposed' || status === 'consultations',
  };
}

function stanceOf(decision: ChamberDecision | null, code: string): Stance {
  if (decision === null) return 'silent';
  if (decision.objected.includes(code)) return 'objected';
  if (decision.dissociated.some((entry) => entry.member === code)) return 'dissociated';
  if (decision.joined.includes(code)) return 'joined';
  return 'silent';
}

/** The last member of the Conference to speak in it, by the record. */
export function lastSpeaker(view: GameView): string | null {
  for (let index = view.record.length - 1; index >= 0; index--) {
    const entry = view.record[index]!;
    if (entry.forum !== 'cd' || !SPEAKING_KINDS.has(entry.kind)) continue;
    if (cdGroupOf(entry.actor) !== undefined || entry.actor === 'EU') return entry.actor;
  }
  return null;
}

/** The documents of the Conference on the table: those circulated under a CD/ symbol. */
export function tabledDocuments(view: GameView): TabledDocument[] {
  return view.documentOrder.flatMap((id) => {
    const entry = view.documents[id];
    if (!entry) return [];
    const context: DocumentContext = documentContextOf(entry);
    if (context.symbol === null) return [];
    return [
      {
        id,
        symbol: context.symbol,
        title: context.title,
        authors: context.authors,
        kind: context.kind,
        date: context.submittedOn,
      },
    ];
  });
}

/** Everything the chamber draws, read from one view. */
export function chamberModel(view: GameView): ChamberModel {
  const president = presidentNow(view);
  const floor = lastSpeaker(view);
  const decision = currentDecision(view);
  const turn = view.calendar[Math.min(view.turn, view.calendar.length - 1)];
  const seats = cdMembers().map((member, order) => ({
    code: member.code,
    name: member.name,
    group: member.group,
    order,
    isPresident: member.code === president,
    hasFloor: member.code === floor,
    stance: stanceOf(decision, member.code),
    playable: isSeat(member.code),
  }));
  return {
    date: view.date,
    turnLabel: turn?.label ?? '',
    sitting: turn?.forum === 'cd',
    president,
    floor,
    seats,
    table: tabledDocuments(view),
    decision,
  };
}
