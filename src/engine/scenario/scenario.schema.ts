import { z } from 'zod';
import { DEFAULT_ECONOMY } from '../economy/economy-settings';
import { conditionSchema } from '../scoring/conditions';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((text) => !Number.isNaN(Date.parse(text)), 'is not a real calendar date');

/** How sure the record is of a fact; reconstructed content is shown as such in the game. */
export const confidenceSchema = z.enum(['verified', 'uncertain', 'reconstructed']);

const sourced = {
  confidence: confidenceSchema,
  source: z.string().min(1, 'must name where the fact comes from'),
};

export const articleSchema = z.strictObject({
  number: z.string().min(1),
  subject: z.string().min(1),
  text: z.string().min(1),
  confidence: confidenceSchema,
});

export const documentKindSchema = z.enum([
  'draftTreaty',
  'workingPaper',
  'comments',
  'answers',
  'letter',
  'draftDecision',
  'report',
]);

export const scenarioDocumentSchema = z.strictObject({
  symbol: z.string().regex(/^CD\/(WP\.)?\d+(\/Rev\.\d+)?$/, 'must be a CD symbol such as CD/1839'),
  kind: documentKindSchema,
  title: z.string().min(1),
  authors: z.array(z.string()).min(1, 'needs at least one author'),
  date: isoDate,
  respondsTo: z.array(z.string()).default([]),
  summary: z.string().min(1),
  articles: z.array(articleSchema).default([]),
  ...sourced,
});

/** A text a delegation holds ready in its capital: private until it submits it. */
export const preparedDraftSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be a kebab-case id'),
  holder: z.enum(['CHN', 'RUS', 'USA', 'EU']),
  kind: documentKindSchema,
  title: z.string().min(1),
  authors: z.array(z.string()).min(1, 'needs at least one author'),
  respondsTo: z.array(z.string()).default([]),
  summary: z.string().min(1),
  articles: z.array(articleSchema).default([]),
  /** The symbol it bore in the record, when the record has it (shown in the replay). */
  historicalSymbol: z.string().optional(),
  /** The symbol of the text it replaces once circulated (CD/1985 replaced CD/1839). */
  revises: z.string().optional(),
  ...sourced,
});

/**
 * An article-by-article comparison of two texts of the record (CD/1839 and CD/1985): which
 * article became which, and what changed. `from` and `to` are document symbols, or the
 * historical symbols of prepared drafts.
 */
export const comparisonSchema = z.strictObject({
  from: z.string().min(1),
  to: z.string().min(1),
  summary: z.string().min(1),
  articles: z
    .array(
      z.strictObject({
        from: z.string().nullable(),
        to: z.string().nullable(),
        subject: z.string().min(1),
        change: z.string().min(1),
        confidence: confidenceSchema,
      }),
    )
    .min(1),
  ...sourced,
});

export const calendarTurnSchema = z.discriminatedUnion('forum', [
  z.strictObject({
    forum: z.literal('cd'),
    date: isoDate,
    part: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    label: z.string().min(1),
  }),
  z.strictObject({
    forum: z.literal('unga'),
    date: isoDate,
    stage: z.enum(['firstCommittee', 'plenary']),
    label: z.string().min(1),
  }),
]);

export const timedEventSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be a kebab-case id'),
  date: isoDate,
  title: z.string().min(1),
  description: z.string().min(1),
  kind: z.enum(['asatTest', 'policy', 'collision', 'crisis', 'meeting', 'moratorium', 'launch']),
  actors: z.array(z.string()).default([]),
  tension: z.number().int().min(-20).max(20).default(0),
  debris: z.number().int().min(0).max(20).default(0),
  ...sourced,
});

/**
 * A hidden objective: what the text tells the player, how many points it is worth, and the
 * condition (scoring/conditions.ts) the engine checks at the end to score it.
 */
export const objectiveSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be a kebab-case id'),
  text: z.string().min(1),
  points: z.number().int().min(0).max(100),
  condition: conditionSchema,
});

const standingValue = z.number().int().min(0).max(100).optional();

export const seatSetupSchema = z.strictObject({
  controller: z.enum(['human', 'bot']),
  capital: z.number().int().min(0).max(100),
  /**
   * The seat's par: the score a standard computer delegation (level 2) reaches in this seat of
   * this scenario, measured with `paros simulate <scenario> --games N --bots 2`. The seats' tasks
   * differ (the record made some objectives much harder than others), so a seat wins by beating
   * its own par by the most, as in a handicap. Absent: 0, and the highest total wins.
   */
  par: z.number().int().min(0).max(300).optional(),
  /**
   * The totals of the standard computer delegations measured in this seat (the games behind the
   * par). With them for every seat, the winner is the seat whose score beats the largest share
   * of its own seat's measured scores: a fairer handicap than the margin over par when a seat's
   * scores bunch at a few values (all objectives met, or one big one missed).
   */
  parScores: z.array(z.number().int().min(-50).max(400)).min(5).max(500).optional(),
  /** Standing with each group at the start (50, neutral, where not given). */
  standing: z
    .strictObject({
      G21: standingValue,
      WEOG: standingValue,
      EEG: standingValue,
      CHN: standingValue,
      EU: standingValue,
    })
    .default({}),
  publicPosition: z.string().min(1),
  objectives: z.array(objectiveSchema).min(1, 'each seat needs at least one objective'),
});

/**
 * Private instructions from a seat's capital, delivered when the game reaches their date (at
 * the start of the turn they fall in, or when the host moves the date past it); they may add an
 * objective. Until then only the host sees them.
 */
export const scheduledInstructionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be a kebab-case id'),
  seat: z.enum(['CHN', 'RUS', 'USA', 'EU']),
  date: isoDate,
  text: z.string().min(1).max(4000),
  objective: objectiveSchema.optional(),
  ...sourced,
});

export const economySchema = z.strictObject({
  income: z.number().int().min(0).max(50).default(DEFAULT_ECONOMY.income),
  cap: z.number().int().min(1).max(100).default(DEFAULT_ECONOMY.cap),
  refuseWhenShort: z.boolean().default(DEFAULT_ECONOMY.refuseWhenShort),
  collapseBelow: z.number().int().min(0).max(100).default(DEFAULT_ECONOMY.collapseBelow),
  standingFade: z.number().min(0).max(1).default(DEFAULT_ECONOMY.standingFade),
});

export const scenarioSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be a kebab-case id'),
  title: z.string().min(1),
  description: z.string().min(1),
  start: isoDate,
  seats: z.strictObject({
    CHN: seatSetupSchema,
    RUS: seatSetupSchema,
    USA: seatSetupSchema,
    EU: seatSetupSchema,
  }),
  calendar: z.array(calendarTurnSchema).min(1, 'needs at least one turn'),
  cd: z.strictObject({
    nextSymbol: z.number().int().positive(),
    presidencyAnchors: z
      .array(z.strictObject({ year: z.number().int(), first: z.string() }))
      .min(1, 'needs the first president of at least one year'),
    /**
     * Who presides when play opens, when the record says (Kazakhstan on 10 June 2014); otherwise
     * the first president of the part the first turn falls in.
     */
    openingPresident: z.string().optional(),
    /** True when the scenario opens after the year's agenda was adopted (rule 27). */
    agendaAdopted: z.boolean().default(false),
    agendaItems: z
      .array(z.strictObject({ number: z.number().int().positive(), title: z.string().min(1) }))
      .min(1),
  }),
  unga: z.strictObject({
    nextDraftNumber: z.number().int().positive().default(1),
    nextResolutionNumber: z.number().int().positive().default(1),
  }),
  documents: z.array(scenarioDocumentSchema).default([]),
  drafts: z.array(preparedDraftSchema).default([]),
  comparisons: z.array(comparisonSchema).default([]),
  events: z.array(timedEventSchema).default([]),
  instructions: z.array(scheduledInstructionSchema).default([]),
  economy: economySchema.default({ ...DEFAULT_ECONOMY }),
  tension: z.number().int().min(0).max(100),
  debris: z.number().int().min(0).max(100),
});

/** A scenario file as written by hand (defaults not yet filled). */
export type ScenarioFile = z.input<typeof scenarioSchema>;
/** A scenario after validation, with every default filled in. */
export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioDocument = Scenario['documents'][number];
export type CalendarTurn = Scenario['calendar'][number];
export type PreparedDraft = Scenario['drafts'][number];
export type Comparison = Scenario['comparisons'][number];
export type TimedEvent = Scenario['events'][number];
export type Objective = z.output<typeof objectiveSchema>;
export type ScheduledInstruction = Scenario['instructions'][number];
export type Confidence = z.output<typeof confidenceSchema>;
