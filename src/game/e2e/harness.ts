import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { build } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const RESULTS = resolve(ROOT, 'test-results');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Builds the page with the project's own Vite config into `outDir` (quietly). */
export async function buildPage(outDir: string, input?: string): Promise<void> {
  await build({
    configFile: resolve(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      reportCompressedSize: false,
      ...(input ? { rolldownOptions: { input } } : {}),
    },
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolvePort(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** The game's server (src/server/main.ts) serving `staticDir`, with its data in a temp folder. */
export interface RunningServer {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startGameServer(staticDir: string, dataDir: string): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, 'src/server/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      STATIC_DIR: staticDir,
      DATA_DIR: dataDir,
      COMPUTER_DELAY_MS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}/`;
  await waitForServer(url, child, () => output);
  return { url, stop: () => stopProcess(child) };
}

/** A static server for a built folder (the bare Phaser page of the bench). */
export async function startStaticServer(staticDir: string): Promise<RunningServer> {
  const { default: express } = await import('express');
  const app = express();
  app.use(express.static(staticDir));
  const port = await freePort();
  const server = app.listen(port, '127.0.0.1');
  await new Promise<void>((ready) => server.once('listening', () => ready()));
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
}

async function waitForServer(
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null)
      throw new Error(`the game server exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`the game server did not answer at ${url}:\n${output()}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/** Debian's Chromium with a fresh profile; every request to another host is refused and noted. */
export interface Browser {
  readonly context: BrowserContext;
  readonly foreignRequests: string[];
  newPage(width?: number, height?: number): Promise<Page>;
  close(): Promise<void>;
}

export async function launchBrowser(allowedOrigin: string): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'paros-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 720 },
  });
  const foreignRequests: string[] = [];
  const origin = new URL(allowedOrigin).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  return {
    context,
    foreignRequests,
    async newPage(width = 1280, height = 720) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      return page;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot under test-results/screens/ (an artefact of the run). */
export async function screenshot(page: Page, name: string): Promise<string> {
  const folder = resolve(RESULTS, 'screens');
  await mkdir(folder, { recursive: true });
  const path = resolve(folder, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Waits until the shell says which screen it shows (`<body data-screen>`). */
export async function waitForScreen(page: Page, screen: string, timeout = 30_000): Promise<void> {
  await page.waitForSelector(`body[data-screen="${screen}"]`, { timeout });
}
