import { isUnMember } from '../data/members';
import { actorName, own } from '../state/names';
import { CHAIR } from '../ids';
import type { GgeContext, GgeEvent } from '../procedures/gge/gge.machine';
import { ggeMachine } from '../procedures/gge/gge.machine';
import { startProcedure } from '../procedures/step';
import type { DraftResolutionContext } from '../procedures/unga/draft-resolution.machine';
import { record } from '../state/record';
import type { Handler } from './handler';
import { isRejection, live, stepOrRefuse } from './handler';
import type { IntentOf, IntentType } from './intent.schema';
import { rejection } from './rejection';

/**
 * A Group of Governmental Experts exists only by a resolution of the General Assembly (rule 161
 * lets it create subsidiary organs; RECORD.md 4.3–4.4): the mandate must be a resolution adopted
 * in this game.
 */
export const ggeEstablished: Handler<'gge.established'> = ({ state, draft, intent }) => {
  if (intent.actor !== CHAIR)
    return rejection(
      'not-the-chair',
      'gge.established: the Secretariat convenes a group on behalf of the General Assembly (act as the chair)',
    );
  const adopted = Object.values(state.unga.drafts).some(
    (snapshot) =>
      snapshot.value === 'adopted' &&
      (snapshot.context as DraftResolutionContext).resolutionSymbol === intent.mandate,
  );
  if (!adopted)
    return rejection(
      'mandate-not-adopted',
      `gge.established: ${intent.mandate} is not a resolution the General Assembly has adopted in this game`,
    );
  if (new Set(intent.experts).size !== intent.experts.length) {
    return rejection('malformed-intent', 'gge.established: an expert State is listed twice');
  }
  const stranger = intent.experts.find((code) => !isUnMember(code));
  if (stranger)
    return rejection(
      'not-a-voter',
      `gge.established: experts come from UN member States; "${stranger}" is not one`,
    );
  const id = `GGE/${intent.mandate}`;
  if (own(state.gges, id))
    return rejection(
      'procedure-refused',
      `gge.established: ${intent.mandate} has already established its group`,
    );
  draft.gges[id] = startProcedure(ggeMachine, {
    id,
    mandate: intent.mandate,
    experts: intent.experts,
    sessions: intent.sessions,
  });
  record(draft, {
    forum: 'gge',
    actor: CHAIR,
    kind: 'gge.established',
    symbol: intent.mandate,
    summary: `A Group of Governmental Experts of ${intent.experts.length} States is set up under ${intent.mandate}, for ${intent.sessions} session${intent.sessions === 1 ? '' : 's'}.`,
  });
  return undefined;
};

type GgeType = Exclude<Extract<IntentType, `gge.${string}`>, 'gge.established'>;

function ggeHandler<TType extends GgeType>(
  by: 'chair' | 'expert',
  toEvent: (intent: IntentOf<TType>) => GgeEvent,
  says: (intent: IntentOf<TType>) => string,
): Handler<TType> {
  return ({ state, draft, intent: raw }) => {
    const typed = raw;
    const intent = raw as { readonly type: string; readonly actor: string; readonly gge: string };
    const snapshot = own(state.gges, intent.gge);
    if (!snapshot)
      return rejection('unknown-gge', `${intent.type}: there is no group ${intent.gge}`);
    const group = snapshot.context as GgeContext;
    if (by === 'chair' && intent.actor !== CHAIR)
      return rejection('not-the-chair', `${intent.type}: only the chair of the group may do this`);
    if (by === 'expert' && !group.experts.includes(intent.actor))
      return rejection(
        'not-an-expert',
        `${intent.type}: ${actorName(intent.actor)} has no expert in ${intent.gge}`,
      );
    const result = stepOrRefuse(
      ggeMachine,
      live(draft.gges[intent.gge] ?? snapshot),
      toEvent(typed),
      intent.gge,
    );
    if (isRejection(result)) return result;
    draft.gges[intent.gge] = result.snapshot;
    record(draft, {
      forum: 'gge',
      actor: intent.actor,
      kind: intent.type,
      summary: `${says(typed)} (${intent.gge}).`,
    });
    for (const announced of result.emitted) {
      if (announced.type === 'gge.reportAdopted')
        record(draft, {
          forum: 'gge',
          actor: CHAIR,
          kind: 'gge.reportAdopted',
          symbol: String(announced.report),
          summary: `The group adopts its report ${String(announced.report)} by consensus.`,
        });
      if (announced.type === 'gge.failed') {
        const objectors = announced.objectors as string[];
        record(draft, {
          forum: 'gge',
          actor: CHAIR,
          kind: 'gge.failed',
          objectors,
          summary: objectors.length
            ? `The group ends without a consensus report: ${objectors.map(actorName).join(', ')} could not agree.`
            : 'The group ends without a consensus report.',
        });
      }
    }
    return undefined;
  };
}

export const ggeSessionOpened = ggeHandler<'gge.sessionOpened'>(
  'chair',
  () => ({ type: 'session.opened' }),
  () => 'The group opens a session',
);
export const ggeSessionClosed = ggeHandler<'gge.sessionClosed'>(
  'chair',
  () => ({ type: 'session.closed' }),
  () => 'The group closes its session',
);
export const ggeReportDrafted = ggeHandler<'gge.reportDrafted'>(
  'chair',
  (intent) => ({ type: 'report.drafted', symbol: intent.symbol }),
  (intent) => `The chair presents a draft report, ${intent.symbol}`,
);
export const ggeJoined = ggeHandler<'gge.joined'>(
  'expert',
  (intent) => ({ type: 'consensus.joined', member: intent.actor }),
  (intent) => `${actorName(intent.actor)} supports the draft report`,
);
export const ggeObjected = ggeHandler<'gge.objected'>(
  'expert',
  (intent) => ({ type: 'objection.raised', member: intent.actor }),
  (intent) => `${actorName(intent.actor)} cannot accept the draft report`,
);
export const ggeObjectionWithdrawn = ggeHandler<'gge.objectionWithdrawn'>(
  'expert',
  (intent) => ({ type: 'objection.withdrawn', member: intent.actor }),
  (intent) => `${actorName(intent.actor)} withdraws its objection`,
);
export const ggeConcluded = ggeHandler<'gge.concluded'>(
  'chair',
  () => ({ type: 'consultations.ended' }),
  () => 'The chair concludes that the group cannot reach consensus on its report',
);
export const ggeDecisionCalled = ggeHandler<'gge.decisionCalled'>(
  'chair',
  () => ({ type: 'decision.called' }),
  () => 'The chair asks whether the report can be adopted',
);
