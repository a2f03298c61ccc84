import { isCdMember } from '../data/members';
import { actorName, own } from '../state/names';
import type {
  ConsensusDecisionContext,
  ConsensusDecisionEvent,
} from '../procedures/cd/consensus-decision.machine';
import { consensusDecisionMachine } from '../procedures/cd/consensus-decision.machine';
import type { Draft } from 'immer';
import { startProcedure, stepProcedure } from '../procedures/step';
import type { GameState } from '../state/game-state';
import { documentContext, findDocument } from '../state/documents';
import { record } from '../state/record';
import {
  isCdInPlenary,
  presidentNow,
  requireCdTurn,
  requirePresident,
  sessionContext,
  stepSession,
} from './cd-session.handlers';
import type { BaseContext, Handler } from './handler';
import { isRejection, live, stepOrRefuse } from './handler';
import { openNegotiation } from './negotiation.handlers';
import type { IntentOf } from './intent.schema';
import type { Rejection } from './rejection';
import { rejection } from './rejection';
import { allocateCdSymbol, checkWantedSymbol } from './symbols';

const SUBJECT_NAMES = {
  agenda: 'the agenda',
  programmeOfWork: 'a programme of work',
  subsidiaryBody: 'a subsidiary body',
  annualReport: 'the annual report',
  implementation: 'the decision implementing the programme of work',
  treatyText: 'the treaty text',
  ggeReport: 'the GGE report',
} as const;

/**
 * Proposals still under consultation lapse when the annual session ends: nothing carries over
 * to the next year (RECORD.md 3.5, the programme of work must be agreed every year).
 */
export function lapseOpenProposals(draft: Draft<GameState>, before: GameState): void {
  for (const id of before.cd.decisionOrder) {
    const snapshot = own(before.cd.decisions, id);
    if (snapshot?.status !== 'active') continue;
    draft.cd.decisions[id] = stepProcedure(consensusDecisionMachine, snapshot, {
      type: 'proposal.withdrawn',
    }).snapshot;
    record(draft, {
      forum: 'cd',
      actor: 'host',
      kind: 'proposal.lapsed',
      ref: id,
      summary: `The proposal ${id} lapses with the end of the session.`,
    });
  }
}

export function decisionContext(context: BaseContext, id: string): ConsensusDecisionContext | null {
  const decision = own(context.state.cd.decisions, id);
  return decision ? (decision.context as ConsensusDecisionContext) : null;
}

export const decisionProposed: Handler<'decision.proposed'> = (context) => {
  const refusal = requireCdTurn(context) ?? requirePresident(context);
  if (refusal) return refusal;
  const { subject, document, body } = context.intent;
  const session = sessionContext(context.state);
  const settled = alreadySettled(subject, session);
  if (settled) return rejection('procedure-refused', `decision.proposed: ${settled}`);
  if (subject === 'programmeOfWork' && !session.agendaAdopted) {
    return rejection(
      'no-agenda',
      'decision.proposed: a programme of work is established on the basis of an adopted agenda (rule 28)',
    );
  }
  if (
    (subject === 'subsidiaryBody' || subject === 'implementation') &&
    session.programmeOfWork === null
  ) {
    return rejection(
      'no-programme-of-work',
      `decision.proposed: no ${subject === 'subsidiaryBody' ? 'subsidiary body' : 'implementing decision'} without an adopted programme of work`,
    );
  }
  if (subject === 'subsidiaryBody' && body === undefined) {
    return rejection(
      'malformed-intent',
      'decision.proposed: a subsidiary body needs its terms (body: id, agendaItem, mandate)',
    );
  }
  const basis = body?.basis === undefined ? undefined : findDocument(context.state, body.basis);
  if (
    body?.basis !== undefined &&
    (basis === undefined || documentContext(basis).symbol === null)
  ) {
    return rejection(
      'unknown-document',
      `decision.proposed: ${body.basis} is not a document circulated to the Conference`,
    );
  }
  const prefix = `CD-D/${session.year}/`;
  const id = `${prefix}${context.state.cd.decisionOrder.filter((known) => known.startsWith(prefix)).length + 1}`;
  const started = startProcedure(consensusDecisionMachine, {
    id,
    subject,
    proposedBy: context.intent.actor,
    members: session.members,
    ...(document === undefined ? {} : { document }),
    ...(body === undefined
      ? {}
      : { body: basis ? { ...body, basis: documentContext(basis).symbol ?? body.basis } : body }),
  });
  const opened = stepProcedure(consensusDecisionMachine, started, { type: 'consultations.opened' });
  context.draft.cd.decisions[id] = opened.snapshot;
  context.draft.cd.decisionOrder.push(id);
  record(context.draft, {
    forum: 'cd',
    actor: context.intent.actor,
    kind: 'decision.proposed',
    ref: id,
    symbol: document,
    summary: `The President puts forward ${SUBJECT_NAMES[subject]}${document ? ` (${document})` : ''}${body ? ` — ${body.id}, agenda item ${body.agendaItem}, to ${body.mandate}` : ''}; consultations open (${id}).`,
  });
  return undefined;
};

type PositionType =
  | 'consensus.joined'
  | 'consensus.joinedWithDissociation'
  | 'objection.raised'
  | 'objection.withdrawn';

function positionHandler<TType extends PositionType>(
  describe: (member: string) => string,
  toEvent: (intent: IntentOf<PositionType>) => ConsensusDecisionEvent,
): Handler<TType> {
  return (context) => {
    const refusal = requireCdTurn(context);
    if (refusal) return refusal;
    const intent = context.intent as IntentOf<PositionType>;
    const { actor, decision } = intent;
    if (!isCdMember(actor)) {
      return rejection(
        'not-a-member',
        `${intent.type}: ${actorName(actor)} is not a member of the Conference on Disarmament; an observer may speak but cannot join or block a consensus`,
      );
    }
    const found = stepDecision(context, decision, toEvent(intent));
    if (isRejection(found)) return found;
    record(context.draft, {
      forum: 'cd',
      actor,
      kind: intent.type,
      ref: decision,
      summary: `${describe(actorName(actor))} (${decision}).`,
    });
    return undefined;
  };
}

export const consensusJoined = positionHandler<'consensus.joined'>(
  (member) => `${member} joins the consensus`,
  (intent) => ({ type: 'consensus.joined', member: intent.actor }),
);
export const consensusJoinedWithDissociation = positionHandler<'consensus.joinedWithDissociation'>(
  (member) => `${member} does not block the decision but dissociates itself from it on the record`,
  (intent) => ({
    type: 'consensus.joinedWithDissociation',
    member: intent.actor,
    statement: 'statement' in intent ? intent.statement : '',
  }),
);
export const objectionRaised = positionHandler<'objection.raised'>(
  (member) => `${member} objects: there is no consensus while it does`,
  (intent) => ({ type: 'objection.raised', member: intent.actor }),
);
export const objectionWithdrawn = positionHandler<'objection.withdrawn'>(
  (member) => `${member} withdraws its objection`,
  (intent) => ({ type: 'objection.withdrawn', member: intent.actor }),
);

export const decisionCalled: Handler<'decision.called'> = (context) => {
  const refusal = requireCdTurn(context) ?? requirePresident(context);
  if (refusal) return refusal;
  if (!isCdInPlenary(context.state)) {
    return rejection(
      'not-in-plenary',
      'decision.called: the Conference takes decisions in a formal plenary meeting',
    );
  }
  const id = context.intent.decision;
  const wanted = context.intent.symbol;
  const badSymbol = checkWantedSymbol(context.state, wanted, 'decision.called');
  if (badSymbol) return badSymbol;
  const result = stepDecision(context, id, { type: 'decision.called' });
  if (isRejection(result)) return result;
  const decided = result.snapshot.context as ConsensusDecisionContext;
  for (const announced of result.emitted) {
    if (announced.type === 'decision.adopted') {
      const issued =
        wanted === undefined
          ? decided
          : { ...decided, document: allocateCdSymbol(context.draft, wanted) };
      const dissociated = decided.dissociations.map((entry) => actorName(entry.member));
      record(context.draft, {
        forum: 'cd',
        actor: context.intent.actor,
        kind: 'decision.adopted',
        ref: id,
        symbol: issued.document ?? undefined,
        summary: `No objection: the Conference adopts ${SUBJECT_NAMES[decided.subject]}${issued.document ? ` (${issued.document})` : ''}${dissociated.length ? `; ${dissociated.join(', ')} ${dissociated.length === 1 ? 'dissociates itself' : 'dissociate themselves'} on the record` : ''}.`,
      });
      const effect = giveEffect(context, issued);
      if (effect) return effect;
    }
    if (announced.type === 'decision.blocked') {
      record(context.draft, {
        forum: 'cd',
        actor: context.intent.actor,
        kind: 'decision.blocked',
        ref: id,
        objectors: decided.objections,
        summary: `No consensus on ${SUBJECT_NAMES[decided.subject]}: ${decided.objections.map(actorName).join(', ')} object${decided.objections.length === 1 ? 's' : ''}.`,
      });
    }
  }
  return undefined;
};

export const proposalWithdrawn: Handler<'proposal.withdrawn'> = (context) => {
  const refusal = requireCdTurn(context);
  if (refusal) return refusal;
  const proposal = decisionContext(context, context.intent.decision);
  if (
    proposal &&
    proposal.proposedBy !== context.intent.actor &&
    presidentNow(context.state) !== context.intent.actor
  ) {
    return rejection(
      'not-the-president',
      'proposal.withdrawn: only the President, or the member that proposed it, may withdraw a proposal',
    );
  }
  const result = stepDecision(context, context.intent.decision, { type: 'proposal.withdrawn' });
  if (isRejection(result)) return result;
  record(context.draft, {
    forum: 'cd',
    actor: context.intent.actor,
    kind: 'proposal.withdrawn',
    ref: context.intent.decision,
    summary: `The proposal ${context.intent.decision} is withdrawn.`,
  });
  return undefined;
};

/** Why a proposal on this subject could never be adopted this year, or null. */
function alreadySettled(
  subject: string,
  session: ReturnType<typeof sessionContext>,
): string | null {
  if (subject === 'agenda' && session.agendaAdopted)
    return `the agenda of ${session.year} is already adopted`;
  if (subject === 'programmeOfWork' && session.programmeOfWork)
    return `the Conference already has its programme of work for ${session.year}`;
  if (subject === 'implementation' && session.programmeOfWork?.implemented)
    return 'the programme of work is already being implemented';
  if (subject === 'annualReport' && session.reportAdopted)
    return `the report of ${session.year} is already adopted`;
  return null;
}

function stepDecision(context: BaseContext, id: string, event: ConsensusDecisionEvent) {
  const decision = own(context.state.cd.decisions, id);
  if (!decision)
    return rejection(
      'unknown-decision',
      `${event.type}: there is no proposal ${id} before the Conference`,
    );
  const result = stepOrRefuse(
    consensusDecisionMachine,
    live(context.draft.cd.decisions[id] ?? decision),
    event,
    `proposal ${id}`,
  );
  if (!isRejection(result)) context.draft.cd.decisions[id] = result.snapshot;
  return result;
}

/** What an adopted decision changes in the session (and, for a negotiating body, the text). */
function giveEffect(
  context: BaseContext,
  decided: ConsensusDecisionContext,
): Rejection | undefined {
  const reference = decided.document ?? decided.id;
  switch (decided.subject) {
    case 'agenda':
      return refused(stepSession(context, { type: 'agenda.adopted', decision: reference }));
    case 'programmeOfWork':
      return refused(
        stepSession(context, { type: 'programmeOfWork.adopted', decision: reference }),
      );
    case 'implementation':
      return refused(stepSession(context, { type: 'programmeOfWork.implemented' }));
    case 'annualReport': {
      const symbol = decided.document ?? allocateCdSymbol(context.draft);
      return refused(stepSession(context, { type: 'report.adopted', symbol }));
    }
    case 'subsidiaryBody': {
      const body = decided.body;
      if (!body)
        return rejection(
          'malformed-intent',
          'decision.called: the proposal carries no terms for the body',
        );
      const established = refused(
        stepSession(context, {
          type: 'subsidiaryBody.established',
          id: body.id,
          agendaItem: body.agendaItem,
          mandate: body.mandate,
        }),
      );
      if (established) return established;
      if (body.mandate === 'negotiate' && body.basis !== undefined)
        return openNegotiation(context, body.id, body.basis);
      return undefined;
    }
    default:
      return undefined;
  }
}

function refused(result: ReturnType<typeof stepSession>): Rejection | undefined {
  return isRejection(result) ? result : undefined;
}
