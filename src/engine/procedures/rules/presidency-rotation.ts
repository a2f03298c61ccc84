import { cdMembers } from '../../data/members';
import type { MemberCode } from '../../data/members';

/**
 * The presidency of the Conference on Disarmament. It rotates among all members in English
 * alphabetical order, each president serving four working weeks, six presidencies a year.
 *
 * @see CD rules of procedure CD/8/Rev.9, rule 9 (VERIFIED: RECORD-ADDENDUM.md 4.1; practice
 *   RECORD.md 3.3). The record also shows a skip the plain rotation does not explain: 2008 began
 *   with Tunisia and 2014 with Israel, so Ireland did not preside. Hence the cycle is anchored per
 *   scenario, on the first president of a year, rather than on one fixed origin.
 */
export interface PresidencyAnchor {
  readonly year: number;
  /** Code of the member that held the first presidency of `year`. */
  readonly first: MemberCode;
}

/** Presidencies in a year (RECORD.md 3.3). */
export const PRESIDENCIES_PER_YEAR = 6;

/**
 * The six presidents of `year`, in order, continuing the alphabetical cycle over the 65 members
 * from the anchor (forwards or backwards), wrapping from Zimbabwe to Algeria.
 *
 * @see rule 9 (VERIFIED, RECORD-ADDENDUM.md 4.1). The plain rotation does not cross the skip in the
 *   record (Ireland did not preside between 2008 and 2014): use an anchor on the right side of it,
 *   or {@link presidentsOfYearFromAnchors}.
 */
export function presidentsOfYear(year: number, anchor: PresidencyAnchor): MemberCode[] {
  const members = cdMembers();
  const start = members.findIndex((m) => m.code === anchor.first);
  if (start < 0) throw new RangeError(`Not a member of the Conference: ${anchor.first}`);
  if (!Number.isInteger(year) || !Number.isInteger(anchor.year)) {
    throw new RangeError(`Years must be whole numbers: ${year}, ${anchor.year}`);
  }
  const codes = members.map((m) => m.code);
  const from = modulo(start + (year - anchor.year) * PRESIDENCIES_PER_YEAR, codes.length);
  return [...codes.slice(from), ...codes.slice(0, from)].slice(0, PRESIDENCIES_PER_YEAR);
}

/** The president of the `index0to5`-th presidency (0 = the first) of `year` (rule 9). */
export function presidencyOf(
  year: number,
  index0to5: number,
  anchor: PresidencyAnchor,
): MemberCode {
  const president = presidentsOfYear(year, anchor)[index0to5];
  if (!Number.isInteger(index0to5) || president === undefined) {
    throw new RangeError(`A year has presidencies 0 to 5, not ${index0to5}`);
  }
  return president;
}

/**
 * The six presidents of `year`, counted from the latest anchor at or before `year`. Several
 * anchors let a scenario follow the record across a skip (Ireland's turn, between 2008 and 2014).
 */
export function presidentsOfYearFromAnchors(
  year: number,
  anchors: readonly PresidencyAnchor[],
): MemberCode[] {
  const anchor = anchors
    .filter((a) => a.year <= year)
    .reduce<PresidencyAnchor | undefined>(
      (latest, a) => (latest && latest.year >= a.year ? latest : a),
      undefined,
    );
  if (!anchor) throw new RangeError(`No presidency anchor at or before ${year}`);
  return presidentsOfYear(year, anchor);
}

function modulo(n: number, m: number): number {
  return ((n % m) + m) % m;
}
