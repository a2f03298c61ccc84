import type {
  ActionPreview,
  GameView,
  IntentInput,
  RecordEntry,
  Rejection,
  SeatId,
  Viewer,
} from '../../engine/index';

/** How the page is being played. */
export type PlayMode = 'solo' | 'hotseat' | 'replay' | 'classroom';

/** Who made a move the screen is told about: a seat, or the computer-run world. */
export type MoveAuthor = SeatId | 'world' | 'host';

/** What a screen receives after every change: the viewer's view and what it newly sees. */
export interface ClientUpdate {
  readonly view: GameView;
  /** Transcript lines the viewer had not seen yet (to animate: a gavel, a vote board). */
  readonly fresh: readonly RecordEntry[];
  /** The move that caused this update, when one did. */
  readonly move?: { readonly intent: IntentInput; readonly by: MoveAuthor };
}

export type SendResult = { readonly ok: true } | { readonly ok: false; readonly error: Rejection };

/**
 * The one door between the screens and a game, whether the engine runs in the page (solo,
 * hotseat) or on the classroom server. Screens never call the engine's `apply` themselves:
 * every choice they offer comes from `legalActions()`, every move goes through `send()`, and
 * everything they draw comes from `view()`.
 */
export interface GameClient {
  readonly mode: PlayMode;
  /** The seat (or the host, or the public projector) whose view is shown now. */
  viewer(): Viewer;
  view(): GameView;
  /** The intents the viewer's seat may send now (empty for the host's or the public view). */
  legalActions(): readonly IntentInput[];
  send(intent: IntentInput): Promise<SendResult>;
  /** Lets the computer-run delegations and the world play until a person must act. */
  endTurn(): Promise<SendResult>;
  subscribe(listener: (update: ClientUpdate) => void): () => void;
  dispose(): void;
  /**
   * Optional: what an intent would cost and change (the engine's `actionPreview`), for the
   * cost shown beside each action. Clients that cannot tell leave it out.
   */
  preview?(intent: IntentInput): ActionPreview;
}
