/**
 * Consensus as the Conference on Disarmament practises it: a decision stands when no member
 * formally objects. Silence counts as joining; a member may join while dissociating itself.
 *
 * @see CD rules of procedure CD/8/Rev.9, rule 18 (number UNCERTAIN in the record; practice VERIFIED:
 *   "consensus is the absence of formal objection", CD president Lomonaco, February 2015)
 */
export interface ConsensusPositions {
  readonly members: readonly string[];
  readonly objections: readonly string[];
}

/** Only a member of the body may block it; an observer (such as the EU at the CD) may not. */
export function isMemberOfBody(
  body: { readonly members: readonly string[] },
  actor: string,
): boolean {
  return body.members.includes(actor);
}

export function isObjectionRaised(positions: ConsensusPositions): boolean {
  return positions.objections.length > 0;
}

export function hasConsensus(positions: ConsensusPositions): boolean {
  return !isObjectionRaised(positions);
}
