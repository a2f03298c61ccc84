import type { IntentInput, SeatId } from '../../engine/index';
import type { ResolutionKind, Vote } from '../voting/index';
import type { Attitudes, Personality } from './personalities';
import { PERSONALITIES, valueIn } from './personalities';
import type { DecisionReading, DraftReading, Readable } from './read-view';
import {
  amendments,
  decision,
  documentOf,
  documents,
  draft,
  drafts,
  isCode,
  isPpwt,
  madeThisTurn,
  yearOf,
} from './read-view';

/**
 * How much a delegation's character, as the record shows it, wants one move now: a number
 * around -2 (against everything it stands for) to +2 (what it came to do). Costs, standing and
 * objectives are weighed elsewhere (the standard and hard bots); this is the personality alone,
 * and the whole of what the easy bot looks at.
 */
export function appraise(view: Readable, seat: SeatId, intent: IntentInput): number {
  return appraiserFor(view, seat).appraise(intent);
}

/** The personality of a seat reading one view or state: its supports, votes and appraisals. */
export function appraiserFor(view: Readable, seat: SeatId): Appraiser {
  return new Appraiser(view, seat, PERSONALITIES[seat]);
}

/** Positions on a consensus call, from full support (1) to a block (-1). */
const CONSENSUS_POSITION = { join: 1, dissociate: 0, object: -1 } as const;
/** Blocking consensus is rare and costly in the CD: the record shows few blocks. */
const BLOCKING_RELUCTANCE = 0.25;

export class Appraiser {
  private readonly year: number;

  constructor(
    private readonly view: Readable,
    private readonly seat: SeatId,
    private readonly personality: Personality,
  ) {
    this.year = yearOf(view);
  }

  attitude(name: keyof Attitudes): number {
    return valueIn(this.personality.attitudes[name], this.year, 0);
  }

  /** The vote this delegation casts on a kind of text this year. */
  usualVote(kind: ResolutionKind | 'OTHER'): Vote {
    if (kind === 'OTHER') return 'abstain';
    return valueIn(this.personality.votes[kind], this.year, 'abstain');
  }

  sponsors(kind: ResolutionKind | 'OTHER'): boolean {
    return (
      kind !== 'OTHER' &&
      valueIn(this.personality.sponsors, this.year, [] as readonly ResolutionKind[]).includes(kind)
    );
  }

  coSponsors(kind: ResolutionKind | 'OTHER'): boolean {
    return (
      kind !== 'OTHER' &&
      valueIn(this.personality.coSponsors, this.year, [] as readonly ResolutionKind[]).includes(
        kind,
      )
    );
  }

  partners(): readonly SeatId[] {
    return this.personality.partners.value;
  }

  /** How much the delegation supports a text of this kind: +1 yes, -1 no. */
  textSupport(kind: ResolutionKind | 'OTHER'): number {
    if (this.sponsors(kind)) return 1.5;
    const vote = this.usualVote(kind);
    return vote === 'yes' ? (this.coSponsors(kind) ? 1.2 : 0.8) : vote === 'no' ? -1 : -0.3;
  }

  /** How much it wants a CD decision adopted, from -1 to +1. */
  decisionSupport(reading: DecisionReading | null): number {
    if (reading === null) return 0;
    switch (reading.subject) {
      case 'subsidiaryBody': {
        if (reading.body?.mandate !== 'negotiate') return this.attitude('discussionMandate');
        const mandate = this.attitude('negotiatingMandate');
        const basis = reading.body.basis;
        return basis && isPpwt(documentOf(this.view, basis))
          ? (mandate + this.attitude('ppwt')) / 2
          : mandate;
      }
      case 'treatyText':
        return this.attitude('ppwt');
      case 'programmeOfWork':
      case 'implementation':
        return 0.3 + 0.2 * this.attitude('discussionMandate');
      case 'ggeReport':
        return 0.4;
      default:
        return 0.6;
    }
  }

  /** A consensus position scored by how close it is to what the delegation wants. */
  consensusValue(support: number, position: number): number {
    const blocking = position < 0 ? BLOCKING_RELUCTANCE : 0;
    return 1 - 1.2 * Math.abs(support - position) - blocking;
  }

  appraise(intent: IntentInput): number {
    switch (intent.type) {
      case 'statement.made':
        return this.statementValue();
      case 'consultation.held':
        return this.consultationValue(intent.with);
      case 'decision.proposed':
        return this.proposalValue(intent);
      case 'consensus.joined':
        return this.consensusValue(
          this.decisionSupport(decision(this.view, intent.decision)),
          CONSENSUS_POSITION.join,
        );
      case 'consensus.joinedWithDissociation':
        return this.consensusValue(
          this.decisionSupport(decision(this.view, intent.decision)),
          CONSENSUS_POSITION.dissociate,
        );
      case 'objection.raised':
        return this.consensusValue(
          this.decisionSupport(decision(this.view, intent.decision)),
          CONSENSUS_POSITION.object,
        );
      case 'objection.withdrawn':
        return this.decisionSupport(decision(this.view, intent.decision)) + 0.2;
      case 'decision.called':
        return this.callValue(decision(this.view, intent.decision));
      case 'proposal.withdrawn':
        return -this.decisionSupport(decision(this.view, intent.decision)) - 0.3;
      case 'plenary.convened':
        return 0.4;
      case 'plenary.adjourned':
        return 0;
      case 'presidency.rotated':
        return -0.2;
      case 'document.submitted':
        return this.ownDocumentValue(intent.document);
      case 'document.shelved':
        return -this.ownDocumentValue(intent.document) - 0.5;
      case 'document.tabled':
      case 'document.drafted':
        return this.responseValue(intent.draft.respondsTo ?? []);
      case 'document.revised':
        return 0.1;
      case 'consideration.opened':
        return isPpwt(documentOf(this.view, intent.document)) ? this.attitude('ppwt') : 0.1;
      case 'amendment.proposed':
        return this.amendmentProposalValue(intent.body);
      case 'amendment.accepted':
        return this.amendmentValue(intent.body, intent.amendment);
      case 'amendment.objected':
        return -this.amendmentValue(intent.body, intent.amendment) - 0.2;
      case 'amendment.withdrawn':
      case 'alternative.dropped':
        return -0.5;
      case 'amendment.settled':
        return 0.1;
      case 'text.joined':
      case 'textAdoption.called':
      case 'textDecision.called':
        return this.attitude('ppwt');
      case 'text.objected':
        return -this.attitude('ppwt') - BLOCKING_RELUCTANCE;
      case 'text.objectionWithdrawn':
        return this.attitude('ppwt') + 0.2;
      case 'negotiation.resumed':
        return 0;
      case 'draft.tabled':
        return this.tablingValue(intent.kind);
      case 'coSponsor.added':
        return this.coSponsorValue(draft(this.view, intent.draft));
      case 'draft.introduced':
        return 1.2;
      case 'draft.revised':
        return this.revisionValue(draft(this.view, intent.draft));
      case 'draft.withdrawn':
        return -1.5;
      case 'vote.requested':
        return this.voteRequestValue(draft(this.view, intent.draft));
      case 'paragraphVote.requested':
        return this.paragraphVoteValue(draft(this.view, intent.draft));
      case 'vote.explained':
        return this.explanationValue(draft(this.view, intent.draft), intent.when);
      case 'vote.cast':
        return this.ballotValue(draft(this.view, intent.draft), intent.vote);
      case 'gge.joined':
        return 0.5;
      case 'gge.objected':
        return -0.6;
      case 'gge.objectionWithdrawn':
        return 0.2;
      default:
        return this.outsideTheChamberValue(intent);
    }
  }

  /** Consulting partners and the groups a delegation courts; the EU most of all (the Code). */
  consultationValue(partners: readonly string[]): number {
    const already = madeThisTurn(this.view, this.seat, 'consultation.held');
    const courts = this.seat === 'EU' ? 0.3 : 0;
    const withPartner = partners.some((partner) => this.isPartner(partner)) ? 0.1 : 0;
    return 0.1 + courts + withPartner - 0.5 * already;
  }

  statementValue(): number {
    const already = madeThisTurn(this.view, this.seat, 'statement.made');
    const events = this.view.record.filter(
      (entry) => entry.turn === this.view.turn && entry.kind === 'event.occurred',
    ).length;
    return 0.15 + 0.3 * Math.min(events, 1) - 0.6 * already;
  }

  proposalValue(intent: Extract<IntentInput, { type: 'decision.proposed' }>): number {
    const support = this.decisionSupport({
      id: '',
      subject: intent.subject,
      proposedBy: this.seat,
      document: intent.document ?? null,
      body: intent.body ?? null,
      joined: [],
      objections: [],
      dissociations: [],
      active: true,
      status: 'consultations',
    });
    const pending = this.view.cd.decisionOrder.filter((id) => {
      const reading = decision(this.view, id);
      return reading?.active === true && reading.subject === intent.subject;
    }).length;
    return support - 0.4 - 1.5 * pending;
  }

  callValue(reading: DecisionReading | null): number {
    if (reading === null) return 0;
    const support = this.decisionSupport(reading);
    // Calling a decision that will be blocked only records the block.
    return reading.objections.length > 0 ? Math.min(support, 0) - 0.2 : support;
  }

  ownDocumentValue(id: string): number {
    const document = documentOf(this.view, id);
    if (document === null) return 0;
    if (isPpwt(document)) return Math.max(0.5, this.attitude('ppwt'));
    if (isCode(document)) return Math.max(0.5, this.attitude('codeOfConduct'));
    if (document.kind === 'comments' || document.kind === 'answers')
      return 0.4 + 0.6 * this.attitude('writtenResponses');
    return 0.5;
  }

  /** Written comments on other delegations' drafts. */
  responseValue(respondsTo: readonly string[]): number {
    const already = documents(this.view).filter(
      (document) =>
        document.authors.includes(this.seat) &&
        document.respondsTo.some((target) => respondsTo.includes(target)),
    ).length;
    const target = respondsTo[0] === undefined ? null : documentOf(this.view, respondsTo[0]);
    const critique = isPpwt(target)
      ? 0.5 * Math.max(0, -this.attitude('ppwt')) + 0.3 * Math.max(0, this.attitude('verification'))
      : 0;
    return 0.6 * this.attitude('writtenResponses') + critique - 1.2 * already;
  }

  amendmentProposalValue(body: string): number {
    const mine = amendments(this.view, body).filter(
      (amendment) => amendment.proposedBy === this.seat,
    ).length;
    return 0.1 + 0.4 * Math.max(0, this.attitude('verification')) - 0.5 * mine;
  }

  amendmentValue(body: string, id: string): number {
    const amendment = amendments(this.view, body).find((entry) => entry.id === id);
    if (amendment === undefined) return 0;
    if (amendment.proposedBy === this.seat) return 0.8;
    if ((this.partners() as readonly string[]).includes(amendment.proposedBy)) return 0.6;
    return -0.2;
  }

  tablingValue(kind: ResolutionKind | 'OTHER'): number {
    const session = drafts(this.view).filter((reading) => reading.kind === kind);
    if (session.length > 0) return -1.5;
    if (this.sponsors(kind)) return 1.6;
    if (this.coSponsors(kind)) return 0.1;
    return -1.2;
  }

  coSponsorValue(reading: DraftReading | null): number {
    if (reading === null) return 0;
    const fromPartner = reading.sponsors.some((sponsor) =>
      (this.partners() as readonly string[]).includes(sponsor),
    );
    if (this.sponsors(reading.kind) || this.coSponsors(reading.kind))
      return 1 + (fromPartner ? 0.3 : 0);
    return this.usualVote(reading.kind) === 'yes' ? 0.1 : -1.2;
  }

  revisionValue(reading: DraftReading | null): number {
    if (reading === null) return 0;
    const mine = reading.sponsors.includes(this.seat);
    return mine ? 0.1 - 0.4 * (madeThisTurn(this.view, this.seat, 'draft.revised') + 1) : -0.5;
  }

  voteRequestValue(reading: DraftReading | null): number {
    if (reading === null) return 0;
    if (reading.voteRequests.length > 0) return -0.4;
    const vote = this.usualVote(reading.kind);
    const requests = valueIn(
      this.personality.requestsRecordedVote,
      this.year,
      [] as readonly ResolutionKind[],
    );
    if (reading.kind !== 'OTHER' && requests.includes(reading.kind)) return 1;
    return vote === 'no' ? 0.3 : -0.3;
  }

  paragraphVoteValue(reading: DraftReading | null): number {
    if (reading === null) return 0;
    return this.usualVote(reading.kind) === 'no' ? 0 : -0.6;
  }

  explanationValue(reading: DraftReading | null, when: 'before' | 'after'): number {
    if (reading === null) return 0;
    const explained = reading.explanations.some(
      (explanation) => explanation.member === this.seat && explanation.stage === reading.stage,
    );
    if (explained) return -0.8;
    const vote = this.usualVote(reading.kind);
    const reason = vote === 'yes' ? 0.1 : 0.3;
    return this.personality.explainsVotes.value * 0.8 + reason - (when === 'after' ? 0.1 : 0) - 0.2;
  }

  ballotValue(reading: DraftReading | null, ballot: Vote): number {
    if (reading === null) return 0;
    const sponsor = reading.sponsors.includes(this.seat) || reading.coSponsors.includes(this.seat);
    const wanted: Vote = sponsor ? 'yes' : this.usualVote(reading.kind);
    if (ballot === wanted) return 2;
    if (ballot === 'abstain' || wanted === 'abstain') return -0.5;
    return -2;
  }

  /** Actions outside the chamber: anti-satellite tests, moratoria, launches, joint statements. */
  outsideTheChamberValue(intent: IntentInput): number {
    switch (intent.type) {
      case 'asatTest.conducted':
        // Debris and alarm everywhere: even the delegations that have tested do it rarely.
        return this.attitude('asatTests') - (intent.destructive ? 1.6 : 0.6);
      case 'moratorium.declared':
        return this.attitude('testMoratorium') - 0.2;
      case 'launch.conducted':
        return intent.purpose === 'civil' ? -0.1 : -0.4;
      case 'jointStatement.proposed': {
        const pending = this.view.jointStatements.some(
          (statement) => statement.proposer === this.seat && statement.status === 'proposed',
        );
        return pending ? -1 : this.isPartner(intent.with) ? 0.5 : -0.2;
      }
      case 'jointStatement.agreed':
        return this.statementFrom(intent.statement, 0.9, 0.2);
      case 'jointStatement.declined':
        return this.statementFrom(intent.statement, -0.8, -0.1);
      default:
        return 0;
    }
  }

  isPartner(actor: string): boolean {
    return (this.partners() as readonly string[]).includes(actor);
  }

  /** A value for answering a joint statement, by whether a partner proposed it. */
  statementFrom(id: string, fromPartner: number, fromOther: number): number {
    const statement = this.view.jointStatements.find((entry) => entry.id === id);
    return statement !== undefined && this.isPartner(statement.proposer) ? fromPartner : fromOther;
  }
}
