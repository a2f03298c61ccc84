import { euMembersOn, isUnMember, unMembersOn } from '../data/members';
import type { SeatId } from '../ids';
import { isSeat } from '../ids';
import type { GameState, RecordEntry } from '../state/game-state';
import { actorName, own } from '../state/names';
import { CHAIR } from '../ids';
import type {
  DraftResolutionContext,
  DraftResolutionEvent,
} from '../procedures/unga/draft-resolution.machine';
import { draftResolutionMachine } from '../procedures/unga/draft-resolution.machine';
import { startProcedure } from '../procedures/step';
import { currentTurn } from '../state/calendar';
import { record } from '../state/record';
import type { BaseContext, Handler } from './handler';
import { isRejection, live, stepOrRefuse } from './handler';
import type { IntentOf, IntentType } from './intent.schema';
import type { Rejection } from './rejection';
import { rejection } from './rejection';

const STAGE_NAMES = { committee: 'the First Committee', plenary: 'the General Assembly' } as const;
const STAGE_SUBJECTS = {
  committee: 'The First Committee',
  plenary: 'The General Assembly',
} as const;

/**
 * A UN member State tables a draft resolution in the First Committee: it is given the next
 * A/C.1/<session>/L.<n> symbol (RECORD.md 4.2). The EU, an observer, cannot table one; its
 * member States can.
 */
export const draftTabled: Handler<'draft.tabled'> = (context) => {
  const { actor, kind, title, paragraphs, coSponsors } = context.intent;
  const refusal = requireUngaStage(context, 'committee') ?? requireVoter(context);
  if (refusal) return refusal;
  if (new Set(coSponsors).size !== coSponsors.length) {
    return rejection('malformed-intent', 'draft.tabled: a co-sponsor is listed twice');
  }
  const unknown = coSponsors.find((code) => !isUnMember(code));
  if (unknown)
    return rejection(
      'not-a-voter',
      `draft.tabled: co-sponsor "${unknown}" is not a UN member State`,
    );
  const session = context.state.unga.session;
  const symbol =
    context.intent.symbol ?? `A/C.1/${session}/L.${context.state.unga.nextDraftNumber}`;
  const number = new RegExp(`^A/C\\.1/${session}/L\\.(\\d{1,3})$`).exec(symbol)?.[1];
  if (number === undefined || Number(number) < context.state.unga.nextDraftNumber) {
    return rejection(
      'symbol-out-of-sequence',
      `draft.tabled: ${symbol} is not a free draft symbol of session ${session}; the next is A/C.1/${session}/L.${context.state.unga.nextDraftNumber}`,
    );
  }
  context.draft.unga.nextDraftNumber = Number(number) + 1;
  context.draft.unga.drafts[symbol] = startProcedure(draftResolutionMachine, {
    symbol,
    kind,
    title,
    sponsors: [actor, ...coSponsors.filter((code) => code !== actor)],
    paragraphs,
    voters: electorateOn(context.state.date),
  });
  context.draft.unga.draftOrder.push(symbol);
  record(context.draft, {
    forum: 'unga',
    actor,
    kind: 'draft.tabled',
    symbol,
    summary: `${actorName(actor)} tables ${symbol}: ${title}.`,
  });
  return undefined;
};

type DraftType = Exclude<
  Extract<
    IntentType,
    | 'coSponsor.added'
    | `draft.${string}`
    | `vote${string}`
    | `voting.${string}`
    | 'action.opened'
    | 'paragraphVote.requested'
    | 'adoption.withoutVote'
    | 'stage.closed'
    | 'plenary.opened'
    | 'rollCall.recorded'
  >,
  'draft.tabled'
>;

interface DraftRule<TType extends DraftType> {
  readonly by: 'voter' | 'sponsor' | 'chair' | 'delegation';
  readonly event: (intent: IntentOf<TType>, context: BaseContext) => DraftResolutionEvent;
  readonly says: (intent: IntentOf<TType>, draft: DraftResolutionContext) => string;
}

function draftHandler<TType extends DraftType>(rule: DraftRule<TType>): Handler<TType> {
  return (context) => {
    const typed = context.intent;
    const intent = context.intent as {
      readonly type: string;
      readonly actor: string;
      readonly draft: string;
    };
    const snapshot = own(context.state.unga.drafts, intent.draft);
    if (!snapshot)
      return rejection(
        'unknown-draft',
        `${intent.type}: there is no draft resolution ${intent.draft}`,
      );
    const before = snapshot.context as DraftResolutionContext;
    if (snapshot.status === 'done') {
      return rejection(
        'procedure-refused',
        `${intent.type}: ${before.symbol} is ${String(snapshot.value)}; nothing more can be done with it`,
      );
    }
    const stage = snapshot.value === 'awaitingPlenary' ? 'plenary' : before.stage;
    const refusal = requireUngaStage(context, stage) ?? requireRole(context, rule.by);
    if (refusal) return refusal;
    if (rule.by === 'sponsor' && !before.sponsors.includes(intent.actor)) {
      return rejection(
        'not-a-sponsor',
        `${intent.type}: only the main sponsors of ${before.symbol} may do this`,
      );
    }
    const result = stepOrRefuse(
      draftResolutionMachine,
      live(context.draft.unga.drafts[intent.draft] ?? snapshot),
      rule.event(typed, context),
      `draft ${before.symbol}`,
    );
    if (isRejection(result)) return explainRefusal(intent, before) ?? result;
    context.draft.unga.drafts[intent.draft] = result.snapshot;
    const after = result.snapshot.context as DraftResolutionContext;
    record(context.draft, {
      forum: 'unga',
      actor: intent.actor,
      kind: intent.type,
      symbol: after.symbol,
      summary: rule.says(typed, after),
    });
    for (const announced of result.emitted) {
      if (announced.type === 'vote.recorded') {
        const { yes, no, abstain, absent, adopted, subject } = announced as unknown as {
          yes: number;
          no: number;
          abstain: number;
          absent: number;
          adopted: boolean;
          subject: string;
        };
        record(context.draft, {
          forum: 'unga',
          actor: CHAIR,
          kind: 'vote.recorded',
          symbol: after.symbol,
          tally: { yes, no, abstain, absent },
          ...(subject === 'whole' ? whoVotedHow(before, context.state) : {}),
          summary: `Recorded vote in ${STAGE_NAMES[after.stage]} on ${subject === 'whole' ? after.symbol : `paragraph ${subject} of ${after.symbol}`}: ${yes} in favour, ${no} against, ${abstain} ${abstain === 1 ? 'abstention' : 'abstentions'} — ${adopted ? (subject === 'whole' ? 'adopted' : 'retained') : subject === 'whole' ? 'rejected' : 'deleted'}.`,
        });
      }
      if (announced.type === 'draft.adoptedWithoutVote') {
        record(context.draft, {
          forum: 'unga',
          actor: CHAIR,
          kind: 'draft.adoptedWithoutVote',
          symbol: after.symbol,
          summary: `${STAGE_SUBJECTS[after.stage]} adopts ${after.symbol} without a vote.`,
        });
      }
      if (announced.type === 'resolution.adopted') {
        record(context.draft, {
          forum: 'unga',
          actor: CHAIR,
          kind: 'resolution.adopted',
          symbol: after.resolutionSymbol ?? undefined,
          summary: `The General Assembly adopts ${after.title} as resolution ${after.resolutionSymbol}.`,
        });
      }
      if (announced.type === 'draft.rejected') {
        record(context.draft, {
          forum: 'unga',
          actor: CHAIR,
          kind: 'draft.rejected',
          symbol: after.symbol,
          summary: `${after.symbol} is rejected.`,
        });
      }
    }
    return undefined;
  };
}

/**
 * How the four seats and the EU member States voted on a whole text, kept on the record line of
 * the result (the draft itself keeps only the counts): objectives are scored from it.
 */
function whoVotedHow(
  draft: DraftResolutionContext,
  state: GameState,
): Pick<RecordEntry, 'ballots' | 'euVotes'> {
  const vote = draft.currentVote;
  if (vote === null) return {};
  const eu = euMembersOf(state.date);
  const ballots: Partial<Record<SeatId, 'yes' | 'no' | 'abstain'>> = {};
  const euVotes = { yes: 0, no: 0, abstain: 0, absent: eu.size };
  for (const ballot of ['yes', 'no', 'abstain'] as const) {
    for (const member of vote[ballot]) {
      if (eu.has(member)) {
        euVotes[ballot] += 1;
        euVotes.absent -= 1;
      } else if (isSeat(member)) ballots[member] = ballot;
    }
  }
  return { ballots, euVotes };
}

const euMemberSets = new Map<string, ReadonlySet<string>>();

/** The EU member States on a date, as a set made once per date. */
function euMembersOf(date: string): ReadonlySet<string> {
  let members = euMemberSets.get(date);
  if (members === undefined) {
    members = new Set(euMembersOn(date));
    euMemberSets.set(date, members);
  }
  return members;
}

const electorates = new Map<number, readonly string[]>();

/**
 * The UN membership on a date, as one shared frozen list per size of the membership (it only
 * grew: 191, 192, 193), so that every draft of a session holds the same list, not a copy.
 */
function electorateOn(date: string): readonly string[] {
  const members = unMembersOn(date);
  let electorate = electorates.get(members.length);
  if (electorate === undefined) {
    electorate = Object.freeze(members.map((member) => member.code));
    electorates.set(members.length, electorate);
  }
  return electorate;
}

/** The stage of a draft decides where it is acted on: the committee in October, the plenary in December. */
function requireUngaStage(
  context: BaseContext,
  stage: 'committee' | 'plenary',
): Rejection | undefined {
  const turn = currentTurn(context.state);
  const expected = stage === 'committee' ? 'firstCommittee' : 'plenary';
  if (turn.forum !== 'unga' || turn.stage !== expected) {
    return rejection(
      'wrong-forum',
      `${context.intent.type}: ${STAGE_NAMES[stage]} does not sit during "${turn.label}"`,
    );
  }
  return undefined;
}

function requireVoter(context: BaseContext): Rejection | undefined {
  if (isUnMember(context.intent.actor)) return undefined;
  return rejection(
    'not-a-voter',
    `${context.intent.type}: ${actorName(context.intent.actor)} is an observer at the United Nations and has no vote; its member States act for it`,
  );
}

function requireRole(context: BaseContext, by: DraftRule<DraftType>['by']): Rejection | undefined {
  if (by === 'chair') {
    return context.intent.actor === CHAIR
      ? undefined
      : rejection('not-the-chair', `${context.intent.type}: only the chair puts a draft to action`);
  }
  if (by === 'voter') return requireVoter(context);
  if (by === 'sponsor') return requireVoter(context);
  return context.intent.actor === CHAIR
    ? rejection('not-a-voter', `${context.intent.type}: the chair does not speak for a delegation`)
    : undefined;
}

/** A clearer reason for the refusals people meet most often. */
function explainRefusal(
  intent: { type: string; actor: string },
  draft: DraftResolutionContext,
): Rejection | undefined {
  const sponsor = draft.sponsors.includes(intent.actor) || draft.coSponsors.includes(intent.actor);
  if (intent.type === 'vote.explained' && sponsor) {
    return rejection(
      'sponsor-cannot-explain',
      `vote.explained: ${actorName(intent.actor)} sponsors ${draft.symbol} and does not explain its vote on its own proposal (rule 128)`,
    );
  }
  if (
    (intent.type === 'draft.revised' ||
      intent.type === 'draft.withdrawn' ||
      intent.type === 'draft.introduced') &&
    !draft.sponsors.includes(intent.actor)
  ) {
    return rejection(
      'not-a-sponsor',
      `${intent.type}: only the main sponsors of ${draft.symbol} may do this`,
    );
  }
  return undefined;
}

const name = actorName;

export const coSponsorAdded = draftHandler<'coSponsor.added'>({
  by: 'voter',
  event: (intent) => ({ type: 'coSponsor.added', member: intent.actor }),
  says: (intent, draft) => `${name(intent.actor)} joins the co-sponsors of ${draft.symbol}.`,
});
export const draftIntroduced = draftHandler<'draft.introduced'>({
  by: 'sponsor',
  event: () => ({ type: 'draft.introduced' }),
  says: (intent, draft) => `${name(intent.actor)} introduces ${draft.symbol}, ${draft.title}.`,
});
export const draftRevised = draftHandler<'draft.revised'>({
  by: 'voter',
  event: (intent) => ({
    type: 'draft.revised',
    member: intent.actor,
    ...(intent.paragraphs ? { paragraphs: intent.paragraphs } : {}),
  }),
  says: (intent, draft) => `${name(intent.actor)} issues a revised text, ${draft.symbol}.`,
});
export const draftWithdrawn = draftHandler<'draft.withdrawn'>({
  by: 'voter',
  event: (intent) => ({ type: 'draft.withdrawn', member: intent.actor }),
  says: (intent, draft) => `${name(intent.actor)} withdraws ${draft.symbol}.`,
});
export const actionOpened = draftHandler<'action.opened'>({
  by: 'chair',
  event: () => ({ type: 'action.opened' }),
  says: (_intent, draft) => `${STAGE_SUBJECTS[draft.stage]} moves to action on ${draft.symbol}.`,
});
export const voteRequested = draftHandler<'vote.requested'>({
  by: 'voter',
  event: (intent) => ({ type: 'vote.requested', member: intent.actor }),
  says: (intent, draft) =>
    `${name(intent.actor)} requests a recorded vote on ${draft.symbol} (rule 127).`,
});
export const paragraphVoteRequested = draftHandler<'paragraphVote.requested'>({
  by: 'voter',
  event: (intent) => ({
    type: 'paragraphVote.requested',
    member: intent.actor,
    paragraph: intent.paragraph,
  }),
  says: (intent, draft) =>
    `${name(intent.actor)} requests a separate vote on paragraph ${intent.paragraph} of ${draft.symbol} (rule 129).`,
});
export const voteExplained = draftHandler<'vote.explained'>({
  by: 'delegation',
  event: (intent) => ({ type: 'vote.explained', member: intent.actor, when: intent.when }),
  says: (intent, draft) =>
    `${name(intent.actor)} explains its vote ${intent.when} the vote on ${draft.symbol}: ${intent.text}`,
});
export const adoptionWithoutVote = draftHandler<'adoption.withoutVote'>({
  by: 'chair',
  event: () => ({ type: 'adoption.withoutVote' }),
  says: (_intent, draft) => `The chair proposes adopting ${draft.symbol} without a vote.`,
});
export const votingOpened = draftHandler<'voting.opened'>({
  by: 'chair',
  event: () => ({ type: 'voting.opened' }),
  says: (_intent, draft) =>
    `Voting opens on ${draft.currentVote?.subject === 'whole' || !draft.currentVote ? draft.symbol : `paragraph ${draft.currentVote.subject} of ${draft.symbol}`}.`,
});
export const voteCast = draftHandler<'vote.cast'>({
  by: 'voter',
  event: (intent) => ({ type: 'vote.cast', member: intent.actor, vote: intent.vote }),
  says: (intent, draft) =>
    `${name(intent.actor)} votes ${intent.vote === 'abstain' ? 'to abstain' : intent.vote} on ${draft.symbol}.`,
});
/** The chair records a whole roll call at once, as the voting board shows it (the replay uses it). */
export const rollCallRecorded = draftHandler<'rollCall.recorded'>({
  by: 'chair',
  event: (intent) => ({
    type: 'ballots.recorded',
    yes: intent.yes,
    no: intent.no,
    abstain: intent.abstain,
  }),
  says: (intent, draft) =>
    `The voting board shows the roll call on ${draft.symbol}: ${intent.yes.length} in favour, ${intent.no.length} against, ${intent.abstain.length} ${intent.abstain.length === 1 ? 'abstention' : 'abstentions'}.`,
});

export const votingClosed = draftHandler<'voting.closed'>({
  by: 'chair',
  event: () => ({ type: 'voting.closed' }),
  says: (_intent, draft) => `Voting closes on ${draft.symbol}.`,
});
export const stageClosed = draftHandler<'stage.closed'>({
  by: 'chair',
  event: () => ({ type: 'stage.closed' }),
  says: (_intent, draft) => `Action on ${draft.symbol} is complete.`,
});

export const plenaryOpened: Handler<'plenary.opened'> = (context) => {
  const wanted = context.intent.resolution;
  const session = context.state.unga.session;
  const symbol = wanted ?? `A/RES/${session}/${context.state.unga.nextResolutionNumber}`;
  const match = new RegExp(`^A/RES/${session}/(\\d{1,4})$`).exec(symbol);
  if (!match || Number(match[1]) < context.state.unga.nextResolutionNumber) {
    return rejection(
      'symbol-out-of-sequence',
      `plenary.opened: ${symbol} is not a free resolution symbol of session ${session}; the next is A/RES/${session}/${context.state.unga.nextResolutionNumber}`,
    );
  }
  context.draft.unga.nextResolutionNumber = Number(match[1]) + 1;
  return openPlenary({
    ...context,
    intent: { ...context.intent, resolution: symbol },
  });
};

const openPlenary = draftHandler<'plenary.opened'>({
  by: 'chair',
  event: (intent) => ({ type: 'plenary.opened', resolutionSymbol: intent.resolution ?? '' }),
  says: (_intent, draft) => `The General Assembly takes up ${draft.symbol} in plenary.`,
});
