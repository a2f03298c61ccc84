import { readFile, readdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, bench, describe } from 'vitest';
import type { Browser, RunningServer } from './harness';
import { ROOT, buildPage, launchBrowser, startStaticServer } from './harness';

/**
 * The page's weight and start-up against a bare Phaser page built with the same Vite config:
 * JavaScript shipped (gzip, all chunks and the worker; the aim is a ratio under 1.5) and the time
 * from navigation to an interactive title screen in headless Chromium.
 */
const work = await mkdtemp(join(tmpdir(), 'paros-bench-'));
const gameDir = join(work, 'game');
const bareDir = join(work, 'bare');
await buildPage(gameDir);
await buildPage(bareDir, resolve(ROOT, 'src/game/e2e/bare/index.html'));

const gameJs = await gzippedJs(gameDir);
const bareJs = await gzippedJs(bareDir);
const gameStart = await gzippedJs(gameDir, await startupScripts(join(gameDir, 'index.html')));
console.log(
  `JavaScript shipped (gzip): game ${kb(gameJs)} in all (${kb(gameStart)} at start-up), bare Phaser ${kb(bareJs)}; ratio ${(gameJs / bareJs).toFixed(2)} in all, ${(gameStart / bareJs).toFixed(2)} at start-up`,
);

const gameServer: RunningServer = await startStaticServer(gameDir);
const bareServer: RunningServer = await startStaticServer(bareDir);
const browser: Browser = await launchBrowser(gameServer.url);
const barePage = await browser.newPage();
const gamePage = await browser.newPage();
await browser.context.unroute('**/*');

afterAll(async () => {
  await browser.close();
  await gameServer.stop();
  await bareServer.stop();
});

describe('time to an interactive title screen (headless Chromium)', () => {
  bench(
    'PAROS title screen',
    async () => {
      await gamePage.goto(`${gameServer.url}?${Math.random()}`);
      await gamePage.waitForSelector('body[data-ready] [data-testid=new-game]');
    },
    { iterations: 5, warmupIterations: 1 },
  );
  bench(
    'bare Phaser page',
    async () => {
      await barePage.goto(`${bareServer.url}src/game/e2e/bare/index.html?${Math.random()}`);
      await barePage.waitForSelector('body[data-ready]');
    },
    { iterations: 5, warmupIterations: 1 },
  );
});

/** Gzipped size of the JavaScript files in `folder` (all of them, or those named). */
async function gzippedJs(folder: string, only?: readonly string[]): Promise<number> {
  const files = only ?? (await readdir(folder, { recursive: true }));
  let total = 0;
  for (const file of files.filter((name) => name.endsWith('.js')))
    total += gzipSync(await readFile(join(folder, file))).length;
  return total;
}

/** The scripts the page loads before anything else: its module script and modulepreloads. */
async function startupScripts(indexHtml: string): Promise<string[]> {
  const html = await readFile(indexHtml, 'utf8');
  return [...html.matchAll(/(?:src|href)="\.\/([^"]+\.js)"/g)].map((match) => match[1]!);
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}
