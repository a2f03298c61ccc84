import { isCdMember } from '../data/members';
import { actorName, own } from '../state/names';
import type {
  TreatyNegotiationContext,
  TreatyNegotiationEvent,
} from '../procedures/cd/treaty-negotiation.machine';
import { treatyNegotiationMachine } from '../procedures/cd/treaty-negotiation.machine';
import { startProcedure } from '../procedures/step';
import { documentContext, findDocument } from '../state/documents';
import { record } from '../state/record';
import { requireCdTurn, requirePresident, sessionContext } from './cd-session.handlers';
import { stepDocument } from './documents.handlers';
import type { BaseContext, Handler } from './handler';
import { isRejection, live, stepOrRefuse } from './handler';
import type { IntentOf, IntentType } from './intent.schema';
import type { Rejection } from './rejection';
import { rejection } from './rejection';

/**
 * A subsidiary body with a negotiating mandate takes up a draft treaty: its articles become the
 * text under negotiation, and the draft moves from consideration into negotiation.
 */
export function openNegotiation(
  context: BaseContext,
  body: string,
  basis: string,
): Rejection | undefined {
  const entry = findDocument(context.draft, basis);
  if (!entry)
    return rejection(
      'unknown-document',
      `${context.intent.type}: ${basis} is not a document before the Conference`,
    );
  const symbol = documentContext(entry).symbol ?? basis;
  stepDocument(context, entry.id, { type: 'consideration.opened' });
  const opened = stepDocument(context, entry.id, { type: 'negotiation.opened' });
  if (isRejection(opened)) return opened;
  context.draft.cd.negotiations[body] = startProcedure(treatyNegotiationMachine, {
    body,
    basis: symbol,
    members: sessionContext(context.draft).members,
    articles: entry.articles.map(({ number, subject, text }) => ({ number, subject, text })),
  });
  record(context.draft, {
    forum: 'cd',
    actor: context.intent.actor,
    kind: 'negotiation.opened',
    symbol,
    summary: `Negotiations open in ${body} on the basis of ${symbol}.`,
  });
  return undefined;
}

type NegotiationType = Extract<
  IntentType,
  `amendment.${string}` | `text${string}` | 'alternative.dropped' | 'negotiation.resumed'
>;

interface NegotiationRule<TType extends NegotiationType> {
  /** Who may act: any member of the Conference, or the President who chairs the process. */
  readonly by: 'member' | 'president';
  readonly event: (
    intent: IntentOf<TType>,
    negotiation: TreatyNegotiationContext,
  ) => TreatyNegotiationEvent;
  readonly says: (intent: IntentOf<TType>) => string;
}

function negotiationHandler<TType extends NegotiationType>(
  rule: NegotiationRule<TType>,
): Handler<TType> {
  return (context) => {
    const typed = context.intent;
    const intent = context.intent as {
      readonly type: string;
      readonly actor: string;
      readonly body: string;
    };
    const refusal =
      requireCdTurn(context) ??
      (rule.by === 'president' ? requirePresident(context) : requireMember(context));
    if (refusal) return refusal;
    const snapshot = own(context.state.cd.negotiations, intent.body);
    if (!snapshot)
      return rejection(
        'unknown-body',
        `${intent.type}: no subsidiary body ${intent.body} is negotiating a text`,
      );
    const negotiation = snapshot.context as TreatyNegotiationContext;
    const result = stepOrRefuse(
      treatyNegotiationMachine,
      live(context.draft.cd.negotiations[intent.body] ?? snapshot),
      rule.event(typed, negotiation),
      `the negotiation in ${intent.body}`,
    );
    if (isRejection(result)) return result;
    context.draft.cd.negotiations[intent.body] = result.snapshot;
    record(context.draft, {
      forum: 'cd',
      actor: intent.actor,
      kind: intent.type,
      summary: `${rule.says(typed)} (${intent.body}).`,
    });
    for (const announced of result.emitted) {
      if (announced.type === 'text.adopted') {
        const basis = findDocument(context.draft, negotiation.basis);
        if (basis) stepDocument(context, basis.id, { type: 'document.adopted' });
        record(context.draft, {
          forum: 'cd',
          actor: intent.actor,
          kind: 'text.adopted',
          symbol: negotiation.basis,
          summary: `No objection: the treaty text negotiated on ${negotiation.basis} is adopted.`,
        });
      }
      if (announced.type === 'text.blocked') {
        const objectors = (announced.objectors as string[]) ?? [];
        record(context.draft, {
          forum: 'cd',
          actor: intent.actor,
          kind: 'text.blocked',
          symbol: negotiation.basis,
          objectors,
          summary: `No consensus on the text: ${objectors.map(actorName).join(', ')} object.`,
        });
      }
    }
    return undefined;
  };
}

function requireMember(context: BaseContext): Rejection | undefined {
  if (isCdMember(context.intent.actor)) return undefined;
  return rejection(
    'not-a-member',
    `${context.intent.type}: ${actorName(context.intent.actor)} is not a member of the Conference; observers do not negotiate the text`,
  );
}

const name = actorName;

export const amendmentProposed = negotiationHandler<'amendment.proposed'>({
  by: 'member',
  event: (intent, negotiation) => ({
    type: 'amendment.proposed',
    id: `${intent.body}/A${negotiation.amendments.length + 1}`,
    article: intent.article,
    text: intent.text,
    member: intent.actor,
  }),
  says: (intent) => `${name(intent.actor)} proposes an amendment to Article ${intent.article}`,
});
export const amendmentAccepted = negotiationHandler<'amendment.accepted'>({
  by: 'member',
  event: (intent) => ({ type: 'amendment.accepted', id: intent.amendment, member: intent.actor }),
  says: (intent) => `${name(intent.actor)} accepts amendment ${intent.amendment}`,
});
export const amendmentObjected = negotiationHandler<'amendment.objected'>({
  by: 'member',
  event: (intent) => ({ type: 'amendment.objected', id: intent.amendment, member: intent.actor }),
  says: (intent) => `${name(intent.actor)} objects to amendment ${intent.amendment}`,
});
export const amendmentWithdrawn = negotiationHandler<'amendment.withdrawn'>({
  by: 'member',
  event: (intent) => ({ type: 'amendment.withdrawn', id: intent.amendment, member: intent.actor }),
  says: (intent) => `${name(intent.actor)} withdraws amendment ${intent.amendment}`,
});
export const amendmentSettled = negotiationHandler<'amendment.settled'>({
  by: 'president',
  event: (intent) => ({ type: 'amendment.settled', id: intent.amendment }),
  says: (intent) => `The chair settles amendment ${intent.amendment}`,
});
export const alternativeDropped = negotiationHandler<'alternative.dropped'>({
  by: 'member',
  event: (intent) => ({
    type: 'alternative.dropped',
    article: intent.article,
    alternativeId: intent.alternative,
    member: intent.actor,
  }),
  says: (intent) =>
    `${name(intent.actor)} drops a bracketed alternative in Article ${intent.article}`,
});
export const textAdoptionCalled = negotiationHandler<'textAdoption.called'>({
  by: 'president',
  event: () => ({ type: 'adoption.called' }),
  says: () => 'The chair puts the text, free of brackets, to adoption',
});
export const textJoined = negotiationHandler<'text.joined'>({
  by: 'member',
  event: (intent) => ({ type: 'consensus.joined', member: intent.actor }),
  says: (intent) => `${name(intent.actor)} joins the consensus on the text`,
});
export const textObjected = negotiationHandler<'text.objected'>({
  by: 'member',
  event: (intent) => ({ type: 'objection.raised', member: intent.actor }),
  says: (intent) => `${name(intent.actor)} objects to the text`,
});
export const textObjectionWithdrawn = negotiationHandler<'text.objectionWithdrawn'>({
  by: 'member',
  event: (intent) => ({ type: 'objection.withdrawn', member: intent.actor }),
  says: (intent) => `${name(intent.actor)} withdraws its objection to the text`,
});
export const textDecisionCalled = negotiationHandler<'textDecision.called'>({
  by: 'president',
  event: () => ({ type: 'decision.called' }),
  says: () => 'The chair calls for a decision on the text',
});
export const negotiationResumed = negotiationHandler<'negotiation.resumed'>({
  by: 'president',
  event: () => ({ type: 'negotiation.resumed' }),
  says: () => 'Negotiations resume on the text',
});
