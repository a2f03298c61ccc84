import { z } from 'zod';
import { intentSchema } from '../intents/intent.schema';
import type { Intent } from '../intents/intent.schema';
import type { ScenarioProblem } from '../scenario/load-scenario';
import { formatPath } from '../scenario/load-scenario';
import type { Scenario } from '../scenario/scenario.schema';
import type { GameState } from '../state/game-state';
import { hashState } from './hash';
import { replay } from './replay';

export const SAVE_FORMAT = 'paros-save';
export const SAVE_VERSION = 1;

/**
 * A save file: versioned JSON holding what the game is (scenario, seed, accepted intents) and,
 * for quick loading and as a check, the state it reached and that state's hash.
 */
export interface SaveFile {
  readonly format: typeof SAVE_FORMAT;
  readonly version: typeof SAVE_VERSION;
  readonly scenarioId: string;
  readonly seed: number;
  readonly intents: readonly Intent[];
  readonly hash: string;
  readonly snapshot: GameState;
}

const saveSchema = z.strictObject({
  format: z.literal(SAVE_FORMAT, 'is not a PAROS save file'),
  version: z.literal(
    SAVE_VERSION,
    `this version of PAROS reads save files of version ${SAVE_VERSION}`,
  ),
  scenarioId: z.string().min(1),
  seed: z.number().int(),
  intents: z.array(intentSchema).max(200_000),
  hash: z.string().regex(/^[0-9a-f]{14}$/, 'must be 14 hex digits'),
  snapshot: z.record(z.string(), z.unknown()),
});

export function makeSave(
  scenario: Scenario,
  seed: number,
  intents: readonly Intent[],
  state: GameState,
): SaveFile {
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    scenarioId: scenario.id,
    seed,
    intents,
    hash: hashState(state),
    snapshot: state,
  };
}

export type LoadSaveResult =
  | {
      readonly ok: true;
      readonly state: GameState;
      readonly intents: readonly Intent[];
      readonly seed: number;
    }
  | { readonly ok: false; readonly problems: readonly ScenarioProblem[] };

/**
 * Reads a save (already parsed from JSON) for its scenario. The log is replayed and must reach
 * the saved hash: a save that was edited, truncated or made by other rules is refused with the
 * field at fault, and nothing is loaded.
 */
export function loadSave(json: unknown, scenario: Scenario): LoadSaveResult {
  const parsed = saveSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issue.message,
      })),
    };
  }
  const save = parsed.data;
  if (save.scenarioId !== scenario.id) {
    return {
      ok: false,
      problems: [
        {
          path: 'scenarioId',
          message: `the save is of scenario "${save.scenarioId}", not "${scenario.id}"`,
        },
      ],
    };
  }
  const replayed = replay(scenario, save.seed, save.intents);
  const first = replayed.rejected[0];
  if (first) {
    return {
      ok: false,
      problems: [
        { path: `intents[${first.index}]`, message: `refused on replay: ${first.error.message}` },
      ],
    };
  }
  const hash = hashState(replayed.state);
  if (hash !== save.hash) {
    return {
      ok: false,
      problems: [
        { path: 'hash', message: `the log replays to ${hash}, not to the saved ${save.hash}` },
      ],
    };
  }
  if (hashState(save.snapshot) !== save.hash) {
    return {
      ok: false,
      problems: [
        {
          path: 'snapshot',
          message:
            'the saved snapshot does not match its hash: the file was changed after it was saved',
        },
      ],
    };
  }
  return { ok: true, state: replayed.state, intents: replayed.accepted, seed: save.seed };
}
