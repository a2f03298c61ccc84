import classroom2008 from '../../../../scenarios/classroom-2008.json';
import classroom2014 from '../../../../scenarios/classroom-2014.json';
import ppwtHistory from '../../../../scenarios/ppwt-history.json';
import type { GameState, Scenario, SeatId } from '../../../engine/index';
import {
  apply,
  createGame,
  formatProblems,
  parseScenario,
  SEATS,
  simulate,
} from '../../../engine/index';

/**
 * Fixtures for the bots' tests and bench: the scenarios, positions taken from random games, and
 * the "twin" of a state that differs only in what a seat must not know.
 */

const scenarioFiles = {
  'classroom-2008': classroom2008,
  'classroom-2014': classroom2014,
  'ppwt-history': ppwtHistory,
} as const;

export type ScenarioName = keyof typeof scenarioFiles;
export const SCENARIO_NAMES = Object.keys(scenarioFiles) as ScenarioName[];

const loaded = new Map<ScenarioName, Scenario>();

/** A scenario from `scenarios/`, validated as the game loads it (once per test file). */
export function loadScenario(name: ScenarioName): Scenario {
  const cached = loaded.get(name);
  if (cached) return cached;
  const file = `scenarios/${name}.json`;
  const result = parseScenario(scenarioFiles[name], file);
  if (!result.ok) throw new Error(formatProblems(file, result.problems));
  loaded.set(name, result.scenario);
  return result.scenario;
}

/** The state after `steps` random legal moves of the engine's `simulate` (a game under way). */
export function randomPosition(name: ScenarioName, seed: number, steps: number): GameState {
  return simulate(loadScenario(name), { seed, maxSteps: steps }).state;
}

/**
 * Positions of one random game (the engine's `simulate`) after each of `steps` moves, played
 * once and replayed to collect them: a pool of positions for the property tests.
 */
export function randomPositions(
  name: ScenarioName,
  seed: number,
  steps: readonly number[],
): GameState[] {
  const scenario = loadScenario(name);
  const last = Math.max(...steps);
  const { intents } = simulate(scenario, { seed, maxSteps: last });
  let state = createGame(scenario, seed);
  const positions: GameState[] = [];
  for (let index = 0; index <= intents.length; index++) {
    if (steps.includes(index)) positions.push(state);
    const intent = intents[index];
    if (intent === undefined) break;
    const result = apply(state, intent);
    if (!result.ok) throw new Error(`${name}, seed ${seed}: replay refused ${intent.type}`);
    state = result.state;
  }
  return positions;
}

/** A pool of positions from several random games of both classroom scenarios. */
export function positionPool(): GameState[] {
  const steps = [0, 25, 60, 100, 150, 220];
  return (['classroom-2008', 'classroom-2014'] as const).flatMap((name) =>
    [11, 12, 13].flatMap((seed) => randomPositions(name, seed, steps)),
  );
}

/**
 * The same game as `state`, except in what `seat` may not know: the other seats' hidden
 * objectives (other ids, texts, points, order, conditions swapped between them) and instructions
 * are rewritten, the instructions from capital not yet delivered (to any seat) are changed and
 * one is added, a joint statement is proposed between two other seats, and the timed events
 * still to come are changed and one is added. A bot for `seat` must decide the same in both.
 */
export function hiddenTwin(state: GameState, seat: SeatId, variant: number): GameState {
  const others = SEATS.filter((other) => other !== seat);
  const conditions = others.flatMap((other) =>
    state.seats[other].objectives.map((objective) => objective.condition),
  );
  const seats = { ...state.seats } as Record<SeatId, GameState['seats'][SeatId]>;
  for (const [position, other] of others.entries()) {
    const original = state.seats[other];
    const objectives = [...original.objectives].reverse().map((objective, index) => ({
      ...objective,
      id: `twin-${variant}-${index}`,
      text: `A different aim (${variant}/${index}) for ${other}, known only to ${other}.`,
      points: (objective.points + variant + index) % 60,
      condition:
        conditions[(variant + index + position) % conditions.length] ?? objective.condition,
    }));
    const first = original.objectives[0];
    if (first !== undefined) {
      objectives.push({
        ...first,
        id: `twin-extra-${variant}`,
        text: `An extra hidden aim for ${other}.`,
        points: 5 + (variant % 20),
      });
    }
    seats[other] = {
      ...original,
      objectives,
      instructions: [
        ...original.instructions.map((text) => `${text} (changed ${variant})`),
        `A secret instruction from capital for ${other} (${variant}).`,
      ],
    };
  }
  const lastDate = state.calendar.at(-1)?.date ?? state.date;
  const future = lastDate > state.date ? lastDate : state.date;
  const events = state.events.map((event) =>
    state.firedEvents.includes(event.id)
      ? event
      : {
          ...event,
          title: `${event.title} (rewritten ${variant})`,
          description: `${event.description} Another account (${variant}).`,
          tension: event.tension + 1 + (variant % 5),
          debris: event.debris + (variant % 3),
        },
  );
  events.push({
    ...(state.events[0] ?? {
      kind: 'policy',
      actors: ['USA'],
      confidence: 'reconstructed',
      source: 'test',
    }),
    id: `twin-future-event-${variant}`,
    date: future,
    title: 'A crisis still to come',
    description: 'Known to no delegation yet.',
    tension: 9,
    debris: 4,
  });
  const instructionSchedule = [
    ...state.instructionSchedule.map((instruction) => ({
      ...instruction,
      text: `${instruction.text} (rewritten ${variant})`,
    })),
    {
      id: `twin-instruction-${variant}`,
      seat: SEATS[variant % SEATS.length]!,
      date: future,
      text: 'An instruction no one has received yet.',
      confidence: 'reconstructed',
      source: 'test',
    } as GameState['instructionSchedule'][number],
  ];
  const [proposer, partner] = others;
  const jointStatements = [
    ...state.jointStatements,
    {
      id: `twin-joint-${variant}`,
      proposer: proposer!,
      partner: partner!,
      topic: 'a private offer',
      text: `Something only ${proposer} and ${partner} know (${variant}).`,
      date: state.date,
      status: 'proposed',
    } as GameState['jointStatements'][number],
  ];
  return { ...state, seats, events, instructionSchedule, jointStatements };
}
