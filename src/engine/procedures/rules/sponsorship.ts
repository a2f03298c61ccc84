/**
 * Sponsors, revisions and explanations of vote on a draft resolution of the General Assembly.
 *
 * @see RECORD.md §4.2 (draft symbols A/C.1/<session>/L.<n> and /Rev.1, main sponsors: VERIFIED)
 *   and §4.3 (rules 120, 122 and 128: numbers VERIFIED, content UNCERTAIN; the EU explaining
 *   votes on behalf of its member States: VERIFIED practice, eeas.europa.eu statements).
 */

export interface Sponsorship {
  /** The main sponsors who table, revise and may withdraw the draft. */
  readonly sponsors: readonly string[];
  /** The delegations that joined as co-sponsors after the draft was tabled. */
  readonly coSponsors: readonly string[];
}

/**
 * Observers that speak in the General Assembly without a vote. The EU's observer status is
 * assumed from its explanations of vote in the record; the status resolution itself is not in
 * the record (UNCERTAIN).
 */
export const GENERAL_ASSEMBLY_OBSERVERS: readonly string[] = ['EU'];

/** Only a main sponsor revises or withdraws a draft (rules 120 and 122, content UNCERTAIN). */
export function isMainSponsor(draft: Sponsorship, member: string): boolean {
  return draft.sponsors.includes(member);
}

/** A main sponsor or a co-sponsor. */
export function isSponsor(draft: Sponsorship, member: string): boolean {
  return isMainSponsor(draft, member) || draft.coSponsors.includes(member);
}

/** A member who may take the floor to explain a vote: a voter or an observer such as the EU. */
export function isEntitledToExplainVote(voters: readonly string[], member: string): boolean {
  return voters.includes(member) || GENERAL_ASSEMBLY_OBSERVERS.includes(member);
}

/**
 * A sponsor does not explain its vote on its own proposal (rule 128, content UNCERTAIN); any
 * other voter or observer may, before or after the vote.
 */
export function mayExplainVote(
  draft: Sponsorship,
  voters: readonly string[],
  member: string,
): boolean {
  return isEntitledToExplainVote(voters, member) && !isSponsor(draft, member);
}

const REVISION_SUFFIX = /\/Rev\.(\d+)$/;

/** The revision number a symbol carries: 'A/C.1/74/L.58/Rev.1' → 1, 'A/C.1/63/L.3' → 0. */
export function revisionOf(symbol: string): number {
  const match = REVISION_SUFFIX.exec(symbol);
  return match?.[1] === undefined ? 0 : Number(match[1]);
}

/** The symbol of a given revision: ('A/C.1/63/L.3', 1) → 'A/C.1/63/L.3/Rev.1'. */
export function revisedSymbol(symbol: string, revision: number): string {
  const base = symbol.replace(REVISION_SUFFIX, '');
  return revision === 0 ? base : `${base}/Rev.${revision}`;
}
