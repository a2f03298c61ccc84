import { describe, expect, test } from 'vitest';
import classroom2008 from '../../../scenarios/classroom-2008.json';
import type { Scenario } from '../../engine/index';
import { hashState, parseScenario } from '../../engine/index';
import { memorySaveStore } from '../storage/saves';
import type { ClientUpdate } from './game-client';
import { inPageWorld } from './in-page-world';
import type { LocalGameSetup } from './local-client';
import { LocalClient } from './local-client';
import { restoreGame, storedGame } from './session';

const parsed = parseScenario(classroom2008, 'classroom-2008.json');
if (!parsed.ok) throw new Error('classroom-2008.json does not load');
const scenario: Scenario = parsed.scenario;

function solo(overrides: Partial<LocalGameSetup> = {}): LocalClient {
  return LocalClient.start(
    { mode: 'solo', scenario, seed: 3, humans: ['RUS'], difficulty: 1, ...overrides },
    inPageWorld(),
  );
}

describe('LocalClient', () => {
  test('solo: the viewer is the seat, and its options come from the engine for that seat', () => {
    const client = solo();
    expect(client.viewer()).toBe('RUS');
    expect(client.view().seats.RUS.objectives).not.toBeNull();
    expect(client.view().seats.USA.objectives).toBeNull();
    const options = client.legalActions();
    expect(options.length).toBeGreaterThan(0);
    expect(options.every((intent) => intent.actor === 'RUS')).toBe(true);
  });

  test('the cost shown beside a move is the engine preview of that move', () => {
    const client = solo();
    const option = client.legalActions()[0]!;
    const preview = client.preview(option);
    expect(preview.ok).toBe(true);
    expect(client.preview({ type: 'statement.made', actor: 'USA', topic: 'space' }).ok).toBe(false);
  });

  test('a move for another seat is refused and changes nothing', async () => {
    const client = solo();
    const before = client.view();
    const result = await client.send({ type: 'statement.made', actor: 'USA', topic: 'space' });
    expect(result.ok).toBe(false);
    expect(client.view()).toEqual(before);
  });

  test('a legal move is applied and the listeners get the fresh transcript lines', async () => {
    const client = solo();
    const updates: ClientUpdate[] = [];
    client.subscribe((update) => updates.push(update));
    const submit = client.legalActions().find((intent) => intent.type === 'document.submitted')!;
    const result = await client.send(submit);
    expect(result).toEqual({ ok: true });
    expect(updates[0]!.move).toEqual({ intent: submit, by: 'RUS' });
    expect(updates.slice(1).every((update) => update.move === undefined)).toBe(true);
    expect(updates[0]!.fresh.map((entry) => entry.kind)).toContain('document.submitted');
  });

  test('ending the turn lets the world play and moves the calendar on; undo takes it back', async () => {
    const client = solo();
    const turn = client.view().turn;
    expect((await client.endTurn()).ok).toBe(true);
    expect(client.view().turn).toBe(turn + 1);
    expect(client.canUndo()).toBe(true);
    expect(client.undo()).toBe(true);
    expect(client.view().turn).toBe(turn);
    expect(client.canUndo()).toBe(false);
  });

  test('the scenario runs to its end by ending turns, and then refuses further moves', async () => {
    const client = solo();
    for (let turn = 0; turn < scenario.calendar.length; turn++) await client.endTurn();
    expect(client.view().phase).toBe('ended');
    expect(client.legalActions()).toEqual([]);
    expect((await client.endTurn()).ok).toBe(false);
  }, 60_000);

  test('hotseat: a hand-over screen shows the public view until the next person takes the seat', async () => {
    const client = LocalClient.start(
      { mode: 'hotseat', scenario, seed: 5, humans: ['RUS', 'USA'], difficulty: 2 },
      inPageWorld(),
    );
    expect(client.pendingHandOver()).toBe('RUS');
    expect(client.viewer()).toBe('public');
    expect(client.legalActions()).toEqual([]);
    client.takeSeat();
    expect(client.viewer()).toBe('RUS');
    await client.endTurn();
    expect(client.pendingHandOver()).toBe('USA');
    const hidden = client.view();
    expect(hidden.viewer).toBe('public');
    expect(hidden.seats.RUS.objectives).toBeNull();
    client.takeSeat();
    expect(client.viewer()).toBe('USA');
    expect(client.view().seats.USA.objectives).not.toBeNull();
    const turn = client.view().turn;
    await client.endTurn();
    expect(client.view().turn).toBe(turn + 1);
    expect(client.pendingHandOver()).toBe('RUS');
    expect(client.canUndo()).toBe(false);
  });

  test('a saved game comes back with the same state, and a tampered save is refused', async () => {
    const client = solo();
    await client.endTurn();
    expect((await client.send(client.legalActions()[0]!)).ok).toBe(true);
    const store = memorySaveStore();
    await store.put(storedGame(client, 'slot-1', '2024-01-01T00:00:00.000Z'));
    const stored = (await store.get('slot-1'))!;
    const restored = restoreGame(stored, [scenario], inPageWorld());
    expect(restored.ok).toBe(true);
    if (restored.ok) expect(hashState(restored.client.save().snapshot)).toBe(stored.save.hash);
    const tampered = { ...stored, save: { ...stored.save, seed: stored.save.seed + 1 } };
    const refused = restoreGame(tampered, [scenario], inPageWorld());
    expect(refused.ok).toBe(false);
    expect(restoreGame(stored, [], inPageWorld())).toEqual({
      ok: false,
      message: 'scenarioId: no scenario "classroom-2008" in this build',
    });
  });
});
