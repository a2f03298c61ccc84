import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import type { HistoryLog, Scenario } from '../index';
import {
  formatProblems,
  parseHistoryLog,
  parseScenario,
  replayHistory,
  transcriptOf,
} from '../index';
import { BenchSampler, formatNumber } from '../testing/bench-fixtures';

/**
 * How long the whole historical record takes to replay headless: `replayHistory` over every step
 * of `scenarios/ppwt-history.log.json` from a new game (target: well under 100 ms), and the
 * same followed by the host's transcript. Skipped while the log does not exist.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SCENARIO_FILE = join(ROOT, 'scenarios/ppwt-history.json');
const LOG_FILE = join(ROOT, 'scenarios/ppwt-history.log.json');
const TARGET_MS = 100;
const clock = (): number => performance.now();

function load(): { scenario: Scenario; log: HistoryLog } | null {
  if (!existsSync(LOG_FILE)) return null;
  const scenario = parseScenario(
    JSON.parse(readFileSync(SCENARIO_FILE, 'utf8')) as unknown,
    SCENARIO_FILE,
  );
  if (!scenario.ok) throw new Error(formatProblems(scenario.file, scenario.problems));
  const log = parseHistoryLog(JSON.parse(readFileSync(LOG_FILE, 'utf8')) as unknown, LOG_FILE);
  if (!log.ok) throw new Error(formatProblems(log.file, log.problems));
  return { scenario: scenario.scenario, log: log.log };
}

const history = load();

describe('the historical record, replayed headless', () => {
  if (history === null) {
    bench.skip(
      'replayHistory: the whole record (scenarios/ppwt-history.log.json is missing)',
      () => {},
    );
    return;
  }
  const { scenario, log } = history;
  const steps = log.steps.length;
  const replaySampler = new BenchSampler(steps, clock);
  const transcriptSampler = new BenchSampler(steps, clock);

  const report = (label: string, sampler: BenchSampler): void => {
    const ms = sampler.msPerRun;
    console.log(
      `\n${label}: ${formatNumber(ms)} ms for ${steps} steps ` +
        `(${formatNumber(sampler.microsecondsPerItem)} µs a step, ${sampler.runs} runs timed) — ` +
        `target < ${TARGET_MS} ms: ${ms < TARGET_MS ? 'met' : 'NOT met'}\n`,
    );
  };

  bench(
    `replayHistory: the whole record (${steps} steps)`,
    () => {
      replaySampler.time(() => replayHistory(scenario, log));
    },
    {
      time: 3000,
      iterations: 10,
      warmupTime: 500,
      warmupIterations: 2,
      setup: replaySampler.setup,
      teardown: (_task, mode) => {
        if (mode === 'run') report('whole record replayed', replaySampler);
      },
    },
  );

  bench(
    `replayHistory and the host's transcript (${steps} steps)`,
    () => {
      transcriptSampler.time(() => {
        const replayed = replayHistory(scenario, log);
        return transcriptOf(replayed.state, 'host', replayed.steps);
      });
    },
    {
      time: 3000,
      iterations: 10,
      warmupTime: 500,
      warmupIterations: 2,
      setup: transcriptSampler.setup,
      teardown: (_task, mode) => {
        if (mode === 'run') report('whole record replayed, with its transcript', transcriptSampler);
      },
    },
  );
});
