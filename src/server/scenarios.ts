import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Scenario } from '../engine/index';
import { formatProblems, parseScenario } from '../engine/index';

export interface ScenarioEntry {
  readonly scenario: Scenario;
  /** The file's text, stored with each session so its replay never meets a newer version. */
  readonly json: string;
}

/** Every scenario file the classroom offers (history logs are not scenarios and are skipped). */
export function loadScenarios(dir: string): Map<string, ScenarioEntry> {
  const entries = new Map<string, ScenarioEntry>();
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json') || name.endsWith('.log.json')) continue;
    const json = readFileSync(resolve(dir, name), 'utf8');
    const loaded = parseScenario(JSON.parse(json) as unknown, name);
    if (loaded.ok) entries.set(loaded.scenario.id, { scenario: loaded.scenario, json });
    else console.warn(`Scenario ${name} skipped: ${formatProblems(name, loaded.problems)}`);
  }
  return entries;
}

/** Rebuilds a session's scenario from the text stored with it. */
export function scenarioFromStored(json: string, code: string): Scenario {
  const loaded = parseScenario(JSON.parse(json) as unknown, `session ${code}`);
  if (!loaded.ok) {
    throw new Error(
      `Session ${code}: its stored scenario no longer loads: ${formatProblems('scenario', loaded.problems)}`,
    );
  }
  return loaded.scenario;
}
