import { Client } from '@colyseus/sdk';
import type { Room } from '@colyseus/sdk';
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SeatId } from '../../engine/index';
import { SEATS } from '../../engine/index';
import { createSession, freePort, removeDir, tempDataDir } from '../testing/server-process';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface LoadOptions {
  readonly rooms: number;
  readonly studentsPerRoom: number;
  /** Each room's speakers send one intent every this many milliseconds, in turn. */
  readonly intervalMs: number;
  /** How long the measured run lasts. */
  readonly seconds: number;
}

export interface LoadResult {
  readonly label: string;
  readonly roomsHeld: number;
  readonly clients: number;
  readonly updates: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  readonly memoryPerRoomKiB: number;
}

interface Process {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/**
 * The classroom under load: `rooms` sessions of `studentsPerRoom` students (plus the teacher),
 * every room's speakers taking turns to send an intent all its delegates see. The latency of
 * one intent is the time from sending it to the moment the last client of the room has the
 * update; memory is the server's resident size grown per room held.
 */
export async function runClassroomLoad(options: LoadOptions): Promise<LoadResult> {
  const dataDir = tempDataDir();
  const server = await spawnServer(['src/server/main.ts'], 'PAROS is running', {
    DATA_DIR: dataDir,
    COMPUTER_DELAY_MS: '0',
  }).catch((error: unknown) => {
    removeDir(dataDir);
    throw error;
  });
  try {
    const baseline = residentKiB(server.pid);
    const rooms = await inBatches(options.rooms, (index) =>
      ClassroomUnderLoad.open(server.url, index, options.studentsPerRoom),
    );
    const memory = (residentKiB(server.pid) - baseline) / options.rooms;
    const latencies = await drive(rooms, options, (room, n) => room.tick(n));
    await Promise.all(rooms.map((room) => room.close()));
    return summarise(
      'classroom',
      rooms.length,
      rooms.length * (options.studentsPerRoom + 1),
      latencies,
      memory,
    );
  } finally {
    await server.stop();
    removeDir(dataDir);
  }
}

/** The same number of rooms, clients and messages on a bare Colyseus room that only echoes. */
export async function runEchoLoad(options: LoadOptions): Promise<LoadResult> {
  const server = await spawnServer(['src/server/bench/echo-server.ts'], 'ECHO running', {});
  try {
    const baseline = residentKiB(server.pid);
    const rooms = await inBatches(options.rooms, (index) =>
      EchoUnderLoad.open(server.url, index, options.studentsPerRoom + 1),
    );
    const memory = (residentKiB(server.pid) - baseline) / options.rooms;
    const latencies = await drive(rooms, options, (room, n) => room.tick(n));
    await Promise.all(rooms.map((room) => room.close()));
    return summarise(
      'bare echo room',
      rooms.length,
      rooms.length * (options.studentsPerRoom + 1),
      latencies,
      memory,
    );
  } finally {
    await server.stop();
  }
}

/** Opens rooms ten at a time: quicker than one by one, gentler than all at once. */
async function inBatches<TRoom>(
  count: number,
  open: (index: number) => Promise<TRoom>,
): Promise<TRoom[]> {
  const rooms: TRoom[] = [];
  for (let first = 0; first < count; first += 10) {
    const batch = Array.from({ length: Math.min(10, count - first) }, (_, offset) =>
      open(first + offset),
    );
    rooms.push(...(await Promise.all(batch)));
  }
  return rooms;
}

/** Every room sends on its own schedule, spread evenly over the interval. */
async function drive<TRoom>(
  rooms: readonly TRoom[],
  options: LoadOptions,
  tick: (room: TRoom, n: number) => Promise<number | null>,
): Promise<number[]> {
  const latencies: number[] = [];
  const until = Date.now() + options.seconds * 1000;
  await Promise.all(
    rooms.map(async (room, index) => {
      await sleep((options.intervalMs * index) / rooms.length);
      for (let n = 0; Date.now() < until; n++) {
        const started = Date.now();
        const latency = await tick(room, n);
        // The first round warms the process up (JIT, prepared statements) and is not counted.
        if (latency !== null && n >= 4) latencies.push(latency);
        await sleep(Math.max(0, options.intervalMs - (Date.now() - started)));
      }
    }),
  );
  return latencies;
}

class ClassroomUnderLoad {
  private constructor(
    private readonly index: number,
    private readonly host: Room,
    private readonly students: readonly { seat: SeatId; room: Room; speaker: boolean }[],
  ) {}

  static async open(url: string, index: number, count: number): Promise<ClassroomUnderLoad> {
    const { code, teacherKey } = await createSession(url, {
      scenario: 'classroom-2008',
      seed: index,
    });
    const host = await new Client(url).joinById(code, { role: 'host', teacherKey });
    host.onMessage('*', () => undefined);
    const students = [];
    for (let n = 0; n < count; n++) {
      const seat = SEATS[n % SEATS.length]!;
      const room = await new Client(url).joinById(code, { role: 'student', name: `Student`, seat });
      room.onMessage('*', () => undefined);
      students.push({ seat, room, speaker: n < SEATS.length });
    }
    return new ClassroomUnderLoad(index, host, students);
  }

  /** One intent from the next seat's speaker; on a refusal (no capital left) the turn ends. */
  async tick(n: number): Promise<number | null> {
    const seat = SEATS[n % SEATS.length]!;
    const speaker = this.students.find((student) => student.seat === seat && student.speaker)!;
    const topic = `load ${this.index}-${n}`;
    const arrivals = this.students.map((student) => waitFor(student.room, 'patch', topic));
    const result = waitFor(speaker.room, 'result', `"request":${n + 1},`);
    const started = performance.now();
    speaker.room.send('intent', {
      request: n + 1,
      intent: {
        type: 'consultation.held',
        actor: seat,
        with: SEATS.filter((other) => other !== seat),
        topic,
      },
    });
    const answer = await result.done;
    if (!answer.includes('"ok":true')) {
      for (const arrival of arrivals) arrival.cancel();
      this.host.send('host.endTurn', { request: 1 });
      return null;
    }
    await Promise.all(arrivals.map((arrival) => arrival.done));
    return performance.now() - started;
  }

  async close(): Promise<void> {
    await Promise.all([this.host, ...this.students.map((student) => student.room)].map(leave));
  }
}

class EchoUnderLoad {
  private constructor(
    private readonly index: number,
    private readonly clients: readonly Room[],
  ) {}

  static async open(url: string, index: number, count: number): Promise<EchoUnderLoad> {
    const code = `E${index}`;
    await fetch(`${url}/echo/${code}`, { method: 'POST' });
    const clients = [];
    for (let n = 0; n < count; n++) {
      const room = await new Client(url).joinById(code, {});
      room.onMessage('*', () => undefined);
      clients.push(room);
    }
    return new EchoUnderLoad(index, clients);
  }

  async tick(n: number): Promise<number> {
    const topic = `echo ${this.index}-${n}`;
    const arrivals = this.clients.map((client) => waitFor(client, 'echo', topic));
    const started = performance.now();
    this.clients[n % this.clients.length]!.send('echo', { topic });
    await Promise.all(arrivals.map((arrival) => arrival.done));
    return performance.now() - started;
  }

  async close(): Promise<void> {
    await Promise.all(this.clients.map(leave));
  }
}

/** Resolves when `room` receives a message of `type` whose JSON contains `needle`. */
function waitFor(room: Room, type: string, needle: string) {
  let stop = () => undefined as void;
  const done = new Promise<string>((resolveArrival) => {
    const unbind = room.onMessage(type, (message: unknown) => {
      const text = JSON.stringify(message);
      if (!text.includes(needle)) return;
      unbind();
      resolveArrival(text);
    });
    stop = unbind;
  });
  return { done, cancel: () => stop() };
}

function leave(room: Room): Promise<unknown> {
  return Promise.race([room.leave(true).catch(() => undefined), sleep(2000)]);
}

async function spawnServer(
  args: readonly string[],
  ready: string,
  env: Record<string, string>,
): Promise<Process> {
  const port = await freePort();
  // LOAD_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=prof' profiles the server under load.
  const nodeArgs = (process.env.LOAD_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', ...args], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolveStart, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${args[0]} did not start:\n${output}`)),
      60_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(ready)) {
        clearTimeout(timer);
        resolveStart();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
  });
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGTERM');
      const stuck = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(stuck);
    },
  };
}

function residentKiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

function summarise(
  label: string,
  roomsHeld: number,
  clients: number,
  latencies: number[],
  memoryPerRoomKiB: number,
): LoadResult {
  const sorted = [...latencies].sort((left, right) => left - right);
  const at = (quantile: number) =>
    sorted.length === 0
      ? NaN
      : sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))]!;
  return {
    label,
    roomsHeld,
    clients,
    updates: sorted.length,
    p50Ms: round(at(0.5)),
    p95Ms: round(at(0.95)),
    maxMs: round(sorted.at(-1) ?? NaN),
    memoryPerRoomKiB: Math.round(memoryPerRoomKiB),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolveSleep) => setTimeout(resolveSleep, ms));
}
