import type { HistoryLog, Scenario } from '../../engine/index';
import { parseHistoryLog, parseScenario, formatProblems } from '../../engine/index';

export interface HistorySource {
  readonly scenario: Scenario;
  readonly log: HistoryLog;
}

/**
 * Loads the PPWT record (the scenario and its log, about 600 kB of JSON) on demand, so that the
 * game's first screen does not wait for it. Throws with the file and the problems when either
 * file does not parse.
 */
export async function loadPpwtHistory(): Promise<HistorySource> {
  const [scenarioModule, logModule] = await Promise.all([
    import('../../../scenarios/ppwt-history.json'),
    import('../../../scenarios/ppwt-history.log.json'),
  ]);
  const scenario = parseScenario(scenarioModule.default, 'scenarios/ppwt-history.json');
  if (!scenario.ok) throw new Error(formatProblems(scenario.file, scenario.problems));
  const log = parseHistoryLog(logModule.default, 'scenarios/ppwt-history.log.json');
  if (!log.ok) throw new Error(formatProblems(log.file, log.problems));
  return { scenario: scenario.scenario, log: log.log };
}
