import type { Client } from '@colyseus/core';
import type { SeatId, Viewer } from '../../engine/index';
import type { Role } from '../protocol/classroom-protocol';

/** What the room keeps about each connection (Colyseus carries it over a reconnection). */
export interface ClientData {
  readonly role: Role;
  /** The student's member id; undefined for the host and the projector. */
  readonly member?: string;
  /** The seat whose view this connection receives (students only; changes when moved). */
  seat?: SeatId;
  /** Set when the connection dropped, so its final leave is told apart from a goodbye. */
  dropped?: boolean;
  /** Token bucket of the per-client rate limit. */
  tokens: number;
  refilledAt: number;
}

/** What `onAuth` hands to `onJoin`. */
export type JoinAuth =
  | { readonly role: 'host' }
  | { readonly role: 'public' }
  | { readonly role: 'student'; readonly name: string; readonly seat?: SeatId }
  | { readonly role: 'student'; readonly member: string };

export function dataOf(client: Client): ClientData {
  return client.userData as ClientData;
}

export function viewerOf(data: ClientData): Viewer | undefined {
  if (data.role === 'host') return 'host';
  if (data.role === 'public') return 'public';
  return data.seat;
}

/** Messages a client may send per second on average, and in one burst. */
export const RATE_PER_SECOND = 10;
export const RATE_BURST = 20;

/** Takes one token from the client's bucket; false when it is empty (the message is refused). */
export function takeToken(data: ClientData, now: number): boolean {
  const refill = ((now - data.refilledAt) / 1000) * RATE_PER_SECOND;
  data.tokens = Math.min(RATE_BURST, data.tokens + refill);
  data.refilledAt = now;
  if (data.tokens < 1) return false;
  data.tokens -= 1;
  return true;
}
