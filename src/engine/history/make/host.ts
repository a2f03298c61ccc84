/* eslint-disable no-restricted-imports -- a generator run by hand, not part of the engine */
/**
 * The host of the generator: the two files it reads and writes, its arguments, printing and a
 * clock, and the settings every stage shares.
 */
// src/engine/tsconfig.json has no Node types, on purpose; there `node:fs` is untyped, so the two
// functions used are typed below (the root tsconfig and tsx see the real module).
// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- see the comment above
// @ts-ignore -- see the comment above
import * as nodeFs from 'node:fs';

export const fs = nodeFs as unknown as {
  readFileSync(path: string, encoding: 'utf8'): string;
  writeFileSync(path: string, data: string): void;
};

/** What the generator needs of the host: printing and a clock (the engine itself has neither). */
export const host = globalThis as unknown as {
  console: { log(line: string): void };
  performance: { now(): number };
  process: { argv: readonly string[] };
};

/**
 * Paths relative to the repository root, where the script is run from. Two optional arguments
 * replace the scenario and the log file (to try the generator on a copy of the scenario).
 */
export const [
  SCENARIO_FILE = 'scenarios/ppwt-history.json',
  LOG_FILE = 'scenarios/ppwt-history.log.json',
] = host.process.argv.slice(2);
export const VOTES_DIR = '../shared/history/votes/';
export const VOTES_CSV = `${VOTES_DIR}space_votes_1981_2014.csv`;
export const ROLLCALLS_CSV = `${VOTES_DIR}space_rollcalls_1981_2014.csv`;
export const TALLIES_CSV = `${VOTES_DIR}plenary_tallies_2015_2018.csv`;
export const AGREEMENT_CSV = `${VOTES_DIR}agreement_by_year_1981_2014.csv`;
export const SEED = 1;
/** The first General Assembly session of the record (2002); earlier roll calls are not used. */
export const FIRST_SESSION = 57;

export function fail(message: string): never {
  throw new Error(`make-history-log: ${message}`);
}

export function out(line = ''): void {
  host.console.log(line);
}
