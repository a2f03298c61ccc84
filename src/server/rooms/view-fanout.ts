import type { Client } from '@colyseus/core';
import { Protocol, getMessageBytes } from '@colyseus/core';
import type { GameState, GameView, Viewer } from '../../engine/index';
import { view } from '../../engine/index';
import type {
  ServerMessages,
  ServerMessageType,
  VisibleMove,
} from '../protocol/classroom-protocol';
import { diffViews } from '../protocol/view-patch';

interface ViewerStream {
  version: number;
  view: GameView;
  /** The log length the view was made at. */
  at: number;
}

/**
 * Sends each client the view of its own viewer (its seat, the host or the public) and, after
 * the first, only patches of it. A view is made and encoded once per viewer, however many
 * clients share it; no client is ever sent another viewer's view.
 */
export class ViewFanout {
  private readonly streams = new Map<Viewer, ViewerStream>();

  /** The whole current view, for a client that joins, returns or asks again. */
  sendWhole(client: Client, viewer: Viewer, state: GameState, at: number): void {
    const stream = this.current(viewer, state, at);
    send(client, 'view', { version: stream.version, view: stream.view });
  }

  /** After the state moved: one patch per viewer that has clients, sent to those clients. */
  publish(
    clientsByViewer: ReadonlyMap<Viewer, readonly Client[]>,
    state: GameState,
    at: number,
    move: VisibleMove,
  ): void {
    for (const viewer of [...this.streams.keys()]) {
      if (!clientsByViewer.has(viewer)) this.streams.delete(viewer);
    }
    for (const [viewer, clients] of clientsByViewer) {
      const stream = this.streams.get(viewer);
      if (!stream) {
        const fresh = this.current(viewer, state, at);
        const bytes = encode('view', { version: fresh.version, view: fresh.view });
        for (const client of clients) client.enqueueRaw(bytes);
        continue;
      }
      if (stream.at === at) continue;
      const next = view(state, viewer);
      const patch = diffViews(stream.view, next);
      stream.at = at;
      stream.view = next;
      if (patch.length === 0) continue;
      const from = stream.version;
      stream.version++;
      const visible = viewer === 'host' || move.intent.actor === viewer;
      const bytes = encode(
        'patch',
        visible
          ? { from, version: stream.version, patch, move }
          : { from, version: stream.version, patch },
      );
      for (const client of clients) client.enqueueRaw(bytes);
    }
  }

  private current(viewer: Viewer, state: GameState, at: number): ViewerStream {
    const stream = this.streams.get(viewer);
    if (stream && stream.at === at) return stream;
    const fresh = { version: (stream?.version ?? 0) + 1, view: view(state, viewer), at };
    this.streams.set(viewer, fresh);
    return fresh;
  }
}

export function send<TType extends ServerMessageType>(
  client: Client,
  type: TType,
  message: ServerMessages[TType],
): void {
  client.enqueueRaw(encode(type, message));
}

export function encode<TType extends ServerMessageType>(
  type: TType,
  message: ServerMessages[TType],
): Uint8Array {
  return getMessageBytes.raw(Protocol.ROOM_DATA, type, message);
}
