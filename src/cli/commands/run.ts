import type { GameState, RecordEntry } from '../../engine/index';
import { apply, createGame } from '../../engine/index';
import type { CliIo, Command } from '../cli-io';
import { EXIT, integerOption, parseCommandLine, usageError } from '../cli-io';
import { readJson } from '../read-json';
import { summarize } from '../run-summary';
import type { RunSummary } from '../run-summary';
import { loadScenarioFile } from '../scenario-file';

export const RUN_USAGE = 'paros run <scenario.json> <intents.json> [--seed N] [--json]';

/** What happened to one intent of the file. */
export interface IntentResult {
  readonly index: number;
  readonly type: string;
  readonly actor: string;
  readonly accepted: boolean;
  readonly code?: string;
  readonly message?: string;
  readonly events?: readonly string[];
}

/**
 * `paros run <scenario> <intents.json>`: plays a JSON array of intents on a new game, one by
 * one, and reports each (accepted with the record lines it produced, or rejected with the code
 * and reason), then a summary of the state reached. Rejected intents are information, not a
 * failure: the exit code is 1 only for a bad scenario or intents file.
 */
export const run: Command = (args, io) => {
  const parsed = parseCommandLine(
    {
      args: [...args],
      options: {
        seed: { type: 'string', default: '1' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    },
    RUN_USAGE,
    io,
  );
  if (parsed === null) return EXIT.usage;
  if (parsed.values.help) {
    io.out(`usage: ${RUN_USAGE}`);
    return EXIT.ok;
  }
  const [scenarioFile, intentsFile, ...extra] = parsed.positionals;
  if (scenarioFile === undefined || intentsFile === undefined || extra.length > 0) {
    return usageError(io, RUN_USAGE, 'give a scenario file and an intents file');
  }
  const seed = integerOption(parsed.values.seed);
  if (seed === null) return usageError(io, RUN_USAGE, '--seed must be a whole number');

  const loaded = loadScenarioFile(scenarioFile);
  if (!loaded.ok) return fail(io, loaded.lines);
  const intents = readIntents(intentsFile);
  if (typeof intents === 'string') return fail(io, [intents]);

  let state: GameState = createGame(loaded.scenario, seed);
  const results: IntentResult[] = [];
  intents.forEach((intent, index) => {
    const outcome = apply(state, intent);
    const { type, actor } = describe(intent);
    if (outcome.ok) {
      state = outcome.state;
      results.push({ index, type, actor, accepted: true, events: outcome.events.map(line) });
    } else {
      const { code, message } = outcome.error;
      results.push({ index, type, actor, accepted: false, code, message });
    }
  });
  const summary = summarize(state);
  if (parsed.values.json) io.out(JSON.stringify({ results, summary }, null, 2));
  else printTranscript(io, results, summary);
  return EXIT.ok;
};

function fail(io: CliIo, lines: readonly string[]): number {
  lines.forEach((entry) => io.err(entry));
  return EXIT.failure;
}

/** The intents file: a JSON array; a string says what is wrong with it. */
function readIntents(file: string): readonly unknown[] | string {
  const read = readJson(file);
  if (!read.ok) return read.error;
  if (!Array.isArray(read.value)) {
    return `${file}: must be a JSON array of intents, [{ "type": …, "actor": … }, …]`;
  }
  return read.value as unknown[];
}

function describe(intent: unknown): { type: string; actor: string } {
  const field = (name: string): string =>
    typeof intent === 'object' && intent !== null && name in intent
      ? String((intent as Record<string, unknown>)[name])
      : '?';
  return { type: field('type'), actor: field('actor') };
}

/** A record line; a private one says who sees it. */
function line(entry: RecordEntry): string {
  return entry.visibleTo === 'all'
    ? entry.summary
    : `(seen by ${entry.visibleTo.join(', ')}) ${entry.summary}`;
}

function printTranscript(io: CliIo, results: readonly IntentResult[], summary: RunSummary): void {
  const width = String(Math.max(0, results.length - 1)).length;
  for (const result of results) {
    const head = `${String(result.index).padStart(width)} ${result.type} ${result.actor}`;
    if (result.accepted) {
      io.out(`accepted  ${head}`);
      result.events?.forEach((event) => io.out(`    ${event}`));
    } else {
      io.out(`rejected  ${head}: ${result.code}: ${result.message}`);
    }
  }
  const accepted = results.filter((result) => result.accepted).length;
  io.out(`${accepted} of ${results.length} intents accepted`);
  io.out('');
  io.out(JSON.stringify(summary, null, 2));
}
