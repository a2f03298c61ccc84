import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ServerProcess } from '../../server/testing/server-process';
import { removeDir, startServerProcess } from '../../server/testing/server-process';

const ROOT = resolve(import.meta.dirname, '../../..');
const pageDir = mkdtempSync(join(tmpdir(), 'paros-classroom-page-'));
let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  // A fresh build of the classroom pages (never stale), into a folder of the test's own.
  execFileSync(
    process.execPath,
    [
      resolve(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'src/game/classroom/vite.classroom.config.ts',
    ],
    { cwd: ROOT, env: { ...process.env, CLASSROOM_OUT_DIR: pageDir }, stdio: 'pipe' },
  );
  server = await startServerProcess({ env: { STATIC_DIR: pageDir } });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.kill();
  if (server) removeDir(server.dataDir);
  removeDir(pageDir);
});

/** Each person has a browser of their own (their own storage, their own seat token). */
async function openPage(query: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${server.url}/classroom${query}`);
  return page;
}

async function joinAs(name: string, code: string, seat: string): Promise<Page> {
  const page = await openPage(`?code=${code}`);
  await page.fill('#join-name', name);
  await page.selectOption('#join-seat', seat);
  await page.click('#join');
  await page.getByTestId('seat').waitFor();
  return page;
}

describe('the classroom in the browser', () => {
  test('a teacher and two students of one delegation play through a turn', async () => {
    const teacher = await openPage('?role=teacher');
    await teacher.check('input[name=bot][value=EU]');
    await teacher.click('#create');
    const code = (await teacher.getByTestId('code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{6}$/);

    const ana = await joinAs('Ana', code, 'CHN');
    const ben = await joinAs('Ben', code, 'CHN');
    expect(await ana.getByTestId('seat').textContent()).toBe('CHN');
    await expect.poll(() => ana.getByTestId('speaker').textContent()).toContain('You speak');
    expect(await ben.getByTestId('speaker').textContent()).toContain('Ana speaks');
    await expect.poll(() => teacher.locator('tr[data-seat=CHN]').textContent()).toContain('Ben');

    // Ana speaks for China: her click is played and reaches the teacher's record.
    const chinaLines = () =>
      teacher.locator('[data-testid=record] li', { hasText: '· CHN ·' }).count();
    await ana.locator('button[data-action]', { hasText: 'moratorium.declared' }).click();
    await expect.poll(chinaLines).toBe(1);

    // Ben proposes; Ana sends his proposal with one click.
    await ben
      .locator('button[data-action]', { hasText: 'launch.conducted (purpose: civil)' })
      .click();
    const proposal = ana.locator('button[data-proposal]');
    await proposal.waitFor();
    await proposal.click();
    await expect.poll(chinaLines).toBe(2);
    await expect.poll(() => ana.locator('button[data-proposal]').count()).toBe(0);

    // The teacher ends the turn; both students are in the next one.
    const firstTurn = (await ana.getByTestId('turn').textContent())!;
    await teacher.click('#end-turn');
    for (const student of [ana, ben]) {
      await expect.poll(() => student.getByTestId('turn').textContent()).not.toBe(firstTurn);
    }
    expect(await teacher.getByTestId('message').textContent()).toBe('');
  });
});
