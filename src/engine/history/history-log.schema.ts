import { z } from 'zod';
import type { ScenarioProblem } from '../scenario/load-scenario';
import { formatPath } from '../scenario/load-scenario';
import { confidenceSchema } from '../scenario/scenario.schema';

/**
 * One step of the historical record: an intent as it happened, with how sure the record is of it
 * and where it comes from. The intent is only checked to be an object here; `apply` checks it
 * against the intent schema and the rules when the log is replayed.
 */
export const historyStepSchema = z.strictObject({
  intent: z.record(z.string(), z.unknown(), 'must be an intent: { "type": …, "actor": … }'),
  confidence: confidenceSchema,
  source: z.string().min(1, 'must name where the fact comes from'),
  note: z.string().min(1).optional(),
});

/**
 * The real sequence of a historical scenario as a replay log (`scenarios/<id>.log.json`): the
 * scenario it belongs to, the seed of the game it replays on, and its steps in order.
 */
export const historyLogSchema = z.strictObject({
  schemaVersion: z.literal(1, 'this version of PAROS reads history logs of version 1'),
  scenario: z.string().regex(/^[a-z0-9-]+$/, 'must be the kebab-case id of a scenario'),
  seed: z.number().int(),
  steps: z.array(historyStepSchema).max(200_000),
});

export type HistoryStep = z.output<typeof historyStepSchema>;
export type HistoryLog = z.output<typeof historyLogSchema>;

export type HistoryLogResult =
  | { readonly ok: true; readonly log: HistoryLog }
  | { readonly ok: false; readonly file: string; readonly problems: readonly ScenarioProblem[] };

/**
 * Checks a history log (already parsed from JSON) against its schema. Never throws: a log that
 * does not fit comes back with one problem per field at fault (`steps[12].confidence`).
 *
 * @example
 * const read = parseHistoryLog(json, 'scenarios/ppwt-history.log.json');
 * if (!read.ok) console.error(formatProblems(read.file, read.problems));
 */
export function parseHistoryLog(json: unknown, file: string): HistoryLogResult {
  const parsed = historyLogSchema.safeParse(json);
  if (parsed.success) return { ok: true, log: parsed.data };
  return {
    ok: false,
    file,
    problems: parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
    })),
  };
}
