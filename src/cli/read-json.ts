import { readFileSync } from 'node:fs';
import { jsonErrorOffset, lineAndColumn } from './json-position';

export type ReadJsonResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

/**
 * Reads and parses a JSON file. Never throws: a file that cannot be read or is not JSON gives
 * one line naming the file and, for bad JSON, the line and column where it goes wrong.
 *
 * @example
 * const read = readJson('scenarios/classroom-2008.json');
 * if (!read.ok) io.out(read.error); // "x.json: not valid JSON at line 3, column 9: ..."
 */
export function readJson(file: string): ReadJsonResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, error: `${file}: cannot read the file: ${fileProblem(error)}` };
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const offset = jsonErrorOffset(text);
    let where = '';
    if (offset !== null) {
      const { line, column } = lineAndColumn(text, offset);
      where = ` at line ${line}, column ${column}`;
    }
    return { ok: false, error: `${file}: not valid JSON${where}: ${jsonProblem(error)}` };
  }
}

const FILE_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

function fileProblem(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return FILE_PROBLEMS[code] ?? (error instanceof Error ? error.message : String(error));
}

/** V8's message without the quoted excerpt and the offset (the line and column replace them). */
function jsonProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '')
    .replace(/ after JSON$/, ' after the end of the JSON value');
}
