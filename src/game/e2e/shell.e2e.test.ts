import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, RunningServer } from './harness';
import { buildPage, launchBrowser, screenshot, startGameServer, waitForScreen } from './harness';

/**
 * The built game in Debian's Chromium, through its DOM layer only: the shell writes the screen
 * it shows to <body data-screen>, and every control carries a data-testid.
 */
let work: string;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'paros-e2e-'));
  await buildPage(join(work, 'dist'));
  server = await startGameServer(join(work, 'dist'), join(work, 'data'));
  browser = await launchBrowser(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

async function openTitle(width = 1280, height = 720): Promise<Page> {
  const page = await browser.newPage(width, height);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url);
  await waitForScreen(page, 'title');
  expect(errors).toEqual([]);
  return page;
}

async function startSolo(page: Page, seat = 'RUS'): Promise<void> {
  await page.click('[data-testid=new-game]');
  await waitForScreen(page, 'mode');
  await page.click('[data-testid=mode-solo]');
  await waitForScreen(page, 'setup');
  await page.waitForSelector('[data-testid=start-game]:not([disabled])');
  await page.check(`input[name=seat][value=${seat}]`);
  await page.check('input[name=difficulty][value="1"]');
  await page.click('[data-testid=start-game]');
  await page.waitForSelector('[data-testid=turn-bar]');
  await page.waitForSelector('[data-testid=end-turn]:not([disabled])');
}

async function endTurn(page: Page): Promise<void> {
  const before = await page.textContent('[data-testid=turn-label]');
  await page.click('[data-testid=end-turn]');
  await page.waitForFunction(
    (label) =>
      document.body.dataset.screen === 'debrief' ||
      document.querySelector('[data-testid=turn-label]')?.textContent !== label,
    before,
    { timeout: 60_000 },
  );
}

describe('the PAROS page', () => {
  test('title, mode and setup screens, with nothing fetched from another host', async () => {
    const page = await openTitle();
    await screenshot(page, 'title-1280');
    await page.click('[data-testid=new-game]');
    await waitForScreen(page, 'mode');
    await screenshot(page, 'mode-1280');
    await page.click('[data-testid=mode-solo]');
    await page.waitForSelector('[data-testid=start-game]:not([disabled])');
    const scenarios = await page.$$eval(
      '[data-testid=setup-scenario] option',
      (options) => options.length,
    );
    expect(scenarios).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'setup-1280');
    await page.click('[data-testid=back]');
    await page.click('[data-testid=back]');
    await page.click('[data-testid=open-settings]');
    await waitForScreen(page, 'settings');
    await screenshot(page, 'settings-1280');
    expect(browser.foreignRequests).toEqual([]);
    await page.close();
  });

  test('a solo game played from the title screen to the debrief', async () => {
    const page = await openTitle();
    await startSolo(page);
    expect(await page.textContent('[data-testid=seat]')).toContain('Russian Federation');
    await screenshot(page, 'chamber-1280');
    await page.click('[data-testid=open-drawer]');
    await page.waitForSelector('[data-testid=panel-actions]');
    const action = await page.$('[data-testid=action]');
    if (action) {
      await action.click();
      await page.waitForSelector('[data-testid=end-turn]:not([disabled])');
    }
    await screenshot(page, 'drawer-actions-1280');
    await page.click('[data-testid=tab-documents]');
    await screenshot(page, 'drawer-documents-1280');
    await page.click('[data-testid=close-drawer]');
    let sawHall = false;
    for (let turn = 0; turn < 12; turn++) {
      if ((await page.getAttribute('body', 'data-screen')) === 'debrief') break;
      await endTurn(page);
      if ((await page.getAttribute('body', 'data-screen')) === 'hall' && !sawHall) {
        sawHall = true;
        await screenshot(page, 'hall-1280');
      }
    }
    await waitForScreen(page, 'debrief');
    await page.waitForSelector('[data-testid=debrief]');
    await screenshot(page, 'debrief-1280');
    expect(sawHall).toBe(true);
    await page.click('[data-testid=debrief-title]');
    await waitForScreen(page, 'title');
    expect(browser.foreignRequests).toEqual([]);
    await page.close();
  }, 300_000);

  test('the historical replay, jumped to CD/1985 and taken over as the United States', async () => {
    const page = await openTitle();
    await page.click('[data-testid=new-game]');
    await waitForScreen(page, 'mode');
    await page.click('[data-testid=mode-replay]');
    await waitForScreen(page, 'replay');
    const jump = page.getByRole('textbox', { name: 'Go to a symbol or date' });
    await jump.waitFor();
    await jump.fill('CD/1985');
    await page.getByRole('button', { name: 'Go', exact: true }).click();
    // The status line names the step the record stopped at: the one that circulated CD/1985.
    await page.waitForFunction(() => document.body.innerText.includes('CD/1985'));
    await screenshot(page, 'replay-cd1985-1280');
    await page.getByRole('combobox', { name: 'Take over' }).selectOption('USA');
    await page.getByRole('button', { name: /^Take over .* from here$/ }).click();
    await page.waitForSelector('[data-testid=turn-bar]');
    await page.waitForSelector('[data-testid=end-turn]:not([disabled])');
    expect(await page.textContent('[data-testid=seat]')).toContain('United States');
    expect(['chamber', 'hall']).toContain(await page.getAttribute('body', 'data-screen'));
    // The game's own chamber (or hall) is drawn, not left blank by the replay closing.
    await page.waitForFunction(() =>
      /Conference on Disarmament|United Nations General Assembly/.test(document.body.innerText),
    );
    // The game goes on from 2014 as an ordinary game: a turn can be ended.
    await endTurn(page);
    await screenshot(page, 'taken-over-1280');
    expect(browser.foreignRequests).toEqual([]);
    await page.close();
  }, 300_000);

  test('hotseat: the hand-over screen hides one seat before the next sees its own', async () => {
    const page = await openTitle();
    await page.click('[data-testid=new-game]');
    await page.click('[data-testid=mode-hotseat]');
    await page.waitForSelector('[data-testid=start-game]:not([disabled])');
    await page.click('[data-testid=start-game]');
    await page.waitForSelector('[data-testid=hand-over][data-seat=RUS]');
    await screenshot(page, 'hand-over-1280');
    expect(await page.getAttribute('[data-testid=seat]', 'data-seat')).toBe('public');
    await page.click('[data-testid=take-seat]');
    await page.waitForSelector('[data-testid=seat][data-seat=RUS]');
    await page.click('[data-testid=end-turn]');
    await page.waitForSelector('[data-testid=hand-over][data-seat=USA]');
    expect(await page.getAttribute('[data-testid=seat]', 'data-seat')).toBe('public');
    await page.click('[data-testid=take-seat]');
    await page.waitForSelector('[data-testid=seat][data-seat=USA]');
    expect(await page.isHidden('[data-testid=hand-over]')).toBe(true);
    await page.close();
  });

  test('a saved game survives a reload and loads back at the same turn', async () => {
    const page = await openTitle();
    await startSolo(page, 'CHN');
    await endTurn(page);
    const label = await page.textContent('[data-testid=turn-label]');
    await page.click('[data-testid=save]');
    await page.waitForSelector('[data-testid=toast-info]');
    await page.reload();
    await waitForScreen(page, 'title');
    await page.click('[data-testid=load-game]');
    await page.waitForSelector('[data-testid=save-item]');
    await screenshot(page, 'load-1280');
    await page.click('[data-testid=load-save]');
    await page.waitForSelector('[data-testid=turn-bar]');
    expect(await page.textContent('[data-testid=turn-label]')).toBe(label);
    expect(await page.getAttribute('[data-testid=seat]', 'data-seat')).toBe('CHN');
    await page.close();
  });

  test('switching to Chinese re-renders the page without a reload', async () => {
    const page = await openTitle();
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.selectOption('[data-testid=title-language]', 'zh');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await page.textContent('[data-testid=new-game]')).toBe('新游戏');
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);
    await screenshot(page, 'title-zh-1280');
    await page.click('[data-testid=new-game]');
    await screenshot(page, 'mode-zh-1280');
    await page.selectOption('[data-testid=title-language]', 'en').catch(() => undefined);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  test('the classroom forms say when the classroom server is missing', async () => {
    const page = await openTitle();
    await page.route('**/api/health', (route) => route.fulfill({ status: 404, body: 'not here' }));
    await page.click('[data-testid=new-game]');
    await page.click('[data-testid=mode-join]');
    await page.waitForSelector('[data-testid=classroom-status][data-available=false]');
    expect(await page.textContent('[data-testid=classroom-status]')).toContain('npm start');
    expect(await page.isDisabled('[data-testid=classroom-submit]')).toBe(true);
    await screenshot(page, 'classroom-missing-1280');
    await page.close();
  });

  test('the main screens at 1920×1080 (a projector)', async () => {
    const page = await openTitle(1920, 1080);
    await screenshot(page, 'title-1920');
    await startSolo(page, 'USA');
    await screenshot(page, 'chamber-1920');
    await page.click('[data-testid=open-drawer]');
    await screenshot(page, 'drawer-actions-1920');
    await page.close();
  });
});
