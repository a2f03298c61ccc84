import type { AuthContext, Client } from '@colyseus/core';
import { ErrorCode, Room, ServerError } from '@colyseus/core';
import { createHash, randomBytes } from 'node:crypto';
import type { SeatId, Viewer } from '../../engine/index';
import { HOST } from '../../engine/index';
import type {
  ClientMessageType,
  Refusal,
  SessionSettings,
  VisibleMove,
} from '../protocol/classroom-protocol';
import {
  MAX_MESSAGE_CHARS,
  clientMessageSchemas,
  joinOptionsSchema,
} from '../protocol/classroom-protocol';
import type { Debrief } from '../debrief';
import { debriefFromStore } from '../debrief';
import { scenarioFromStored } from '../scenarios';
import type { ScenarioEntry } from '../scenarios';
import type { SessionStore } from '../store/session-store';
import type { ComputerWorldFactory } from '../world/computer-world';
import type { ClientData, JoinAuth } from './client-data';
import { RATE_BURST, dataOf, takeToken, viewerOf } from './client-data';
import { ClassroomSession } from './classroom-session';
import { handleMessage } from './message-handlers';
import { SessionGame } from './session-game';
import type { Timers } from './turn-clock';
import { ViewFanout, send } from './view-fanout';

export interface ClassroomDeps {
  readonly store: SessionStore;
  readonly scenarios: ReadonlyMap<string, ScenarioEntry>;
  readonly world: ComputerWorldFactory;
  /** How long a dropped connection keeps its place (seconds). */
  readonly reconnectSeconds: number;
  /** Pause between two computer moves, so that people can follow them (ms). */
  readonly computerDelayMs: number;
  /** After a restart, the least time left in the turn and the wait for absent speakers (ms). */
  readonly restoreGraceMs: number;
}

/** How the matchmaker creates a room: a new session (with settings) or one resumed from SQLite. */
export interface CreateOptions {
  readonly code: string;
  readonly create?: { readonly settings: SessionSettings; readonly teacherKeyHash: string };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function newSecret(): string {
  return randomBytes(18).toString('base64url');
}

/**
 * The classroom room type, bound to this process's store, scenarios and computer world. The
 * room is the network side of a `ClassroomSession`: it admits clients by role, checks every
 * message (shape, size, rate), and sends each client its own viewer's view and nothing else.
 */
export function classroomRoom(deps: ClassroomDeps) {
  return class ClassroomRoom extends Room {
    override maxClients = 80;
    override autoDispose = false;
    /** Hard cap of Colyseus (the socket is closed); the room's own limit answers politely first. */
    override maxMessagesPerSecond = RATE_BURST * 5;
    session!: ClassroomSession;
    scenarioTitle = '';
    teacherKeyHash = '';
    private readonly fanout = new ViewFanout();
    private readonly timers = nodeTimers();

    override onCreate(options: CreateOptions): void {
      this.patchRate = 1000;
      this.roomId = options.code;
      const { store } = deps;
      if (options.create) {
        const entry = deps.scenarios.get(options.create.settings.scenario);
        if (!entry) throw new Error(`No scenario "${options.create.settings.scenario}"`);
        const seed = options.create.settings.seed ?? randomBytes(4).readUInt32BE() >>> 1;
        store.createSession({
          code: options.code,
          createdAt: Date.now(),
          scenarioId: entry.scenario.id,
          scenarioJson: entry.json,
          seed,
          settings: options.create.settings,
          teacherKeyHash: options.create.teacherKeyHash,
        });
      }
      const stored = store.session(options.code);
      if (!stored) throw new Error(`No session ${options.code} in this server's database`);
      const scenario = scenarioFromStored(stored.scenarioJson, stored.code);
      const game = options.create
        ? SessionGame.start(stored.code, scenario, stored.seed, store)
        : SessionGame.resume(stored.code, scenario, stored.seed, store).game;
      this.scenarioTitle = scenario.title;
      this.teacherKeyHash = stored.teacherKeyHash;
      this.session = new ClassroomSession(
        game,
        store,
        stored.settings,
        deps.world({ scenario, seed: stored.seed }),
        this.timers,
        deps.computerDelayMs,
        {
          gameChanged: (move) => this.publishGame(move),
          roomChanged: () => this.publishRoom(),
          proposalsChanged: () => this.publishProposals(),
        },
        stored.endedAt,
      );
      if (options.create) this.session.begin();
      else this.session.restore(stored.roomState, deps.restoreGraceMs);
      this.onMessage('*', (client: Client, type: string | number, message: unknown) =>
        this.receive(client, type, message),
      );
    }

    override onAuth(_client: Client, options: unknown, _context: AuthContext): JoinAuth {
      const parsed = joinOptionsSchema.safeParse(options);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ServerError(
          ErrorCode.AUTH_FAILED,
          `join: ${issue?.path.join('.') || 'options'}: ${issue?.message ?? 'not valid'}`,
        );
      }
      const join = parsed.data;
      if (join.role === 'host') {
        if (hashSecret(join.teacherKey) !== this.teacherKeyHash) {
          throw new ServerError(ErrorCode.AUTH_FAILED, 'join: the teacher key is not right');
        }
        return { role: 'host' };
      }
      if (join.role === 'public') return { role: 'public' };
      if (join.token !== undefined) {
        const member = this.session.roster.byTokenHash(hashSecret(join.token));
        if (!member) {
          throw new ServerError(ErrorCode.AUTH_FAILED, 'join: this seat token is not known here');
        }
        return { role: 'student', member: member.id };
      }
      if (this.session.isEnded()) {
        throw new ServerError(ErrorCode.AUTH_FAILED, 'join: this session is over');
      }
      const name = join.name!;
      return join.seat === undefined
        ? { role: 'student', name }
        : { role: 'student', name, seat: join.seat };
    }

    override onJoin(client: Client): void {
      const auth = client.auth as JoinAuth;
      const now = Date.now();
      const base = { tokens: RATE_BURST, refilledAt: now };
      let token: string | undefined;
      if (auth.role !== 'student') {
        client.userData = { role: auth.role, ...base } satisfies ClientData;
      } else {
        let memberId: string;
        if ('member' in auth) {
          memberId = auth.member;
        } else {
          token = newSecret();
          memberId = `m${randomBytes(5).toString('hex')}`;
          const seat = auth.seat ?? this.session.roster.leastTaken(this.seatsForNewcomers());
          const member = { id: memberId, name: auth.name, seat, tokenHash: hashSecret(token) };
          this.session.roster.add(member);
          deps.store.saveMember(this.roomId, member);
        }
        client.userData = {
          role: 'student',
          member: memberId,
          seat: this.session.roster.seatOf(memberId)!,
          ...base,
        } satisfies ClientData;
        this.session.roster.connected(memberId);
      }
      this.welcome(client, token);
      this.publishRoom();
    }

    override onDrop(client: Client): void {
      const data = dataOf(client);
      data.dropped = true;
      if (data.member) this.session.roster.disconnected(data.member, true);
      this.publishRoom();
      // A reconnection that never comes rejects; onLeave then says goodbye for it.
      this.allowReconnection(client, deps.reconnectSeconds).catch(() => undefined);
    }

    override onReconnect(client: Client): void {
      const data = dataOf(client);
      data.dropped = false;
      if (data.member) {
        this.session.roster.connected(data.member);
        data.seat = this.session.roster.seatOf(data.member);
      }
      this.welcome(client, undefined);
      this.publishRoom();
    }

    override onLeave(client: Client): void {
      const data = dataOf(client);
      if (data.member) {
        if (data.dropped) this.session.roster.released(data.member);
        else this.session.roster.disconnected(data.member, false);
      }
      this.publishRoom();
    }

    override onDispose(): void {
      this.session?.dispose();
      this.timers.clearAll();
    }

    /** The debrief, for the HTTP route of another process (see `remoteRoomCall`). */
    debriefFor(key: string): Debrief | 'forbidden' | null {
      if (hashSecret(key) !== this.teacherKeyHash) return 'forbidden';
      return debriefFromStore(deps.store, this.roomId) ?? null;
    }

    /** A student moved by the teacher now sees the new seat's view. */
    reseat(member: string): void {
      const seat = this.session.roster.seatOf(member);
      for (const client of this.clients) {
        const data = dataOf(client);
        if (data.member !== member || seat === undefined) continue;
        data.seat = seat;
        this.welcome(client, undefined);
      }
    }

    private seatsForNewcomers(): SeatId[] {
      const human = this.session.humanSeats();
      return human.length > 0 ? human : ['CHN', 'RUS', 'USA', 'EU'];
    }

    private welcome(client: Client, token: string | undefined): void {
      const data = dataOf(client);
      send(client, 'welcome', {
        code: this.roomId,
        role: data.role,
        scenarioTitle: this.scenarioTitle,
        ...(data.seat === undefined ? {} : { seat: data.seat }),
        ...(data.member === undefined
          ? {}
          : { member: { id: data.member, name: this.session.roster.nameOf(data.member) } }),
        ...(token === undefined ? {} : { token }),
      });
      const viewer = viewerOf(data);
      if (viewer) {
        this.fanout.sendWhole(client, viewer, this.session.game.state, this.session.game.length);
      }
      send(client, 'room', this.roomMessage());
      if (data.role !== 'public') this.sendProposals(client);
    }

    private receive(client: Client, type: string | number, message: unknown): void {
      const data = dataOf(client);
      const request = requestOf(message);
      const answer = (error?: Refusal) =>
        send(client, 'result', error ? { request, ok: false, error } : { request, ok: true });
      if (!takeToken(data, Date.now())) {
        answer({
          code: 'rate-limited',
          message: `${String(type)}: too many messages; wait a moment`,
        });
        return;
      }
      if (typeof type !== 'string' || !(type in clientMessageSchemas)) {
        answer({ code: 'bad-message', message: `"${String(type).slice(0, 40)}" is not a message` });
        return;
      }
      const size = JSON.stringify(message ?? null).length;
      if (size > MAX_MESSAGE_CHARS) {
        answer({
          code: 'too-large',
          message: `${type}: ${size} characters, more than the ${MAX_MESSAGE_CHARS} allowed`,
        });
        return;
      }
      const schema = clientMessageSchemas[type as ClientMessageType];
      const parsed = schema.safeParse(message);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        answer({
          code: 'bad-message',
          message: `${type}: ${issue?.path.join('.') || 'message'}: ${issue?.message ?? 'not valid'}`,
        });
        return;
      }
      answer(
        handleMessage(type as ClientMessageType, parsed.data, {
          data,
          session: this.session,
          resync: () => this.welcome(client, undefined),
          reseat: (member) => this.reseat(member),
          host: HOST,
        }),
      );
    }

    private clientsByViewer(): Map<Viewer, Client[]> {
      const groups = new Map<Viewer, Client[]>();
      for (const client of this.clients) {
        const viewer = viewerOf(dataOf(client));
        if (!viewer) continue;
        const group = groups.get(viewer);
        if (group) group.push(client);
        else groups.set(viewer, [client]);
      }
      return groups;
    }

    private publishGame(move: VisibleMove): void {
      const { state, length } = this.session.game;
      this.fanout.publish(this.clientsByViewer(), state, length, move);
    }

    private roomMessage() {
      return {
        members: this.session.roster.list(),
        seats: this.session.seatStatus(),
        clock: this.session.clock.status(),
        ended: this.session.isEnded(),
      };
    }

    private publishRoom(): void {
      const message = this.roomMessage();
      for (const client of this.clients) send(client, 'room', message);
    }

    private publishProposals(): void {
      for (const client of this.clients) {
        if (dataOf(client).role !== 'public') this.sendProposals(client);
      }
    }

    private sendProposals(client: Client): void {
      const data = dataOf(client);
      const seat = data.role === 'host' ? 'host' : data.seat;
      if (seat === undefined) return;
      send(client, 'proposals', { proposals: this.session.proposalsFor(seat) });
    }
  };
}

function requestOf(message: unknown): number {
  const request = (message as { request?: unknown } | null)?.request;
  return typeof request === 'number' && Number.isInteger(request) ? request : -1;
}

/** Node's timers, all cleared when the room goes. */
function nodeTimers(): Timers & { clearAll(): void } {
  const pending = new Set<NodeJS.Timeout>();
  return {
    now: () => Date.now(),
    setTimeout(callback, ms) {
      const handle = setTimeout(() => {
        pending.delete(handle);
        callback();
      }, ms);
      pending.add(handle);
      return {
        clear: () => {
          clearTimeout(handle);
          pending.delete(handle);
        },
      };
    },
    clearAll() {
      for (const handle of pending) clearTimeout(handle);
      pending.clear();
    },
  };
}
