import type { GameState } from '../engine/index';
import { hashState } from '../engine/index';

/** What `paros run` reports of the state a list of intents led to. */
export interface RunSummary {
  readonly phase: GameState['phase'];
  readonly turn: string;
  readonly date: string;
  readonly documents: readonly DocumentLine[];
  readonly decisions: readonly DecisionLine[];
  readonly votes: readonly VoteLine[];
  readonly tension: number;
  readonly debris: number;
  readonly hash: string;
}

export interface DocumentLine {
  readonly symbol: string;
  readonly title: string;
  readonly authors: readonly string[];
  readonly kind: string;
  readonly date: string | null;
  readonly respondsTo: readonly string[];
  readonly responses: readonly string[];
  readonly status: string;
}

export interface DecisionLine {
  readonly id: string;
  readonly subject: string;
  readonly document: string | null;
  readonly status: string;
  readonly objectors: readonly string[];
  readonly dissociated: readonly string[];
}

export interface VoteLine {
  readonly draft: string;
  readonly stage: string;
  readonly subject: string;
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly absent: number;
  readonly adopted: boolean;
  readonly method: string;
  readonly resolution?: string;
}

// The parts of the procedures' contexts read here (the engine exports the state, not its machines).
interface DocumentContext {
  readonly symbol: string | null;
  readonly title: string;
  readonly authors: readonly string[];
  readonly kind: string;
  readonly submittedOn: string | null;
  readonly respondsTo: readonly string[];
  readonly responses: readonly string[];
}
interface DecisionContext {
  readonly id: string;
  readonly subject: string;
  readonly document: string | null;
  readonly objections: readonly string[];
  readonly dissociations: readonly { readonly member: string }[];
}
interface DraftContext {
  readonly symbol: string;
  readonly resolutionSymbol: string | null;
  readonly results: readonly Omit<VoteLine, 'draft' | 'resolution'>[];
}

/** The circulated documents, the CD's decisions and the General Assembly's votes, in order. */
export function summarize(state: GameState): RunSummary {
  const turn = state.calendar[Math.min(state.turn, state.calendar.length - 1)];
  return {
    phase: state.phase,
    turn: turn?.label ?? '',
    date: state.date,
    documents: documents(state),
    decisions: decisions(state),
    votes: votes(state),
    tension: state.tension,
    debris: state.debris,
    hash: hashState(state),
  };
}

/** Documents that carry a symbol, in the order they entered the game. */
export function documents(state: GameState): DocumentLine[] {
  return state.documentOrder.flatMap((id) => {
    const entry = state.documents[id];
    if (!entry) return [];
    const document = entry.procedure.context as DocumentContext;
    if (document.symbol === null) return [];
    return [
      {
        symbol: document.symbol,
        title: document.title,
        authors: document.authors,
        kind: document.kind,
        date: document.submittedOn,
        respondsTo: document.respondsTo,
        responses: document.responses,
        status: stateName(entry.procedure.value),
      },
    ];
  });
}

export function decisions(state: GameState): DecisionLine[] {
  return state.cd.decisionOrder.flatMap((id) => {
    const snapshot = state.cd.decisions[id];
    if (!snapshot) return [];
    const decision = snapshot.context as DecisionContext;
    return [
      {
        id: decision.id,
        subject: decision.subject,
        document: decision.document,
        status: stateName(snapshot.value),
        objectors: decision.objections,
        dissociated: decision.dissociations.map((entry) => entry.member),
      },
    ];
  });
}

/** Every recorded vote and every adoption without a vote, draft by draft. */
export function votes(state: GameState): VoteLine[] {
  return state.unga.draftOrder.flatMap((symbol) => {
    const snapshot = state.unga.drafts[symbol];
    if (!snapshot) return [];
    const draft = snapshot.context as DraftContext;
    const status = stateName(snapshot.value);
    return draft.results.map((result) => {
      const line = { draft: draft.symbol, ...result };
      const becameResolution =
        status === 'adopted' && result.stage === 'plenary' && result.subject === 'whole';
      const resolution = becameResolution && result.adopted ? draft.resolutionSymbol : null;
      return resolution === null ? line : { ...line, resolution };
    });
  });
}

/** A machine's state value as one name: 'answered', 'committeeAction.voting'. */
export function stateName(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return String(value);
  return Object.entries(value)
    .map(([key, inner]) => `${key}.${stateName(inner)}`)
    .join(' & ');
}
