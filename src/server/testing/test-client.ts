import { Client } from '@colyseus/sdk';
import type { Room } from '@colyseus/sdk';
import type { GameView } from '../../engine/index';
import type {
  JoinOptions,
  ServerMessages,
  ServerMessageType,
} from '../protocol/classroom-protocol';
import { applyViewPatch } from '../protocol/view-patch';

export interface Received {
  readonly type: string;
  readonly message: unknown;
}

/**
 * A network client for tests: the Colyseus SDK, every message kept for inspection, the view
 * rebuilt from the patches as the browser would.
 */
export class TestClient {
  readonly received: Received[] = [];
  view: GameView | null = null;
  version = 0;
  welcome: ServerMessages['welcome'] | null = null;
  room: ServerMessages['room'] | null = null;
  proposals: ServerMessages['proposals']['proposals'] = [];
  /** Patches that did not follow the view held (each would make the client ask again). */
  patchGaps = 0;
  private nextRequest = 1;
  private readonly waiters = new Set<() => void>();

  private constructor(readonly connection: Room) {
    connection.reconnection.minUptime = 0;
    connection.onMessage('*', (type: string | number, message: unknown) => {
      this.received.push({ type: String(type), message });
      this.take(String(type), message);
      for (const waiter of [...this.waiters]) waiter();
    });
  }

  static async join(url: string, code: string, options: JoinOptions): Promise<TestClient> {
    const room = await new Client(url).joinById(code, options);
    const client = new TestClient(room);
    await client.until(() => client.view !== null && client.room !== null, 'the first view');
    return client;
  }

  /** Sends a message and waits for its `result`. */
  async request(type: string, message: Record<string, unknown> = {}) {
    const request = this.nextRequest++;
    this.connection.send(type, { ...message, request });
    return this.resultOf(request);
  }

  /** Sends anything at all (for malformed messages), without a request id of its own. */
  sendRaw(type: string, message: unknown): void {
    this.connection.send(type, message);
  }

  async resultOf(request: number): Promise<ServerMessages['result']> {
    let found: ServerMessages['result'] | undefined;
    await this.until(() => {
      found = this.received
        .filter((entry) => entry.type === 'result')
        .map((entry) => entry.message as ServerMessages['result'])
        .find((result) => result.request === request);
      return found !== undefined;
    }, `the result of request ${request}`);
    return found!;
  }

  messagesOf<TType extends ServerMessageType>(type: TType): ServerMessages[TType][] {
    return this.received
      .filter((entry) => entry.type === type)
      .map((entry) => entry.message as ServerMessages[TType]);
  }

  /** Waits until the condition holds, re-checked on every message (no polling, no sleeps). */
  until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`Timed out waiting for ${what}`));
      }, timeoutMs);
      const check = () => {
        if (!condition()) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      this.waiters.add(check);
    });
  }

  /** Cuts the socket without a goodbye, as a school's Wi-Fi does. */
  drop(): void {
    (
      this.connection.connection.transport as unknown as { ws: { terminate(): void } }
    ).ws.terminate();
  }

  async leave(): Promise<void> {
    const left = this.connection.leave(true).catch(() => undefined);
    await Promise.race([left, new Promise((resolve) => setTimeout(resolve, 2000))]);
  }

  private take(type: string, message: unknown): void {
    if (type === 'welcome') this.welcome = message as ServerMessages['welcome'];
    if (type === 'room') this.room = message as ServerMessages['room'];
    if (type === 'proposals') {
      this.proposals = (message as ServerMessages['proposals']).proposals;
    }
    if (type === 'view') {
      const whole = message as ServerMessages['view'];
      this.view = whole.view;
      this.version = whole.version;
    }
    if (type === 'patch') {
      const patch = message as ServerMessages['patch'];
      if (!this.view || patch.from !== this.version) {
        this.patchGaps++;
        return;
      }
      this.view = applyViewPatch(this.view, patch.patch);
      this.version = patch.version;
    }
  }
}
