/**
 * Writes `scenarios/ppwt-history.log.json`: the real sequence of the PPWT record, June 2002 to
 * the end of 2022, as engine intents applied in order by `apply` to a game of
 * `scenarios/ppwt-history.json` (seed 1), each step with its confidence and source.
 *
 * Run from the repository root: `npx tsx src/engine/history/make/make-history-log.ts`.
 * CI never runs it; only the committed JSON is used.
 *
 * - The facts written by hand are in `history-facts.ts` (documents, CD meetings and decisions,
 *   resolutions, GGE steps), each with its source in `shared/history/`.
 * - The calendar comes from the scenario: the host ends every turn (the log ends with the game
 *   over) and moves the date to the day of each step inside a turn.
 * - The roll calls come from `../shared/history/votes/`: country by country for the plenary
 *   votes of 2002–2014 (verified), rebuilt from the totals of 2015–2018 and from the committee
 *   tallies of RECORD.md 5 (reconstructed; see `rebuildRoll`).
 * - The generator builds the log by applying each step as it writes it, then replays the whole
 *   log once more on a new game and fails loudly if any step is refused. It prints the number of
 *   steps, the time of one `apply` pass, the documents register and every recorded tally next to
 *   the one of the record.
 */
import { format, resolveConfig } from 'prettier';
import { formatProblems, parseScenario } from '../../scenario/load-scenario';
import type { Scenario } from '../../scenario/scenario.schema';
import { parseHistoryLog } from '../history-log.schema';
import { fail, fs, LOG_FILE, out, SCENARIO_FILE, SEED } from './host';
import { absentChecks, findings, readVotes, showTotals } from './roll-calls';
import { tallyLines } from './unga-steps';
import { build } from './calendar-walk';
import { printDecisions, printRegister, replayLog } from './check-log';

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

function loadScenario(): Scenario {
  const json: unknown = JSON.parse(fs.readFileSync(SCENARIO_FILE, 'utf8'));
  const loaded = parseScenario(json, SCENARIO_FILE);
  if (!loaded.ok) fail(`\n${formatProblems(loaded.file, loaded.problems)}`);
  return loaded.scenario;
}

async function main(): Promise<void> {
  const scenario = loadScenario();
  const missing = [
    'cd-1679',
    'ppwt-2008',
    'us-comments-2008',
    'answers-2009',
    'ppwt-2014',
    'us-analysis-2014',
    'reply-2015',
    'us-comments-2018',
  ].filter((id) => !scenario.drafts.some((draft) => draft.id === id));
  if (missing.length > 0) {
    fail(`${SCENARIO_FILE} has no prepared drafts ${missing.join(', ')} yet: try again later`);
  }
  const votes = readVotes();
  const steps = build(scenario, votes);
  const log = { schemaVersion: 1, scenario: scenario.id, seed: SEED, steps };
  const checked = parseHistoryLog(JSON.parse(JSON.stringify(log)), LOG_FILE);
  if (!checked.ok) fail(`\n${formatProblems(checked.file, checked.problems)}`);
  const replayed = replayLog(scenario, steps);
  const options = (await resolveConfig(LOG_FILE)) ?? {};
  const text = await format(JSON.stringify(log), { ...options, parser: 'json' });
  fs.writeFileSync(LOG_FILE, text);

  const byConfidence = { verified: 0, uncertain: 0, reconstructed: 0 };
  for (const step of steps) byConfidence[step.confidence] += 1;
  out(
    `Wrote ${LOG_FILE}: ${steps.length} steps, all accepted on replay (${byConfidence.verified} verified, ${byConfidence.uncertain} uncertain, ${byConfidence.reconstructed} reconstructed).`,
  );
  out(
    `Replay: one apply pass over the log in ${replayed.ms.toFixed(0)} ms; the game ends on ${replayed.state.date}, phase ${replayed.state.phase}.`,
  );
  out();
  printRegister(replayed.state);
  out();
  printDecisions(replayed.state);
  out();
  out('Recorded votes (engine tally | the record):');
  for (const line of tallyLines) {
    out(
      `  ${line.equal ? ' ' : '✘'} ${line.what.padEnd(44)} ${showTotals(line.engine).padEnd(24)} | ${line.record}`,
    );
  }
  out();
  out(
    `Absent counts of the ${absentChecks.length} dataset roll calls over the electorate of the day (rcid: absent of electorate): ${absentChecks.join('; ')}; a mismatch would be listed below.`,
  );
  out();
  out(findings.length ? 'Mismatches and gaps:' : 'No mismatch.');
  for (const finding of findings) out(`  - ${finding}`);
}

await main();
