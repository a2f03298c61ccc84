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

/** Positions in a round of consultations: who has joined the consensus, who objects. */
export interface ConsultationRound {
  readonly joined: readonly string[];
  readonly objections: readonly string[];
}

function withoutMember(list: readonly string[], member: string): string[] {
  return list.filter((entry) => entry !== member);
}

/** Joining the consensus takes back any objection the member had raised. */
export function joinConsensus(
  round: ConsultationRound,
  member: string,
): { joined: string[]; objections: string[] } {
  return {
    joined: [...withoutMember(round.joined, member), member],
    objections: withoutMember(round.objections, member),
  };
}

/** A formal objection replaces any earlier joining. */
export function raiseObjection(
  round: ConsultationRound,
  member: string,
): { joined: string[]; objections: string[] } {
  return {
    joined: withoutMember(round.joined, member),
    objections: [...withoutMember(round.objections, member), member],
  };
}

/** Withdrawing an objection leaves the member silent, which counts as not blocking. */
export function withdrawObjection(
  round: ConsultationRound,
  member: string,
): { joined: string[]; objections: string[] } {
  return { joined: [...round.joined], objections: withoutMember(round.objections, member) };
}
