import type { IntentInput } from '../../../../engine/index';
import { tv } from './views-i18n';

/**
 * A button label for one of the moves the engine offers, in the screens' language. Only the
 * moves the play screens offer in place are named here; the shell's actions panel names all.
 */
export function actionLabel(intent: IntentInput): string {
  const target = (value: unknown): string => (typeof value === 'string' ? value : '');
  switch (intent.type) {
    case 'consensus.joined':
    case 'consensus.joinedWithDissociation':
    case 'objection.raised':
    case 'objection.withdrawn':
    case 'decision.called':
    case 'proposal.withdrawn':
      return tv(`actions.${intent.type}`, { target: intent.decision });
    case 'amendment.accepted':
    case 'amendment.objected':
    case 'amendment.withdrawn':
    case 'amendment.settled':
      return tv(`actions.${intent.type}`, { target: intent.amendment });
    case 'alternative.dropped':
      return tv('actions.alternative.dropped', {
        target: intent.alternative,
        article: intent.article,
      });
    case 'textAdoption.called':
    case 'text.joined':
    case 'text.objected':
    case 'text.objectionWithdrawn':
    case 'textDecision.called':
    case 'negotiation.resumed':
      return tv(`actions.${intent.type}`, { target: intent.body });
    case 'vote.cast':
      return tv(`actions.vote.${intent.vote}`, { target: intent.draft });
    case 'vote.requested':
    case 'voting.opened':
    case 'voting.closed':
    case 'adoption.withoutVote':
    case 'coSponsor.added':
      return tv(`actions.${intent.type}`, { target: intent.draft });
    case 'consideration.opened':
      return tv('actions.consideration.opened', { target: intent.document });
    default:
      return `${intent.type} ${target((intent as { draft?: unknown }).draft)}`.trim();
  }
}

/** The moves that concern one decision, draft, body or document: those offered in place. */
export function actionsAbout(
  actions: readonly IntentInput[],
  about: (intent: IntentInput) => boolean,
): IntentInput[] {
  return actions.filter(about);
}
