import type { IntentInput } from '../../engine';
import { memberName } from '../../engine';

/** A button label for an intent, in the words a delegate would use. */
export function describeIntent(intent: IntentInput): string {
  const on = (reference: string): string => ` — ${reference}`;
  switch (intent.type) {
    case 'turn.ended':
      return 'End the turn';
    case 'plenary.convened':
      return 'Open a plenary meeting';
    case 'plenary.adjourned':
      return 'Adjourn the plenary';
    case 'presidency.rotated':
      return 'Hand the presidency on';
    case 'statement.made':
      return `Speak on ${intent.topic}`;
    case 'decision.proposed':
      return `Propose ${intent.subject === 'subsidiaryBody' ? `a subsidiary body (${intent.body?.mandate ?? ''}${intent.body?.basis ? ` on ${intent.body.basis}` : ''})` : SUBJECTS[intent.subject]}`;
    case 'consensus.joined':
      return `Join the consensus${on(intent.decision)}`;
    case 'consensus.joinedWithDissociation':
      return `Join, dissociating on the record${on(intent.decision)}`;
    case 'objection.raised':
      return `Object${on(intent.decision)}`;
    case 'objection.withdrawn':
      return `Withdraw the objection${on(intent.decision)}`;
    case 'decision.called':
      return `Call for a decision${on(intent.decision)}`;
    case 'document.submitted':
      return `Circulate the draft ${intent.document}`;
    case 'document.tabled':
      return `Table: ${intent.draft.title}`;
    case 'document.shelved':
      return `Set aside ${intent.document}`;
    case 'consideration.opened':
      return `Take up ${intent.document}`;
    case 'draft.tabled':
      return `Table a draft resolution: ${intent.title}`;
    case 'vote.cast':
      return `Vote ${intent.vote}${on(intent.draft)}`;
    case 'consultation.held':
      return `Consult ${intent.with.map(memberName).join(', ')} privately`;
    default:
      return `${intent.type.replace('.', ' ')}${'draft' in intent && typeof intent.draft === 'string' ? on(intent.draft) : ''}${'body' in intent && typeof intent.body === 'string' ? on(intent.body) : ''}`;
  }
}

const SUBJECTS = {
  agenda: 'the agenda',
  programmeOfWork: 'a programme of work',
  implementation: 'the implementing decision',
  annualReport: 'the annual report',
  subsidiaryBody: 'a subsidiary body',
} as const;
