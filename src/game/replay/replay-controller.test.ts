import { describe, expect, test } from 'vitest';
import { hashState, replayHistory, view } from '../../engine/index';
import { ppwtHistory } from './history-fixture';
import { ReplayClient } from './replay-client';
import type { ReplayTicker } from './replay-controller';
import { ReplayController } from './replay-controller';
import { takeOver } from './take-over';

const source = ppwtHistory();

/** A clock driven by hand: each `tick()` is one timer interval. */
function manualTicker(): ReplayTicker & { tick(): void; running: boolean } {
  let callback: (() => void) | null = null;
  return {
    start(_everyMs, tick) {
      callback = tick;
      return () => {
        callback = null;
      };
    },
    tick() {
      callback?.();
    },
    get running() {
      return callback !== null;
    },
  };
}

describe('ReplayController', () => {
  test('each position holds the same state replayHistory reaches with that many steps', () => {
    const controller = new ReplayController(source.scenario, source.log);
    for (const steps of [0, 1, 37, 240]) {
      const expected = replayHistory(source.scenario, source.log, { steps }).state;
      controller.seek(steps);
      expect(hashState(controller.state())).toBe(hashState(expected));
    }
  });

  test('stepping back returns to the very state seen before', () => {
    const controller = new ReplayController(source.scenario, source.log);
    controller.seek(50);
    const at50 = controller.state();
    controller.forward();
    controller.back();
    expect(controller.state()).toBe(at50);
  });

  test('a jump to a symbol stops right after the step that circulated it, as replayHistory does', () => {
    const controller = new ReplayController(source.scenario, source.log);
    const position = controller.jumpTo('CD/1985');
    const reference = replayHistory(source.scenario, source.log, { until: 'CD/1985' });
    expect(position).toBe(reference.stoppedAt);
    expect(controller.state().documents['ppwt-2014']).toBeDefined();
  });

  test('a jump to a date stops before the first step past it; an unknown symbol changes nothing', () => {
    const controller = new ReplayController(source.scenario, source.log);
    const position = controller.jumpTo('2014-06-10');
    expect(position).toBe(
      replayHistory(source.scenario, source.log, { until: '2014-06-10' }).stoppedAt,
    );
    expect(controller.state().date <= '2014-06-10').toBe(true);
    expect(controller.jumpTo('CD/9999')).toBeNull();
    expect(controller.position).toBe(position);
  });

  test('play advances one step a tick until paused, and stops by itself at the end', () => {
    const ticker = manualTicker();
    const controller = new ReplayController(source.scenario, source.log, ticker);
    controller.play();
    ticker.tick();
    ticker.tick();
    expect(controller.position).toBe(2);
    controller.pause();
    ticker.tick();
    expect(controller.position).toBe(2);
    controller.seek(controller.length - 1);
    controller.play();
    ticker.tick();
    expect(controller.position).toBe(controller.length);
    expect(controller.playing).toBe(false);
    expect(ticker.running).toBe(false);
  });

  test('next turn stops at the first step of another turn', () => {
    const controller = new ReplayController(source.scenario, source.log);
    const turn = controller.state().turn;
    controller.nextTurn();
    expect(controller.state().turn).not.toBe(turn);
    expect(controller.state(controller.position - 1).turn).toBe(turn);
  });
});

describe('ReplayClient', () => {
  test('shows the view of the chosen delegation and tells of each step with its record lines', () => {
    const controller = new ReplayController(source.scenario, source.log);
    const client = new ReplayClient(controller);
    const updates: { fresh: number; move?: string }[] = [];
    client.subscribe((update) =>
      updates.push({ fresh: update.fresh.length, move: update.move?.intent.type }),
    );
    controller.seek(1);
    controller.forward();
    expect(updates.at(-1)?.move).toBe(source.log.steps[1]!.intent.type);
    expect(updates.at(-1)!.fresh).toBeGreaterThan(0);
    controller.setViewer('USA');
    expect(client.view()).toEqual(view(controller.state(), 'USA'));
    expect(client.legalActions()).toEqual([]);
  });

  test('refuses moves: the record decides every step', async () => {
    const client = new ReplayClient(new ReplayController(source.scenario, source.log));
    const result = await client.send({ type: 'turn.ended', actor: 'host' });
    expect(result.ok).toBe(false);
  });
});

describe('takeOver', () => {
  test('hands a seat to a person at a position, as a game whose log rebuilds its state', () => {
    const game = takeOver(source.scenario, source.log, 'CD/1985', 'USA');
    expect(game.seat).toBe('USA');
    expect(game.state.seats.USA.controller).toBe('human');
    expect(game.intents.length).toBeGreaterThanOrEqual(game.at);
    expect(game.state.documents['ppwt-2014']).toBeDefined();
  });
});
