import type { MachineCoverage } from '../../engine/index';
import { explorations, exploreMachine } from '../../engine/index';
import type { Command } from '../cli-io';
import { EXIT, parseCommandLine, usageError } from '../cli-io';

export const COVERAGE_USAGE = 'paros coverage';

/**
 * `paros coverage`: walks every procedure machine with its exploration and reports the states
 * reached and the transitions taken; lists what was missed and exits 1 if anything was.
 */
export const coverage: Command = (args, io) => {
  const parsed = parseCommandLine(
    { args: [...args], options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true },
    COVERAGE_USAGE,
    io,
  );
  if (parsed === null) return EXIT.usage;
  if (parsed.values.help) {
    io.out(`usage: ${COVERAGE_USAGE}`);
    return EXIT.ok;
  }
  if (parsed.positionals.length > 0) return usageError(io, COVERAGE_USAGE, 'takes no arguments');

  const results: MachineCoverage[] = explorations.map((exploration) => exploreMachine(exploration));
  const width = Math.max(...results.map((result) => result.machineId.length));
  let missed = 0;
  for (const result of results) {
    const { states, transitions } = result;
    io.out(
      `${result.machineId.padEnd(width)}  states ${states.covered.length}/${states.all.length}  transitions ${transitions.covered.length}/${transitions.all.length}`,
    );
    const covered = { states: new Set(states.covered), transitions: new Set(transitions.covered) };
    for (const state of states.all.filter((id) => !covered.states.has(id))) {
      io.out(`    state not reached: ${state}`);
      missed += 1;
    }
    for (const transition of transitions.all.filter((id) => !covered.transitions.has(id))) {
      io.out(`    transition not taken: ${transition}`);
      missed += 1;
    }
  }
  io.out(
    missed === 0
      ? `all ${results.length} machines fully covered`
      : `not covered: ${missed} (listed above); add the missing events to the exploration`,
  );
  return missed === 0 ? EXIT.ok : EXIT.failure;
};
