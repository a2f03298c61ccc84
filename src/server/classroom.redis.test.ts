import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ServerProcess } from './testing/server-process';
import { createSession, freePort, removeDir, startServerProcess } from './testing/server-process';
import { TestClient } from './testing/test-client';

const REDIS = '/usr/bin/redis-server';
const hasRedis = existsSync(REDIS);
if (!hasRedis) {
  console.warn(
    `Skipping the two-process test: ${REDIS} is not installed (apt-get install redis-server).`,
  );
}

let redis: ChildProcess | undefined;
const servers: ServerProcess[] = [];
const clients: TestClient[] = [];

/** Starts redis-server on a free port, without saving anything to disk. */
async function startRedis(): Promise<string> {
  const port = await freePort();
  redis = spawn(
    REDIS,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`redis-server did not start:\n${output}`)),
      20_000,
    );
    redis!.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return `redis://127.0.0.1:${port}`;
}

function portOf(client: TestClient): number {
  return Number(new URL(client.connection.connection.url!).port);
}

describe.skipIf(!hasRedis)('two server processes sharing rooms through Redis', () => {
  beforeAll(async () => {
    const redisUrl = await startRedis();
    for (let index = 0; index < 2; index++) {
      const port = await freePort();
      servers.push(
        await startServerProcess({
          port,
          env: { REDIS_URL: redisUrl, PUBLIC_ADDRESS: `127.0.0.1:${port}` },
        }),
      );
    }
  });

  afterAll(async () => {
    for (const client of clients) await client.leave();
    for (const server of servers) {
      await server.kill();
      removeDir(server.dataDir);
    }
    redis?.kill('SIGTERM');
  });

  test('a student who comes in through one process joins the room the other holds', async () => {
    const [first, second] = servers as [ServerProcess, ServerProcess];
    const { code, teacherKey } = await createSession(first.url, { scenario: 'classroom-2008' });
    const host = await TestClient.join(first.url, code, { role: 'host', teacherKey });
    clients.push(host);
    const holder = servers.find((server) => server.port === portOf(host))!;
    const other = holder === first ? second : first;

    const student = await TestClient.join(other.url, code, {
      role: 'student',
      name: 'Zoe',
      seat: 'EU',
    });
    clients.push(student);
    expect(portOf(student)).toBe(holder.port);
    expect(student.welcome).toMatchObject({ code, seat: 'EU' });
    await host.until(
      () => host.room!.members.some((member) => member.name === 'Zoe' && member.connected),
      'the host to see Zoe',
    );
    const before = host.view!.record.length;
    expect(
      await student.request('intent', {
        intent: {
          type: 'consultation.held',
          actor: 'EU',
          with: ['USA'],
          topic: 'across processes',
        },
      }),
    ).toMatchObject({ ok: true });
    await host.until(() => host.view!.record.length > before, 'the move to reach the host');

    // The debrief is found through either process.
    const response = await fetch(
      `${other.url}/api/sessions/${code}/debrief.json?key=${teacherKey}`,
    );
    expect(response.status).toBe(200);
    expect(((await response.json()) as { code: string }).code).toBe(code);
  });
});
