/** The roll calls: read from the votes data of the record, or rebuilt from totals. */

import { euMembersOn } from '../../data/members';
import type { Ballot, Named } from './history-facts';
import {
  AGREEMENT_CSV,
  fail,
  FIRST_SESSION,
  fs,
  ROLLCALLS_CSV,
  TALLIES_CSV,
  VOTES_CSV,
} from './host';

export type Choice = Ballot | 'absent';
export type Roll = Map<string, Choice>;
export type Totals = Record<Choice, number>;
export const CHOICES: readonly Choice[] = ['yes', 'no', 'abstain', 'absent'];

// ---------------------------------------------------------------------------------------------
// Reading the record's data files
// ---------------------------------------------------------------------------------------------

/** Rows of a CSV file with a header line (fields may be quoted, with "" for a quote). */
export function readCsv(path: string): Record<string, string>[] {
  const text = fs.readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [header, ...body] = rows;
  if (!header) fail(`${path} is empty`);
  return body
    .filter((cells) => cells.length > 1)
    .map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])));
}

export function field(row: Record<string, string>, name: string): string {
  const value = row[name];
  if (value === undefined) fail(`missing column ${name}`);
  return value;
}

export function isChoice(value: string): value is Choice {
  return (CHOICES as readonly string[]).includes(value);
}

export interface VoteData {
  /** rcid → (country → choice), sessions from 2002 on. */
  readonly rolls: ReadonlyMap<string, ReadonlyMap<string, Choice>>;
  /** rcid → the roll call's line of space_rollcalls (totals as the file gives them). */
  readonly rollcalls: ReadonlyMap<string, Totals & { symbol: string; date: string }>;
  /** Resolution symbol → the totals of plenary_tallies_2015_2018.csv. */
  readonly tallies: ReadonlyMap<string, Totals>;
  /** The share of the roll calls of 2002–2014 in which each State was absent. */
  readonly absences: ReadonlyMap<string, number>;
  /** Kind → State → how often it cast each ballot on that kind, 2002–2014. */
  readonly history: ReadonlyMap<string, ReadonlyMap<string, Totals>>;
  /** Session → State → Bailey–Strezhnev–Voeten ideal point (the US high, Russia and China low). */
  readonly ideal: ReadonlyMap<number, ReadonlyMap<string, number>>;
}

export function readVotes(): VoteData {
  const rolls = new Map<string, Map<string, Choice>>();
  const appearances = new Map<string, { rolls: number; absent: number }>();
  const history = new Map<string, Map<string, Totals>>();
  for (const row of readCsv(VOTES_CSV)) {
    if (Number(field(row, 'session')) < FIRST_SESSION) continue;
    const vote = field(row, 'vote');
    if (!isChoice(vote)) fail(`${VOTES_CSV}: unknown vote "${vote}"`);
    const rcid = field(row, 'rcid');
    const code = field(row, 'country_code');
    const roll = rolls.get(rcid) ?? new Map<string, Choice>();
    roll.set(code, vote);
    rolls.set(rcid, roll);
    const seen = appearances.get(code) ?? { rolls: 0, absent: 0 };
    appearances.set(code, {
      rolls: seen.rolls + 1,
      absent: seen.absent + (vote === 'absent' ? 1 : 0),
    });
    const kind = field(row, 'short_title');
    const byState = history.get(kind) ?? new Map<string, Totals>();
    const counts = byState.get(code) ?? { yes: 0, no: 0, abstain: 0, absent: 0 };
    counts[vote] += 1;
    byState.set(code, counts);
    history.set(kind, byState);
  }
  const rollcalls = new Map<string, Totals & { symbol: string; date: string }>();
  for (const row of readCsv(ROLLCALLS_CSV)) {
    rollcalls.set(field(row, 'rcid'), {
      symbol: field(row, 'symbol'),
      date: field(row, 'date'),
      ...totalsOf(row),
    });
  }
  const tallies = new Map<string, Totals>();
  for (const row of readCsv(TALLIES_CSV)) tallies.set(field(row, 'symbol'), totalsOf(row));
  const ideal = new Map<number, Map<string, number>>();
  for (const row of readCsv(AGREEMENT_CSV)) {
    const session = Number(field(row, 'session'));
    if (session < FIRST_SESSION) continue;
    const bySession = ideal.get(session) ?? new Map<string, number>();
    const point = Number(field(row, 'ideal_point'));
    if (Number.isFinite(point)) bySession.set(field(row, 'country_code'), point);
    ideal.set(session, bySession);
  }
  const absences = new Map(
    [...appearances].map(([code, seen]): [string, number] => [code, seen.absent / seen.rolls]),
  );
  return { rolls, rollcalls, tallies, absences, history, ideal };
}

export function totalsOf(row: Record<string, string>): Totals {
  return {
    yes: Number(field(row, 'yes')),
    no: Number(field(row, 'no')),
    abstain: Number(field(row, 'abstain')),
    absent: Number(field(row, 'absent')),
  };
}

export function countRoll(roll: Roll): Totals {
  const totals: Totals = { yes: 0, no: 0, abstain: 0, absent: 0 };
  for (const choice of roll.values()) totals[choice] += 1;
  return totals;
}

export function showTotals(totals: Totals): string {
  return `${totals.yes}–${totals.no}–${totals.abstain}, ${totals.absent} absent`;
}

// ---------------------------------------------------------------------------------------------
// Roll calls: the dataset's, and those rebuilt from totals
// ---------------------------------------------------------------------------------------------

/** A finding to report (mismatch or gap), printed at the end. */
export const findings: string[] = [];
/** Dataset roll calls whose absent count was checked against the draft's electorate. */
export const absentChecks: string[] = [];

/** A plenary roll call of the dataset over the draft's electorate; checks the absent count. */
export function datasetRoll(votes: VoteData, rcid: string, electorate: readonly string[]): Roll {
  const rows = votes.rolls.get(rcid) ?? fail(`no roll call ${rcid} in ${VOTES_CSV}`);
  const members = new Set(electorate);
  const roll: Roll = new Map(electorate.map((code): [string, Choice] => [code, 'absent']));
  for (const [code, choice] of rows) {
    if (choice === 'absent') continue;
    if (!members.has(code)) fail(`rcid ${rcid}: ${code} votes but is not in the electorate`);
    roll.set(code, choice);
  }
  const datasetAbsent = [...rows.values()].filter((choice) => choice === 'absent').length;
  const line = votes.rollcalls.get(rcid);
  const engineAbsent = countRoll(roll).absent;
  absentChecks.push(`${rcid}: ${engineAbsent} of ${electorate.length}`);
  if (engineAbsent !== datasetAbsent || (line && line.absent !== engineAbsent)) {
    findings.push(
      `rcid ${rcid}: absent count ${engineAbsent} over the electorate of ${electorate.length}, dataset rows ${datasetAbsent}, space_rollcalls ${line?.absent ?? '?'}`,
    );
  }
  return roll;
}

export interface RebuildInput {
  readonly base: Roll;
  readonly electorate: readonly string[];
  readonly named: readonly Named[];
  readonly target: Totals;
  /** The kind whose voting history ranks the States (FPM uses NFP's). */
  readonly kind: string;
  readonly year: number;
  /** The day of the vote, for the EU membership of the day. */
  readonly date: string;
  readonly label: string;
  /**
   * A text of the Western side (NORMS, DA-ASAT): its votes against and abstentions come from
   * the States farthest from the United States, its yes votes from the nearest.
   */
  readonly western?: boolean;
}

/**
 * A roll call rebuilt to given totals: from a base roll call, the States the record names are
 * set to what they did (`withheld`: not yes — an abstention, or absence if the State was absent
 * in the base), then other States are moved until the totals match, choosing each by the voting
 * record (reconstructed; none of this is in the record):
 * 1. missing votes against, then abstentions: the States that most often voted so on this kind
 *    of text in 2002–2014, then the closest to the United States (ideal point);
 * 2. surplus votes against or abstentions: the least likely of them move (a vote against to a
 *    missing abstention first), to yes or to absent;
 * 3. missing yes: the States least often absent in the roll calls of 2002–2014 (never one
 *    that withheld its support); missing absences: the States most often absent.
 * Ties go by code. Throws if the named States alone exceed a total.
 */
export function rebuildRoll(votes: VoteData, input: RebuildInput): Roll {
  const { base, electorate, target, kind, year, date, label } = input;
  const sum = target.yes + target.no + target.abstain + target.absent;
  if (sum !== electorate.length) {
    fail(`${label}: totals ${showTotals(target)} make ${sum}, the electorate ${electorate.length}`);
  }
  const exact = new Map<string, Ballot>();
  const withheld = new Set<string>();
  for (const named of input.named) {
    const group = named.states;
    const states: readonly string[] =
      'eu' in group
        ? euMembersOn(date).filter((code) => !(group.except ?? []).includes(code))
        : group;
    for (const code of states) {
      if (!electorate.includes(code)) fail(`${label}: ${code} is not in the electorate`);
      if (named.vote === 'withheld') withheld.add(code);
      else exact.set(code, named.vote);
    }
  }
  for (const code of exact.keys()) withheld.delete(code);
  const roll: Roll = new Map();
  for (const code of electorate) {
    let choice: Choice = exact.get(code) ?? base.get(code) ?? 'absent';
    if (withheld.has(code) && choice === 'yes') choice = 'abstain';
    roll.set(code, choice);
  }
  for (const choice of ['yes', 'no', 'abstain'] as const) {
    const fixed = [...exact.values()].filter((ballot) => ballot === choice).length;
    if (fixed > target[choice])
      fail(`${label}: ${fixed} named States vote ${choice}, the total is ${target[choice]}`);
  }
  const history = votes.history.get(kind) ?? new Map<string, Totals>();
  const session = Math.min(year - 1945, 69);
  const ideal = votes.ideal.get(session) ?? new Map<string, number>();
  const times = (code: string, choice: Choice): number => history.get(code)?.[choice] ?? 0;
  const side = input.western ? -1 : 1;
  const point = (code: string): number => side * (ideal.get(code) ?? 0);
  const absent = (code: string): number => votes.absences.get(code) ?? 0;
  /** Sort keys, smallest first: the State most likely to have cast `to`. */
  const keys = (to: Choice, code: string): number[] => {
    if (to === 'no' || to === 'abstain') return [-times(code, to), -point(code)];
    if (to === 'yes') return [absent(code), point(code)];
    return [-absent(code)];
  };
  const byLikelihood =
    (to: Choice) =>
    (a: string, b: string): number => {
      const [ka, kb] = [keys(to, a), keys(to, b)];
      for (let index = 0; index < ka.length; index++) {
        const diff = (ka[index] ?? 0) - (kb[index] ?? 0);
        if (diff !== 0) return diff;
      }
      return a < b ? -1 : a > b ? 1 : 0;
    };
  const free = (choice: Choice): string[] =>
    [...roll.entries()]
      .filter(([code, vote]) => vote === choice && !exact.has(code))
      .map(([code]) => code);
  const move = (code: string | undefined, to: Choice): void => {
    if (code === undefined) {
      fail(`${label}: cannot reach ${showTotals(target)} from ${showTotals(countRoll(roll))}`);
    }
    roll.set(code, to);
  };
  const deficit = (choice: Choice): boolean => countRoll(roll)[choice] < target[choice];
  const surplus = (choice: Choice): boolean => countRoll(roll)[choice] > target[choice];
  // 1. Votes against and abstentions first: the States most likely to have cast them join,
  //    from the yes side or the absent (or from the other of the two, if it has too many).
  for (const to of ['no', 'abstain'] as const) {
    const other: Choice = to === 'no' ? 'abstain' : 'no';
    while (deficit(to)) {
      const pool = [...free('yes'), ...free('absent'), ...(surplus(other) ? free(other) : [])];
      move(pool.sort(byLikelihood(to))[0], to);
    }
  }
  // 2. Too many against or abstaining: the least likely leave, to an abstention if one is
  //    missing, else to yes (not a State that withheld its support) or to absent.
  for (const from of ['no', 'abstain'] as const) {
    while (surplus(from)) {
      const leaving = free(from).sort(byLikelihood(from)).at(-1);
      const to: Choice =
        from === 'no' && deficit('abstain')
          ? 'abstain'
          : deficit('yes') && leaving !== undefined && !withheld.has(leaving)
            ? 'yes'
            : 'absent';
      move(leaving, to);
    }
  }
  // 3. Yes and absent: the States least often absent come in; the most often absent stay away.
  while (deficit('yes')) {
    move(
      free('absent')
        .filter((code) => !withheld.has(code))
        .sort(byLikelihood('yes'))[0],
      'yes',
    );
  }
  while (deficit('absent')) move(free('yes').sort(byLikelihood('absent'))[0], 'absent');
  const reached = countRoll(roll);
  if (!CHOICES.every((choice) => reached[choice] === target[choice])) {
    fail(`${label}: reached ${showTotals(reached)}, not ${showTotals(target)}`);
  }
  const forcedByRecord = (code: string, before: Choice, after: Choice): boolean =>
    exact.has(code) || (withheld.has(code) && before === 'yes' && after === 'abstain');
  rollChanges.set(roll, describeChanges(base, roll, forcedByRecord));
  return roll;
}

/** What a rebuilt roll call changed in its base, for the step's note. */
export const rollChanges = new WeakMap<Roll, string>();

export function describeChanges(
  base: Roll,
  roll: Roll,
  isNamed: (code: string, before: Choice, after: Choice) => boolean,
): string {
  const groups = (named: boolean): string => {
    const byMove = new Map<string, string[]>();
    for (const [code, choice] of roll) {
      const before = base.get(code) ?? 'absent';
      if (before === choice || isNamed(code, before, choice) !== named) continue;
      const move = `${before}→${choice}`;
      byMove.set(move, [...(byMove.get(move) ?? []), code]);
    }
    return [...byMove.entries()].map(([move, codes]) => `${move} ${codes.join(', ')}`).join('; ');
  };
  const named = groups(true);
  const chosen = groups(false);
  if (!named && !chosen) return 'The base roll call already has these totals.';
  return [
    named ? `Changes for the States the record names: ${named}.` : '',
    chosen
      ? `Other changes, chosen by the voting record of 2002–2014 (rebuildRoll in src/engine/history/make/roll-calls.ts), not by the record: ${chosen}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}
