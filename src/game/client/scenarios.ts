import type { Scenario } from '../../engine/index';
import { formatProblems, parseScenario } from '../../engine/index';

/** One playable scenario as the setup screen lists it; the full file loads when chosen. */
export interface ScenarioEntry {
  readonly file: string;
  readonly load: () => Promise<Scenario>;
}

// Each scenario file becomes its own chunk: the title screen does not wait for them.
const files = import.meta.glob<unknown>(['../../../scenarios/*.json', '!**/*.log.json'], {
  import: 'default',
});

/** The scenarios of scenarios/*.json (not the replay logs), each validated when loaded. */
export function scenarioCatalogue(): ScenarioEntry[] {
  return Object.entries(files)
    .sort(([left], [right]) => left.localeCompare(right))
    .map(([path, loader]) => {
      const file = path.split('/').at(-1) ?? path;
      return { file, load: async () => checked(await loader(), file) };
    });
}

/** Loads every scenario (for the setup list); a file that fails validation is left out. */
export async function loadScenarios(): Promise<Scenario[]> {
  const loaded = await Promise.allSettled(scenarioCatalogue().map((entry) => entry.load()));
  return loaded.flatMap((result) => {
    if (result.status === 'fulfilled') return [result.value];
    console.error(result.reason);
    return [];
  });
}

function checked(json: unknown, file: string): Scenario {
  const result = parseScenario(json, file);
  if (!result.ok) throw new Error(formatProblems(file, result.problems));
  return result.scenario;
}
