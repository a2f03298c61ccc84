import * as cd from './cd-session.handlers';
import * as decisions from './decisions.handlers';
import * as documents from './documents.handlers';
import * as gge from './gge.handlers';
import type { HandlerTable } from './handler';
import * as negotiation from './negotiation.handlers';
import * as space from './space.handlers';
import * as turn from './turn.handlers';
import * as unga from './unga.handlers';

/** Every intent type and the handler that checks and applies it. */
export const handlers: HandlerTable = {
  'turn.ended': turn.turnEnded,
  'date.advanced': turn.dateAdvanced,
  'seat.controlled': turn.seatControlled,
  'instruction.sent': turn.instructionSent,
  'consultation.held': turn.consultationHeld,

  'plenary.convened': cd.plenaryConvened,
  'plenary.adjourned': cd.plenaryAdjourned,
  'presidency.rotated': cd.presidencyRotated,
  'statement.made': cd.statementMade,

  'decision.proposed': decisions.decisionProposed,
  'consensus.joined': decisions.consensusJoined,
  'consensus.joinedWithDissociation': decisions.consensusJoinedWithDissociation,
  'objection.raised': decisions.objectionRaised,
  'objection.withdrawn': decisions.objectionWithdrawn,
  'decision.called': decisions.decisionCalled,
  'proposal.withdrawn': decisions.proposalWithdrawn,

  'document.drafted': documents.documentDrafted,
  'document.submitted': documents.documentSubmitted,
  'document.tabled': documents.documentTabled,
  'document.revised': documents.documentRevised,
  'document.shelved': documents.documentShelved,
  'consideration.opened': documents.considerationOpened,

  'amendment.proposed': negotiation.amendmentProposed,
  'amendment.accepted': negotiation.amendmentAccepted,
  'amendment.objected': negotiation.amendmentObjected,
  'amendment.withdrawn': negotiation.amendmentWithdrawn,
  'amendment.settled': negotiation.amendmentSettled,
  'alternative.dropped': negotiation.alternativeDropped,
  'textAdoption.called': negotiation.textAdoptionCalled,
  'text.joined': negotiation.textJoined,
  'text.objected': negotiation.textObjected,
  'text.objectionWithdrawn': negotiation.textObjectionWithdrawn,
  'textDecision.called': negotiation.textDecisionCalled,
  'negotiation.resumed': negotiation.negotiationResumed,

  'draft.tabled': unga.draftTabled,
  'coSponsor.added': unga.coSponsorAdded,
  'draft.introduced': unga.draftIntroduced,
  'draft.revised': unga.draftRevised,
  'draft.withdrawn': unga.draftWithdrawn,
  'action.opened': unga.actionOpened,
  'vote.requested': unga.voteRequested,
  'paragraphVote.requested': unga.paragraphVoteRequested,
  'vote.explained': unga.voteExplained,
  'adoption.withoutVote': unga.adoptionWithoutVote,
  'voting.opened': unga.votingOpened,
  'vote.cast': unga.voteCast,
  'rollCall.recorded': unga.rollCallRecorded,
  'voting.closed': unga.votingClosed,
  'stage.closed': unga.stageClosed,
  'plenary.opened': unga.plenaryOpened,

  'gge.established': gge.ggeEstablished,
  'gge.sessionOpened': gge.ggeSessionOpened,
  'gge.sessionClosed': gge.ggeSessionClosed,
  'gge.reportDrafted': gge.ggeReportDrafted,
  'gge.joined': gge.ggeJoined,
  'gge.objected': gge.ggeObjected,
  'gge.objectionWithdrawn': gge.ggeObjectionWithdrawn,
  'gge.decisionCalled': gge.ggeDecisionCalled,
  'gge.concluded': gge.ggeConcluded,

  'asatTest.conducted': space.asatTestConducted,
  'moratorium.declared': space.moratoriumDeclared,
  'launch.conducted': space.launchConducted,
  'jointStatement.proposed': space.jointStatementProposed,
  'jointStatement.agreed': space.jointStatementAgreed,
  'jointStatement.declined': space.jointStatementDeclined,
};
