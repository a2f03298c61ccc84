import { WebSocket } from 'ws';

/**
 * Colyseus 0.17 reads `WebSocket.OPEN` from the global scope when a dropped client reconnects.
 * Node 22 has a global WebSocket; Node 20 (which PAROS supports) does not, and without this the
 * reconnection fails with "WebSocket is not defined". The `ws` class is the one the transport
 * itself uses.
 */
if (typeof globalThis.WebSocket === 'undefined') {
  (globalThis as { WebSocket?: unknown }).WebSocket = WebSocket;
}
