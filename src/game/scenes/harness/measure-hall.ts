/**
 * Frame times of the hall's vote board lighting a whole roll call, in Chromium.
 *
 * Start the dev server (`npx vite --port 5199`), then: `npx tsx src/game/scenes/harness/measure-hall.ts`
 * (or pass another base URL). Prints the median and 95th percentile of three runs.
 */
import { chromium } from 'playwright-core';

interface FrameTimes {
  frames: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  totalMs: number;
}

const base = process.argv[2] ?? 'http://localhost:5199';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  // Step 11 of the record is the first roll call (A/C.1/57/L.1, 2002).
  await page.goto(`${base}/src/game/scenes/harness/play-harness.html?scene=hall&at=11`);
  await page.waitForFunction(() => window.parosHarness?.ready === true, null, { timeout: 60_000 });
  await page.waitForTimeout(1500);
  for (let run = 0; run < 3; run++) {
    const result = await page.evaluate(async (): Promise<FrameTimes> => {
      const harness = window.parosHarness!;
      const times = await harness.measureHall!();
      harness.controller!.back();
      await new Promise((done) => setTimeout(done, 300));
      return times;
    });
    console.log(`run ${run + 1}: ${JSON.stringify(result)}`);
  }
} finally {
  await browser.close();
}
