import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { IntentInput } from '../engine/index';
import { RemoteClient } from '../game/client/remote-client';
import type { Debrief } from './debrief';
import type { ServerMessages } from './protocol/classroom-protocol';
import type { ServerProcess } from './testing/server-process';
import {
  createSession,
  freePort,
  removeDir,
  startServerProcess,
  tempDataDir,
} from './testing/server-process';
import { TestClient } from './testing/test-client';

const dataDir = tempDataDir();
let port: number;
let server: ServerProcess;
let code: string;
let teacherKey: string;
let host: TestClient;
let carla: TestClient;
let ana: RemoteClient;
const tokens = new Map<string, string>();

beforeAll(async () => {
  port = await freePort();
  server = await startServerProcess({ port, dataDir });
  ({ code, teacherKey } = await createSession(server.url, {
    scenario: 'classroom-2008',
    seed: 11,
    turnSeconds: 900,
  }));
  host = await TestClient.join(server.url, code, { role: 'host', teacherKey });
  ana = await RemoteClient.connect({
    endpoint: server.url,
    code,
    join: { role: 'student', name: 'Ana', seat: 'CHN' },
    storage: { get: (key) => tokens.get(key) ?? null, set: (key, token) => tokens.set(key, token) },
  });
  carla = await TestClient.join(server.url, code, { role: 'student', name: 'Carla', seat: 'RUS' });
});

afterAll(async () => {
  ana?.dispose();
  await carla?.leave();
  await host?.leave();
  await server?.kill();
  removeDir(dataDir);
});

async function debrief(): Promise<Debrief> {
  const response = await fetch(`${server.url}/api/sessions/${code}/debrief.json?key=${teacherKey}`);
  return (await response.json()) as Debrief;
}

describe('a server killed with kill -9', () => {
  const acknowledged: IntentInput[] = [];

  test('the class plays: every move the room accepts is acknowledged', async () => {
    const anaMoves: IntentInput[] = [
      { type: 'consultation.held', actor: 'CHN', with: ['RUS'], topic: 'first talk' },
      { type: 'launch.conducted', actor: 'CHN', purpose: 'civil' },
    ];
    for (const intent of anaMoves) {
      expect(await ana.send(intent)).toEqual({ ok: true });
      acknowledged.push(intent);
    }
    expect(ana.viewer()).toBe('CHN');
    expect(ana.legalActions().every((intent) => intent.actor === 'CHN')).toBe(true);
    expect(ana.legalActions().length).toBeGreaterThan(0);
  });

  test('is killed mid-turn, right after acknowledging a burst of moves', async () => {
    const burst: IntentInput[] = [
      { type: 'consultation.held', actor: 'RUS', with: ['CHN'], topic: 'burst one' },
      { type: 'consultation.held', actor: 'RUS', with: ['USA'], topic: 'burst two' },
      { type: 'launch.conducted', actor: 'RUS', purpose: 'civil' },
      { type: 'consultation.held', actor: 'RUS', with: ['EU'], topic: 'burst three' },
    ];
    const first = 1000;
    burst.forEach((intent, index) => carla.sendRaw('intent', { request: first + index, intent }));
    const results = () =>
      carla
        .messagesOf('result')
        .filter((result: ServerMessages['result']) => result.request >= first);
    await carla.until(() => results().length >= 2, 'two answers of the burst');
    await server.kill('SIGKILL');
    for (const result of results()) {
      if (result.ok) acknowledged.push(burst[result.request - first]!);
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(3);
  });

  test('restarts, resumes the session from its log, and has lost no acknowledged move', async () => {
    server = await startServerProcess({ port, dataDir });
    expect(server.output()).toContain('1 session(s) resumed');
    const log = (await debrief()).log.map((entry) => entry.intent);
    for (const intent of acknowledged) {
      expect(log).toContainEqual(expect.objectContaining(intent));
    }
  });

  test('the students find their seats again and the game goes on', async () => {
    // Ana's RemoteClient comes back by itself with the seat token it was given.
    await new Promise<void>((resolve) => {
      const stop = ana.subscribe(() => {
        stop();
        resolve();
      });
    });
    expect(ana.viewer()).toBe('CHN');
    expect(ana.view().consultations.map((entry) => entry.topic)).toContain('first talk');
    expect(await ana.send({ type: 'moratorium.declared', actor: 'CHN' })).toEqual({ ok: true });

    const token = carla.welcome!.token!;
    carla = await TestClient.join(server.url, code, { role: 'student', token });
    expect(carla.welcome).toMatchObject({ seat: 'RUS', member: { name: 'Carla' } });
    expect(carla.welcome!.token).toBeUndefined();
    host = await TestClient.join(server.url, code, { role: 'host', teacherKey });
    const clock = host.room!.clock;
    expect(clock.paused).toBe(false);
    expect(clock.remainingMs).toBeGreaterThan(15_000);
    const names = host.room!.members.map((member) => [member.name, member.seat, member.connected]);
    expect(names).toEqual([
      ['Ana', 'CHN', true],
      ['Carla', 'RUS', true],
    ]);
  });
});
