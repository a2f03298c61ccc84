import { describe, expect, test } from 'vitest';
import opening from '../../../scenarios/examples/classroom-2008-opening.json';
import { hashState, legalActions, loadSave, makeSave, replay, simulate } from '../index';
import { loadScenario } from '../testing/test-game';
import { forkHistory } from './fork';
import type { HistoryLog } from './history-log.schema';
import { HistoryError, replayHistory } from './replay-history';

const scenario = loadScenario('classroom-2008');

/** The accepted intents of the classroom-2008 opening as a historical log, every step verified. */
function classroomLog(): HistoryLog {
  const played = replay(scenario, 1, opening).accepted;
  return {
    schemaVersion: 1,
    scenario: 'classroom-2008',
    seed: 1,
    steps: played.map((intent) => ({
      intent: intent,
      confidence: 'verified' as const,
      source: 'classroom-2008-opening.json',
    })),
  };
}

const log = classroomLog();
/** The take-over point: right after the United States circulates its comments as CD/1840. */
const MID_POINT = 'CD/1840';

describe('taking over the historical record', () => {
  test('a fork at a mid-point is the record up to there, with the chosen seats led as asked', () => {
    const fork = forkHistory(scenario, log, MID_POINT, { USA: 'bot', CHN: 'human', RUS: 'bot' });
    const history = replayHistory(scenario, log, { until: MID_POINT });
    expect(fork.at).toBe(history.stoppedAt);
    expect(fork.at).toBeGreaterThan(0);
    expect(fork.at).toBeLessThan(log.steps.length);
    expect(fork.state.phase).toBe('playing');
    expect(fork.state.record.slice(0, history.state.record.length)).toEqual(history.state.record);
    expect(
      fork.state.record.slice(history.state.record.length).map((line) => line.summary),
    ).toEqual([
      'From now on United States of America is led by the computer.',
      'From now on Russian Federation is led by the computer.',
    ]);
    expect(fork.state.date).toBe(history.state.date);
    expect(fork.state.seats.USA.controller).toBe('bot');
    expect(fork.state.seats.RUS.controller).toBe('bot');
    expect(fork.state.seats.CHN.controller).toBe('human');
    expect(fork.state.seats.EU.controller).toBe(scenario.seats.EU.controller);
    expect(fork.scenario).toBe(scenario);
    expect(scenario.seats.USA.controller).toBe('human');
    expect(fork.intents).toEqual([
      ...history.steps.map((step) => step.intent),
      { type: 'seat.controlled', actor: 'host', seat: 'USA', controller: 'bot' },
      { type: 'seat.controlled', actor: 'host', seat: 'RUS', controller: 'bot' },
    ]);
  });

  test('the fork replays from its scenario, seed and intents to the same hash, and saves', () => {
    const fork = forkHistory(scenario, log, 9, { EU: 'bot' });
    expect(fork.at).toBe(9);
    expect(fork.intents).toHaveLength(10);
    expect(fork.intents.at(-1)).toEqual({
      type: 'seat.controlled',
      actor: 'host',
      seat: 'EU',
      controller: 'bot',
    });
    const replayed = replay(fork.scenario, fork.seed, fork.intents);
    expect(replayed.rejected).toEqual([]);
    expect(hashState(replayed.state)).toBe(hashState(fork.state));
    const save = JSON.parse(
      JSON.stringify(makeSave(fork.scenario, fork.seed, fork.intents, fork.state)),
    ) as unknown;
    const loaded = loadSave(save, fork.scenario);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(hashState(loaded.state)).toBe(hashState(fork.state));
  });

  test('the delegations can act at once: each seat has legal moves or waits its turn', () => {
    const fork = forkHistory(scenario, log, MID_POINT, { USA: 'human' });
    expect(legalActions(fork.state, 'host').length).toBeGreaterThan(0);
    const moves = (['CHN', 'RUS', 'USA', 'EU'] as const).map(
      (seat) => legalActions(fork.state, seat).length,
    );
    expect(moves.some((count) => count > 0)).toBe(true);
  });

  test('random legal play goes on from the fork to the end of the scenario', () => {
    const fork = forkHistory(scenario, log, MID_POINT, { USA: 'bot', RUS: 'human' });
    const played = simulate(fork.scenario, { seed: 11, start: fork.state, maxSteps: 100_000 });
    expect(played.state.phase).toBe('ended');
    expect(played.state.record.slice(0, fork.state.record.length)).toEqual(fork.state.record);
    expect(played.state.seats.USA.controller).toBe('bot');
    const whole = replay(fork.scenario, fork.seed, [...fork.intents, ...played.intents]);
    expect(whole.rejected).toEqual([]);
    expect(hashState(whole.state)).toBe(hashState(played.state));
  });

  test('the game played on from a fork is the same for the same seed', () => {
    const playOn = (seed: number): string => {
      const fork = forkHistory(scenario, log, MID_POINT, { CHN: 'bot' });
      return hashState(simulate(fork.scenario, { seed, start: fork.state }).state);
    };
    expect(playOn(5)).toBe(playOn(5));
    expect(playOn(5)).not.toBe(playOn(6));
  });

  test('simulate without a starting state plays a new game, as before', () => {
    const fresh = simulate(scenario, { seed: 3, maxSteps: 200 });
    expect(fresh.state.record[0]!.kind).toBe('game.started');
    expect(replay(scenario, 3, fresh.intents).state).toEqual(fresh.state);
  });

  test('refuses a seat that is not one of the four, and a point the log never reaches', () => {
    expect(() =>
      forkHistory(scenario, log, 3, { USSR: 'bot' } as unknown as Parameters<
        typeof forkHistory
      >[3]),
    ).toThrow('"USSR" is not a seat (CHN, RUS, USA or EU)');
    expect(() => forkHistory(scenario, log, 'CD/9999', {})).toThrow(HistoryError);
    expect(() => forkHistory(scenario, log, log.steps.length + 1, {})).toThrow(/not in the log/);
  });

  test('refuses to fork where the record has already ended', () => {
    const ended = simulate(scenario, { seed: 2, maxSteps: 100_000 });
    const wholeGame: HistoryLog = {
      ...log,
      steps: ended.intents.map((intent) => ({
        intent: intent,
        confidence: 'reconstructed',
        source: 'a simulated game',
      })),
    };
    expect(ended.state.phase).toBe('ended');
    expect(() => forkHistory(scenario, wholeGame, wholeGame.steps.length, {})).toThrow(
      /the record has ended by step \d+: there is nothing left to play/,
    );
  });
});
