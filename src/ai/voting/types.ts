/** The kinds of UNGA resolution on outer-space security the model knows (votes/README.md). */
export const KINDS = ['PAROS', 'NFP', 'TCBM', 'FPM', 'NORMS', 'DAASAT'] as const;
export type ResolutionKind = (typeof KINDS)[number];

/** A recorded or predicted vote; absences are not predicted. */
export const VOTES = ['yes', 'no', 'abstain'] as const;
export type Vote = (typeof VOTES)[number];

export const FIRST_YEAR = 2005;
export const LAST_YEAR = 2025;

export function isKind(text: string): text is ResolutionKind {
  return (KINDS as readonly string[]).includes(text);
}

export function isVote(text: string): text is Vote {
  return (VOTES as readonly string[]).includes(text);
}

/** One recorded plenary roll call (totals as the record gives them). */
export interface RollCall {
  readonly year: number;
  readonly kind: string;
  readonly symbol: string;
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly absent: number;
}

/**
 * The model's data, as `make-voting-data.ts` writes it: per state (ISO3), per kind, per year,
 * the recorded vote (absences left out); per state, per year, its ideal point.
 */
export interface VotingData {
  readonly rollcalls: readonly RollCall[];
  readonly votes: Readonly<
    Record<string, Readonly<Record<string, Readonly<Record<string, string>>>>>
  >;
  readonly ideal: Readonly<Record<string, Readonly<Record<string, number>>>>;
}
