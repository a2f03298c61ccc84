import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface ServerProcess {
  readonly port: number;
  readonly url: string;
  readonly dataDir: string;
  /** What the process printed, for a failing test's message. */
  output(): string;
  /** Kills the process with a signal (SIGKILL to simulate a crash) and waits for its end. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface ServerProcessOptions {
  readonly port?: number;
  readonly dataDir?: string;
  readonly env?: Readonly<Record<string, string>>;
}

/** A free TCP port on loopback, as the kernel hands one out. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'paros-server-'));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Starts `src/server/main.ts` (through tsx) as a real process on loopback and resolves once it listens.
 * Computer moves are immediate and a restart's grace is short, so tests wait on events only.
 */
export async function startServerProcess(
  options: ServerProcessOptions = {},
): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? tempDataDir();
  let output = '';
  // Node itself with tsx as a loader (not the tsx wrapper): a SIGKILL must reach the server.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      COMPUTER_DELAY_MS: '0',
      RESTORE_GRACE_MS: '20000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const started = new Promise<void>((resolveStart, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The server did not start in 60 s:\n${output}`)),
      60_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('PAROS is running')) {
        clearTimeout(timer);
        resolveStart();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code}) before listening:\n${output}`));
    });
  });
  await started.catch((error: unknown) => {
    child.kill('SIGKILL');
    if (options.dataDir === undefined) removeDir(dataDir);
    throw error;
  });
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    dataDir,
    output: () => output,
    kill: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const stuck = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(stuck);
    },
  };
}

/** Creates a session through the HTTP API, as the teacher's page does. */
export async function createSession(
  url: string,
  settings: Record<string, unknown>,
): Promise<{ code: string; teacherKey: string }> {
  const response = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(settings),
  });
  if (response.status !== 201) {
    throw new Error(`POST /api/sessions: ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as { code: string; teacherKey: string };
}
