import { membersIn, predictVotes, tally } from './voting-model';
import type { ResolutionKind, Vote, VotingData } from './types';
import { isKind, isVote } from './types';

/** The score of one predictor on one held-out roll call. */
export interface Score {
  /** Share of the states that voted (yes/no/abstain) whose vote was predicted. */
  readonly accuracy: number;
  /** |yes−yes'|+|no−no'|+|abstain−abstain'| over the states that voted. */
  readonly tallyError: number;
  readonly tally: Readonly<Record<Vote, number>>;
}

export interface EvaluationRow {
  readonly year: number;
  readonly kind: ResolutionKind;
  readonly voters: number;
  readonly actual: Readonly<Record<Vote, number>>;
  readonly model: Score;
  /** The model without timeline facts dated in the held-out year itself. */
  readonly strict: Score;
  readonly baseline: Score;
}

/**
 * The baseline: each state votes as it did on the same kind the year before; when there was no
 * roll call of that kind that year (or it was absent), its latest earlier vote on that kind; with
 * none at all, Yes.
 */
export function baselineVote(data: VotingData, state: string, kind: string, year: number): Vote {
  const byYear = data.votes[state]?.[kind] ?? {};
  let best: [number, Vote] | null = null;
  for (const [y, vote] of Object.entries(byYear)) {
    const at = Number(y);
    if (at < year && isVote(vote) && (best === null || at > best[0])) best = [at, vote];
  }
  return best === null ? 'yes' : best[1];
}

function score(predicted: ReadonlyMap<string, Vote>, actual: ReadonlyMap<string, Vote>): Score {
  let right = 0;
  const votes: Vote[] = [];
  for (const [state, vote] of actual) {
    const guess = predicted.get(state) ?? 'yes';
    votes.push(guess);
    if (guess === vote) right += 1;
  }
  const counts = tally(votes);
  const real = tally([...actual.values()]);
  const tallyError =
    Math.abs(counts.yes - real.yes) +
    Math.abs(counts.no - real.no) +
    Math.abs(counts.abstain - real.abstain);
  return { accuracy: actual.size === 0 ? 0 : right / actual.size, tallyError, tally: counts };
}

/**
 * Holds out each recorded roll call from `from` to `to`: the model sees only the votes of earlier
 * years (its data is cut at the year asked), and is scored per country and per tally against the
 * baseline. Only the states that voted count; absences are not predicted.
 */
export function evaluate(data: VotingData, from = 2008, to = 2014): EvaluationRow[] {
  const rows: EvaluationRow[] = [];
  for (const call of data.rollcalls) {
    const { kind, year } = call;
    if (year < from || year > to || !isKind(kind)) continue;
    const actual = new Map<string, Vote>();
    for (const state of membersIn(year)) {
      const vote = data.votes[state]?.[kind]?.[String(year)];
      if (vote !== undefined && isVote(vote)) actual.set(state, vote);
    }
    const asMap = (factsBeforeYearOnly: boolean): Map<string, Vote> =>
      new Map(
        predictVotes(data, { kind, year, factsBeforeYearOnly }).map((p) => [p.state, p.vote]),
      );
    const baseline = new Map<string, Vote>();
    for (const state of actual.keys()) baseline.set(state, baselineVote(data, state, kind, year));
    rows.push({
      year,
      kind,
      voters: actual.size,
      actual: tally([...actual.values()]),
      model: score(asMap(false), actual),
      strict: score(asMap(true), actual),
      baseline: score(baseline, actual),
    });
  }
  return rows;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const counts = (t: Readonly<Record<Vote, number>>): string => `${t.yes}-${t.no}-${t.abstain}`;

/** The evaluation as a Markdown table, with the averages in the last row. */
export function formatEvaluation(rows: readonly EvaluationRow[]): string[] {
  const lines = [
    '| year | kind | actual Y-N-A | model Y-N-A | model acc | model tally err | strict acc | strict tally err | baseline Y-N-A | baseline acc | baseline tally err |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.year} | ${r.kind} | ${counts(r.actual)} | ${counts(r.model.tally)} | ${pct(r.model.accuracy)} | ${r.model.tallyError} | ${pct(r.strict.accuracy)} | ${r.strict.tallyError} | ${counts(r.baseline.tally)} | ${pct(r.baseline.accuracy)} | ${r.baseline.tallyError} |`,
    );
  }
  const mean = (f: (r: EvaluationRow) => number): number =>
    rows.reduce((sum, r) => sum + f(r), 0) / Math.max(rows.length, 1);
  lines.push(
    `| mean | | | | ${pct(mean((r) => r.model.accuracy))} | ${mean((r) => r.model.tallyError).toFixed(1)} | ${pct(mean((r) => r.strict.accuracy))} | ${mean((r) => r.strict.tallyError).toFixed(1)} | | ${pct(mean((r) => r.baseline.accuracy))} | ${mean((r) => r.baseline.tallyError).toFixed(1)} |`,
  );
  return lines;
}
