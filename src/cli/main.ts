import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { CliIo, Command } from './cli-io';
import { EXIT, usageError } from './cli-io';
import { compare, COMPARE_USAGE } from './commands/compare';
import { coverage, COVERAGE_USAGE } from './commands/coverage';
import { predictVotesCommand, PREDICT_VOTES_USAGE } from './commands/predict-votes';
import { replay, REPLAY_USAGE } from './commands/replay';
import { run, RUN_USAGE } from './commands/run';
import { simulate, SIMULATE_USAGE } from './commands/simulate';
import { validate, VALIDATE_USAGE } from './commands/validate';

const COMMANDS: Readonly<Record<string, { run: Command; usage: string; does: string }>> = {
  validate: { run: validate, usage: VALIDATE_USAGE, does: 'check scenario and save files' },
  run: { run, usage: RUN_USAGE, does: 'play a file of intents and report each one' },
  simulate: {
    run: simulate,
    usage: SIMULATE_USAGE,
    does: 'play games with random legal moves, or bot against bot with --bots LEVEL',
  },
  coverage: { run: coverage, usage: COVERAGE_USAGE, does: 'walk every procedure machine' },
  compare: {
    run: compare,
    usage: COMPARE_USAGE,
    does: 'two texts side by side, article by article',
  },
  replay: {
    run: replay,
    usage: REPLAY_USAGE,
    does: 'replay the historical record, as a transcript',
  },
  'predict-votes': {
    run: predictVotesCommand,
    usage: PREDICT_VOTES_USAGE,
    does: "each UN member's predicted vote, as CSV",
  },
};

const USAGE = `paros <${Object.keys(COMMANDS).join('|')}> … (paros <command> --help)`;

/**
 * The command line, callable without a process: `runCli(['validate', 'a.json'], io)` returns
 * the exit code (0 ok, 1 what was checked failed, 2 usage error).
 *
 * @example
 * const lines: string[] = [];
 * const code = runCli(['coverage'], { out: (line) => lines.push(line), err: (line) => lines.push(line) });
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(`usage: ${USAGE}`);
    for (const [command, entry] of Object.entries(COMMANDS)) {
      io.out(`  ${command.padEnd(9)} ${entry.does}: ${entry.usage}`);
    }
    return EXIT.ok;
  }
  if (name === undefined) return usageError(io, USAGE, 'no command given');
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) return usageError(io, USAGE, `unknown command "${name}"`);
  try {
    return command.run(rest, io);
  } catch (error) {
    io.err(`paros ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failure;
  }
}

/** True when this file is the program node was started with (not when a test imports it). */
function isEntryPoint(): boolean {
  const started = process.argv[1];
  if (started === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(started)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    throw error;
  });
  process.exitCode = runCli(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
}
