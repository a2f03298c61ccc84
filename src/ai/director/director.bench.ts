import { afterAll, bench, describe } from 'vitest';
import classroom2008 from '../../../scenarios/classroom-2008.json';
import classroom2014 from '../../../scenarios/classroom-2014.json';
import type { GameState, Scenario } from '../../engine/index';
import { createGame, formatProblems, legalActions, parseScenario } from '../../engine/index';
import { worldMoves } from '../world/index';
import { createDirector, playGame } from './index';
import { agentsForAllSeats, createRandomAgent } from './testing/test-agents';

/**
 * How fast the computer side is, in one `npm run bench`:
 *  (a) one world move: `worldMoves` on a state mid-game (a CD proposal open; a recorded vote in
 *      the First Committee), i.e. what `nextMove` spends on the world each call;
 *  (b) whole games run by the world alone (every seat silent), per scenario;
 *  (c) whole bot-vs-bot games with the test agents (random legal moves, six lines a turn),
 *      where most of the time is the engine's `legalActions`, timed apart for comparison.
 * Each bench keeps its own times; the medians are printed as rates at the end.
 */

function scenario(file: unknown, name: string): Scenario {
  const loaded = parseScenario(file, `scenarios/${name}.json`);
  if (!loaded.ok) throw new Error(formatProblems(loaded.file, loaded.problems));
  return loaded.scenario;
}
const scenarios: Record<string, Scenario> = {
  'classroom-2008': scenario(classroom2008, 'classroom-2008'),
  'classroom-2014': scenario(classroom2014, 'classroom-2014'),
};

/** The first state of a world-only game of `name` where `found` holds. */
function stateWhere(name: string, found: (state: GameState) => boolean): GameState {
  const director = createDirector({ seed: 1 });
  let state = createGame(scenarios[name]!, 1);
  while (state.phase === 'playing' && !found(state)) {
    const move = director.nextMove(state, { proceed: true });
    state = move ? move.next : director.finishTurn(state).state;
  }
  return state;
}

const proposalOpen = stateWhere('classroom-2014', (state) =>
  Object.values(state.cd.decisions).some((d) => d.value === 'consultations'),
);
const voteOpen = stateWhere(
  'classroom-2014',
  (state) => state.record.at(-1)?.kind === 'voting.opened',
);

const times = new Map<string, number[]>();
function timed<T>(label: string, run: () => T): () => void {
  return () => {
    const start = performance.now();
    run();
    const list = times.get(label) ?? [];
    list.push(performance.now() - start);
    times.set(label, list);
  };
}
const median = (list: readonly number[]): number => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

describe('one world move', () => {
  bench(
    'worldMoves with a CD proposal open',
    timed('world move, CD', () => worldMoves(proposalOpen)),
  );
  bench(
    'worldMoves during a recorded vote',
    timed('world move, vote', () => worldMoves(voteOpen)),
  );
  bench(
    'legalActions of one seat, same state (for comparison)',
    timed('legalActions, seat', () => legalActions(voteOpen, 'USA')),
  );
});

describe('whole games', () => {
  for (const name of Object.keys(scenarios)) {
    bench(
      `${name}, the world alone`,
      timed(`${name} world alone`, () => playGame(scenarios[name]!, 1, {})),
      { iterations: 5, time: 0 },
    );
    bench(
      `${name}, four test agents`,
      timed(`${name} bot-vs-bot`, () =>
        playGame(
          scenarios[name]!,
          1,
          agentsForAllSeats((seat, index) => createRandomAgent(seat, 10 + index)),
          { seatMovesPerTurn: 6 },
        ),
      ),
      { iterations: 3, time: 0 },
    );
  }
});

afterAll(() => {
  const lines = [...times.entries()].map(([label, list]) => {
    const ms = median(list);
    const rate = ms > 0 ? (1000 / ms).toFixed(ms < 10 ? 0 : 2) : '∞';
    return `${label.padEnd(36)} median ${ms.toFixed(2).padStart(9)} ms   ${rate}/s`;
  });
  console.log(['', 'Director and world (medians):', ...lines].join('\n'));
});
