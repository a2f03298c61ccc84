/**
 * Voting by simple majority as the General Assembly's Main Committees practise it, and as the
 * plenary does for questions not classed as important.
 *
 * @see UN rules of procedure A/520/Rev.17 (RECORD.md §4.3): rule numbers 124 (voting rights),
 *   125 (majority required), 126 (meaning of "members present and voting"), 127 (recorded vote)
 *   and 133 (equally divided votes) VERIFIED from the UN rules index; their content is UNCERTAIN
 *   (standard reading, not seen verbatim). Plenary counterparts (rule 85, simple majority for
 *   questions other than important questions): numbering UNCERTAIN. That disarmament drafts are
 *   not treated as important questions (two-thirds, rule 83) is the usual practice: UNCERTAIN.
 */

export type Ballot = 'yes' | 'no' | 'abstain';

/** The names called in a recorded vote, by what each delegation answered. */
export interface RecordedBallots {
  readonly yes: readonly string[];
  readonly no: readonly string[];
  readonly abstain: readonly string[];
}

export interface Tally {
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  /** Members of the electorate who cast no ballot at all. */
  readonly absent: number;
}

/**
 * Each member of the General Assembly has one vote (rule 124, content UNCERTAIN). An observer,
 * such as the EU, is not a member and has none.
 */
export function isEligibleVoter(voters: readonly string[], member: string): boolean {
  return voters.includes(member);
}

/** A delegation answers once when its name is called (rule 127, content UNCERTAIN). */
export function hasVoted(ballots: RecordedBallots, member: string): boolean {
  return (
    ballots.yes.includes(member) || ballots.no.includes(member) || ballots.abstain.includes(member)
  );
}

/**
 * A roll call recorded at once (the voting board shows every delegation's vote together): each
 * name belongs to the electorate, appears once, and has not answered yet in this vote.
 */
export function isRollCallOfVoters(
  voters: readonly string[],
  current: RecordedBallots,
  rollCall: RecordedBallots,
): boolean {
  const names = [...rollCall.yes, ...rollCall.no, ...rollCall.abstain];
  if (names.length === 0 || new Set(names).size !== names.length) return false;
  const electorate = new Set(voters);
  return names.every((name) => electorate.has(name) && !hasVoted(current, name));
}

/**
 * Counts a recorded vote against the electorate. Only ballots of members of the electorate
 * count; every member who cast none is absent, so yes + no + abstain + absent equals the
 * number of voters.
 */
export function tally(ballots: RecordedBallots, voters: readonly string[]): Tally {
  const electorate = new Set(voters);
  const count = (names: readonly string[]): number =>
    new Set(names.filter((name) => electorate.has(name))).size;
  const yes = count(ballots.yes);
  const no = count(ballots.no);
  const abstain = count(ballots.abstain);
  return { yes, no, abstain, absent: electorate.size - yes - no - abstain };
}

/** Members present and voting are those voting yes or no; abstainers are not (rule 126). */
export function membersPresentAndVoting(result: Tally): number {
  return result.yes + result.no;
}

/**
 * Adopted by a majority of the members present and voting (rule 125): more yes than no.
 * Abstentions do not count (rule 126) and an equally divided vote fails (rule 133).
 * Rule numbers VERIFIED, content UNCERTAIN.
 */
export function isAdoptedBySimpleMajority(result: Tally): boolean {
  return result.yes > result.no;
}
