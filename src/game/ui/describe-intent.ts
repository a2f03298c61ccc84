import type { TFunction } from 'i18next';
import type { IntentInput } from '../../engine/index';
import { memberName } from '../../engine/index';

/** A button label for an intent, in the words a delegate would use, in the chosen language. */
export function describeIntent(t: TFunction, intent: IntentInput): string {
  const key = `intent.${intent.type}`;
  switch (intent.type) {
    case 'statement.made':
      return t(key, { topic: intent.topic });
    case 'decision.proposed':
      return t(key, {
        subject:
          intent.subject === 'subsidiaryBody' && intent.body
            ? t(`subject.body.${intent.body.mandate}`, { basis: intent.body.basis ?? '' })
            : t(`subject.${intent.subject}`),
      });
    case 'consensus.joined':
    case 'consensus.joinedWithDissociation':
    case 'objection.raised':
    case 'objection.withdrawn':
    case 'decision.called':
    case 'proposal.withdrawn':
      return t(key, { decision: intent.decision });
    case 'document.submitted':
    case 'document.shelved':
    case 'consideration.opened':
    case 'document.revised':
      return t(key, { document: intent.document });
    case 'document.tabled':
    case 'document.drafted':
      return t(key, { title: intent.draft.title });
    case 'draft.tabled':
      return t(key, { title: intent.title });
    case 'vote.cast':
      return t(key, { draft: intent.draft, vote: t(`vote.${intent.vote}`) });
    case 'vote.explained':
      return t(key, { draft: intent.draft, when: t(`when.${intent.when}`) });
    case 'paragraphVote.requested':
      return t(key, { draft: intent.draft, paragraph: intent.paragraph });
    case 'consultation.held':
      return t(key, { with: intent.with.map(memberName).join(', ') });
    case 'amendment.proposed':
    case 'alternative.dropped':
      return t(key, { body: intent.body, article: intent.article });
    case 'amendment.accepted':
    case 'amendment.objected':
    case 'amendment.withdrawn':
    case 'amendment.settled':
      return t(key, { body: intent.body, amendment: intent.amendment });
    default: {
      const reference = referenceOf(intent);
      return t(key, { defaultValue: intent.type, reference });
    }
  }
}

/** Which family an intent belongs to: the actions panel groups its buttons by it. */
export type ActionFamily =
  'procedure' | 'documents' | 'consensus' | 'negotiation' | 'unga' | 'votes' | 'other';

export function familyOf(intent: IntentInput): ActionFamily {
  const type = intent.type;
  if (type === 'vote.cast' || type === 'vote.explained' || type.startsWith('vote')) return 'votes';
  if (
    type.startsWith('consensus') ||
    type.startsWith('objection') ||
    type.startsWith('decision') ||
    type === 'proposal.withdrawn'
  )
    return 'consensus';
  if (type.startsWith('document') || type === 'consideration.opened') return 'documents';
  if (
    type.startsWith('amendment') ||
    type.startsWith('text') ||
    type.startsWith('alternative') ||
    type.startsWith('negotiation')
  )
    return 'negotiation';
  if (
    type.startsWith('draft') ||
    type.startsWith('coSponsor') ||
    type.startsWith('action') ||
    type.startsWith('voting') ||
    type.startsWith('paragraphVote') ||
    type.startsWith('adoption') ||
    type.startsWith('plenary.opened') ||
    type.startsWith('stage')
  )
    return 'unga';
  if (
    type.startsWith('plenary') ||
    type.startsWith('presidency') ||
    type.startsWith('statement') ||
    type.startsWith('consultation')
  )
    return 'procedure';
  return 'other';
}

function referenceOf(intent: IntentInput): string {
  for (const field of ['draft', 'body', 'gge', 'document', 'decision'] as const) {
    const value = (intent as Record<string, unknown>)[field];
    if (typeof value === 'string') return value;
  }
  return '';
}
