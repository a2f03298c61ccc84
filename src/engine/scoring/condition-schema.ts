/**
 * The schema of an objective condition: one strict object per kind, each documented with what
 * it asks of the seat, and the record kinds `actionTaken` may name.
 */
import { z } from 'zod';
import { STANDING_GROUPS } from '../economy/standing';
import { decisionSubjectSchema } from '../intents/intent.schema';

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
    subject: decisionSubjectSchema,
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

/** The condition of one kind, as its checker receives it (defaults filled in). */
export type ConditionOf<TKind extends ConditionKind> = Extract<Condition, { kind: TKind }>;
