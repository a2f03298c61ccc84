/* eslint-disable no-restricted-imports -- a generator run by hand, not part of the engine */
/**
 * Writes `scenarios/ppwt-history.log.json`: the real sequence of the PPWT record, June 2002 to
 * the end of 2022, as engine intents applied in order by `apply` to a game of
 * `scenarios/ppwt-history.json` (seed 1), each step with its confidence and source.
 *
 * Run from the repository root: `npx tsx src/engine/history/make/make-history-log.ts`.
 * CI never runs it; only the committed JSON is used.
 *
 * - The facts written by hand are in `history-facts.ts` (documents, CD meetings and decisions,
 *   resolutions, GGE steps), each with its source in `shared/history/`.
 * - The calendar comes from the scenario: the host ends every turn (the log ends with the game
 *   over) and moves the date to the day of each step inside a turn.
 * - The roll calls come from `../shared/history/votes/`: country by country for the plenary
 *   votes of 2002–2014 (verified), rebuilt from the totals of 2015–2018 and from the committee
 *   tallies of RECORD.md 5 (reconstructed; see `rebuildRoll`).
 * - The generator builds the log by applying each step as it writes it, then replays the whole
 *   log once more on a new game and fails loudly if any step is refused. It prints the number of
 *   steps, the time of one `apply` pass, the documents register and every recorded tally next to
 *   the one of the record.
 */
// src/engine/tsconfig.json has no Node types, on purpose; there `node:fs` is untyped, so the two
// functions used are typed below (the root tsconfig and tsx see the real module).
// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- see the comment above
// @ts-ignore -- see the comment above
import * as nodeFs from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { apply } from '../../apply';
import { createGame } from '../../create-game';
import { cdMembers, euMembersOn, memberName } from '../../data/members';
import { presidentNow } from '../../intents/cd-session.handlers';
import type { IntentInput } from '../../intents/intent.schema';
import type { ConsensusDecisionContext } from '../../procedures/cd/consensus-decision.machine';
import type { DocumentLifecycleContext } from '../../procedures/documents/document-lifecycle.machine';
import type { DraftResolutionContext } from '../../procedures/unga/draft-resolution.machine';
import { formatProblems, parseScenario } from '../../scenario/load-scenario';
import type { CalendarTurn, Scenario } from '../../scenario/scenario.schema';
import type { GameState, RecordEntry } from '../../state/game-state';
import { parseHistoryLog } from '../history-log.schema';
import type {
  Ballot,
  CdBusiness,
  CdMeeting,
  Confidence,
  Day,
  GgeFact,
  GgeStep,
  Named,
  ResolutionFact,
  RollFact,
  Sourced,
  StageFact,
  TurnRef,
} from './history-facts';
import {
  CD_MEETINGS,
  GAPS,
  GGES,
  LATER_RESOLUTIONS,
  PARAGRAPHS,
  RESOLUTIONS,
  SESSION_OPENINGS_IN_RECORD,
  TITLES,
} from './history-facts';

const fs = nodeFs as unknown as {
  readFileSync(path: string, encoding: 'utf8'): string;
  writeFileSync(path: string, data: string): void;
};

/** What the generator needs of the host: printing and a clock (the engine itself has neither). */
const host = globalThis as unknown as {
  console: { log(line: string): void };
  performance: { now(): number };
  process: { argv: readonly string[] };
};

/**
 * Paths relative to the repository root, where the script is run from. Two optional arguments
 * replace the scenario and the log file (to try the generator on a copy of the scenario).
 */
const [
  SCENARIO_FILE = 'scenarios/ppwt-history.json',
  LOG_FILE = 'scenarios/ppwt-history.log.json',
] = host.process.argv.slice(2);
const VOTES_DIR = '../shared/history/votes/';
const VOTES_CSV = `${VOTES_DIR}space_votes_1981_2014.csv`;
const ROLLCALLS_CSV = `${VOTES_DIR}space_rollcalls_1981_2014.csv`;
const TALLIES_CSV = `${VOTES_DIR}plenary_tallies_2015_2018.csv`;
const AGREEMENT_CSV = `${VOTES_DIR}agreement_by_year_1981_2014.csv`;
const SEED = 1;
/** The first General Assembly session of the record (2002); earlier roll calls are not used. */
const FIRST_SESSION = 57;

type Choice = Ballot | 'absent';
type Roll = Map<string, Choice>;
type Totals = Record<Choice, number>;
const CHOICES: readonly Choice[] = ['yes', 'no', 'abstain', 'absent'];

interface LogStep {
  readonly intent: IntentInput;
  readonly confidence: Confidence;
  readonly source: string;
  readonly note?: string;
}

function fail(message: string): never {
  throw new Error(`make-history-log: ${message}`);
}

function out(line = ''): void {
  host.console.log(line);
}

// ---------------------------------------------------------------------------------------------
// Reading the record's data files
// ---------------------------------------------------------------------------------------------

/** Rows of a CSV file with a header line (fields may be quoted, with "" for a quote). */
function readCsv(path: string): Record<string, string>[] {
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

function field(row: Record<string, string>, name: string): string {
  const value = row[name];
  if (value === undefined) fail(`missing column ${name}`);
  return value;
}

function isChoice(value: string): value is Choice {
  return (CHOICES as readonly string[]).includes(value);
}

interface VoteData {
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

function readVotes(): VoteData {
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

function totalsOf(row: Record<string, string>): Totals {
  return {
    yes: Number(field(row, 'yes')),
    no: Number(field(row, 'no')),
    abstain: Number(field(row, 'abstain')),
    absent: Number(field(row, 'absent')),
  };
}

function countRoll(roll: Roll): Totals {
  const totals: Totals = { yes: 0, no: 0, abstain: 0, absent: 0 };
  for (const choice of roll.values()) totals[choice] += 1;
  return totals;
}

function showTotals(totals: Totals): string {
  return `${totals.yes}–${totals.no}–${totals.abstain}, ${totals.absent} absent`;
}

// ---------------------------------------------------------------------------------------------
// Roll calls: the dataset's, and those rebuilt from totals
// ---------------------------------------------------------------------------------------------

/** A finding to report (mismatch or gap), printed at the end. */
const findings: string[] = [];
/** Dataset roll calls whose absent count was checked against the draft's electorate. */
const absentChecks: string[] = [];

/** A plenary roll call of the dataset over the draft's electorate; checks the absent count. */
function datasetRoll(votes: VoteData, rcid: string, electorate: readonly string[]): Roll {
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

interface RebuildInput {
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
function rebuildRoll(votes: VoteData, input: RebuildInput): Roll {
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
const rollChanges = new WeakMap<Roll, string>();

function describeChanges(
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
      ? `Other changes, chosen by the voting record of 2002–2014 (rebuildRoll in src/engine/history/make/make-history-log.ts), not by the record: ${chosen}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

// ---------------------------------------------------------------------------------------------
// The log builder: applies each step as it is written
// ---------------------------------------------------------------------------------------------

const STRENGTH: Record<Confidence, number> = { verified: 2, uncertain: 1, reconstructed: 0 };

/** The weaker of several facts a step rests on, with their sources and notes together. */
function weakest(...facts: readonly (Sourced | undefined)[]): Sourced {
  const present = facts.filter((fact): fact is Sourced => fact !== undefined);
  const first = present[0] ?? fail('weakest: no fact');
  const confidence = present.reduce<Confidence>(
    (low, fact) => (STRENGTH[fact.confidence] < STRENGTH[low] ? fact.confidence : low),
    first.confidence,
  );
  const source = [...new Set(present.map((fact) => fact.source))].join('; ');
  const notes = [...new Set(present.map((fact) => fact.note).filter((note) => note !== undefined))];
  return { confidence, source, ...(notes.length ? { note: notes.join(' ') } : {}) };
}

class LogBuilder {
  state: GameState;
  readonly steps: LogStep[] = [];

  constructor(readonly scenario: Scenario) {
    this.state = createGame(scenario, SEED);
  }

  /** Applies the step; a refusal is a fault of the facts or of the generator. */
  emit(intent: IntentInput, fact: Sourced): readonly RecordEntry[] {
    const result = apply(this.state, intent);
    if (!result.ok) {
      fail(
        `step ${this.steps.length} (${intent.type} ${intent.actor}, ${this.state.date}) is refused: ${result.error.code}: ${result.error.message}`,
      );
    }
    this.state = result.state;
    this.steps.push({
      intent,
      confidence: fact.confidence,
      source: fact.source,
      ...(fact.note === undefined ? {} : { note: fact.note }),
    });
    return result.events;
  }

  /** Moves the date on to the day of the next fact (never back). */
  advanceTo(day: Day): void {
    if (day.date < this.state.date) {
      fail(`${day.date} is before the game's date ${this.state.date} (${day.source})`);
    }
    if (day.date > this.state.date) {
      this.emit({ type: 'date.advanced', actor: 'host', date: day.date }, day);
    }
  }

  president(): string {
    return presidentNow(this.state) ?? fail(`no President on ${this.state.date}`);
  }
}

// ---------------------------------------------------------------------------------------------
// The calendar and the timeline of facts
// ---------------------------------------------------------------------------------------------

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function matches(turn: CalendarTurn, ref: TurnRef): boolean {
  if (yearOf(turn.date) !== ref.year) return false;
  if (ref.forum === 'cd') return turn.forum === 'cd' && turn.part === ref.part;
  return turn.forum === 'unga' && turn.stage === ref.forum;
}

function turnOf(calendar: readonly CalendarTurn[], ref: TurnRef): number {
  const index = calendar.findIndex((turn) => matches(turn, ref));
  if (index < 0) fail(`the calendar has no turn ${JSON.stringify(ref)}`);
  return index;
}

/** The turn a day falls in: the last that opens on or before it. */
function turnAt(calendar: readonly CalendarTurn[], date: string): number {
  let found = -1;
  calendar.forEach((turn, index) => {
    if (turn.date <= date) found = index;
  });
  if (found < 0) fail(`${date} is before the first turn of the calendar`);
  return found;
}

function describeTurn(turn: CalendarTurn): string {
  return `"${turn.label}" (from ${turn.date})`;
}

interface Entry {
  readonly turn: number;
  /** The day it happens, or null: the turn's opening date. */
  readonly day: Day | null;
  readonly rank: number;
  readonly sub: number;
  readonly seq: number;
  readonly run: (builder: LogBuilder) => void;
}

/** Facts that are not in the log, by the turn whose `turn.ended` step says so. */
const notesByTurn = new Map<number, string[]>();

interface Placement {
  readonly calendar: readonly CalendarTurn[];
  readonly entries: Entry[];
  seq: number;
}

/**
 * Puts a fact on the timeline: in the turn its day falls in (which must be the turn it belongs
 * to, when it belongs to one), or at the opening of its turn when the record has no day.
 */
function place(
  placement: Placement,
  when: Day | { readonly at: TurnRef } | null,
  expected: TurnRef | null,
  rank: number,
  sub: number,
  what: string,
  run: (builder: LogBuilder) => void,
): void {
  const { calendar } = placement;
  let turn: number;
  let day: Day | null = null;
  if (when === null || 'at' in when) {
    const ref = when?.at ?? expected ?? fail(`${what}: neither a day nor a turn`);
    turn = turnOf(calendar, ref);
  } else {
    day = when;
    turn = turnAt(calendar, when.date);
    const at = calendar[turn] ?? fail('turn out of range');
    if (expected && !matches(at, expected)) {
      const home = calendar.findIndex((candidate) => matches(candidate, expected));
      const homeTurn = calendar[home];
      const fix =
        homeTurn && when.date < homeTurn.date
          ? ` To let it in, calendar[${home}] ("${homeTurn.label}") must open on ${when.date} or earlier.`
          : '';
      const message = `${what} (${when.date}) is not in the log: that day falls in ${describeTurn(at)}, not in the turn it belongs to${homeTurn ? `, ${describeTurn(homeTurn)}` : ''}.${fix}`;
      const carrier = home >= 0 ? home : turn;
      notesByTurn.set(carrier, [...(notesByTurn.get(carrier) ?? []), message]);
      findings.push(`SKIPPED: ${message}`);
      return;
    }
  }
  placement.entries.push({ turn, day, rank, sub, seq: placement.seq++, run });
}

// ---------------------------------------------------------------------------------------------
// The Conference on Disarmament
// ---------------------------------------------------------------------------------------------

/** Proposal names of the facts file → the engine's CD-D/<year>/<n> ids. */
const proposals = new Map<string, string>();

function needsCdTurn(meeting: CdMeeting): boolean {
  return meeting.plenary !== undefined || meeting.business.some((b) => b.kind !== 'circulate');
}

function placeMeeting(placement: Placement, meeting: CdMeeting): void {
  const { when } = meeting;
  const date = 'at' in when ? null : when.date;
  const label = 'at' in when ? `${when.at.year} (${when.at.forum})` : when.date;
  const expected =
    'at' in when ? when.at : needsCdTurn(meeting) ? cdTurnRef(placement.calendar, date) : null;
  place(placement, when, expected, 0, 0, `CD meeting of ${label}`, (builder) =>
    runMeeting(builder, meeting),
  );
}

/**
 * The CD part a meeting belongs to: the last to open on or before its day (if the day falls in a
 * General Assembly turn instead, the meeting is skipped with a note).
 */
function cdTurnRef(calendar: readonly CalendarTurn[], date: string | null): TurnRef | null {
  if (date === null) return null;
  const turn = calendar
    .slice(0, turnAt(calendar, date) + 1)
    .filter((candidate) => candidate.forum === 'cd')
    .at(-1);
  if (turn?.forum !== 'cd') fail(`${date}: no part of the CD's session sits on or before that day`);
  return { year: yearOf(turn.date), forum: 'cd', part: turn.part };
}

function runMeeting(builder: LogBuilder, meeting: CdMeeting): void {
  if (!('at' in meeting.when)) builder.advanceTo(meeting.when);
  const wanted = meeting.president;
  if (wanted) {
    for (let guard = 0; builder.president() !== wanted.code; guard++) {
      if (guard >= 5)
        fail(`${builder.state.date}: the presidency never reaches ${wanted.code} this part`);
      builder.emit({ type: 'presidency.rotated', actor: 'host' }, wanted.handOver);
    }
  }
  const convenor = builder.president();
  const rotationNote: Sourced | undefined = wanted
    ? undefined
    : {
        confidence: 'reconstructed',
        source: 'RECORD.md 3.3 (rule 9)',
        note: `The record does not say who presided: ${memberName(convenor)} holds the presidency by the engine’s rotation (rule 9).`,
      };
  if (meeting.plenary) {
    builder.emit(
      { type: 'plenary.convened', actor: convenor },
      weakest(meeting.plenary, wanted, rotationNote),
    );
  }
  for (const business of meeting.business) runBusiness(builder, business, rotationNote);
  if (meeting.plenary) {
    builder.emit(
      { type: 'plenary.adjourned', actor: convenor },
      weakest(meeting.plenary, wanted, rotationNote),
    );
  }
}

function runBusiness(builder: LogBuilder, business: CdBusiness, rotation?: Sourced): void {
  const fact: Sourced = {
    confidence: business.confidence,
    source: business.source,
    ...(business.note === undefined ? {} : { note: business.note }),
  };
  switch (business.kind) {
    case 'statement':
      builder.emit(
        {
          type: 'statement.made',
          actor: business.actor,
          topic: business.topic,
          ...(business.text === undefined ? {} : { text: business.text }),
        },
        fact,
      );
      return;
    case 'circulate': {
      const events = builder.emit(
        {
          type: 'document.submitted',
          actor: business.actor,
          document: business.draft,
          symbol: business.symbol,
        },
        fact,
      );
      if (!events.some((event) => event.symbol === business.symbol))
        fail(`${business.draft} was not circulated as ${business.symbol}`);
      return;
    }
    case 'propose': {
      builder.emit(
        {
          type: 'decision.proposed',
          actor: builder.president(),
          subject: business.subject,
          ...(business.document === undefined ? {} : { document: business.document }),
        },
        weakest(fact, rotation),
      );
      const id = builder.state.cd.decisionOrder.at(-1) ?? fail('no proposal id');
      proposals.set(business.ref, id);
      return;
    }
    case 'join': {
      const decision = proposals.get(business.ref) ?? fail(`no proposal ${business.ref}`);
      const actors =
        business.actors === 'every member'
          ? cdMembers().map((member) => member.code)
          : business.actors;
      for (const actor of actors) builder.emit({ type: 'consensus.joined', actor, decision }, fact);
      return;
    }
    case 'object': {
      const decision = proposals.get(business.ref) ?? fail(`no proposal ${business.ref}`);
      builder.emit({ type: 'objection.raised', actor: business.actor, decision }, fact);
      return;
    }
    case 'call': {
      const decision = proposals.get(business.ref) ?? fail(`no proposal ${business.ref}`);
      const events = builder.emit(
        {
          type: 'decision.called',
          actor: builder.president(),
          decision,
          ...(business.symbol === undefined ? {} : { symbol: business.symbol }),
        },
        weakest(fact, rotation),
      );
      const kind = business.expect === 'adopted' ? 'decision.adopted' : 'decision.blocked';
      if (!events.some((event) => event.kind === kind))
        fail(`${decision} (${business.ref}) was not ${business.expect}`);
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The General Assembly
// ---------------------------------------------------------------------------------------------

interface TallyLine {
  readonly what: string;
  readonly engine: Totals;
  readonly record: string;
  readonly equal: boolean;
}
const tallyLines: TallyLine[] = [];

/** What the generator learns of a draft as it goes: its symbol, its roll calls. */
interface DraftTrack {
  readonly fact: ResolutionFact;
  symbol: string | null;
  resolution: string | null;
  plenaryRoll: Roll | null;
  committeeRoll: Roll | null;
}

/** The latest roll call of the log on the whole text of each kind (for the rolls of 2019 on). */
const latestRolls = new Map<string, Roll>();

const WESTERN_KINDS: readonly string[] = ['NORMS', 'DAASAT'];

/** A stage roll call of 2019 on: rebuilt from the latest roll of the kind, or the other stage's. */
function laterRoll(
  builder: LogBuilder,
  votes: VoteData,
  track: DraftTrack,
  stage: 'committee' | 'plenary',
): Roll | null {
  const { fact } = track;
  const decision = (stage === 'committee' ? fact.committee : fact.plenary).decision;
  if (decision.method !== 'recorded') return null;
  const roll = decision.roll;
  if (roll.from === 'otherStage') {
    const other = stage === 'committee' ? 'plenary' : 'committee';
    const from =
      (other === 'committee' ? track.committeeRoll : track.plenaryRoll) ??
      laterRoll(builder, votes, track, other) ??
      fail(`${label(fact)} ${stage}: no ${other} roll call to reuse`);
    const copy: Roll = new Map(from);
    const changes = rollChanges.get(from);
    if (changes)
      rollChanges.set(
        copy,
        `The ${other === 'committee' ? 'committee' : 'plenary'} roll call it reuses: ${changes}`,
      );
    return copy;
  }
  if (roll.from !== 'rebuilt') return null;
  const cached = stage === 'committee' ? track.committeeRoll : track.plenaryRoll;
  if (cached) return cached;
  const electorate = draftContext(builder, track.symbol ?? fail('not tabled')).voters;
  if (electorate.length !== 193)
    fail(`${label(fact)}: an electorate of ${electorate.length}, not 193`);
  const baseKind = roll.baseKinds.find((kind) => latestRolls.has(kind));
  const base =
    (baseKind === undefined ? undefined : latestRolls.get(baseKind)) ??
    fail(`${label(fact)} ${stage}: no roll call of ${roll.baseKinds.join(' or ')} yet`);
  const { tally } = roll;
  const rebuilt = rebuildRoll(votes, {
    base,
    electorate,
    named: roll.named,
    target: { ...tally, absent: electorate.length - tally.yes - tally.no - tally.abstain },
    kind: fact.kind === 'FPM' ? 'NFP' : fact.kind,
    year: fact.year,
    date:
      (stage === 'committee' ? fact.committee : fact.plenary).day?.date ??
      `${fact.year}-${stage === 'committee' ? '10-15' : '12-01'}`,
    label: `${label(fact)} ${stage}`,
    western: WESTERN_KINDS.includes(fact.kind),
  });
  if (stage === 'committee') track.committeeRoll = rebuilt;
  else track.plenaryRoll = rebuilt;
  return rebuilt;
}

function draftContext(builder: LogBuilder, symbol: string): DraftResolutionContext {
  const snapshot = builder.state.unga.drafts[symbol] ?? fail(`no draft ${symbol}`);
  return snapshot.context as DraftResolutionContext;
}

function lNumber(symbol: string | undefined): number {
  const match = symbol === undefined ? null : /\/L\.(\d+)$/.exec(symbol);
  return match ? Number(match[1]) : 0;
}

function resNumber(symbol: string | undefined): number {
  const match = symbol === undefined ? null : /^A\/RES\/\d+\/(\d+)$/.exec(symbol);
  return match ? Number(match[1]) : Number.MAX_SAFE_INTEGER;
}

function label(fact: ResolutionFact): string {
  return `${fact.year} ${fact.kind}`;
}

/** The plenary roll call of a draft, from the dataset or rebuilt from the totals. */
function plenaryRollOf(builder: LogBuilder, votes: VoteData, track: DraftTrack): Roll | null {
  if (track.plenaryRoll) return track.plenaryRoll;
  const later = laterRoll(builder, votes, track, 'plenary');
  if (later) return (track.plenaryRoll = later);
  const { fact } = track;
  const decision = fact.plenary.decision;
  if (decision.method !== 'recorded') return null;
  const electorate = draftContext(builder, track.symbol ?? fail('not tabled')).voters;
  const roll = decision.roll;
  if (roll.from === 'dataset') {
    track.plenaryRoll = datasetRoll(votes, roll.rcid, electorate);
  } else if (roll.from === 'totals') {
    const file = votes.tallies.get(roll.symbol) ?? fail(`no totals for ${roll.symbol}`);
    const target = { ...file, yes: file.yes + (roll.correction?.yes ?? 0) };
    if (roll.correction) {
      findings.push(
        `${roll.symbol}: ${TALLIES_CSV} gives ${showTotals(file)}; the roll call uses the source’s totals ${showTotals(target)} (${roll.correction.note})`,
      );
    }
    const baseRows = votes.rolls.get(roll.baseRcid) ?? fail(`no roll call ${roll.baseRcid}`);
    track.plenaryRoll = rebuildRoll(votes, {
      base: new Map(baseRows),
      electorate,
      named: roll.named,
      target,
      kind: fact.kind === 'FPM' ? 'NFP' : fact.kind,
      year: fact.year,
      date: fact.plenary.day?.date ?? `${fact.year}-12-01`,
      label: `${label(fact)} plenary`,
    });
  } else {
    fail(`${label(fact)}: a plenary roll call comes from the dataset or the totals`);
  }
  return track.plenaryRoll;
}

function committeeRollOf(
  builder: LogBuilder,
  votes: VoteData,
  track: DraftTrack,
  roll: RollFact,
): Roll {
  const { fact } = track;
  const later = laterRoll(builder, votes, track, 'committee');
  if (later) return (track.committeeRoll = later);
  const plenary =
    plenaryRollOf(builder, votes, track) ??
    fail(`${label(fact)}: no plenary roll call to build the committee's on`);
  if (roll.from === 'plenaryRoll') return new Map(plenary);
  if (roll.from !== 'committeeTally') fail(`${label(fact)}: unexpected committee roll`);
  const electorate = draftContext(builder, track.symbol ?? fail('not tabled')).voters;
  const { tally } = roll;
  return rebuildRoll(votes, {
    base: plenary,
    electorate,
    named: roll.named,
    target: { ...tally, absent: electorate.length - tally.yes - tally.no - tally.abstain },
    kind: fact.kind === 'FPM' ? 'NFP' : fact.kind,
    year: fact.year,
    date: fact.committee.day?.date ?? `${fact.year}-10-15`,
    label: `${label(fact)} committee`,
  });
}

function recordTally(
  track: DraftTrack,
  stage: 'committee' | 'plenary',
  events: readonly RecordEntry[],
  votes: VoteData,
): void {
  const recorded = events.find((event) => event.kind === 'vote.recorded')?.tally;
  if (!recorded) fail(`${label(track.fact)} ${stage}: no vote recorded`);
  const decision = (stage === 'committee' ? track.fact.committee : track.fact.plenary).decision;
  if (decision.method !== 'recorded') return;
  const roll = decision.roll;
  let record: string;
  let expected: Totals | null = null;
  if (roll.from === 'dataset') {
    const line = votes.rollcalls.get(roll.rcid);
    expected = line ?? null;
    record = line ? `dataset rcid ${roll.rcid}: ${showTotals(line)}` : `rcid ${roll.rcid}: ?`;
  } else if (roll.from === 'totals') {
    const file = votes.tallies.get(roll.symbol);
    expected = file ? { ...file, yes: file.yes + (roll.correction?.yes ?? 0) } : null;
    record = file
      ? `plenary_tallies: ${showTotals(file)}${roll.correction ? ` (source’s totals: ${roll.correction.yes > 0 ? '+' : ''}${roll.correction.yes} yes)` : ''}`
      : '?';
  } else if (roll.from === 'committeeTally') {
    const { tally } = roll;
    const absent = recorded.yes + recorded.no + recorded.abstain + recorded.absent;
    expected = { ...tally, absent: absent - tally.yes - tally.no - tally.abstain };
    record = `RECORD.md 5: ${tally.yes}–${tally.no}–${tally.abstain}`;
  } else if (roll.from === 'rebuilt') {
    const { tally } = roll;
    const all = recorded.yes + recorded.no + recorded.abstain + recorded.absent;
    expected = { ...tally, absent: all - tally.yes - tally.no - tally.abstain };
    record = `RECORD.md 5: ${tally.yes}–${tally.no}–${tally.abstain}`;
  } else if (roll.from === 'otherStage') {
    record = `no ${stage} tally in the record (the other stage’s roll call is used)`;
  } else {
    record = 'no committee tally in the record (the plenary roll call is used)';
  }
  const wanted = expected;
  const equal = wanted === null || CHOICES.every((choice) => wanted[choice] === recorded[choice]);
  if (!equal)
    findings.push(`${label(track.fact)} ${stage}: engine ${showTotals(recorded)}, ${record}`);
  tallyLines.push({
    what: `${(stage === 'committee' ? track.symbol : track.resolution) ?? '?'} ${track.fact.kind} ${stage}`,
    engine: recorded,
    record,
    equal,
  });
}

function placeResolution(placement: Placement, votes: VoteData, fact: ResolutionFact): void {
  const track: DraftTrack = {
    fact,
    symbol: null,
    resolution: null,
    plenaryRoll: null,
    committeeRoll: null,
  };
  const committeeTurn: TurnRef = { year: fact.year, forum: 'firstCommittee' };
  const plenaryTurn: TurnRef = { year: fact.year, forum: 'plenary' };
  place(
    placement,
    null,
    committeeTurn,
    1,
    lNumber(fact.draftSymbol?.symbol),
    `${label(fact)} draft tabled`,
    (builder) => runTabling(builder, track),
  );
  place(
    placement,
    fact.committee.day ?? null,
    committeeTurn,
    2,
    resNumber(fact.resolution.symbol),
    `${label(fact)} First Committee action`,
    (builder) => runStage(builder, votes, track, 'committee'),
  );
  place(
    placement,
    fact.plenary.day ?? null,
    plenaryTurn,
    3,
    resNumber(fact.resolution.symbol),
    `${label(fact)} plenary action on ${fact.resolution.symbol ?? 'the draft'}`,
    (builder) => runStage(builder, votes, track, 'plenary'),
  );
}

function withChanges(fact: Sourced, changes: string | undefined): Sourced {
  if (changes === undefined) return fact;
  return { ...fact, note: fact.note ? `${fact.note} ${changes}` : changes };
}

function runTabling(builder: LogBuilder, track: DraftTrack): void {
  const { fact } = track;
  const numbered: Sourced | undefined = fact.draftSymbol
    ? undefined
    : {
        confidence: 'reconstructed',
        source: 'RECORD.md 4.2',
        note: 'The record gives no draft symbol for this text this year: the engine numbers it.',
      };
  const events = builder.emit(
    {
      type: 'draft.tabled',
      actor: fact.sponsor.actor,
      kind: fact.kind,
      title: TITLES[fact.kind],
      paragraphs: [...(fact.paragraphs ?? PARAGRAPHS[fact.kind])],
      coSponsors: [...fact.sponsor.with],
      ...(fact.draftSymbol ? { symbol: fact.draftSymbol.symbol } : {}),
    },
    weakest(fact.sponsor, fact.draftSymbol, numbered, {
      confidence: 'verified',
      source: 'RECORD.md 5',
      note: 'The paragraphs give the gist of the text in our own words, not its wording.',
    }),
  );
  track.symbol =
    events.find((event) => event.kind === 'draft.tabled')?.symbol ?? fail('no draft symbol');
  if (fact.draftSymbol && track.symbol !== fact.draftSymbol.symbol) {
    fail(`${label(fact)}: tabled as ${track.symbol}, not ${fact.draftSymbol.symbol}`);
  }
  builder.emit(
    { type: 'draft.introduced', actor: fact.sponsor.actor, draft: track.symbol },
    {
      confidence: 'reconstructed',
      source: 'RECORD.md 4.1 (all drafts are introduced in the thematic debate)',
      note: 'Who introduced the draft is not recorded: its main sponsor is shown introducing it.',
    },
  );
  for (const actor of fact.joining?.actors ?? []) {
    builder.emit(
      { type: 'coSponsor.added', actor, draft: track.symbol },
      fact.joining ?? fail('joining'),
    );
  }
}

function runStage(
  builder: LogBuilder,
  votes: VoteData,
  track: DraftTrack,
  stage: 'committee' | 'plenary',
): void {
  const { fact } = track;
  const stageFact: StageFact = stage === 'committee' ? fact.committee : fact.plenary;
  const draft = track.symbol ?? fail(`${label(fact)}: not tabled`);
  if (stageFact.day) builder.advanceTo(stageFact.day);
  if (stage === 'committee') {
    builder.emit({ type: 'action.opened', actor: 'chair', draft }, stageFact.outcome);
  } else {
    builder.emit(
      {
        type: 'plenary.opened',
        actor: 'chair',
        draft,
        ...(fact.resolution.symbol ? { resolution: fact.resolution.symbol } : {}),
      },
      weakest(fact.resolution, stageFact.outcome),
    );
    track.resolution = draftContext(builder, draft).resolutionSymbol;
  }
  const decision = stageFact.decision;
  let events: readonly RecordEntry[];
  if (decision.method === 'withoutVote') {
    events = builder.emit({ type: 'adoption.withoutVote', actor: 'chair', draft }, decision);
  } else {
    const roll =
      stage === 'committee'
        ? committeeRollOf(builder, votes, track, decision.roll)
        : (plenaryRollOf(builder, votes, track) ?? fail('no roll'));
    const separate = stageFact.paragraphVote;
    if (separate) {
      builder.emit(
        {
          type: 'paragraphVote.requested',
          actor: separate.requester,
          draft,
          paragraph: separate.paragraph,
        },
        separate.request,
      );
    }
    builder.emit(
      { type: 'vote.requested', actor: fact.sponsor.actor, draft },
      {
        confidence: 'reconstructed',
        source: 'RECORD.md 4.3 (rule 127: any member may request a recorded vote)',
        note: 'Who requested the recorded vote is never in the record: the main sponsor stands in.',
      },
    );
    builder.emit({ type: 'voting.opened', actor: 'chair', draft }, decision.vote);
    const of = (choice: Ballot, from: Roll = roll): string[] =>
      [...from.entries()]
        .filter(([, vote]) => vote === choice)
        .map(([code]) => code)
        .sort();
    if (separate) {
      const electorate = draftContext(builder, draft).voters;
      const { tally } = separate;
      const target = { ...tally, absent: electorate.length - tally.yes - tally.no - tally.abstain };
      const part = rebuildRoll(votes, {
        base: roll,
        electorate,
        named: separate.named,
        target,
        kind: fact.kind,
        year: fact.year,
        date: stageFact.day?.date ?? builder.state.date,
        label: `${label(fact)} ${stage} ${separate.paragraph}`,
        western: WESTERN_KINDS.includes(fact.kind),
      });
      builder.emit(
        {
          type: 'rollCall.recorded',
          actor: 'chair',
          draft,
          yes: of('yes', part),
          no: of('no', part),
          abstain: of('abstain', part),
        },
        withChanges(separate.roll, rollChanges.get(part)),
      );
      const closedPart = builder.emit(
        { type: 'voting.closed', actor: 'chair', draft },
        separate.vote,
      );
      const got = closedPart.find((event) => event.kind === 'vote.recorded')?.tally;
      if (!got) fail(`${label(fact)} ${separate.paragraph}: no vote recorded`);
      const equal = CHOICES.every((choice) => got[choice] === target[choice]);
      if (!equal) findings.push(`${label(fact)} ${separate.paragraph}: engine ${showTotals(got)}`);
      tallyLines.push({
        what: `${draft} ${fact.kind} ${stage} ${separate.paragraph}`,
        engine: got,
        record: `RECORD.md 4.3: ${tally.yes}–${tally.no}–${tally.abstain}`,
        equal,
      });
    }
    builder.emit(
      {
        type: 'rollCall.recorded',
        actor: 'chair',
        draft,
        yes: of('yes'),
        no: of('no'),
        abstain: of('abstain'),
      },
      withChanges(decision.roll, rollChanges.get(roll)),
    );
    events = builder.emit({ type: 'voting.closed', actor: 'chair', draft }, decision.vote);
    recordTally(track, stage, events, votes);
    latestRolls.set(fact.kind, roll);
  }
  const closed = builder.emit({ type: 'stage.closed', actor: 'chair', draft }, stageFact.outcome);
  if (stage === 'plenary') {
    const adopted = closed.find((event) => event.kind === 'resolution.adopted');
    track.resolution = adopted?.symbol ?? fail(`${label(fact)}: not adopted in plenary`);
    if (fact.resolution.symbol && track.resolution !== fact.resolution.symbol) {
      fail(`${label(fact)}: adopted as ${track.resolution}, not ${fact.resolution.symbol}`);
    }
  } else if (!closed.some((event) => event.kind === 'stage.closed')) {
    fail(`${label(fact)}: committee stage did not close`);
  }
  if (events.length === 0) fail(`${label(fact)} ${stage}: nothing decided`);
}

// ---------------------------------------------------------------------------------------------
// Groups of Governmental Experts
// ---------------------------------------------------------------------------------------------

function placeGge(placement: Placement, gge: GgeFact): void {
  for (const step of gge.steps) {
    place(placement, step.when, null, 0, 0, `GGE ${gge.mandate} ${step.action}`, (builder) =>
      runGgeStep(builder, gge, step),
    );
  }
}

function runGgeStep(builder: LogBuilder, gge: GgeFact, step: GgeStep): void {
  if (!('at' in step.when)) builder.advanceTo(step.when);
  const id = `GGE/${gge.mandate}`;
  switch (step.action) {
    case 'established':
      builder.emit(
        {
          type: 'gge.established',
          actor: 'chair',
          mandate: gge.mandate,
          experts: [...gge.experts],
          sessions: gge.sessions,
        },
        step,
      );
      return;
    case 'reportDrafted':
      builder.emit(
        {
          type: 'gge.reportDrafted',
          actor: 'chair',
          gge: id,
          symbol: step.symbol ?? fail('symbol'),
        },
        step,
      );
      return;
    case 'joined': {
      const actors = step.actors === 'every expert' ? gge.experts : (step.actors ?? []);
      for (const actor of actors) builder.emit({ type: 'gge.joined', actor, gge: id }, step);
      return;
    }
    case 'sessionOpened':
    case 'sessionClosed':
    case 'decisionCalled':
    case 'concluded': {
      const events = builder.emit({ type: `gge.${step.action}`, actor: 'chair', gge: id }, step);
      if (step.action === 'decisionCalled' && !events.some((e) => e.kind === 'gge.reportAdopted'))
        fail(`${id}: the report was not adopted`);
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

function loadScenario(): Scenario {
  const json: unknown = JSON.parse(fs.readFileSync(SCENARIO_FILE, 'utf8'));
  const loaded = parseScenario(json, SCENARIO_FILE);
  if (!loaded.ok) fail(`\n${formatProblems(loaded.file, loaded.problems)}`);
  return loaded.scenario;
}

function build(scenario: Scenario, votes: VoteData): LogStep[] {
  const placement: Placement = { calendar: scenario.calendar, entries: [], seq: 0 };
  for (const meeting of CD_MEETINGS) placeMeeting(placement, meeting);
  for (const fact of [...RESOLUTIONS, ...LATER_RESOLUTIONS])
    placeResolution(placement, votes, fact);
  for (const gge of GGES) placeGge(placement, gge);
  for (const gap of GAPS) {
    const index = turnOf(scenario.calendar, gap.at);
    notesByTurn.set(index, [...(notesByTurn.get(index) ?? []), gap.note]);
  }
  const builder = new LogBuilder(scenario);
  scenario.calendar.forEach((turn, index) => {
    if (builder.state.turn !== index)
      fail(`expected turn ${index}, the game is at ${builder.state.turn}`);
    const dateOf = (entry: Entry): string => entry.day?.date ?? turn.date;
    const entries = placement.entries
      .filter((entry) => entry.turn === index)
      .sort(
        (a, b) =>
          (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0) ||
          a.rank - b.rank ||
          a.sub - b.sub ||
          a.seq - b.seq,
      );
    for (const entry of entries) entry.run(builder);
    builder.emit({ type: 'turn.ended', actor: 'host' }, turnEnd(scenario, index));
  });
  if (builder.state.phase !== 'ended') fail('the game is not over after the last turn');
  return builder.steps;
}

/**
 * The host ends a turn and the next begins on the calendar's date: verified when the record
 * dates that opening (RECORD.md 3.4), otherwise the scenario's date (reconstructed). The note
 * names the turn and says what of the record is not in the log there.
 */
function turnEnd(scenario: Scenario, index: number): Sourced {
  const turn = scenario.calendar[index] ?? fail(`no turn ${index}`);
  const next = scenario.calendar[index + 1];
  const gaps = notesByTurn.get(index) ?? [];
  const source = `${SCENARIO_FILE}, calendar[${index}]`;
  if (next === undefined) {
    return {
      confidence: 'verified',
      source,
      note: [`End of ${turn.label}: the record replayed here ends with 2022.`, ...gaps].join(' '),
    };
  }
  const dated = SESSION_OPENINGS_IN_RECORD.includes(next.date);
  return {
    confidence: dated ? 'verified' : 'reconstructed',
    source: dated ? `${source}; RECORD.md 3.4 (session dates)` : source,
    note: [
      `End of ${turn.label}; ${next.label} begins on ${next.date}${dated ? '' : ' (the scenario’s date, not one the record gives)'}.`,
      ...gaps,
    ].join(' '),
  };
}

/** One `apply` pass over the log on a new game; fails loudly on any refusal. */
function replayLog(
  scenario: Scenario,
  steps: readonly LogStep[],
): { state: GameState; ms: number } {
  let state = createGame(scenario, SEED);
  const started = host.performance.now();
  steps.forEach((step, index) => {
    const result = apply(state, step.intent);
    if (!result.ok) {
      fail(
        `replay: step ${index} (${step.intent.type} ${step.intent.actor}) is refused: ${result.error.code}: ${result.error.message}`,
      );
    }
    state = result.state;
  });
  return { state, ms: host.performance.now() - started };
}

function printRegister(state: GameState): void {
  out('Documents register (symbol, date, authors, respondsTo, status):');
  for (const id of state.documentOrder) {
    const entry = state.documents[id];
    if (!entry) continue;
    const context = entry.procedure.context as DocumentLifecycleContext;
    if (context.symbol === null) {
      out(`  (not circulated) ${id}`);
      continue;
    }
    out(
      `  ${context.symbol.padEnd(9)} ${context.submittedOn ?? entry.date}  ${context.authors.join('+').padEnd(16)} respondsTo [${context.respondsTo.join(', ')}]  ${String(entry.procedure.value)}${context.supersededBy ? ` (superseded by ${context.supersededBy})` : ''}  (${id})`,
    );
  }
}

function printDecisions(state: GameState): void {
  out('CD decisions:');
  for (const id of state.cd.decisionOrder) {
    const snapshot = state.cd.decisions[id];
    if (!snapshot) continue;
    const context = snapshot.context as ConsensusDecisionContext;
    out(
      `  ${id} ${context.subject}${context.document ? ` ${context.document}` : ''}: ${String(snapshot.value)}`,
    );
  }
}

async function main(): Promise<void> {
  const scenario = loadScenario();
  const missing = [
    'cd-1679',
    'ppwt-2008',
    'us-comments-2008',
    'answers-2009',
    'ppwt-2014',
    'us-analysis-2014',
    'reply-2015',
    'us-comments-2018',
  ].filter((id) => !scenario.drafts.some((draft) => draft.id === id));
  if (missing.length > 0) {
    fail(`${SCENARIO_FILE} has no prepared drafts ${missing.join(', ')} yet: try again later`);
  }
  const votes = readVotes();
  const steps = build(scenario, votes);
  const log = { schemaVersion: 1, scenario: scenario.id, seed: SEED, steps };
  const checked = parseHistoryLog(JSON.parse(JSON.stringify(log)), LOG_FILE);
  if (!checked.ok) fail(`\n${formatProblems(checked.file, checked.problems)}`);
  const replayed = replayLog(scenario, steps);
  const options = (await resolveConfig(LOG_FILE)) ?? {};
  const text = await format(JSON.stringify(log), { ...options, parser: 'json' });
  fs.writeFileSync(LOG_FILE, text);

  const byConfidence = { verified: 0, uncertain: 0, reconstructed: 0 };
  for (const step of steps) byConfidence[step.confidence] += 1;
  out(
    `Wrote ${LOG_FILE}: ${steps.length} steps, all accepted on replay (${byConfidence.verified} verified, ${byConfidence.uncertain} uncertain, ${byConfidence.reconstructed} reconstructed).`,
  );
  out(
    `Replay: one apply pass over the log in ${replayed.ms.toFixed(0)} ms; the game ends on ${replayed.state.date}, phase ${replayed.state.phase}.`,
  );
  out();
  printRegister(replayed.state);
  out();
  printDecisions(replayed.state);
  out();
  out('Recorded votes (engine tally | the record):');
  for (const line of tallyLines) {
    out(
      `  ${line.equal ? ' ' : '✘'} ${line.what.padEnd(44)} ${showTotals(line.engine).padEnd(24)} | ${line.record}`,
    );
  }
  out();
  out(
    `Absent counts of the ${absentChecks.length} dataset roll calls over the electorate of the day (rcid: absent of electorate): ${absentChecks.join('; ')}; a mismatch would be listed below.`,
  );
  out();
  out(findings.length ? 'Mismatches and gaps:' : 'No mismatch.');
  for (const finding of findings) out(`  - ${finding}`);
}

await main();
