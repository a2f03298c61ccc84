import { bench, describe } from 'vitest';
import type { GameView, IntentInput, SeatId } from '../../engine/index';
import { legalActions, SEATS, view } from '../../engine/index';
import type { BotLevel, SeatAgent } from '../agent';
import { BOT_LEVELS } from '../agent';
import { createBot } from './create-bot';
import { playWithDirector } from './play';
import { distribution } from './tournament';
import type { ScenarioName } from './testing/fixtures';
import { loadScenario, randomPositions } from './testing/fixtures';

/**
 * How fast the bots are, in one `npm run bench`:
 *  (a) one decision per level, over the same decision points (views and legal options taken from
 *      random games of both classroom scenarios, every seat): each decision is timed on its own
 *      and the median, 95th percentile and maximum are printed (vitest reports mean and p99 of
 *      a whole pass only);
 *  (b) whole bot-against-bot games with the director, per level: games per second.
 */

const clock = (): number => performance.now();

interface DecisionPoint {
  readonly seat: SeatId;
  readonly view: GameView;
  readonly options: readonly IntentInput[];
}

const POINTS: DecisionPoint[] = (['classroom-2008', 'classroom-2014'] as const).flatMap(
  (scenario) =>
    [101, 102].flatMap((seed) =>
      randomPositions(scenario, seed, [15, 45, 80, 120, 170, 230]).flatMap((state) =>
        SEATS.map((seat) => ({
          seat,
          view: view(state, seat),
          options: legalActions(state, seat),
        })),
      ),
    ),
);

const agents = new Map<string, SeatAgent>(
  BOT_LEVELS.flatMap((level) =>
    SEATS.map((seat) => [`${level}${seat}`, createBot({ seat, level, seed: 1 })] as const),
  ),
);

const decisionTimes = new Map<BotLevel, number[]>(BOT_LEVELS.map((level) => [level, []]));
let recording = false;

function decideAll(level: BotLevel): void {
  const times = decisionTimes.get(level)!;
  for (const point of POINTS) {
    const agent = agents.get(`${level}${point.seat}`)!;
    const start = clock();
    agent.decide(point.view, point.options);
    if (recording) times.push(clock() - start);
  }
}

function printDecisionTimes(): void {
  const rows = BOT_LEVELS.map((level) => {
    const times = [...decisionTimes.get(level)!].sort((a, b) => a - b);
    const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? NaN;
    const summary = distribution(times);
    return `  level ${level}: median ${summary.median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${summary.max.toFixed(2)} ms (${times.length} decisions)`;
  });
  console.log(['', `bot decision time (${POINTS.length} decision points)`, ...rows, ''].join('\n'));
}

describe('bot decisions', () => {
  for (const [index, level] of BOT_LEVELS.entries()) {
    bench(
      `level ${level}: ${POINTS.length} decisions`,
      () => {
        decideAll(level);
      },
      {
        time: 2000,
        iterations: 5,
        warmupTime: 300,
        warmupIterations: 1,
        setup: (_task, mode) => {
          recording = mode === 'run';
        },
        teardown: (_task, mode) => {
          if (mode === 'run' && index === BOT_LEVELS.length - 1) printDecisionTimes();
        },
      },
    );
  }
});

const GAME_SCENARIOS: readonly ScenarioName[] = ['classroom-2008', 'classroom-2014'];
const gameTimes = new Map<string, number[]>();

function printGameRates(): void {
  const rows = [...gameTimes.entries()].map(([key, times]) => {
    const mean = times.reduce((sum, time) => sum + time, 0) / Math.max(1, times.length);
    return `  ${key}: ${(1000 / mean).toFixed(2)} games/s (${mean.toFixed(0)} ms a game, ${times.length} games)`;
  });
  console.log(['', 'whole bot-against-bot games with the director', ...rows, ''].join('\n'));
}

describe('whole games', () => {
  let seed = 0;
  const last = BOT_LEVELS.length * GAME_SCENARIOS.length - 1;
  let count = 0;
  for (const scenario of GAME_SCENARIOS) {
    for (const level of BOT_LEVELS) {
      const key = `${scenario}, all level ${level}`;
      const position = count++;
      gameTimes.set(key, []);
      bench(
        key,
        () => {
          seed += 1;
          const start = clock();
          playWithDirector(loadScenario(scenario), seed, {
            CHN: level,
            RUS: level,
            USA: level,
            EU: level,
          });
          gameTimes.get(key)!.push(clock() - start);
        },
        {
          time: 0,
          iterations: 3,
          warmupTime: 0,
          warmupIterations: 0,
          teardown: (_task, mode) => {
            if (mode === 'run' && position === last) printGameRates();
          },
        },
      );
    }
  }
});
