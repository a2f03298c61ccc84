import scenarioJson from '../../../scenarios/ppwt-history.json';
import logJson from '../../../scenarios/ppwt-history.log.json';
import { formatProblems, parseHistoryLog, parseScenario } from '../../engine/index';
import type { HistorySource } from './history-source';

/** The PPWT record loaded synchronously, for tests in Node (the game loads it on demand). */
export function ppwtHistory(): HistorySource {
  const scenario = parseScenario(scenarioJson, 'scenarios/ppwt-history.json');
  if (!scenario.ok) throw new Error(formatProblems(scenario.file, scenario.problems));
  const log = parseHistoryLog(logJson, 'scenarios/ppwt-history.log.json');
  if (!log.ok) throw new Error(formatProblems(log.file, log.problems));
  return { scenario: scenario.scenario, log: log.log };
}
