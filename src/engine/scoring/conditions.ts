import { z } from 'zod';
import { securityIndex } from '../economy/security-index';
import { GROUP_NAMES, STANDING_GROUPS } from '../economy/standing';
import type { SeatId } from '../ids';
import type { ConsensusDecisionContext } from '../procedures/cd/consensus-decision.machine';
import type { DraftResolutionContext } from '../procedures/unga/draft-resolution.machine';
import { documentContext, findDocument } from '../state/documents';
import type { GameState, RecordEntry } from '../state/game-state';
import { actorName } from '../state/names';
import { describeEntry, describeList, KIND_NAMES, RESOLUTION_NAMES } from './describe';

/**
 * The closed vocabulary of objective conditions: what a scenario may ask of a seat, each kind
 * checked against the final state and its record, and explained with the record lines that met
 * it (or a sentence saying why not). "The seat" is the seat whose objective it is.
 */

const resolutionKind = z.enum(['PAROS', 'NFP', 'TCBM', 'FPM', 'NORMS', 'DAASAT', 'OTHER']);
const ballot = z.enum(['yes', 'no', 'abstain']);
const count = z.number().int().min(1).max(1000).default(1);

/** Record kinds a seat's action leaves, as `actionTaken` may name them. */
export const ACTION_KINDS = [
  'statement.made',
  'consultation.held',
  'document.submitted',
  'consensus.joined',
  'consensus.joinedWithDissociation',
  'objection.raised',
  'objection.withdrawn',
  'amendment.proposed',
  'amendment.accepted',
  'amendment.objected',
  'text.joined',
  'text.objected',
  'draft.tabled',
  'coSponsor.added',
  'vote.requested',
  'paragraphVote.requested',
  'vote.explained',
  'gge.joined',
  'gge.objected',
  'asatTest.destructive',
  'asatTest.nonDestructive',
  'moratorium.declared',
  'launch.conducted',
  'jointStatement.issued',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const conditionSchema = z.discriminatedUnion('kind', [
  /**
   * The seat (as an author) circulated at least `atLeast` documents during the game, of
   * `documentKind` if given, answering `respondsTo` (a CD symbol) if given. Example: the US
   * answers the PPWT in writing (CD/1847 answers CD/1839).
   */
  z.strictObject({
    kind: z.literal('documentCirculated'),
    documentKind: z
      .enum(['draftTreaty', 'workingPaper', 'comments', 'answers', 'letter'])
      .optional(),
    respondsTo: z.string().min(1).optional(),
    atLeast: count,
  }),
  /**
   * The Conference set up a subsidiary body on `agendaItem` (3: PAROS, by default) with the
   * `mandate` given ('any' for either), working on a draft treaty `onDraftBy` that seat co-wrote
   * if given — or, with `expected: false`, never did. Example: Russia and China want a
   * negotiating body on their PPWT; the United States wants none.
   */
  z.strictObject({
    kind: z.literal('bodyEstablished'),
    mandate: z.enum(['negotiate', 'discuss', 'any']),
    agendaItem: z.number().int().min(1).max(10).default(3),
    onDraftBy: z.enum(['CHN', 'RUS', 'USA', 'EU']).optional(),
    expected: z.boolean().default(true),
  }),
  /**
   * A CD proposal on `subject` ended `outcome` (adopted, or blocked by an objection) at least
   * once — or, with `expected: false`, never. Example: a programme of work adopted (CD/1864).
   */
  z.strictObject({
    kind: z.literal('decisionTaken'),
    subject: z.enum([
      'agenda',
      'programmeOfWork',
      'subsidiaryBody',
      'annualReport',
      'implementation',
    ]),
    outcome: z.enum(['adopted', 'blocked']),
    expected: z.boolean().default(true),
  }),
  /**
   * The General Assembly adopted a resolution of `resolutionKind` with at least `minYes` votes in
   * favour in the plenary (an adoption without a vote counts as met) and at least `minSponsors`
   * sponsors and co-sponsors, sponsored by the seat itself if `bySeat` — or, with
   * `expected: false`, adopted no such resolution.
   */
  z.strictObject({
    kind: z.literal('resolutionAdopted'),
    resolutionKind,
    minYes: z.number().int().min(0).max(193).default(0),
    minSponsors: z.number().int().min(0).max(193).default(0),
    bySeat: z.boolean().default(false),
    expected: z.boolean().default(true),
  }),
  /**
   * In a recorded vote on a whole text of `resolutionKind`, the seat voted `vote` at least once
   * — or, with `expected: false`, never voted so. Example: the US votes no on NFP.
   */
  z.strictObject({
    kind: z.literal('seatVoted'),
    resolutionKind,
    vote: ballot,
    expected: z.boolean().default(true),
  }),
  /**
   * At least one decision on a text of `resolutionKind` was taken, and in every one the EU member
   * States all cast the same vote (`vote`, if given); an adoption without a vote counts as a
   * united yes. Absent members do not break the unity.
   */
  z.strictObject({ kind: z.literal('euUnited'), resolutionKind, vote: ballot.optional() }),
  /**
   * The seat took one of `actions` (record kinds, see ACTION_KINDS) at least `atLeast` times —
   * or, with `expected: false`, never. `resolutionKind` keeps only actions on drafts of that kind;
   * `with` only consultations or joint statements with that delegation.
   */
  z.strictObject({
    kind: z.literal('actionTaken'),
    actions: z.array(z.enum(ACTION_KINDS)).min(1),
    atLeast: count,
    expected: z.boolean().default(true),
    resolutionKind: resolutionKind.optional(),
    with: z.string().min(2).max(8).optional(),
  }),
  /** At the end, the seat's standing with `group` is at least `value` (0–100). */
  z.strictObject({
    kind: z.literal('standingAtLeast'),
    group: z.enum(STANDING_GROUPS),
    value: z.number().int().min(0).max(100),
  }),
  /** At the end, the shared space-security index is at least `value` (0–100). */
  z.strictObject({ kind: z.literal('securityAtLeast'), value: z.number().int().min(0).max(100) }),
  /** At the end, the seat still holds at least `value` capital. */
  z.strictObject({ kind: z.literal('capitalAtLeast'), value: z.number().int().min(0).max(100) }),
]);

export type ConditionInput = z.input<typeof conditionSchema>;
export type Condition = z.output<typeof conditionSchema>;
export type ConditionKind = Condition['kind'];

export interface ConditionResult {
  readonly met: boolean;
  /** Sentences naming the record lines that met it, or saying why it was not met. */
  readonly evidence: readonly string[];
}

/** How many record lines of evidence an explanation quotes at most. */
const MAX_LINES = 4;

/** Checks one condition for a seat against the state as it is (at the end of the game, normally). */
export function checkCondition(
  state: GameState,
  seat: SeatId,
  condition: Condition,
): ConditionResult {
  switch (condition.kind) {
    case 'documentCirculated':
      return documentCirculated(state, seat, condition);
    case 'bodyEstablished':
      return bodyEstablished(state, condition);
    case 'decisionTaken':
      return decisionTaken(state, condition);
    case 'resolutionAdopted':
      return resolutionAdopted(state, seat, condition);
    case 'seatVoted':
      return seatVoted(state, seat, condition);
    case 'euUnited':
      return euUnited(state, condition);
    case 'actionTaken':
      return actionTaken(state, seat, condition);
    case 'standingAtLeast': {
      const value = state.seats[seat].standing[condition.group];
      return {
        met: value >= condition.value,
        evidence: [
          `At the end, ${actorName(seat)}'s standing with ${GROUP_NAMES[condition.group]} is ${value} (${condition.value} needed).`,
        ],
      };
    }
    case 'securityAtLeast': {
      const index = securityIndex(state);
      return {
        met: index >= condition.value,
        evidence: [
          `At the end, the space-security index is ${index} (${condition.value} needed): tension ${state.tension}, debris ${state.debris}.`,
        ],
      };
    }
    case 'capitalAtLeast': {
      const { capital } = state.seats[seat];
      return {
        met: capital >= condition.value,
        evidence: [
          `At the end, ${actorName(seat)} holds ${capital} capital (${condition.value} needed).`,
        ],
      };
    }
  }
}

type Of<TKind extends ConditionKind> = Extract<Condition, { kind: TKind }>;

function documentCirculated(
  state: GameState,
  seat: SeatId,
  condition: Of<'documentCirculated'>,
): ConditionResult {
  const lines = state.record.filter((entry) => {
    if (entry.kind !== 'document.submitted' || entry.symbol === undefined) return false;
    const found = findDocument(state, entry.symbol);
    if (!found) return false;
    const document = documentContext(found);
    return (
      document.authors.includes(seat) &&
      (condition.documentKind === undefined || document.kind === condition.documentKind) &&
      (condition.respondsTo === undefined || document.respondsTo.includes(condition.respondsTo))
    );
  });
  const what = `${condition.documentKind ? KIND_NAMES[condition.documentKind] : 'document'}${condition.respondsTo ? ` answering ${condition.respondsTo}` : ''}`;
  if (lines.length >= condition.atLeast) return { met: true, evidence: quote(lines) };
  return {
    met: false,
    evidence: [
      lines.length === 0
        ? `${actorName(seat)} circulated no ${what} during the game.`
        : `${actorName(seat)} circulated ${lines.length} ${what}, ${condition.atLeast} needed.`,
      ...quote(lines),
    ],
  };
}

/** Decisions of the Conference on a subject, with how they ended and their record lines. */
function decisionsOn(
  state: GameState,
  keep: (decision: ConsensusDecisionContext) => boolean,
): { decision: ConsensusDecisionContext; outcome: string; lines: RecordEntry[] }[] {
  const found = [];
  for (const id of state.cd.decisionOrder) {
    const snapshot = state.cd.decisions[id];
    if (!snapshot) continue;
    const decision = snapshot.context as ConsensusDecisionContext;
    if (!keep(decision)) continue;
    const lines = state.record.filter(
      (entry) =>
        entry.ref === id &&
        (entry.kind === 'decision.adopted' ||
          entry.kind === 'decision.blocked' ||
          entry.kind === 'objection.raised'),
    );
    found.push({ decision, outcome: String(snapshot.value), lines });
  }
  return found;
}

function bodyEstablished(state: GameState, condition: Of<'bodyEstablished'>): ConditionResult {
  const bodies = decisionsOn(
    state,
    (decision) =>
      decision.subject === 'subsidiaryBody' &&
      decision.body !== null &&
      decision.body.agendaItem === condition.agendaItem &&
      (condition.mandate === 'any' || decision.body.mandate === condition.mandate) &&
      (condition.onDraftBy === undefined || basedOnDraftBy(state, decision, condition.onDraftBy)),
  );
  const adopted = bodies.filter((entry) => entry.outcome === 'adopted');
  const what = `a subsidiary body on agenda item ${condition.agendaItem}${condition.mandate === 'any' ? '' : ` with a mandate to ${condition.mandate}`}${condition.onDraftBy ? ` on a draft treaty by ${actorName(condition.onDraftBy)}` : ''}`;
  const tried = bodies.flatMap((entry) => entry.lines);
  if (adopted.length > 0) {
    const lines = quote(adopted.flatMap((entry) => entry.lines));
    return {
      met: condition.expected,
      evidence: condition.expected
        ? lines
        : [`The Conference set up ${what}, which this objective wanted to prevent.`, ...lines],
    };
  }
  return {
    met: !condition.expected,
    evidence: [
      `The Conference never set up ${what}.`,
      ...(tried.length > 0 ? ['Attempts and who stopped them:', ...quote(tried)] : []),
    ],
  };
}

function basedOnDraftBy(
  state: GameState,
  decision: ConsensusDecisionContext,
  seat: SeatId,
): boolean {
  const basis = decision.body?.basis;
  const found = basis === undefined ? undefined : findDocument(state, basis);
  if (!found) return false;
  const document = documentContext(found);
  return document.kind === 'draftTreaty' && document.authors.includes(seat);
}

function decisionTaken(state: GameState, condition: Of<'decisionTaken'>): ConditionResult {
  const decisions = decisionsOn(state, (decision) => decision.subject === condition.subject);
  const ended = decisions.filter((entry) => entry.outcome === condition.outcome);
  const what = `a decision on ${SUBJECT_NAMES[condition.subject]}`;
  const verb = condition.outcome === 'adopted' ? 'adopted' : 'blocked';
  if (ended.length > 0) {
    const lines = quote(ended.flatMap((entry) => entry.lines));
    return {
      met: condition.expected,
      evidence: condition.expected
        ? lines
        : [`The Conference ${verb} ${what}, which this objective wanted to avoid.`, ...lines],
    };
  }
  return {
    met: !condition.expected,
    evidence: [`No ${what} was ${verb} during the game.`],
  };
}

const SUBJECT_NAMES = {
  agenda: 'the agenda',
  programmeOfWork: 'a programme of work',
  subsidiaryBody: 'a subsidiary body',
  annualReport: 'the annual report',
  implementation: 'carrying out the programme of work',
} as const;

/** The drafts of a kind, by every symbol they bore (as tabled, revised, as a resolution). */
function draftKinds(state: GameState): Map<string, DraftResolutionContext> {
  const kinds = new Map<string, DraftResolutionContext>();
  for (const [key, snapshot] of Object.entries(state.unga.drafts)) {
    const draft = snapshot.context as DraftResolutionContext;
    kinds.set(key, draft);
    kinds.set(draft.symbol, draft);
    if (draft.resolutionSymbol) kinds.set(draft.resolutionSymbol, draft);
  }
  return kinds;
}

/** The draft a record line's symbol names (a revision's symbol names the same draft). */
function draftOf(
  drafts: Map<string, DraftResolutionContext>,
  symbol: string | undefined,
): DraftResolutionContext | undefined {
  if (symbol === undefined) return undefined;
  return drafts.get(symbol) ?? drafts.get(symbol.replace(/\/Rev\.\d+$/, ''));
}

function resolutionAdopted(
  state: GameState,
  seat: SeatId,
  condition: Of<'resolutionAdopted'>,
): ConditionResult {
  const name = RESOLUTION_NAMES[condition.resolutionKind];
  const adopted = Object.values(state.unga.drafts)
    .filter((snapshot) => snapshot.value === 'adopted')
    .map((snapshot) => snapshot.context as DraftResolutionContext)
    .filter((draft) => draft.kind === condition.resolutionKind);
  const shortfalls: string[] = [];
  const good: DraftResolutionContext[] = [];
  for (const draft of adopted) {
    const plenary = draft.results.find((r) => r.stage === 'plenary' && r.subject === 'whole');
    const sponsors = draft.sponsors.length + draft.coSponsors.length;
    const label = draft.resolutionSymbol ?? draft.symbol;
    if (plenary && plenary.method === 'recorded' && plenary.yes < condition.minYes)
      shortfalls.push(
        `${label} was adopted with ${plenary.yes} votes in favour; ${condition.minYes} were needed.`,
      );
    else if (sponsors < condition.minSponsors)
      shortfalls.push(
        `${label} had ${sponsors} sponsors and co-sponsors; ${condition.minSponsors} were needed.`,
      );
    else if (condition.bySeat && ![...draft.sponsors, ...draft.coSponsors].includes(seat))
      shortfalls.push(`${label} was adopted, but ${actorName(seat)} was not among its sponsors.`);
    else good.push(draft);
  }
  const lines = state.record.filter(
    (entry) =>
      entry.kind === 'resolution.adopted' &&
      good.some((draft) => draft.resolutionSymbol === entry.symbol),
  );
  const tallies = good.map((draft) => {
    const plenary = draft.results.find((r) => r.stage === 'plenary' && r.subject === 'whole');
    return `${draft.resolutionSymbol}: ${plenary?.method === 'recorded' ? `${plenary.yes} in favour, ${plenary.no} against, ${plenary.abstain} abstaining` : 'adopted without a vote'}, ${draft.sponsors.length + draft.coSponsors.length} sponsors and co-sponsors.`;
  });
  if (good.length > 0) {
    return {
      met: condition.expected,
      evidence: condition.expected
        ? [...quote(lines), ...tallies]
        : [
            `The General Assembly adopted ${name}, which this objective wanted to avoid.`,
            ...quote(lines),
          ],
    };
  }
  return {
    met: !condition.expected,
    evidence: [
      adopted.length === 0
        ? `The General Assembly adopted no ${name} during the game.`
        : `The General Assembly adopted ${name}, but not as this objective asks.`,
      ...shortfalls,
    ],
  };
}

/** Recorded votes on whole texts of a kind: the record lines of the results. */
function votesOn(state: GameState, kind: string): RecordEntry[] {
  const drafts = draftKinds(state);
  return state.record.filter(
    (entry) =>
      entry.kind === 'vote.recorded' &&
      entry.ballots !== undefined &&
      draftOf(drafts, entry.symbol)?.kind === kind,
  );
}

function seatVoted(state: GameState, seat: SeatId, condition: Of<'seatVoted'>): ConditionResult {
  const name = RESOLUTION_NAMES[condition.resolutionKind];
  const votes = votesOn(state, condition.resolutionKind);
  const cast = votes.filter((entry) => entry.ballots?.[seat] !== undefined);
  const matching = cast.filter((entry) => entry.ballots?.[seat] === condition.vote);
  const how = condition.vote === 'abstain' ? 'abstained' : `voted ${condition.vote}`;
  const told = cast.map(
    (entry) =>
      `${describeEntry(entry)} ${actorName(seat)} ${entry.ballots?.[seat] === 'abstain' ? 'abstained' : `voted ${entry.ballots?.[seat]}`}.`,
  );
  if (matching.length > 0) {
    return {
      met: condition.expected,
      evidence: condition.expected
        ? told.slice(0, MAX_LINES)
        : [
            `${actorName(seat)} ${how} on ${name}, which this objective ruled out.`,
            ...told.slice(0, MAX_LINES),
          ],
    };
  }
  return {
    met: !condition.expected,
    evidence: [
      cast.length === 0
        ? `${actorName(seat)} cast no vote in a recorded vote on ${name}.`
        : `${actorName(seat)} never ${how} on ${name}.`,
      ...told.slice(0, MAX_LINES),
    ],
  };
}

function euUnited(state: GameState, condition: Of<'euUnited'>): ConditionResult {
  const name = RESOLUTION_NAMES[condition.resolutionKind];
  const drafts = draftKinds(state);
  const decisions = state.record.filter(
    (entry) =>
      ((entry.kind === 'vote.recorded' && entry.euVotes !== undefined) ||
        entry.kind === 'draft.adoptedWithoutVote') &&
      draftOf(drafts, entry.symbol)?.kind === condition.resolutionKind,
  );
  if (decisions.length === 0)
    return { met: false, evidence: [`No decision on ${name} was taken during the game.`] };
  const split = decisions.filter((entry) => {
    if (!entry.euVotes) return condition.vote !== undefined && condition.vote !== 'yes';
    const { yes, no, abstain } = entry.euVotes;
    const used = [yes > 0 && 'yes', no > 0 && 'no', abstain > 0 && 'abstain'].filter(Boolean);
    return used.length !== 1 || (condition.vote !== undefined && used[0] !== condition.vote);
  });
  const told = (entry: RecordEntry): string =>
    entry.euVotes
      ? `${describeEntry(entry)} EU member States: ${entry.euVotes.yes} yes, ${entry.euVotes.no} no, ${entry.euVotes.abstain} abstaining.`
      : `${describeEntry(entry)} (all EU member States joined the adoption).`;
  if (split.length === 0) return { met: true, evidence: decisions.slice(0, MAX_LINES).map(told) };
  return {
    met: false,
    evidence: [
      `The EU member States did not all vote ${condition.vote ?? 'the same way'} on ${name}:`,
      ...split.slice(0, MAX_LINES).map(told),
    ],
  };
}

function actionTaken(
  state: GameState,
  seat: SeatId,
  condition: Of<'actionTaken'>,
): ConditionResult {
  const drafts = condition.resolutionKind ? draftKinds(state) : null;
  const kinds: readonly string[] = condition.actions;
  const statements = new Map(state.jointStatements.map((statement) => [statement.id, statement]));
  const lines = state.record.filter((entry) => {
    if (!kinds.includes(entry.kind)) return false;
    const statement = entry.ref === undefined ? undefined : statements.get(entry.ref);
    const parties = statement ? [statement.proposer, statement.partner] : [entry.actor];
    if (!parties.includes(seat)) return false;
    if (drafts && draftOf(drafts, entry.symbol)?.kind !== condition.resolutionKind) return false;
    if (condition.with !== undefined) {
      const others =
        statement !== undefined ? parties : entry.visibleTo === 'all' ? [] : entry.visibleTo;
      if (!others.includes(condition.with)) return false;
    }
    return true;
  });
  const what = `${describeList(condition.actions)}${condition.resolutionKind ? ` on ${RESOLUTION_NAMES[condition.resolutionKind]}` : ''}${condition.with ? ` with ${actorName(condition.with)}` : ''}`;
  if (lines.length >= condition.atLeast) {
    return {
      met: condition.expected,
      evidence: condition.expected
        ? quote(lines)
        : [`${actorName(seat)} ${what}, which this objective ruled out.`, ...quote(lines)],
    };
  }
  return {
    met: !condition.expected,
    evidence:
      lines.length === 0
        ? [`${actorName(seat)} never ${what} during the game.`]
        : [
            `${actorName(seat)} ${what} ${lines.length} ${lines.length === 1 ? 'time' : 'times'}; ${condition.atLeast} needed.`,
            ...quote(lines),
          ],
  };
}

function quote(lines: readonly RecordEntry[]): string[] {
  const shown = lines.slice(0, MAX_LINES).map(describeEntry);
  if (lines.length > MAX_LINES) shown.push(`… and ${lines.length - MAX_LINES} more.`);
  return shown;
}
