/** The shapes every fact of the record shares: confidence, source, day, turn. */

export type Confidence = 'verified' | 'uncertain' | 'reconstructed';
export type Ballot = 'yes' | 'no' | 'abstain';

/** Where a fact comes from and how sure the record is of it. */
export interface Sourced {
  readonly confidence: Confidence;
  readonly source: string;
  readonly note?: string;
}

/** A day the record gives (or that is rebuilt from it, as its confidence says). */
export interface Day extends Sourced {
  /** YYYY-MM-DD. */
  readonly date: string;
}

/** A turn of the scenario's calendar, for a fact whose day the record does not give. */
export type TurnRef =
  | { readonly year: number; readonly forum: 'cd'; readonly part: 1 | 2 | 3 }
  | { readonly year: number; readonly forum: 'firstCommittee' | 'plenary' };
