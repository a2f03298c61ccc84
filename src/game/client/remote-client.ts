import { Client as ColyseusClient } from '@colyseus/sdk';
import type { Room } from '@colyseus/sdk';
import type {
  GameState,
  GameView,
  IntentInput,
  RecordEntry,
  Rejection,
  Viewer,
} from '../../engine/index';
import { legalActions } from '../../engine/index';
import type {
  ClientMessage,
  ClientMessageType,
  JoinOptions,
  Refusal,
  ServerMessages,
  VisibleMove,
} from '../../server/protocol/classroom-protocol';
import { applyViewPatch } from '../../server/protocol/view-patch';
import type { ClientUpdate, GameClient, SendResult } from './game-client';

/** Where a student's seat token is kept between visits (localStorage in the browser). */
export interface TokenStorage {
  get(code: string): string | null;
  set(code: string, token: string): void;
}

export interface RemoteClientOptions {
  /** The server, e.g. `http://192.168.1.20:8080` (default: the page's own origin). */
  readonly endpoint: string;
  readonly code: string;
  readonly join: JoinOptions;
  readonly storage?: TokenStorage;
  /** How long to keep trying to come back after the server went away (ms, default 90 s). */
  readonly rejoinForMs?: number;
}

export type RoomInfo = ServerMessages['room'];
export type Welcome = ServerMessages['welcome'];
export type SeatProposal = ServerMessages['proposals']['proposals'][number];
export type RequestResult = { readonly ok: true } | { readonly ok: false; readonly error: Refusal };
/** Host and delegation commands other than intents (see classroom-protocol.ts). */
export type Command = Exclude<ClientMessageType, 'intent' | 'resync'>;

/**
 * A classroom game played on the server, seen through the `GameClient` door. The room sends
 * this client its viewer's view and patches of it; choices are offered from that view, and
 * every move is decided by the server. When the connection drops it comes back by itself: first
 * through Colyseus' reconnection, then (after a server restart) by joining again with the seat
 * token the server gave this student.
 */
export class RemoteClient implements GameClient {
  readonly mode = 'classroom' as const;
  private room!: Room;
  private current: GameView | null = null;
  private version = 0;
  private seenRecord = -1;
  private welcomeMessage: Welcome | null = null;
  private roomInfo: RoomInfo | null = null;
  private openProposals: readonly SeatProposal[] = [];
  private nextRequest = 1;
  private readonly pending = new Map<number, (result: RequestResult) => void>();
  private readonly listeners = new Set<(update: ClientUpdate) => void>();
  private readonly roomListeners = new Set<() => void>();
  private disposed = false;
  private ready!: Promise<void>;
  private markReady!: () => void;

  private constructor(
    private readonly sdk: ColyseusClient,
    private readonly options: RemoteClientOptions,
  ) {}

  /** Joins the room and resolves once the first view has arrived. */
  static async connect(options: RemoteClientOptions): Promise<RemoteClient> {
    const client = new RemoteClient(new ColyseusClient(options.endpoint), options);
    await client.joinRoom();
    return client;
  }

  viewer(): Viewer {
    const welcome = this.welcomeMessage;
    if (welcome?.role === 'student' && welcome.seat) return welcome.seat;
    return welcome?.role === 'host' ? 'host' : 'public';
  }

  view(): GameView {
    if (!this.current) throw new Error('RemoteClient: no view yet');
    return this.current;
  }

  /**
   * What this delegation may do now, worked out by the engine from the seat's own view (the
   * rules never need another seat's secrets to judge a seat's own moves). The server checks
   * every intent again; a stale option is refused with its reason, never played.
   */
  legalActions(): readonly IntentInput[] {
    const viewer = this.viewer();
    if (viewer === 'host' || viewer === 'public' || !this.current) return [];
    if (this.roomInfo?.seats[viewer].controller === 'bot') return [];
    return legalActions(this.current as unknown as GameState, viewer);
  }

  async send(intent: IntentInput): Promise<SendResult> {
    const result = await this.request('intent', { intent });
    return result.ok ? result : { ok: false, error: asRejection(result.error) };
  }

  /** A delegate who is not the speaker proposes; the speaker sends it with one click. */
  propose(intent: IntentInput, note?: string): Promise<RequestResult> {
    return this.command('propose', note === undefined ? { intent } : { intent, note });
  }

  /** For a delegation: "we are done this turn"; for the teacher: end the turn now. */
  async endTurn(): Promise<SendResult> {
    const result =
      this.welcomeMessage?.role === 'host'
        ? await this.command('host.endTurn', {})
        : await this.command('ready', { ready: true });
    return result.ok ? result : { ok: false, error: asRejection(result.error) };
  }

  /** Any other message of the protocol: teacher's console, proposals, speaker's hand-over. */
  command<TType extends Command>(
    type: TType,
    message: Omit<ClientMessage<TType>, 'request'>,
  ): Promise<RequestResult> {
    return this.request(type, message);
  }

  subscribe(listener: (update: ClientUpdate) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called when the roster, the seats, the clock or the proposals change. */
  onRoomChange(listener: () => void): () => void {
    this.roomListeners.add(listener);
    return () => this.roomListeners.delete(listener);
  }

  welcome(): Welcome | null {
    return this.welcomeMessage;
  }

  roomState(): RoomInfo | null {
    return this.roomInfo;
  }

  proposals(): readonly SeatProposal[] {
    return this.openProposals;
  }

  /** Whether this student speaks for the delegation. */
  isSpeaker(): boolean {
    const id = this.welcomeMessage?.member?.id;
    return this.roomInfo?.members.some((member) => member.id === id && member.speaker) ?? false;
  }

  dispose(): void {
    this.disposed = true;
    for (const resolve of this.pending.values()) {
      resolve({ ok: false, error: { code: 'not-allowed', message: 'the client was closed' } });
    }
    this.pending.clear();
    void this.room?.leave(true).catch(() => undefined);
  }

  private request(type: ClientMessageType, message: object): Promise<RequestResult> {
    const request = this.nextRequest++;
    return new Promise((resolve) => {
      this.pending.set(request, resolve);
      this.room.send(type, { ...message, request });
    });
  }

  private async joinRoom(): Promise<void> {
    this.ready = new Promise((resolve) => (this.markReady = resolve));
    const token = this.options.storage?.get(this.options.code);
    const join: JoinOptions =
      token && this.options.join.role === 'student'
        ? { role: 'student', token }
        : this.options.join;
    this.room = await this.sdk.joinById(this.options.code, join);
    this.listen(this.room);
    await this.ready;
  }

  private listen(room: Room): void {
    room.onMessage('welcome', (message: Welcome) => {
      this.welcomeMessage = message;
      if (message.token) this.options.storage?.set(this.options.code, message.token);
    });
    room.onMessage('view', (message: ServerMessages['view']) => {
      this.version = message.version;
      this.update(message.view);
      this.markReady();
    });
    room.onMessage('patch', (message: ServerMessages['patch']) => {
      if (!this.current || message.version <= this.version) return;
      if (message.from !== this.version) {
        room.send('resync', { request: 0 });
        return;
      }
      this.version = message.version;
      this.update(applyViewPatch(this.current, message.patch), message.move);
    });
    room.onMessage('room', (message: RoomInfo) => {
      this.roomInfo = message;
      this.notifyRoom();
    });
    room.onMessage('proposals', (message: ServerMessages['proposals']) => {
      this.openProposals = message.proposals;
      this.notifyRoom();
    });
    room.onMessage('result', (message: ServerMessages['result']) => {
      const resolve = this.pending.get(message.request);
      this.pending.delete(message.request);
      resolve?.(message.ok ? { ok: true } : { ok: false, error: message.error! });
    });
    room.onMessage('notice', () => undefined);
    room.onLeave((code: number) => {
      if (this.disposed || code === 4000) return;
      void this.rejoin();
    });
  }

  /** The server went away (a restart): join again with the same seat token or teacher key. */
  private async rejoin(): Promise<void> {
    const until = Date.now() + (this.options.rejoinForMs ?? 90_000);
    let wait = 250;
    while (!this.disposed && Date.now() < until) {
      try {
        await this.joinRoom();
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, wait));
        wait = Math.min(wait * 2, 4000);
      }
    }
  }

  private update(next: GameView, move?: VisibleMove): void {
    const fresh: RecordEntry[] = next.record.filter((entry) => entry.index > this.seenRecord);
    this.seenRecord = next.record.at(-1)?.index ?? this.seenRecord;
    this.current = next;
    const update: ClientUpdate = move ? { view: next, fresh, move } : { view: next, fresh };
    for (const listener of this.listeners) listener(update);
  }

  private notifyRoom(): void {
    for (const listener of this.roomListeners) listener();
  }
}

/** The `GameClient` door speaks in engine rejections; the room's own reasons travel as such. */
function asRejection(refusal: Refusal): Rejection {
  return {
    code: isEngineCode(refusal.code) ? (refusal.code as Rejection['code']) : 'procedure-refused',
    message: refusal.message,
  };
}

const ROOM_ONLY_CODES = new Set<string>([
  'bad-message',
  'too-large',
  'rate-limited',
  'not-allowed',
  'not-your-seat',
  'not-the-speaker',
  'seat-run-by-computer',
  'paused',
  'session-ended',
  'unknown-delegate',
  'unknown-proposal',
  'unknown-event',
]);

function isEngineCode(code: Refusal['code']): boolean {
  return !ROOM_ONLY_CODES.has(code);
}
