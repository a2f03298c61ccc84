import type { ActorId, SeatId } from '../ids';
import type { ProcedureSnapshot } from '../procedures/step';
import type { CalendarTurn, Confidence, TimedEvent } from '../scenario/scenario.schema';

/**
 * The whole game as one plain, serialisable object. It survives `JSON.stringify` unchanged;
 * saves, the log, the server and the replay rest on that. Procedures are kept as the persisted
 * snapshots of their XState machines and stepped with the pure `transition()`.
 */
export interface GameState {
  readonly schemaVersion: 1;
  readonly scenarioId: string;
  readonly seed: number;
  /** The seeded generator's state (see `random.ts`). */
  readonly random: number;
  readonly calendar: readonly CalendarTurn[];
  readonly turn: number;
  readonly date: string;
  readonly phase: 'playing' | 'ended';
  readonly seats: Readonly<Record<SeatId, SeatState>>;
  readonly cd: CdState;
  readonly documents: Readonly<Record<string, DocumentEntry>>;
  /** Document ids in the order they were drafted. */
  readonly documentOrder: readonly string[];
  readonly unga: UngaState;
  readonly gges: Readonly<Record<string, ProcedureSnapshot>>;
  readonly consultations: readonly Consultation[];
  readonly events: readonly TimedEvent[];
  readonly firedEvents: readonly string[];
  readonly tension: number;
  readonly debris: number;
  /** What happened, in order: the transcript every view and the debrief are made from. */
  readonly record: readonly RecordEntry[];
}

export interface SeatState {
  readonly controller: 'human' | 'bot';
  readonly capital: number;
  readonly publicPosition: string;
  /** Hidden: only this seat's view carries them. */
  readonly objectives: readonly { readonly id: string; readonly text: string }[];
  /** Hidden: private instructions from capital. */
  readonly instructions: readonly string[];
}

export interface CdState {
  readonly year: number;
  readonly session: ProcedureSnapshot;
  readonly presidencyAnchors: readonly { readonly year: number; readonly first: string }[];
  readonly agendaItems: readonly { readonly number: number; readonly title: string }[];
  readonly nextSymbol: number;
  readonly decisions: Readonly<Record<string, ProcedureSnapshot>>;
  readonly decisionOrder: readonly string[];
  readonly negotiations: Readonly<Record<string, ProcedureSnapshot>>;
}

export interface DocumentEntry {
  readonly id: string;
  readonly procedure: ProcedureSnapshot;
  readonly articles: readonly Article[];
  readonly summary: string;
  readonly date: string;
  /** From the scenario's record, or written during play. */
  readonly origin: 'record' | 'play';
  readonly confidence: Confidence;
  readonly source: string;
}

export interface Article {
  readonly number: string;
  readonly subject: string;
  readonly text: string;
  readonly confidence: Confidence;
}

export interface UngaState {
  readonly session: number;
  readonly nextDraftNumber: number;
  readonly nextResolutionNumber: number;
  readonly drafts: Readonly<Record<string, ProcedureSnapshot>>;
  readonly draftOrder: readonly string[];
}

export interface Consultation {
  readonly id: string;
  readonly turn: number;
  readonly date: string;
  readonly convenedBy: ActorId;
  readonly participants: readonly ActorId[];
  readonly topic: string;
}

/** One line of the transcript. `visibleTo: 'all'` is public; otherwise only those actors see it. */
export interface RecordEntry {
  readonly index: number;
  readonly turn: number;
  readonly date: string;
  readonly forum: 'cd' | 'unga' | 'gge' | 'capital' | 'world';
  readonly actor: ActorId;
  readonly kind: string;
  readonly summary: string;
  readonly symbol?: string;
  readonly tally?: {
    readonly yes: number;
    readonly no: number;
    readonly abstain: number;
    readonly absent: number;
  };
  readonly objectors?: readonly string[];
  readonly visibleTo: 'all' | readonly ActorId[];
}
