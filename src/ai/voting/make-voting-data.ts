/**
 * Writes `voting-data.json` beside this file from the record's CSVs
 * (`../shared/history/votes/`): per state, per kind, per year, the recorded plenary vote
 * (absences left out), the roll calls' totals, and per state its ideal point per year.
 *
 * Run by hand from the repository root: `npx tsx src/ai/voting/make-voting-data.ts`, then
 * `npx prettier --write src/ai/voting/voting-data.json`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIRST_YEAR = 2000;
const HERE = dirname(fileURLToPath(import.meta.url));
const VOTES_DIR = join(HERE, '../../../../shared/history/votes');
const KINDS = ['PAROS', 'NFP', 'TCBM'];

/** Splits one CSV line, honouring double quotes. */
function splitCsv(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

function readCsv(file: string): Record<string, string>[] {
  const lines = readFileSync(join(VOTES_DIR, file), 'utf8').split(/\r?\n/).filter(Boolean);
  const header = splitCsv(lines[0] ?? '');
  return lines.slice(1).map((line) => {
    const cells = splitCsv(line);
    return Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']));
  });
}

const rollcalls = readCsv('space_rollcalls_1981_2014.csv')
  .filter((r) => Number(r.year) >= FIRST_YEAR && KINDS.includes(r.short_title ?? ''))
  .map((r) => ({
    rcid: Number(r.rcid),
    year: Number(r.year),
    kind: r.short_title ?? '',
    symbol: r.symbol ?? '',
    yes: Number(r.yes),
    no: Number(r.no),
    abstain: Number(r.abstain),
    absent: Number(r.absent),
  }))
  .sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind));
const seen = new Set<string>();
for (const r of rollcalls) {
  const key = `${r.kind}${r.year}`;
  if (seen.has(key)) throw new Error(`two roll calls of ${r.kind} in ${r.year}`);
  seen.add(key);
}
const yearOfRcid = new Map(rollcalls.map((r) => [r.rcid, r]));

const votes: Record<string, Record<string, Record<string, string>>> = {};
for (const row of readCsv('space_votes_1981_2014.csv')) {
  const call = yearOfRcid.get(Number(row.rcid));
  const vote = row.vote ?? '';
  if (call === undefined || !['yes', 'no', 'abstain'].includes(vote)) continue;
  const state = row.country_code ?? '';
  const byKind = (votes[state] ??= {});
  (byKind[call.kind] ??= {})[String(call.year)] = vote;
}

const ideal: Record<string, Record<string, number>> = {};
for (const row of readCsv('agreement_by_year_1981_2014.csv')) {
  const year = Number(row.year);
  const point = Number(row.ideal_point);
  if (year < FIRST_YEAR || row.ideal_point === '' || !Number.isFinite(point)) continue;
  (ideal[row.country_code ?? ''] ??= {})[String(year)] = Math.round(point * 100) / 100;
}

const sorted = <T>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));

const data = {
  source:
    'Erik Voeten, UNGA Voting Data (hdl:1902.1/12379, CC0) via shared/history/votes; ideal points Bailey, Strezhnev and Voeten (2017). Written by make-voting-data.ts.',
  rollcalls: rollcalls.map(({ rcid: _rcid, ...rest }) => rest),
  votes: sorted(votes),
  ideal: sorted(ideal),
};
writeFileSync(join(HERE, 'voting-data.json'), `${JSON.stringify(data)}\n`);
console.log(
  `voting-data.json: ${rollcalls.length} roll calls, ${Object.keys(votes).length} states with votes, ${Object.keys(ideal).length} with ideal points`,
);
