import { formatProblems, loadSave } from '../../engine/index';
import type { Command } from '../cli-io';
import { EXIT, parseCommandLine, usageError } from '../cli-io';
import { readJson } from '../read-json';
import { checkScenario, findScenarioById, isSaveFile } from '../scenario-file';

export const VALIDATE_USAGE = 'paros validate <file.json> [more files…]';

/**
 * `paros validate <files…>`: checks scenario files and save files. Prints `ok  <file>` for each
 * good file and one line per problem (`<file>: <field path>: <problem>`) for the others; exits 1
 * if any file failed.
 */
export const validate: Command = (args, io) => {
  const parsed = parseCommandLine(
    { args: [...args], options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true },
    VALIDATE_USAGE,
    io,
  );
  if (parsed === null) return EXIT.usage;
  if (parsed.values.help) {
    io.out(`usage: ${VALIDATE_USAGE}`);
    return EXIT.ok;
  }
  if (parsed.positionals.length === 0) return usageError(io, VALIDATE_USAGE, 'no file given');
  let failed = 0;
  for (const file of parsed.positionals) {
    const problems = problemsOf(file);
    if (problems.length === 0) io.out(`ok  ${file}`);
    else failed += 1;
    problems.forEach((line) => io.out(line));
  }
  return failed === 0 ? EXIT.ok : EXIT.failure;
};

/** Every problem of one file as a printed line; empty when the file is valid. */
function problemsOf(file: string): readonly string[] {
  const read = readJson(file);
  if (!read.ok) return [read.error];
  if (!isSaveFile(read.value)) {
    const checked = checkScenario(read.value, file);
    return checked.ok ? [] : checked.lines;
  }
  return saveProblems(file, read.value);
}

/** A save is checked against its scenario, found by `scenarioId` among `scenarios/*.json`. */
function saveProblems(file: string, save: Record<string, unknown>): readonly string[] {
  const id = save.scenarioId;
  if (typeof id !== 'string') {
    return [`${file}: scenarioId: must name the scenario the game was played on`];
  }
  const found = findScenarioById(id);
  if (found === null) return [`${file}: scenarioId: no scenario "${id}" in scenarios/`];
  if (!found.result.ok) {
    return [`${file}: scenarioId: the scenario "${id}" is not valid:`, ...found.result.lines];
  }
  const loaded = loadSave(save, found.result.scenario);
  return loaded.ok ? [] : formatProblems(file, loaded.problems).split('\n');
}
