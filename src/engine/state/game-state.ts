import type { EconomySettings } from '../economy/economy-settings';
import type { Standing } from '../economy/standing';
import type { ActorId, SeatId } from '../ids';
import type { ProcedureSnapshot } from '../procedures/step';
import type {
  CalendarTurn,
  Confidence,
  Objective,
  ScheduledInstruction,
  TimedEvent,
} from '../scenario/scenario.schema';

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
  /**
   * How the game ended: 'completed' after the last turn, 'collapse' when the space-security
   * index fell below the scenario's threshold (a shared loss); null while it is played.
   */
  readonly outcome: 'completed' | 'collapse' | null;
  /** The scenario's economy: income, cap, refusal when short, collapse threshold. */
  readonly economy: EconomySettings;
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
  /**
   * Hidden: instructions from capital not yet delivered, in date order. Each leaves the list when
   * it falls due and joins its seat's `instructions`; only the host's view shows the list.
   */
  readonly instructionSchedule: readonly ScheduledInstruction[];
  /** Joint statements proposed between delegations: private to the two until issued. */
  readonly jointStatements: readonly JointStatement[];
  readonly tension: number;
  readonly debris: number;
  /** What happened, in order: the transcript every view and the debrief are made from. */
  readonly record: readonly RecordEntry[];
}

export interface SeatState {
  readonly controller: 'human' | 'bot';
  /** The score a standard computer delegation reaches in this seat (public; see the scenario). */
  readonly par: number;
  /** The standard delegations' measured totals behind the par, when the scenario has them. */
  readonly parScores?: readonly number[];
  /** Diplomatic capital: what the seat's actions are paid with (public). */
  readonly capital: number;
  /** Standing with each group, 0 to 100 (public: everyone sees how a delegation is regarded). */
  readonly standing: Standing;
  /**
   * The seat's unilateral moratorium on destructive direct-ascent ASAT tests: declared (and
   * kept) or broken by a later test (public).
   */
  readonly moratorium: 'none' | 'declared' | 'broken';
  readonly publicPosition: string;
  /** Hidden: only this seat's view carries them; each has points and a condition to check. */
  readonly objectives: readonly Objective[];
  /** Hidden: private instructions from capital delivered so far. */
  readonly instructions: readonly string[];
}

/** A joint statement one delegation proposes to another; issued once the partner agrees. */
export interface JointStatement {
  readonly id: string;
  readonly proposer: ActorId;
  readonly partner: ActorId;
  readonly topic: string;
  readonly text: string;
  readonly date: string;
  readonly status: 'proposed' | 'issued' | 'declined';
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
  /** The CD proposal, negotiating body or joint statement the line is about, by id. */
  readonly ref?: string;
  /** On the record of a recorded vote on a whole text: how each of the four seats voted. */
  readonly ballots?: Readonly<Partial<Record<SeatId, 'yes' | 'no' | 'abstain'>>>;
  /** On the same line: how the EU member States voted (a seat's objective may ask them united). */
  readonly euVotes?: {
    readonly yes: number;
    readonly no: number;
    readonly abstain: number;
    readonly absent: number;
  };
  readonly visibleTo: 'all' | readonly ActorId[];
}
