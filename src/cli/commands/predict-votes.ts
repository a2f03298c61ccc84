import {
  FIRST_YEAR,
  isKind,
  KINDS,
  LAST_YEAR,
  predictVotes,
  tally,
  VOTING_DATA,
} from '../../ai/voting/index';
import { isUnMember } from '../../engine/index';
import type { Command } from '../cli-io';
import { EXIT, integerOption, parseCommandLine, usageError } from '../cli-io';

export const PREDICT_VOTES_USAGE = `paros predict-votes --kind ${KINDS.join('|')} --year YYYY [--sponsors ISO3,…]`;

/**
 * `paros predict-votes --kind NFP --year 2016`: one CSV line `ISO3,yes|no|abstain` per UN member
 * of that year on stdout, from the voting model alone; the tally goes to stderr.
 */
export const predictVotesCommand: Command = (args, io) => {
  const parsed = parseCommandLine(
    {
      args: [...args],
      options: {
        help: { type: 'boolean', short: 'h' },
        kind: { type: 'string' },
        year: { type: 'string' },
        sponsors: { type: 'string' },
      },
      allowPositionals: false,
    },
    PREDICT_VOTES_USAGE,
    io,
  );
  if (parsed === null) return EXIT.usage;
  if (parsed.values.help) {
    io.out(`usage: ${PREDICT_VOTES_USAGE}`);
    return EXIT.ok;
  }
  const { kind } = parsed.values;
  if (kind === undefined || !isKind(kind)) {
    return usageError(io, PREDICT_VOTES_USAGE, `--kind must be one of ${KINDS.join(', ')}`);
  }
  const year = integerOption(parsed.values.year);
  if (year === null || year < FIRST_YEAR || year > LAST_YEAR) {
    return usageError(io, PREDICT_VOTES_USAGE, `--year must be ${FIRST_YEAR}–${LAST_YEAR}`);
  }
  let sponsors: string[] | undefined;
  if (parsed.values.sponsors !== undefined) {
    sponsors = parsed.values.sponsors
      .split(',')
      .map((code) => code.trim().toUpperCase())
      .filter((code) => code !== '');
    const unknown = sponsors.filter((code) => !isUnMember(code));
    if (sponsors.length === 0 || unknown.length > 0) {
      return usageError(
        io,
        PREDICT_VOTES_USAGE,
        `--sponsors must list UN members' ISO3 codes${unknown.length > 0 ? ` (unknown: ${unknown.join(', ')})` : ''}`,
      );
    }
  }
  const predictions = predictVotes(VOTING_DATA, { kind, year, sponsors });
  for (const p of predictions) io.out(`${p.state},${p.vote}`);
  const counts = tally(predictions.map((p) => p.vote));
  io.err(
    `paros predict-votes: ${kind} ${year}: ${counts.yes} yes, ${counts.no} no, ${counts.abstain} abstain (${predictions.length} members; absences not predicted)`,
  );
  return EXIT.ok;
};
