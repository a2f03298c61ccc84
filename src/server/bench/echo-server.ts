import { Room, Server, matchMaker } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';

/**
 * The floor for the load bench: a bare Colyseus room that sends every message it gets to all
 * its clients. Whatever the classroom adds on top (the engine, SQLite, views and patches) is
 * the difference between the two.
 */
class EchoRoom extends Room {
  override autoDispose = false;
  override maxClients = 100;

  override onCreate(options: { code: string }): void {
    this.roomId = options.code;
    this.patchRate = 1000;
    this.onMessage('*', (_client, type, message) => this.broadcast(String(type), message));
  }
}

const port = Number(process.env.PORT ?? 0);
const server = new Server({
  transport: new WebSocketTransport(),
  greet: false,
  express: (app) => {
    app.post('/echo/:code', async (request, response) => {
      await matchMaker.createRoom('echo', { code: request.params.code });
      response.status(201).json({ code: request.params.code });
    });
  },
});
server.define('echo', EchoRoom);
await server.listen(port, '127.0.0.1');
console.log(`ECHO running on ${port}`);
