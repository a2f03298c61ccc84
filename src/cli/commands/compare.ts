import { sideBySide } from '../../engine/index';
import type { Command } from '../cli-io';
import { EXIT, parseCommandLine, usageError } from '../cli-io';
import { loadScenarioFile } from '../scenario-file';

export const COMPARE_USAGE = 'paros compare <scenario> <from-symbol> <to-symbol> [--json]';

/**
 * `paros compare scenarios/ppwt-history.json CD/1839 CD/1985`: the two texts article by article,
 * each row with the article on each side, what changed, and how sure the record is.
 */
export const compare: Command = (args, io) => {
  const parsed = parseCommandLine(
    {
      args: [...args],
      options: { help: { type: 'boolean', short: 'h' }, json: { type: 'boolean' } },
      allowPositionals: true,
    },
    COMPARE_USAGE,
    io,
  );
  if (parsed === null) return EXIT.usage;
  if (parsed.values.help) {
    io.out(`usage: ${COMPARE_USAGE}`);
    return EXIT.ok;
  }
  const [file, from, to] = parsed.positionals;
  if (
    file === undefined ||
    from === undefined ||
    to === undefined ||
    parsed.positionals.length > 3
  ) {
    return usageError(io, COMPARE_USAGE, 'needs a scenario and two symbols');
  }
  const loaded = loadScenarioFile(file);
  if (!loaded.ok) {
    for (const line of loaded.lines) io.out(line);
    return EXIT.failure;
  }
  const result = sideBySide(loaded.scenario, from, to);
  if (result === null) {
    io.err(`paros compare: ${file} has no comparison of ${from} with ${to}`);
    return EXIT.failure;
  }
  if (parsed.values.json) {
    io.out(JSON.stringify(result, null, 2));
    return EXIT.ok;
  }
  io.out(`${from} → ${to}: ${result.summary} [${result.confidence}; ${result.source}]`);
  for (const row of result.rows) {
    io.out('');
    io.out(
      `${row.from ? `Article ${row.from.number}` : '(none)'} → ${row.to ? `Article ${row.to.number}` : '(none)'}: ${row.subject} [${row.confidence}]`,
    );
    io.out(`  What changed: ${row.change}`);
    if (row.from) io.out(`  ${from}: ${row.from.text}`);
    if (row.to) io.out(`  ${to}: ${row.to.text}`);
  }
  return EXIT.ok;
};
