import type {
  ActionPreview,
  GameState,
  GameView,
  Intent,
  IntentInput,
  RecordEntry,
  Rejection,
  SaveFile,
  Scenario,
  SeatId,
  Viewer,
} from '../../engine/index';
import {
  HOST,
  actionPreview,
  apply,
  createGame,
  legalActions,
  makeSave,
  view,
} from '../../engine/index';
import type { ComputerWorld, Difficulty } from './computer-world';
import type { ClientUpdate, GameClient, MoveAuthor, SendResult } from './game-client';

/** How a game in the page was set up: enough to start it again or to reload a save. */
export interface LocalGameSetup {
  readonly mode: 'solo' | 'hotseat';
  readonly scenario: Scenario;
  readonly seed: number;
  /** The seats people lead, in the order they play in hotseat (one seat in solo). */
  readonly humans: readonly SeatId[];
  readonly difficulty: Difficulty;
}

interface Checkpoint {
  readonly state: GameState;
  readonly logLength: number;
  readonly active: number;
  readonly handOver: SeatId | null;
}

const UNDO_DEPTH = 40;

/**
 * A game played in the page: the engine runs here, the computer world runs in a worker (or
 * here), and the viewer is the seat in play. In hotseat, the seats take the screen in turn and
 * between two of them the viewer is the public until the next person takes the seat, so no one
 * sees another seat's secrets. Solo games can take moves back (undo).
 */
export class LocalClient implements GameClient {
  readonly mode: 'solo' | 'hotseat';
  private state: GameState;
  private log: Intent[];
  private active = 0;
  private handOver: SeatId | null;
  private thinking = false;
  private readonly seen = new Map<Viewer, number>();
  private readonly listeners = new Set<(update: ClientUpdate) => void>();
  private readonly undoStack: Checkpoint[] = [];
  private options: { state: GameState; viewer: Viewer; intents: readonly IntentInput[] } | null =
    null;

  private constructor(
    readonly setup: LocalGameSetup,
    private readonly world: ComputerWorld,
    state: GameState,
    log: readonly Intent[],
  ) {
    if (setup.humans.length === 0)
      throw new Error('LocalClient: humans must name at least one seat');
    this.mode = setup.mode;
    this.state = state;
    this.log = [...log];
    this.handOver = setup.mode === 'hotseat' ? (setup.humans[0] ?? null) : null;
    this.markSeen(this.viewer());
  }

  /** A new game of the scenario. */
  static start(setup: LocalGameSetup, world: ComputerWorld): LocalClient {
    return new LocalClient(setup, world, createGame(setup.scenario, setup.seed), []);
  }

  /** A game brought back from its log (a loaded save). */
  static restore(
    setup: LocalGameSetup,
    world: ComputerWorld,
    state: GameState,
    log: readonly Intent[],
  ): LocalClient {
    return new LocalClient(setup, world, state, log);
  }

  viewer(): Viewer {
    if (this.handOver !== null) return 'public';
    return this.seatInPlay();
  }

  /** The seat whose turn it is at this screen (behind the hand-over screen, the next one). */
  seatInPlay(): SeatId {
    return this.setup.humans[this.active] ?? this.setup.humans[0]!;
  }

  view(): GameView {
    return view(this.state, this.viewer());
  }

  legalActions(): readonly IntentInput[] {
    const viewer = this.viewer();
    if (viewer === 'public' || viewer === 'host' || this.thinking) return [];
    // Screens ask several times per update; the answer only changes with the state.
    if (this.options?.state !== this.state || this.options.viewer !== viewer)
      this.options = { state: this.state, viewer, intents: legalActions(this.state, viewer) };
    return this.options.intents;
  }

  send(intent: IntentInput): Promise<SendResult> {
    const viewer = this.viewer();
    if (this.thinking) return refuse('the other delegations are still playing their turn');
    if (viewer === 'public' || viewer === 'host')
      return refuse(`${intent.type}: no seat is in play at this screen`);
    if (intent.actor !== viewer)
      return refuse(`${intent.type}: this screen plays ${viewer}, not ${intent.actor}`);
    const before = this.checkpoint();
    const result = apply(this.state, intent);
    if (!result.ok) return Promise.resolve({ ok: false, error: result.error });
    this.remember(before);
    this.state = result.state;
    this.log.push(result.intent);
    this.publish({ intent, by: viewer });
    return this.respond();
  }

  /**
   * Lets the computer world open the game (the session, the first plenary) before the first
   * person acts; the shell calls it once the screens are listening.
   */
  async begin(): Promise<void> {
    await this.respond();
  }

  /** What the engine says an intent would cost and change, before it is sent. */
  preview(intent: IntentInput): ActionPreview {
    return actionPreview(this.state, intent);
  }

  async endTurn(): Promise<SendResult> {
    if (this.thinking) return refuse('the other delegations are still playing their turn');
    if (this.state.phase === 'ended') return refuse('turn.ended: the scenario has ended');
    if (this.handOver !== null)
      return refuse(`turn.ended: ${this.handOver} has not taken the seat`);
    const before = this.checkpoint();
    if (this.mode === 'hotseat' && this.active < this.setup.humans.length - 1) {
      this.remember(before);
      this.active += 1;
      this.handOver = this.seatInPlay();
      this.publish();
      return { ok: true };
    }
    this.thinking = true;
    this.publish();
    try {
      this.remember(before);
      await this.computerPlays('finish');
      if (this.state.turn === before.state.turn && this.state.phase === 'playing')
        this.applyQuietly({ type: 'turn.ended', actor: HOST });
      await this.computerPlays('respond');
    } finally {
      this.thinking = false;
    }
    this.active = 0;
    this.handOver =
      this.mode === 'hotseat' && this.state.phase === 'playing' ? this.seatInPlay() : null;
    this.publish({ intent: { type: 'turn.ended', actor: HOST }, by: 'host' });
    return { ok: true };
  }

  subscribe(listener: (update: ClientUpdate) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.listeners.clear();
    this.world.dispose();
  }

  /** Hotseat: the seat waiting behind the hand-over screen, or null when a seat is in play. */
  pendingHandOver(): SeatId | null {
    return this.handOver;
  }

  /** Hotseat: the person at the screen is the seat named by the hand-over screen. */
  takeSeat(): void {
    if (this.handOver === null) return;
    this.handOver = null;
    this.publish();
  }

  /** True while the computer world is playing (the screens then offer nothing). */
  isThinking(): boolean {
    return this.thinking;
  }

  canUndo(): boolean {
    return this.mode === 'solo' && !this.thinking && this.undoStack.length > 0;
  }

  /** Solo: takes back the last move of the person, with what the computer did after it. */
  undo(): boolean {
    const checkpoint = this.canUndo() ? this.undoStack.pop() : undefined;
    if (!checkpoint) return false;
    this.state = checkpoint.state;
    this.log = this.log.slice(0, checkpoint.logLength);
    this.active = checkpoint.active;
    this.handOver = checkpoint.handOver;
    for (const [viewer, count] of this.seen)
      this.seen.set(viewer, Math.min(count, this.state.record.length - 1));
    this.publish();
    return true;
  }

  /** The engine's versioned save file: scenario, seed, accepted intents and the state's hash. */
  save(): SaveFile {
    return makeSave(this.setup.scenario, this.setup.seed, this.log, this.state);
  }

  private async respond(): Promise<SendResult> {
    if (this.state.phase === 'ended' || this.thinking) return { ok: true };
    this.thinking = true;
    try {
      const before = this.state.record.length;
      await this.computerPlays('respond');
      if (this.state.record.length === before) return { ok: true };
    } finally {
      this.thinking = false;
    }
    this.publish();
    return { ok: true };
  }

  private async computerPlays(kind: 'respond' | 'finish'): Promise<void> {
    if (this.state.phase === 'ended') return;
    const moves = await this.world.play({
      state: this.state,
      kind,
      humans: this.setup.humans,
      difficulty: this.setup.difficulty,
    });
    for (const move of moves) this.applyQuietly(move);
  }

  private applyQuietly(intent: IntentInput): void {
    const result = apply(this.state, intent);
    if (!result.ok) return;
    this.state = result.state;
    this.log.push(result.intent);
  }

  private checkpoint(): Checkpoint {
    return {
      state: this.state,
      logLength: this.log.length,
      active: this.active,
      handOver: this.handOver,
    };
  }

  private remember(checkpoint: Checkpoint): void {
    if (this.mode !== 'solo') return;
    this.undoStack.push(checkpoint);
    if (this.undoStack.length > UNDO_DEPTH) this.undoStack.shift();
  }

  private publish(move?: { intent: IntentInput; by: MoveAuthor }): void {
    const viewer = this.viewer();
    const current = this.view();
    const fresh = this.freshFor(viewer, current.record);
    const update: ClientUpdate = move ? { view: current, fresh, move } : { view: current, fresh };
    for (const listener of [...this.listeners]) listener(update);
  }

  private freshFor(viewer: Viewer, record: readonly RecordEntry[]): RecordEntry[] {
    const seenUpTo = this.seen.get(viewer) ?? -1;
    this.markSeen(viewer);
    return record.filter((entry) => entry.index > seenUpTo);
  }

  private markSeen(viewer: Viewer): void {
    this.seen.set(viewer, this.state.record.at(-1)?.index ?? -1);
  }
}

function refuse(message: string): Promise<SendResult> {
  const error: Rejection = { code: 'procedure-refused', message };
  return Promise.resolve({ ok: false, error });
}
