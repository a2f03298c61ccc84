import type { SaveFile, Scenario } from '../../engine/index';
import { loadSave } from '../../engine/index';
import type { StoredGame } from '../storage/saves';
import type { ComputerWorld } from './computer-world';
import type { LocalGameSetup } from './local-client';
import { LocalClient } from './local-client';

/** What the load list needs to describe a game in the page before saving it. */
export function storedGame(client: LocalClient, id: string, savedAt: string): StoredGame {
  const { setup } = client;
  const save: SaveFile = client.save();
  const turn = save.snapshot.calendar[save.snapshot.turn];
  return {
    id,
    savedAt,
    mode: setup.mode,
    humans: setup.humans,
    difficulty: setup.difficulty,
    scenarioTitle: setup.scenario.title,
    turnLabel: turn?.label ?? '',
    save,
  };
}

export type RestoreResult =
  | { readonly ok: true; readonly client: LocalClient }
  | { readonly ok: false; readonly message: string };

/**
 * Brings a stored game back: the engine replays the save's log and checks its hash, so a save
 * edited by hand or made by other rules is refused with the field at fault.
 */
export function restoreGame(
  stored: StoredGame,
  scenarios: readonly Scenario[],
  world: ComputerWorld,
): RestoreResult {
  const scenario = scenarios.find((candidate) => candidate.id === stored.save.scenarioId);
  if (!scenario)
    return {
      ok: false,
      message: `scenarioId: no scenario "${stored.save.scenarioId}" in this build`,
    };
  const loaded = loadSave(stored.save, scenario);
  if (!loaded.ok)
    return {
      ok: false,
      message: loaded.problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '),
    };
  const setup: LocalGameSetup = {
    mode: stored.mode,
    scenario,
    seed: loaded.seed,
    humans: stored.humans,
    difficulty: stored.difficulty,
  };
  return { ok: true, client: LocalClient.restore(setup, world, loaded.state, loaded.intents) };
}
