import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../engine/index';
import { formatProblems, parseScenario, SAVE_FORMAT } from '../engine/index';
import { readJson } from './read-json';

/** The repository's scenarios, wherever the command is run from. */
export const SCENARIOS_DIRECTORY = fileURLToPath(new URL('../../scenarios', import.meta.url));

export type ScenarioFileResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly lines: readonly string[] };

/** True for a parsed JSON value that says it is a PAROS save (`"format": "paros-save"`). */
export function isSaveFile(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && 'format' in value
    ? value.format === SAVE_FORMAT
    : false;
}

/** Reads and validates a scenario file; on failure, the lines that say why (file: path: problem). */
export function loadScenarioFile(file: string): ScenarioFileResult {
  const read = readJson(file);
  if (!read.ok) return { ok: false, lines: [read.error] };
  return checkScenario(read.value, file);
}

/** Validates an already parsed scenario. */
export function checkScenario(value: unknown, file: string): ScenarioFileResult {
  if (isSaveFile(value)) {
    return { ok: false, lines: [`${file}: format: this is a save file, not a scenario`] };
  }
  const parsed = parseScenario(value, file);
  if (parsed.ok) return parsed;
  return { ok: false, lines: formatProblems(file, parsed.problems).split('\n') };
}

/**
 * The scenario with this id among the `*.json` files of a directory (by default the repository's
 * `scenarios/`), validated; null when no file there has that id.
 */
export function findScenarioById(
  id: string,
  directory: string = SCENARIOS_DIRECTORY,
): { readonly file: string; readonly result: ScenarioFileResult } | null {
  let names: string[];
  try {
    names = readdirSync(directory).filter((name) => name.endsWith('.json'));
  } catch {
    return null;
  }
  for (const name of names.sort()) {
    const file = join(directory, name);
    const read = readJson(file);
    if (!read.ok || typeof read.value !== 'object' || read.value === null) continue;
    if ('id' in read.value && read.value.id === id) {
      return { file, result: checkScenario(read.value, file) };
    }
  }
  return null;
}
