import { z } from 'zod';
import type { GameView, IntentInput, RejectionCode, SeatId } from '../../engine/index';
import type { ViewPatch } from './view-patch';

/**
 * The classroom protocol: what a browser and the classroom room say to each other. Every
 * message a client sends is checked here (shape and size) before the room looks at it; what
 * the room sends is a per-viewer view and its patches, never the whole game.
 *
 * Shared by the server (src/server/rooms) and the browser (src/game/client/remote-client.ts):
 * this file imports nothing from Node.
 */

/** The name the room type is registered under (`client.joinById(code, …)` needs no name). */
export const CLASSROOM_ROOM = 'classroom';

/** Largest client message the room reads (measured as JSON); bigger ones are refused. */
export const MAX_MESSAGE_CHARS = 64 * 1024;
/** Hard cap of the WebSocket frame: beyond it the socket itself is closed by `ws`. */
export const MAX_FRAME_BYTES = 256 * 1024;

const SEAT = z.enum(['CHN', 'RUS', 'USA', 'EU']);
const requestId = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31);
const memberId = z.string().regex(/^m[0-9a-z]{4,16}$/, 'must be a member id such as "m1a2b"');
/** An intent is checked by the engine's own schema; here only its envelope. */
const intentEnvelope = z.looseObject({ type: z.string().min(1).max(60), actor: z.string() });

/** A first name: letters, spaces, hyphens and apostrophes, one or two words, no surname. */
export const firstNameSchema = z
  .string()
  .trim()
  .min(1, 'is empty')
  .max(24, 'is longer than 24 characters')
  .regex(/^[\p{L}][\p{L}'’-]*( [\p{L}][\p{L}'’-]*)?$/u, 'must be a first name (letters only)');

/** A room code: six letters and digits, without the ones that look alike (0/O, 1/I/L). */
export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const roomCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-HJ-KM-NP-Z2-9]{6}$/, 'must be the six-character room code');

/**
 * How a client joins a room (`client.joinById(code, options)`). A student comes with a first
 * name (and may ask for a seat), or comes back with the token handed out in `welcome`.
 */
export const joinOptionsSchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('host'), teacherKey: z.string().min(16).max(80) }),
  z.strictObject({ role: z.literal('public') }),
  z
    .strictObject({
      role: z.literal('student'),
      name: firstNameSchema.optional(),
      seat: SEAT.optional(),
      token: z.string().min(16).max(80).optional(),
    })
    .refine((join) => join.name !== undefined || join.token !== undefined, {
      message: 'a student joins with a first name (or the seat token of an earlier visit)',
      path: ['name'],
    }),
]);
export type JoinOptions = z.input<typeof joinOptionsSchema>;

/** What the teacher chooses when creating a session (`POST /api/sessions`). */
export const sessionSettingsSchema = z.strictObject({
  scenario: z.string().min(1).max(64),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31)
    .optional(),
  /** Seats left to the computer from the start; the others wait for students. */
  botSeats: z.array(SEAT).max(4).default([]),
  /** Seconds per turn on the server clock, or null for no limit. */
  turnSeconds: z
    .number()
    .int()
    .min(30)
    .max(3 * 3600)
    .nullable()
    .default(null),
});
export type SessionSettings = z.output<typeof sessionSettingsSchema>;
export type SessionSettingsInput = z.input<typeof sessionSettingsSchema>;

/** Client → room. Each carries a request id the `result` answer repeats. */
export const clientMessageSchemas = {
  /** The speaker sends an intent for the delegation. */
  intent: z.strictObject({ request: requestId, intent: intentEnvelope }),
  /** A delegate who is not the speaker proposes an intent the speaker can send with one click. */
  propose: z.strictObject({
    request: requestId,
    intent: intentEnvelope,
    note: z.string().max(200).optional(),
  }),
  'proposal.send': z.strictObject({ request: requestId, proposal: z.string().max(32) }),
  'proposal.dismiss': z.strictObject({ request: requestId, proposal: z.string().max(32) }),
  'speaker.handOver': z.strictObject({ request: requestId, to: memberId }),
  /** The delegation has finished for this turn (or takes it back). */
  ready: z.strictObject({ request: requestId, ready: z.boolean() }),
  /** Answered at once: a round trip (everything the room sent before the answer has arrived). */
  ping: z.strictObject({ request: requestId }),
  /** Asks again for the whole view (after a gap in the patches). */
  resync: z.strictObject({ request: requestId }),
  'host.pause': z.strictObject({ request: requestId }),
  'host.resume': z.strictObject({ request: requestId }),
  'host.extend': z.strictObject({
    request: requestId,
    seconds: z.number().int().min(10).max(3600),
  }),
  'host.endTurn': z.strictObject({ request: requestId }),
  'host.move': z.strictObject({ request: requestId, member: memberId, seat: SEAT }),
  'host.speaker': z.strictObject({ request: requestId, member: memberId }),
  'host.controller': z.strictObject({
    request: requestId,
    seat: SEAT,
    controller: z.enum(['human', 'bot']),
  }),
  'host.instruction': z.strictObject({
    request: requestId,
    seat: SEAT,
    text: z.string().trim().min(1).max(4000),
  }),
  /** Brings a scheduled event of this turn forward to now (the engine's `date.advanced`). */
  'host.event': z.strictObject({ request: requestId, event: z.string().min(1).max(64) }),
  'host.endGame': z.strictObject({ request: requestId }),
} as const;
export type ClientMessageType = keyof typeof clientMessageSchemas;
export type ClientMessage<TType extends ClientMessageType> = z.input<
  (typeof clientMessageSchemas)[TType]
>;

/** Why the room refused a message: an engine rejection, or one of the room's own reasons. */
export type RefusalCode =
  | RejectionCode
  | 'bad-message'
  | 'too-large'
  | 'rate-limited'
  | 'not-allowed'
  | 'not-your-seat'
  | 'not-the-speaker'
  | 'seat-run-by-computer'
  | 'paused'
  | 'session-ended'
  | 'unknown-delegate'
  | 'unknown-proposal'
  | 'unknown-event';

export interface Refusal {
  readonly code: RefusalCode;
  readonly message: string;
}

export type Role = 'host' | 'student' | 'public';

/** A move as a viewer may be told of it: who made it ('world' is the computer, 'host' the teacher). */
export interface VisibleMove {
  readonly intent: IntentInput;
  readonly by: SeatId | 'world' | 'host';
}

export interface Member {
  readonly id: string;
  readonly name: string;
  readonly seat: SeatId;
  readonly speaker: boolean;
  readonly connected: boolean;
}

export interface SeatStatus {
  readonly controller: 'human' | 'bot';
  readonly ready: boolean;
}

/** The turn clock, as the server keeps it. */
export interface ClockStatus {
  readonly paused: boolean;
  /** Milliseconds left in the turn, or null without a time limit. */
  readonly remainingMs: number | null;
}

export interface Proposal {
  readonly id: string;
  readonly by: string;
  readonly name: string;
  readonly intent: IntentInput;
  readonly note?: string;
}

/** Room → client. */
export interface ServerMessages {
  /** First message after a join: who the client is. `token` is for this student only. */
  welcome: {
    readonly code: string;
    readonly role: Role;
    readonly scenarioTitle: string;
    readonly seat?: SeatId;
    readonly member?: { readonly id: string; readonly name: string };
    readonly token?: string;
  };
  /** The whole view of the client's viewer, at log position `version`. */
  view: { readonly version: number; readonly view: GameView };
  /**
   * The changes from the view at `from` to the view at `version`, and the move that caused
   * them when the viewer may know it (its own seat's moves; every move for the host).
   */
  patch: {
    readonly from: number;
    readonly version: number;
    readonly patch: ViewPatch;
    readonly move?: VisibleMove;
  };
  /** Who is in the room, the seats, the clock and whether the session is over. */
  room: {
    readonly members: readonly Member[];
    readonly seats: Readonly<Record<SeatId, SeatStatus>>;
    readonly clock: ClockStatus;
    readonly ended: boolean;
  };
  /** The open proposals of the client's own delegation (the host gets every delegation's). */
  proposals: { readonly proposals: readonly (Proposal & { readonly seat: SeatId })[] };
  result: { readonly request: number; readonly ok: boolean; readonly error?: Refusal };
  notice: { readonly text: string };
}
export type ServerMessageType = keyof ServerMessages;
