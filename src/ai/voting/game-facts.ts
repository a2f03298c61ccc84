import type { GameState, SeatId } from '../../engine/index';
import { cdGroupOf, euMembersOn, isSeat, memberName, SEATS } from '../../engine/index';
import type { TimelineFact } from './timeline';
import { WEST_IDEAL_POINT } from './timeline';
import type { ResolutionKind, Vote, VotingData } from './types';
import { isKind, isVote } from './types';
import type { VoteQuestion } from './voting-model';
import { idealPointBefore, membersIn, predictVotes } from './voting-model';

/**
 * The game moves the votes of the States nobody plays. This module reads what happened in a
 * game — who sponsors a draft, the seats' statements and private consultations, ASAT tests and
 * moratoria, the tension level, blocked proposals in the CD, the seats' standing with the groups
 * — and turns it into timeline facts for the voting model, each with a sentence saying why.
 *
 * It reads only what is public or known to the States concerned (a private consultation is
 * known to those in it); never a seat's objectives or instructions. Every fact is dated in the
 * year of the vote, so the model's reading of the real record (votes of earlier years, the
 * record's timeline) is unchanged: with no game events, the prediction is the model's own, and
 * the record's shape (PAROS near unanimous, no-first-placement divided) holds.
 */

/** What the facts are read from: the state, or the world's copy of it without hidden fields. */
export type GameRecord = Pick<
  GameState,
  'date' | 'record' | 'consultations' | 'events' | 'firedEvents' | 'tension' | 'seats' | 'cd'
>;

/** A draft resolution as the game holds it: its kind and its sponsors. */
export interface GameDraft {
  readonly symbol?: string;
  /** A kind of the voting model, or any other ('OTHER'): read from the sponsors' camp. */
  readonly kind: string;
  /** The main sponsors. */
  readonly sponsors: readonly string[];
  readonly coSponsors?: readonly string[];
}

/** The weights of the game's facts: how far each kind of event moves a State's score. */
export const GAME_WEIGHTS = {
  /** A destructive ASAT test, on the tester's texts, among the non-aligned (per test). */
  asatTestNonAligned: 2.5,
  /** The same test, among the Western camp when the tester is outside it. */
  asatTestWest: 1.5,
  /** A test, for a text against destructive tests or for norms, among all but the tester. */
  asatTestForNorms: 2,
  /** A declared moratorium, on the declaring seat's texts and on norms texts. */
  moratorium: 1,
  /** One private consultation (the effect grows with the square root of their number). */
  consultation: 1.5,
  consultationCap: 4,
  /** One plenary statement in the CD this year, among its members (capped at three). */
  statement: 0.25,
  /** A seat's objection that blocked a PAROS body in the CD, on its texts, among the G21. */
  blockedParosBody: 1.5,
  blockedOther: 0.75,
  /** Standing 15 points from neutral moves a group's members by one point of score. */
  standingScale: 15,
  /** Tension above this polarises votes on the Russian texts; below `calm`, it eases them. */
  tensionHigh: 60,
  tensionCalm: 30,
} as const;

const RUSSIAN_TEXTS: readonly ResolutionKind[] = ['NFP', 'FPM'];
const NORM_TEXTS: readonly ResolutionKind[] = ['NORMS', 'DAASAT'];

/**
 * The kind the voting model reads a draft as. A kind it knows is kept; another text is read by
 * its sponsors' camp: Western sponsors make it a norms text, Russian or Chinese sponsors a
 * no-first-placement text, anyone else a PAROS text.
 */
export function modelKindOf(draft: GameDraft, data: VotingData, year: number): ResolutionKind {
  if (isKind(draft.kind)) return draft.kind;
  const points = draft.sponsors
    .map((state) => idealPointBefore(data, state, year))
    .filter((point): point is number => point !== null);
  if (draft.sponsors.some((s) => s === 'RUS' || s === 'CHN')) return 'NFP';
  if (points.length > 0 && points.reduce((a, b) => a + b, 0) / points.length >= WEST_IDEAL_POINT)
    return 'NORMS';
  return 'PAROS';
}

/** The question the voting model is asked about a draft of the game, with the game's facts. */
export function gameVoteQuestion(
  game: GameRecord,
  draft: GameDraft,
  data: VotingData,
  year = yearOf(game.date),
): VoteQuestion {
  return {
    kind: modelKindOf(draft, data, year),
    year,
    sponsors: sponsorsOf(draft),
    extraFacts: gameFacts(game, draft, data, year),
  };
}

/** Main sponsors and co-sponsors, once each. */
export function sponsorsOf(draft: GameDraft): string[] {
  return [...new Set([...draft.sponsors, ...(draft.coSponsors ?? [])])];
}

/** Every fact of the game that bears on a vote on this draft in `year`. */
export function gameFacts(
  game: GameRecord,
  draft: GameDraft,
  data: VotingData,
  year = yearOf(game.date),
): TimelineFact[] {
  const kind = modelKindOf(draft, data, year);
  const context: FactContext = { game, draft, data, year, kind, sponsors: sponsorsOf(draft) };
  return [
    ...spaceFacts(context),
    ...tensionFacts(context),
    ...consultationFacts(context),
    ...statementFacts(context),
    ...blockingFacts(context),
    ...standingFacts(context),
  ];
}

/** Record lines whose number can change a fact: statements, tests, moratoria, ballots, blocks. */
const FACT_LINES =
  /^(statement\.made|vote\.cast|vote\.recorded|decision\.blocked|event\.occurred)$|asat|moratori/i;

/**
 * A short text that changes whenever a fact of `gameFacts` could: callers key their caches on
 * it instead of comparing the facts themselves.
 */
export function gameFactsFingerprint(game: GameRecord): string {
  let lines = 0;
  for (const line of game.record) if (FACT_LINES.test(line.kind)) lines += 1;
  const standing = SEATS.map((seat) => {
    const entry = game.seats[seat] as { standing?: unknown; moratorium?: unknown } | undefined;
    return `${JSON.stringify(entry?.standing ?? null)}${JSON.stringify(entry?.moratorium ?? null)}`;
  }).join(';');
  const joint = issuedJointStatements(game).length;
  return [
    game.date.slice(0, 4),
    lines,
    game.consultations.length,
    joint,
    game.firedEvents.length,
    game.tension,
    game.cd.decisionOrder.length,
    standing,
  ].join('|');
}

interface FactContext {
  readonly game: GameRecord;
  readonly draft: GameDraft;
  readonly data: VotingData;
  readonly year: number;
  readonly kind: ResolutionKind;
  readonly sponsors: readonly string[];
}

function fact(
  context: FactContext,
  id: string,
  who: TimelineFact['who'],
  vote: Vote,
  weight: number,
  reason: string,
): TimelineFact {
  return {
    id: `game-${id}`,
    from: context.year,
    to: context.year,
    kinds: [context.kind],
    who,
    vote,
    weight,
    reason,
    source: 'this game',
  };
}

/** The UN members of the year that are not seats (the States the computer votes for). */
function others(context: FactContext): readonly string[] {
  return yearly(context).others;
}

/** Non-aligned: outside the Western camp by its voting record (no record: counted non-aligned). */
function isNonAligned(context: FactContext, state: string): boolean {
  const ideal = yearly(context).ideal.get(state) ?? null;
  return ideal === null || ideal < WEST_IDEAL_POINT;
}

interface Yearly {
  readonly others: readonly string[];
  readonly ideal: ReadonlyMap<string, number | null>;
}

const yearlies = new WeakMap<VotingData, Map<number, Yearly>>();

/** Members and ideal points of a year, worked out once per data set and year. */
function yearly(context: FactContext): Yearly {
  let byYear = yearlies.get(context.data);
  if (byYear === undefined) {
    byYear = new Map();
    yearlies.set(context.data, byYear);
  }
  let known = byYear.get(context.year);
  if (known === undefined) {
    const members = membersIn(context.year);
    known = {
      others: members.filter((state) => !isSeat(state)),
      ideal: new Map(
        [...members, 'EU'].map((state) => [
          state,
          idealPointBefore(context.data, state, context.year),
        ]),
      ),
    };
    byYear.set(context.year, known);
  }
  return known;
}

function isWestern(context: FactContext, state: string): boolean {
  return !isNonAligned(context, state);
}

/** How much an event of `eventYear` still weighs in `year`: fully, half a year on, then a quarter. */
function recency(eventYear: number, year: number): number {
  if (eventYear > year) return 0;
  return eventYear === year ? 1 : eventYear === year - 1 ? 0.5 : 0.25;
}

interface SpaceEvent {
  readonly actor: string;
  readonly year: number;
  readonly what: 'test' | 'moratorium';
}

/**
 * ASAT tests and moratoria: the scenario's timed events once they have happened, lines of the
 * record about a test or a moratorium (whatever intent the engine gives them), and a seat's
 * moratorium declared or broken.
 */
export function spaceEvents(game: GameRecord): SpaceEvent[] {
  const found: SpaceEvent[] = [];
  for (const event of game.events) {
    if (!game.firedEvents.includes(event.id)) continue;
    const actor = event.actors[0];
    if (actor === undefined) continue;
    const year = yearOf(event.date);
    if (event.kind === 'asatTest') found.push({ actor, year, what: 'test' });
    if (event.kind === 'moratorium') found.push({ actor, year, what: 'moratorium' });
  }
  for (const line of game.record) {
    if (line.kind === 'event.occurred' || !isSeat(line.actor)) continue;
    const year = yearOf(line.date);
    if (/moratori/i.test(line.kind)) found.push({ actor: line.actor, year, what: 'moratorium' });
    else if (/asat/i.test(line.kind) && !/non-?destructive/i.test(`${line.kind} ${line.summary}`))
      found.push({ actor: line.actor, year, what: 'test' });
  }
  for (const seat of SEATS) {
    const moratorium = (game.seats[seat] as { moratorium?: unknown } | undefined)?.moratorium;
    const declared = found.some((e) => e.actor === seat && e.what === 'moratorium');
    if (moratorium === 'declared' && !declared)
      found.push({ actor: seat, year: yearOf(game.date), what: 'moratorium' });
  }
  return found;
}

function spaceFacts(context: FactContext): TimelineFact[] {
  const facts: TimelineFact[] = [];
  const states = others(context);
  spaceEvents(context.game).forEach((event, index) => {
    const weight = recency(event.year, context.year);
    if (weight === 0) return;
    const name = nameOf(event.actor);
    const sponsored = context.sponsors.includes(event.actor);
    const bystanders = states.filter((s) => s !== event.actor && !context.sponsors.includes(s));
    if (event.what === 'test') {
      if (sponsored) {
        facts.push(
          fact(
            context,
            `asat-${index}-non-aligned`,
            bystanders.filter((s) => isNonAligned(context, s)),
            'abstain',
            GAME_WEIGHTS.asatTestNonAligned * weight,
            `${name}'s destructive ASAT test (${event.year}): the non-aligned withhold support from its texts`,
          ),
        );
        if (!isWestern(context, event.actor))
          facts.push(
            fact(
              context,
              `asat-${index}-west`,
              bystanders.filter((s) => isWestern(context, s)),
              'no',
              GAME_WEIGHTS.asatTestWest * weight,
              `${name}'s destructive ASAT test (${event.year}): the Western camp no longer trusts its proposals`,
            ),
          );
      } else if (NORM_TEXTS.includes(context.kind)) {
        facts.push(
          fact(
            context,
            `asat-${index}-norms`,
            states.filter((s) => s !== event.actor),
            'yes',
            GAME_WEIGHTS.asatTestForNorms * weight,
            `after ${name}'s destructive ASAT test (${event.year}), a ban on such tests draws support`,
          ),
        );
      }
    } else if (sponsored || NORM_TEXTS.includes(context.kind)) {
      facts.push(
        fact(
          context,
          `moratorium-${index}`,
          bystanders,
          'yes',
          GAME_WEIGHTS.moratorium * weight,
          sponsored
            ? `${name}'s moratorium on destructive ASAT tests lends its texts credibility`
            : `${name}'s moratorium on destructive ASAT tests builds support for a ban`,
        ),
      );
    }
  });
  return facts;
}

/**
 * Tension polarises: above `tensionHigh` the Western camp moves from abstaining to No on the
 * Russian texts (as after 2014 and 2022, RECORD.md 5); below `tensionCalm` it eases towards Yes.
 */
function tensionFacts(context: FactContext): TimelineFact[] {
  const tension = context.game.tension;
  if (!RUSSIAN_TEXTS.includes(context.kind)) return [];
  if (tension > GAME_WEIGHTS.tensionHigh) {
    const weight = Math.min(4, (tension - GAME_WEIGHTS.tensionHigh) / 10);
    return [
      fact(
        context,
        'tension-high',
        'WEST',
        'no',
        weight,
        `tension in space is high (${tension}): the Western camp hardens against Russian texts`,
      ),
    ];
  }
  if (tension < GAME_WEIGHTS.tensionCalm) {
    const weight = Math.min(3, (GAME_WEIGHTS.tensionCalm - tension) / 10);
    return [
      fact(
        context,
        'tension-calm',
        'WEST',
        'yes',
        weight,
        `tension in space is low (${tension}): the Western camp gives the text a chance`,
      ),
    ];
  }
  return [];
}

/**
 * Private consultations of the year (and joint statements issued with a State): each State a
 * seat consulted moves towards the seat's known position on the text, more with each
 * consultation (square root, capped).
 */
function consultationFacts(context: FactContext): TimelineFact[] {
  const counts = new Map<string, Map<string, number>>();
  for (const consultation of context.game.consultations) {
    const seat = consultation.convenedBy;
    if (!isSeat(seat) || yearOf(consultation.date) !== context.year) continue;
    const bySeat = counts.get(seat) ?? new Map<string, number>();
    for (const state of consultation.participants) {
      if (state === seat || isSeat(state) || state === 'EU') continue;
      bySeat.set(state, (bySeat.get(state) ?? 0) + 1);
    }
    counts.set(seat, bySeat);
  }
  for (const statement of issuedJointStatements(context.game)) {
    if (!isSeat(statement.proposer) || yearOf(statement.date) !== context.year) continue;
    if (isSeat(statement.partner) || statement.partner === 'EU') continue;
    const bySeat = counts.get(statement.proposer) ?? new Map<string, number>();
    bySeat.set(statement.partner, (bySeat.get(statement.partner) ?? 0) + JOINT_STATEMENT_AS);
    counts.set(statement.proposer, bySeat);
  }
  const facts: TimelineFact[] = [];
  for (const [seat, bySeat] of counts) {
    if (!isSeat(seat)) continue;
    const stance = seatStance(context.game, seat, context.draft, context.data, context.year);
    const byCount = new Map<number, string[]>();
    for (const [state, times] of bySeat) byCount.set(times, [...(byCount.get(times) ?? []), state]);
    for (const [times, states] of byCount) {
      const weight = Math.min(
        GAME_WEIGHTS.consultationCap,
        GAME_WEIGHTS.consultation * Math.sqrt(times),
      );
      facts.push(
        fact(
          context,
          `consulted-${seat}-${times}`,
          states.sort(),
          stance,
          weight,
          `consulted in private by ${nameOf(seat)} ${times === 1 ? 'once' : `${times} times`} this year; ${nameOf(seat)} ${stanceWords(stance)}`,
        ),
      );
    }
  }
  return facts;
}

/** A joint statement issued together counts as this many private consultations. */
const JOINT_STATEMENT_AS = 2;

interface IssuedStatement {
  readonly proposer: string;
  readonly partner: string;
  readonly date: string;
}

/** Joint statements a seat issued with another delegation, when the state keeps them. */
function issuedJointStatements(game: GameRecord): IssuedStatement[] {
  const list = (game as { jointStatements?: unknown }).jointStatements;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown) => {
    const statement = entry as Partial<Record<keyof IssuedStatement | 'status', unknown>>;
    return statement.status === 'issued' &&
      typeof statement.proposer === 'string' &&
      typeof statement.partner === 'string' &&
      typeof statement.date === 'string'
      ? [{ proposer: statement.proposer, partner: statement.partner, date: statement.date }]
      : [];
  });
}

/** A seat that states its case in the CD wins a little ground among its members for its texts. */
function statementFacts(context: FactContext): TimelineFact[] {
  const facts: TimelineFact[] = [];
  const audience = others(context).filter((state) => cdGroupOf(state) !== undefined);
  for (const seat of SEATS) {
    if (!context.sponsors.includes(seat)) continue;
    const statements = context.game.record.filter(
      (line) =>
        line.kind === 'statement.made' && line.actor === seat && yearOf(line.date) === context.year,
    ).length;
    if (statements === 0) continue;
    facts.push(
      fact(
        context,
        `statements-${seat}`,
        audience,
        'yes',
        GAME_WEIGHTS.statement * Math.min(3, statements),
        `${nameOf(seat)} made its case in ${statements} plenary statement${statements === 1 ? '' : 's'} this year`,
      ),
    );
  }
  return facts;
}

interface BlockedDecision {
  readonly objectors: readonly string[];
  readonly parosBody: boolean;
  readonly year: number;
}

function blockedDecisions(game: GameRecord): BlockedDecision[] {
  return game.cd.decisionOrder.flatMap((id) => {
    const snapshot = game.cd.decisions[id];
    if (snapshot?.value !== 'blocked') return [];
    const context = snapshot.context as {
      subject?: unknown;
      objections?: unknown;
      body?: { agendaItem?: unknown } | null;
    };
    const objectors = Array.isArray(context.objections)
      ? context.objections.filter((o): o is string => typeof o === 'string')
      : [];
    const year = Number(/\/(\d{4})\//.exec(id)?.[1] ?? yearOf(game.date));
    return [
      {
        objectors,
        parosBody: context.subject === 'subsidiaryBody' && context.body?.agendaItem === 3,
        year,
      },
    ];
  });
}

/**
 * What blocking costs (DESIGN.md): a seat whose objection blocked a proposal of the Conference
 * this year loses support for its texts among the Group of 21 and the other non-aligned, who
 * want the CD at work — most of all when it blocked a PAROS body (RECORD.md 7, G21).
 */
function blockingFacts(context: FactContext): TimelineFact[] {
  const blocked = blockedDecisions(context.game).filter((b) => b.year === context.year);
  const blockers = SEATS.filter(
    (seat) => context.sponsors.includes(seat) && blocked.some((b) => b.objectors.includes(seat)),
  );
  if (blockers.length === 0) return [];
  const paros = blocked.some(
    (b) => b.parosBody && b.objectors.some((seat) => blockers.includes(seat as SeatId)),
  );
  const names = blockers.map(nameOf).join(' and ');
  return [
    fact(
      context,
      'blocked',
      others(context).filter(
        (state) => isNonAligned(context, state) && !context.sponsors.includes(state),
      ),
      'abstain',
      paros ? GAME_WEIGHTS.blockedParosBody : GAME_WEIGHTS.blockedOther,
      `${names} blocked ${paros ? 'a PAROS body' : 'a decision'} in the Conference on Disarmament this year`,
    ),
  ];
}

/** The standing group a State counts with, as the engine keeps standing (EU, CHN, CD group, else G21). */
export function standingGroupOf(state: string, date: string): string {
  if (state === 'EU') return 'EU';
  if (state === 'CHN') return 'CHN';
  if (euMembersOn(date).includes(state)) return 'EU';
  const group = cdGroupOf(state);
  return group === 'WEOG' || group === 'EEG' || group === 'G21' ? group : 'G21';
}

/** A seat's standing with each group (0–100, 50 neutral), when the state keeps it. */
function standingOf(game: GameRecord, seat: SeatId): Record<string, number> {
  const standing = (game.seats[seat] as { standing?: unknown } | undefined)?.standing;
  if (typeof standing !== 'object' || standing === null) return {};
  return Object.fromEntries(
    Object.entries(standing).filter((entry): entry is [string, number] => {
      const value = entry[1] as unknown;
      return typeof value === 'number' && Number.isFinite(value);
    }),
  );
}

/**
 * Standing: the members of a group the sponsoring seat stands well with lean towards its text;
 * those it stands badly with withhold support (RECORD.md 3.2: groups coordinate positions).
 */
function standingFacts(context: FactContext): TimelineFact[] {
  const facts: TimelineFact[] = [];
  const date = `${context.year}-12-01`;
  for (const seat of SEATS) {
    if (!context.sponsors.includes(seat)) continue;
    for (const [group, value] of Object.entries(standingOf(context.game, seat))) {
      const shift = (value - 50) / GAME_WEIGHTS.standingScale;
      if (Math.abs(shift) < 0.2) continue;
      const members = others(context).filter(
        (state) => standingGroupOf(state, date) === group && !context.sponsors.includes(state),
      );
      if (members.length === 0) continue;
      facts.push(
        fact(
          context,
          `standing-${seat}-${group}`,
          members,
          shift > 0 ? 'yes' : 'abstain',
          Math.min(3.5, Math.abs(shift)),
          `${nameOf(seat)} stands ${shift > 0 ? 'well' : 'badly'} with the group (${Math.round(value)}/100)`,
        ),
      );
    }
  }
  return facts;
}

const baseline = new Map<string, Map<string, Vote>>();

/** The model's prediction without the game's facts, cached per question (it is pure). */
function baselineVotes(data: VotingData, question: VoteQuestion): Map<string, Vote> {
  const key = `${question.kind}|${question.year}|${(question.sponsors ?? []).join(',')}`;
  let votes = data === lastData ? baseline.get(key) : undefined;
  if (votes === undefined) {
    if (data !== lastData) baseline.clear();
    lastData = data;
    votes = new Map(predictVotes(data, question).map((p) => [p.state, p.vote]));
    baseline.set(key, votes);
  }
  return votes;
}
let lastData: VotingData | null = null;

/**
 * What a seat is known to want on a draft, from what is public: it sponsors it (Yes); it voted
 * on it already (its ballot on the record); otherwise its record, as the voting model reads it
 * (for the EU, the vote most of its member States are predicted to cast).
 */
export function seatStance(
  game: GameRecord,
  seat: SeatId,
  draft: GameDraft,
  data: VotingData,
  year = yearOf(game.date),
): Vote {
  const sponsors = sponsorsOf(draft);
  if (sponsors.includes(seat)) return 'yes';
  const cast = castBallot(game, seat, draft.symbol);
  if (cast !== null) return cast;
  const votes = baselineVotes(data, { kind: modelKindOf(draft, data, year), year, sponsors });
  if (seat !== 'EU') return votes.get(seat) ?? 'yes';
  const counts: Record<Vote, number> = { yes: 0, no: 0, abstain: 0 };
  for (const member of euMembersOn(`${year}-12-01`)) counts[votes.get(member) ?? 'yes'] += 1;
  return counts.no > counts.yes && counts.no >= counts.abstain
    ? 'no'
    : counts.abstain > counts.yes
      ? 'abstain'
      : 'yes';
}

/** The seat's latest ballot on the draft (any revision, any stage), if the record shows one. */
function castBallot(game: GameRecord, seat: SeatId, symbol: string | undefined): Vote | null {
  if (symbol === undefined) return null;
  const base = symbol.replace(/\/Rev\.\d+$/, '');
  for (let i = game.record.length - 1; i >= 0; i--) {
    const line = game.record[i];
    if (line?.symbol === undefined || line.symbol.replace(/\/Rev\.\d+$/, '') !== base) continue;
    const ballots = (line as { ballots?: Partial<Record<string, unknown>> }).ballots;
    const fromBallots = ballots?.[seat];
    if (typeof fromBallots === 'string' && isVote(fromBallots)) return fromBallots;
    if (line.kind === 'vote.cast' && line.actor === seat) {
      const said = /votes (yes|no|to abstain) on/.exec(line.summary)?.[1];
      if (said !== undefined) return said === 'to abstain' ? 'abstain' : (said as Vote);
    }
  }
  return null;
}

function stanceWords(vote: Vote): string {
  return vote === 'yes' ? 'supports the text' : vote === 'no' ? 'opposes it' : 'holds back';
}

function nameOf(code: string): string {
  try {
    return memberName(code);
  } catch {
    return code;
  }
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
