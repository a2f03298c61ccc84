import { Server, matchMaker } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { WebSocketTransport } from '@colyseus/ws-transport';
import express from 'express';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { ServerConfig } from './config';
import './node-websocket';
import { mountClassroomApi } from './http/classroom-api';
import { CLASSROOM_ROOM, MAX_FRAME_BYTES } from './protocol/classroom-protocol';
import type { CreateOptions } from './rooms/classroom.room';
import { classroomRoom } from './rooms/classroom.room';
import { loadScenarios } from './scenarios';
import { SessionStore } from './store/session-store';
import type { ComputerWorldFactory } from './world/computer-world';
import { directorWorld } from './world/director-world';

export interface RunningServer {
  readonly port: number;
  readonly store: SessionStore;
  /** Codes of the sessions resumed from the database at start. */
  readonly resumed: readonly string[];
  close(): Promise<void>;
}

/**
 * One process, one port: the built page, the classroom API and the Colyseus rooms. Sessions
 * still open in the SQLite file are resumed (replayed from their logs) before the port opens,
 * so a student who comes back after a crash finds the room waiting.
 */
export async function startServer(
  config: ServerConfig,
  world: ComputerWorldFactory = directorWorld,
): Promise<RunningServer> {
  const store = new SessionStore(resolve(config.dataDir, 'paros.sqlite'));
  const scenarios = loadScenarios(config.scenarioDir);
  const httpServer = createServer();
  const transport = new WebSocketTransport({ server: httpServer, maxPayload: MAX_FRAME_BYTES });
  const gameServer = new Server({
    transport,
    greet: false,
    gracefullyShutdown: false,
    ...(config.redisUrl === undefined
      ? {}
      : {
          presence: new RedisPresence(config.redisUrl),
          driver: new RedisDriver(config.redisUrl),
        }),
    ...(config.publicAddress === undefined ? {} : { publicAddress: config.publicAddress }),
    express: (app) => {
      app.disable('x-powered-by');
      mountClassroomApi(app, store, scenarios);
      serveStatic(app, config.staticDir);
    },
  });
  gameServer.define(
    CLASSROOM_ROOM,
    classroomRoom({
      store,
      scenarios,
      world,
      reconnectSeconds: config.reconnectSeconds,
      computerDelayMs: config.computerDelayMs,
      restoreGraceMs: config.restoreGraceMs,
    }),
  );
  await gameServer.listen(config.port, config.host);
  const resumed = await resumeOpenSessions(store, config.resumeHours);
  const port = (httpServer.address() as AddressInfo).port;
  return {
    port,
    store,
    resumed,
    close: async () => {
      await gameServer.gracefullyShutdown(false);
      store.close();
    },
  };
}

async function resumeOpenSessions(store: SessionStore, hours: number): Promise<string[]> {
  const resumed: string[] = [];
  for (const code of store.openSessionCodes(Date.now() - hours * 3600_000)) {
    const options: CreateOptions = { code };
    try {
      // Here, not wherever the matchmaker would choose: this process holds the session's log.
      await matchMaker.handleCreateRoom(CLASSROOM_ROOM, options);
      resumed.push(code);
    } catch (error) {
      console.error(`Session ${code} could not be resumed:`, error);
    }
  }
  return resumed;
}

function serveStatic(app: express.Application, dist: string): void {
  if (!existsSync(resolve(dist, 'index.html'))) {
    console.warn(`No built game in ${dist}: run "npm run build" (npm start does it for you).`);
  }
  // The classroom pages are a second entry of the build (src/game/classroom/index.html).
  app.get('/classroom', (request, response) => {
    const query = request.originalUrl.slice('/classroom'.length);
    response.redirect(302, `/src/game/classroom/index.html${query}`);
  });
  app.use(express.static(dist, { index: 'index.html', maxAge: '1h' }));
}
