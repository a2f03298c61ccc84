import type { ParseArgsConfig } from 'node:util';
import { parseArgs } from 'node:util';

/** Where a command writes: one line at a time, to standard output or to standard error. */
export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** A command takes its arguments (without its own name) and returns the exit code. */
export type Command = (args: readonly string[], io: CliIo) => number;

/** Exit codes: what was checked passed, failed, or the command line itself was wrong. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/**
 * Parses a command's arguments with `node:util` `parseArgs`; on a bad option it prints the
 * problem and the usage line to stderr and returns null (the caller exits with 2).
 */
export function parseCommandLine<TConfig extends ParseArgsConfig>(
  config: TConfig,
  usage: string,
  io: CliIo,
): ReturnType<typeof parseArgs<TConfig>> | null {
  try {
    return parseArgs(config);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Node adds advice on '--' after the first sentence; the usage line says enough.
    usageError(io, usage, message.split(/\.\s/)[0]);
    return null;
  }
}

/** Prints what is wrong with the command line, then the usage line; returns exit code 2. */
export function usageError(io: CliIo, usage: string, problem?: string): number {
  const command = /^paros [a-z]+/.exec(usage)?.[0] ?? 'paros';
  if (problem !== undefined) io.err(`${command}: ${problem}`);
  io.err(`usage: ${usage}`);
  return EXIT.usage;
}

/** A whole number written in full ('12', '-3'), or null. */
export function integerOption(text: string | undefined): number | null {
  if (text === undefined || !/^-?\d+$/.test(text)) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : null;
}
