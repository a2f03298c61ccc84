import { produce } from 'immer';
import { describe, bench } from 'vitest';
import { assign, emit, initialTransition, setup, transition } from 'xstate';
import type { GameState, RecordEntry } from './index';
import { createGame, replay, simulate } from './index';
import type { RecordedGame } from './testing/bench-fixtures';
import {
  BENCH_MAX_STEPS,
  BENCH_SEED,
  BenchSampler,
  applyAll,
  benchScenarioNames,
  formatNumber,
  formatTable,
  interleave,
  median,
  medianRatio,
  recordGame,
  startOf,
} from './testing/bench-fixtures';

/**
 * How fast the engine is, measured in one `npm run bench`:
 *  (a) intents per second through `apply`, replaying a whole recorded game from `createGame`;
 *  (b) the same number of events through a bare XState machine stepped like the engine steps
 *      its procedures (persisted snapshot → `resolveState` → `transition` →
 *      `getPersistedSnapshot`), each followed by an Immer `produce` of a state of the same shape;
 *  (c) the ratio of the two (engine time / bare time), printed after (b);
 *  (d) the time to simulate each whole scenario with a fixed seed, and to replay it.
 *
 * Each bench function times itself (`BenchSampler`), so the rates and the ratio are printed from
 * the very runs tinybench measured; the ratio is also taken from a short interleaved run
 * (engine game, bare game, engine game, …), which a busy machine cannot tilt to one side.
 */

const clock = (): number => performance.now();

// ---------------------------------------------------------------------------------------------
// The games, recorded once (at collection, before any bench runs).

const games = new Map<string, RecordedGame>(
  benchScenarioNames.map((name) => [name, recordGame(name, BENCH_SEED)]),
);
const longGame = [...games.values()].reduce((longest, game) =>
  game.intents.length > longest.intents.length ? game : longest,
);
/** Made once: states are immutable, so every replay can start from it (as the bare runs do). */
const longGameStart = startOf(longGame);
const engineRun = (): GameState => applyAll(longGame, longGameStart);

// ---------------------------------------------------------------------------------------------
// The bare baseline: a small procedure machine of the engine's kind (assign, guard, emit).

type BareEvent =
  | { type: 'plenary.convened' }
  | { type: 'statement.made'; member: string; topic: string }
  | { type: 'plenary.adjourned' };

interface BareContext {
  readonly members: readonly string[];
  readonly plenaryCount: number;
  readonly statements: number;
  readonly lastSpeaker: string | null;
}

const bareMachine = setup({
  types: {
    context: {} as BareContext,
    events: {} as BareEvent,
    emitted: {} as { type: 'statement.recorded'; member: string; topic: string },
  },
  guards: {
    isMemberOfConference: ({ context, event }) =>
      event.type === 'statement.made' && context.members.includes(event.member),
  },
  actions: {
    countPlenary: assign(({ context }) => ({ plenaryCount: context.plenaryCount + 1 })),
    recordStatement: assign(({ context, event }) => ({
      statements: context.statements + 1,
      lastSpeaker: event.type === 'statement.made' ? event.member : context.lastSpeaker,
    })),
    announceStatement: emit(({ event }) => ({
      type: 'statement.recorded' as const,
      member: event.type === 'statement.made' ? event.member : '',
      topic: event.type === 'statement.made' ? event.topic : '',
    })),
  },
}).createMachine({
  id: 'bareSession',
  context: {
    members: ['CHN', 'RUS', 'USA', 'FRA', 'GBR'],
    plenaryCount: 0,
    statements: 0,
    lastSpeaker: null,
  },
  initial: 'adjourned',
  states: {
    adjourned: { on: { 'plenary.convened': { target: 'inPlenary', actions: 'countPlenary' } } },
    inPlenary: {
      on: {
        'statement.made': {
          guard: 'isMemberOfConference',
          actions: ['recordStatement', 'announceStatement'],
        },
        'plenary.adjourned': 'adjourned',
      },
    },
  },
});

/** convened, eight statements, adjourned, over and over: every event is accepted. */
const bareEvents: readonly BareEvent[] = Array.from({ length: longGame.intents.length }, (_, i) => {
  const position = i % 10;
  if (position === 0) return { type: 'plenary.convened' };
  if (position === 9) return { type: 'plenary.adjourned' };
  return {
    type: 'statement.made',
    member: (['CHN', 'RUS', 'USA', 'FRA'] as const)[i % 4]!,
    topic: 'PAROS',
  };
});

type Persisted = GameState['cd']['session'];

/** A real GameState (same shape as the engine's), holding the bare machine's snapshot. */
const bareStart: GameState = produce(createGame(longGame.scenario, longGame.seed), (draft) => {
  const [initial] = initialTransition(bareMachine);
  draft.cd.session = bareMachine.getPersistedSnapshot(initial) as Persisted;
});

/** One event: resolve the persisted snapshot, step it, persist it, then one Immer update. */
function bareStep(state: GameState, event: BareEvent): GameState {
  const current = bareMachine.resolveState(
    state.cd.session as Parameters<typeof bareMachine.resolveState>[0],
  );
  const [next, actions] = transition(bareMachine, current, event);
  if (next === current) throw new Error(`bare machine refused ${event.type}`);
  const persisted = bareMachine.getPersistedSnapshot(next) as Persisted;
  // what the machine announced, read as the engine reads it (`procedures/step.ts`)
  const emitted = actions
    .filter((action) => (action.type as string) === 'xstate.emit')
    .map((action) => (action.params as { event: { type: string } }).event);
  return produce(state, (draft) => {
    draft.cd.session = persisted;
    draft.record.push({
      index: draft.record.length,
      turn: draft.turn,
      date: draft.date,
      forum: 'cd',
      actor: event.type === 'statement.made' ? event.member : 'CHAIR',
      kind: event.type,
      summary: `${event.type} (${emitted.length} announced)`,
      visibleTo: 'all',
    } satisfies RecordEntry);
  });
}

function bareRun(): GameState {
  let state = bareStart;
  for (const event of bareEvents) state = bareStep(state, event);
  return state;
}

// ---------------------------------------------------------------------------------------------
// (a), (b), (c): the engine's `apply` against the bare baseline, same number of events.

const engineSampler = new BenchSampler(longGame.intents.length, clock);
const bareSampler = new BenchSampler(bareEvents.length, clock);

function printRatio(): void {
  const ratio = engineSampler.msPerRun / bareSampler.msPerRun;
  const paired = interleave({ engine: engineRun, bare: bareRun }, clock, 5000);
  const pairedRatio = medianRatio(paired.engine!, paired.bare!);
  const fastestRatio = Math.min(...paired.engine!) / Math.min(...paired.bare!);
  const perItem = (times: readonly number[], items: number): number =>
    (median(times) * 1000) / items;
  const rows = [
    [
      `engine apply (${longGame.name}, seed ${longGame.seed})`,
      formatNumber(engineSampler.itemsPerSecond),
      formatNumber(engineSampler.microsecondsPerItem),
      String(engineSampler.runs),
    ],
    [
      'bare XState transition + Immer produce',
      formatNumber(bareSampler.itemsPerSecond),
      formatNumber(bareSampler.microsecondsPerItem),
      String(bareSampler.runs),
    ],
    [
      'engine apply, interleaved run (median)',
      formatNumber(1e6 / perItem(paired.engine!, longGame.intents.length)),
      formatNumber(perItem(paired.engine!, longGame.intents.length)),
      String(paired.engine!.length),
    ],
    [
      'bare, interleaved run (median)',
      formatNumber(1e6 / perItem(paired.bare!, bareEvents.length)),
      formatNumber(perItem(paired.bare!, bareEvents.length)),
      String(paired.bare!.length),
    ],
  ];
  console.log(
    [
      '',
      `apply throughput: ${longGame.intents.length} intents per game, same number of bare events`,
      formatTable(['', 'per second', 'µs each', 'games timed'], rows),
      `engine apply: ${formatNumber(engineSampler.itemsPerSecond)} intents/s; ` +
        `bare XState+Immer: ${formatNumber(bareSampler.itemsPerSecond)} events/s; ` +
        `ratio ${ratio.toFixed(2)} (engine time / bare time, from the two benches above, run one ` +
        `after the other: a change in machine load shows here)`,
      `ratio, interleaved: ${pairedRatio.toFixed(2)} (median of ${paired.engine!.length} ` +
        `engine/bare game pairs; fastest engine game / fastest bare game: ` +
        `${fastestRatio.toFixed(2)}) — target < 3: ${pairedRatio < 3 ? 'met' : 'NOT met'}`,
      '',
    ].join('\n'),
  );
}

describe(`apply throughput (${longGame.intents.length} intents)`, () => {
  bench(
    `engine: apply × ${longGame.intents.length} intents (from a createGame state)`,
    () => {
      engineSampler.time(engineRun);
    },
    {
      time: 3000,
      iterations: 10,
      warmupTime: 500,
      warmupIterations: 3,
      setup: engineSampler.setup,
    },
  );

  bench(
    `bare: XState transition + Immer produce × ${bareEvents.length} events`,
    () => {
      bareSampler.time(bareRun);
    },
    {
      time: 3000,
      iterations: 10,
      warmupTime: 500,
      warmupIterations: 3,
      setup: bareSampler.setup,
      teardown: (_task, mode) => {
        if (mode === 'run') printRatio();
      },
    },
  );
});

// ---------------------------------------------------------------------------------------------
// (d): a whole scenario, simulated and replayed.

const scenarioSamplers = new Map(
  [...games.values()].map((game) => [
    game.name,
    {
      simulate: new BenchSampler(game.intents.length, clock),
      replay: new BenchSampler(game.intents.length, clock),
    },
  ]),
);

function printScenarios(): void {
  const rows = [...games.values()].map((game) => {
    const samplers = scenarioSamplers.get(game.name)!;
    return [
      `${game.name} (seed ${game.seed})`,
      String(game.intents.length),
      formatNumber(samplers.simulate.msPerRun),
      formatNumber(samplers.replay.msPerRun),
      formatNumber(samplers.replay.itemsPerSecond),
    ];
  });
  console.log(
    [
      '',
      'whole scenarios: simulate (legalActions + random choice + apply) and replay (createGame + apply)',
      formatTable(['scenario', 'intents', 'simulate ms', 'replay ms', 'replay intents/s'], rows),
      '',
    ].join('\n'),
  );
}

for (const [index, game] of [...games.values()].entries()) {
  const samplers = scenarioSamplers.get(game.name)!;
  const last = index === games.size - 1;
  describe(`whole scenario: ${game.name}`, () => {
    bench(
      `simulate ${game.name}, seed ${game.seed}`,
      () => {
        samplers.simulate.time(() =>
          simulate(game.scenario, { seed: game.seed, maxSteps: BENCH_MAX_STEPS }),
        );
      },
      {
        time: 0,
        iterations: 4,
        warmupTime: 0,
        warmupIterations: 1,
        setup: samplers.simulate.setup,
      },
    );
    bench(
      `replay ${game.name}, ${game.intents.length} intents`,
      () => {
        samplers.replay.time(() => replay(game.scenario, game.seed, game.intents));
      },
      {
        time: 1500,
        iterations: 10,
        warmupTime: 300,
        warmupIterations: 3,
        setup: samplers.replay.setup,
        teardown: (_task, mode) => {
          if (last && mode === 'run') printScenarios();
        },
      },
    );
  });
}
