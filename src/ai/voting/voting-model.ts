import { euMembersOn, unMembers } from '../../engine/index';
import type { TimelineFact } from './timeline';
import { DEFAULT_SPONSORS, TIMELINE, WEST_IDEAL_POINT } from './timeline';
import type { ResolutionKind, Vote, VotingData } from './types';
import { isVote, VOTES } from './types';

/** What the model is asked: a resolution of a kind, adopted in a calendar year. */
export interface VoteQuestion {
  readonly kind: ResolutionKind;
  readonly year: number;
  /** ISO3 codes of the sponsors; the kind's usual sponsors when absent. */
  readonly sponsors?: readonly string[];
  /** Facts of the game (tests, statements) added to the record's timeline. */
  readonly extraFacts?: readonly TimelineFact[];
  /** Ignore timeline facts dated in the year asked (for a strict hold-out evaluation). */
  readonly factsBeforeYearOnly?: boolean;
}

/** One named contribution to one option's score. */
export interface Reason {
  readonly vote: Vote;
  readonly weight: number;
  readonly why: string;
}

export interface StatePrediction {
  readonly state: string;
  readonly vote: Vote;
  readonly scores: Readonly<Record<Vote, number>>;
  readonly reasons: readonly Reason[];
}

/** Kinds whose votes say something about a state's vote on another kind (weight per vote). */
const RELATED: Readonly<Record<ResolutionKind, readonly [ResolutionKind, number][]>> = {
  PAROS: [['TCBM', 0.5]],
  TCBM: [['PAROS', 0.5]],
  NFP: [['FPM', 1.5]],
  FPM: [['NFP', 1.5]],
  NORMS: [['DAASAT', 1.5]],
  DAASAT: [['NORMS', 1.5]],
};

const SAME_KIND_WEIGHT = 3;
const DECAY = 0.6;
const SPONSOR_WEIGHT = 8;
const SPONSOR_CAMP_WEIGHT = 2;
const PASS_BIAS = 0.5;

/** The UN members on 1 December of a year (the plenary votes on these texts fall in December). */
export function membersIn(year: number): string[] {
  const day = `${year}-12-01`;
  return unMembers()
    .filter((m) => m.joined === undefined || m.joined <= day)
    .map((m) => m.code)
    .sort();
}

/** The state's latest ideal point from a year before `year` (the last one carried forward). */
export function idealPointBefore(data: VotingData, state: string, year: number): number | null {
  const points = data.ideal[state];
  if (points === undefined) return null;
  let best: [number, number] | null = null;
  for (const [y, point] of Object.entries(points)) {
    const at = Number(y);
    if (at < year && (best === null || at > best[0])) best = [at, point];
  }
  return best === null ? null : best[1];
}

/** The state's recorded votes on a kind in years before `year`, most recent first. */
function pastVotes(data: VotingData, state: string, kind: string, year: number): [number, Vote][] {
  const byYear = data.votes[state]?.[kind] ?? {};
  const out: [number, Vote][] = [];
  for (const [y, vote] of Object.entries(byYear)) {
    if (Number(y) < year && isVote(vote)) out.push([Number(y), vote]);
  }
  return out.sort((a, b) => b[0] - a[0]);
}

/** How a state with this ideal point leans on a kind of text when its own record is silent. */
function alignmentReasons(kind: ResolutionKind, ideal: number | null): Reason[] {
  if (ideal === null)
    return [{ vote: 'yes', weight: 0.5, why: 'no alignment on record: leans Yes' }];
  const at = `ideal point ${ideal.toFixed(2)}`;
  switch (kind) {
    case 'PAROS':
    case 'TCBM':
      return ideal > 2.2
        ? [
            {
              vote: 'abstain',
              weight: 1,
              why: `${at}: closest to the US, sceptical of new PAROS measures`,
            },
          ]
        : [{ vote: 'yes', weight: 1, why: `${at}: PAROS texts draw Yes across groups` }];
    case 'NFP':
    case 'FPM':
      if (ideal > 2.2)
        return [
          { vote: 'no', weight: 1.5, why: `${at}: closest to the US, against Russian texts` },
        ];
      if (ideal >= 0.45)
        return [
          {
            vote: 'abstain',
            weight: 1.5,
            why: `${at}: Western-leaning, withholds support from Russian texts`,
          },
        ];
      return [
        { vote: 'yes', weight: 1.5, why: `${at}: non-Western, supports a legally binding PAROS` },
      ];
    case 'NORMS':
    case 'DAASAT':
      if (ideal < -1.5)
        return [{ vote: 'no', weight: 1, why: `${at}: far from the US, wary of US/UK-led norms` }];
      if (ideal < -0.8)
        return [
          {
            vote: 'abstain',
            weight: 0.6,
            why: `${at}: non-aligned, some doubt about norms before a treaty`,
          },
          { vote: 'yes', weight: 1, why: `${at}: norms texts draw wide support` },
        ];
      return [{ vote: 'yes', weight: 1.5, why: `${at}: supports responsible-behaviour norms` }];
  }
}

function factApplies(
  fact: TimelineFact,
  state: string,
  question: VoteQuestion,
  eu: ReadonlySet<string>,
  ideal: number | null,
): boolean {
  const { year, kind } = question;
  if (!fact.kinds.includes(kind)) return false;
  if (fact.from > year || (fact.to !== undefined && fact.to < year)) return false;
  if (question.factsBeforeYearOnly === true && fact.from === year) return false;
  if (fact.who === 'EU') return eu.has(state);
  if (fact.who === 'WEST') return ideal !== null && ideal >= WEST_IDEAL_POINT;
  return fact.who.includes(state);
}

function meanIdeal(data: VotingData, states: readonly string[], year: number): number | null {
  const points = states
    .map((s) => idealPointBefore(data, s, year))
    .filter((p): p is number => p !== null);
  return points.length === 0 ? null : points.reduce((a, b) => a + b, 0) / points.length;
}

/**
 * Predicts every UN member's vote on a resolution of `question.kind` in `question.year`: per
 * option, a score summed from named reasons — the state's own votes on that kind (and related
 * kinds) before that year, recency-weighted; its alignment (ideal point); the sponsors; the
 * record's timeline up to that year. Deterministic; a tie goes to Yes, then No.
 */
export function predictVotes(data: VotingData, question: VoteQuestion): StatePrediction[] {
  const { kind, year } = question;
  const defaults = DEFAULT_SPONSORS[kind];
  const sponsors = question.sponsors ?? defaults;
  const eu = new Set(euMembersOn(`${year}-12-01`));
  const facts = [...TIMELINE, ...(question.extraFacts ?? [])];
  const campGiven = meanIdeal(data, sponsors, year);
  const campUsual = meanIdeal(data, defaults, year);
  return membersIn(year).map((state) => {
    const ideal = idealPointBefore(data, state, year);
    const reasons: Reason[] = [
      { vote: 'yes', weight: PASS_BIAS, why: 'texts of this series pass' },
    ];
    pastVotes(data, state, kind, year).forEach(([y, vote], i) => {
      reasons.push({
        vote,
        weight: SAME_KIND_WEIGHT * DECAY ** i,
        why: `voted ${vote} on ${kind} in ${y}`,
      });
    });
    for (const [related, weight] of RELATED[kind]) {
      pastVotes(data, state, related, year).forEach(([y, vote], i) => {
        reasons.push({
          vote,
          weight: weight * DECAY ** i,
          why: `voted ${vote} on ${related} in ${y}`,
        });
      });
    }
    reasons.push(...alignmentReasons(kind, ideal));
    if (sponsors.includes(state)) {
      reasons.push({ vote: 'yes', weight: SPONSOR_WEIGHT, why: 'sponsors the text' });
    }
    if (ideal !== null && campGiven !== null && campUsual !== null) {
      const shift =
        SPONSOR_CAMP_WEIGHT * (Math.abs(ideal - campUsual) - Math.abs(ideal - campGiven));
      if (Math.abs(shift) > 0.05) {
        reasons.push(
          shift > 0
            ? { vote: 'yes', weight: shift, why: 'the sponsors are closer to it than usual' }
            : {
                vote: 'no',
                weight: -shift / 2,
                why: 'the sponsors are further from it than usual',
              },
        );
      }
    }
    for (const fact of facts) {
      if (factApplies(fact, state, question, eu, ideal)) {
        reasons.push({ vote: fact.vote, weight: fact.weight, why: fact.reason });
      }
    }
    const scores: Record<Vote, number> = { yes: 0, no: 0, abstain: 0 };
    for (const reason of reasons) scores[reason.vote] += reason.weight;
    let vote: Vote = 'yes';
    for (const option of VOTES) if (scores[option] > scores[vote] + 1e-9) vote = option;
    return { state, vote, scores, reasons };
  });
}

/** Counts of a list of votes. */
export function tally(votes: readonly Vote[]): Record<Vote, number> {
  const counts: Record<Vote, number> = { yes: 0, no: 0, abstain: 0 };
  for (const vote of votes) counts[vote] += 1;
  return counts;
}
