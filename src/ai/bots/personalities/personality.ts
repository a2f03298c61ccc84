import type { SeatId } from '../../../engine/index';
import type { ResolutionKind, Vote } from '../../voting/index';

/**
 * The four delegations as the record shows them (shared/history/RECORD.md 5–7, RECORD-ADDENDUM.md,
 * votes/): what each tabled and sponsored, what it objected to, how it voted on each kind of
 * General Assembly text, and where it stood on a CD negotiating mandate, the EU Code of Conduct,
 * anti-satellite tests and test moratoria. Every trait carries the note it rests on; a bot reads
 * the trait of the game's year, so a 2008 United States votes No on PAROS and a 2014 one abstains.
 */

/** How sure the record is: a direct record, an inference from a vote list or sponsorship, or a gap. */
export type TraitConfidence = 'verified' | 'inferred' | 'uncertain';

/** A trait that holds from one year (inclusive) to another (inclusive; open when absent). */
export interface Era<TValue> {
  readonly from?: number;
  readonly to?: number;
  readonly value: TValue;
  /** Where the record says it: RECORD.md section and the source it names. */
  readonly source: string;
  readonly confidence: TraitConfidence;
}

/** A leaning from -1 (firmly against) to +1 (firmly for). */
export type Leaning = number;

/** The attitudes a bot weighs when an option touches them. */
export interface Attitudes {
  /** A CD subsidiary body on outer space with a mandate to negotiate a treaty. */
  readonly negotiatingMandate: readonly Era<Leaning>[];
  /** A CD body that only discusses outer space (the CD/1864 formula). */
  readonly discussionMandate: readonly Era<Leaning>[];
  /** The Russian-Chinese PPWT as the basis of negotiation. */
  readonly ppwt: readonly Era<Leaning>[];
  /** The EU's non-binding International Code of Conduct. */
  readonly codeOfConduct: readonly Era<Leaning>[];
  /** Carrying out an anti-satellite test itself. */
  readonly asatTests: readonly Era<Leaning>[];
  /** A moratorium on destructive anti-satellite tests. */
  readonly testMoratorium: readonly Era<Leaning>[];
  /** Verification and definitions as conditions of any binding text. */
  readonly verification: readonly Era<Leaning>[];
  /** Written responses to the other side's drafts (comments, analyses, answers). */
  readonly writtenResponses: readonly Era<Leaning>[];
}

export interface Personality {
  readonly seat: SeatId;
  /** The resolution kinds this delegation tables or leads. */
  readonly sponsors: readonly Era<readonly ResolutionKind[]>[];
  /** The kinds it joins as a co-sponsor or co-author without leading. */
  readonly coSponsors: readonly Era<readonly ResolutionKind[]>[];
  /** What it objected to, in its own arguments (shown with a bot's choice, never scored). */
  readonly objections: readonly Era<string>[];
  /** Its vote on each kind, year by year. */
  readonly votes: Readonly<Record<ResolutionKind, readonly Era<Vote>[]>>;
  /** Kinds on which it asks for a recorded vote (to put its No or abstention on the record). */
  readonly requestsRecordedVote: readonly Era<readonly ResolutionKind[]>[];
  /** How much it explains its votes (the EU speaks at the UN mostly by explanation of vote). */
  readonly explainsVotes: Era<Leaning>;
  readonly attitudes: Attitudes;
  /** The seats it works with. */
  readonly partners: Era<readonly SeatId[]>;
}

/** The trait of a year: the latest era that covers it (later entries refine earlier ones). */
export function traitIn<TValue>(eras: readonly Era<TValue>[], year: number): Era<TValue> | null {
  let found: Era<TValue> | null = null;
  for (const era of eras) {
    if ((era.from === undefined || era.from <= year) && (era.to === undefined || year <= era.to)) {
      found = era;
    }
  }
  return found;
}

/** The value of a trait in a year, or the fallback when the record is silent for that year. */
export function valueIn<TValue>(
  eras: readonly Era<TValue>[],
  year: number,
  fallback: TValue,
): TValue {
  return traitIn(eras, year)?.value ?? fallback;
}

/** Sources most traits rest on. */
export const S5 = 'RECORD.md 5 (voting record 2005–2023)';
export const VOTES_CSV = 'votes/space_votes_1981_2014.csv (Voeten)';
