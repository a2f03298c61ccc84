import { accepts } from './apply';
import { isCdMember, isUnMember } from './data/members';
import type { ActorId, SeatId } from './ids';
import { CHAIR, HOST, isSeat, SEATS } from './ids';
import { documentLifecycleMachine } from './procedures/documents/document-lifecycle.machine';
import { mayReceive } from './procedures/step';
import { presidentNow } from './intents/cd-session.handlers';
import type { Intent } from './intents/intent.schema';
import type { TreatyNegotiationContext } from './procedures/cd/treaty-negotiation.machine';
import type { GgeContext } from './procedures/gge/gge.machine';
import type { DraftResolutionContext } from './procedures/unga/draft-resolution.machine';
import { currentTurn } from './state/calendar';
import { documentContext } from './state/documents';
import type { GameState } from './state/game-state';

/**
 * Every intent the actor may send now, each one accepted by `apply` (the list is made by
 * proposing candidates and keeping those the rules accept, so the buttons on screen, the bots'
 * options and the server's checks can never disagree). Intents that carry free text (a
 * statement, a comment, an amendment) come with a neutral text the caller may replace.
 *
 * @example
 * legalActions(state, 'USA').filter((intent) => intent.type === 'objection.raised');
 */
export function legalActions(state: GameState, actor: ActorId): Intent[] {
  if (state.phase === 'ended') return [];
  return candidatesFor(state, actor).filter((intent) => accepts(state, intent));
}

/** What `legalActions` tries before keeping those the rules accept (exported for its tests). */
export function candidatesFor(state: GameState, actor: ActorId): Intent[] {
  if (actor === HOST) return [{ type: 'turn.ended', actor }];
  if (actor === CHAIR) return chairCandidates(state);
  const turn = currentTurn(state);
  const list: Intent[] = [];
  if (turn.forum === 'cd') list.push(...cdCandidates(state, actor));
  else list.push(...ungaCandidates(state, actor, turn.stage));
  list.push(...documentCandidates(state, actor), ...ggeCandidates(state, actor));
  if (isSeat(actor)) list.push(...seatCandidates(state, actor));
  return list;
}

/**
 * Delegations a seat may consult as a group: leading members of the Group of 21 (Indonesia spoke
 * for the Non-Aligned Movement in 2017, Egypt sponsors the PAROS resolution), Western States
 * outside the EU, Eastern European States outside the EU, and the EU's largest members.
 */
const GROUP_CONTACTS: readonly (readonly string[])[] = [
  ['IDN', 'EGY', 'BRA'],
  ['CAN', 'JPN', 'AUS'],
  ['BLR', 'KAZ', 'UKR'],
  ['DEU', 'FRA', 'ITA'],
];

/** Consultations, and the actions outside the chamber: tests, a moratorium, launches, joint statements. */
function seatCandidates(state: GameState, actor: SeatId): Intent[] {
  const others = SEATS.filter((seat) => seat !== actor);
  const topic = 'the prevention of an arms race in outer space';
  const list: Intent[] = [
    ...others.map((seat) => ({ type: 'consultation.held' as const, actor, with: [seat], topic })),
    ...GROUP_CONTACTS.map((group) => ({
      type: 'consultation.held' as const,
      actor,
      with: group.filter((code) => code !== actor),
      topic,
    })),
    { type: 'asatTest.conducted', actor, destructive: false },
    { type: 'asatTest.conducted', actor, destructive: true },
    { type: 'moratorium.declared', actor },
    { type: 'launch.conducted', actor, purpose: 'civil' },
    { type: 'launch.conducted', actor, purpose: 'military' },
    ...others.map((seat) => ({
      type: 'jointStatement.proposed' as const,
      actor,
      with: seat,
      topic,
    })),
  ];
  for (const statement of state.jointStatements) {
    if (statement.partner !== actor || statement.status !== 'proposed') continue;
    list.push(
      { type: 'jointStatement.agreed', actor, statement: statement.id },
      { type: 'jointStatement.declined', actor, statement: statement.id },
    );
  }
  return list;
}

function cdCandidates(state: GameState, actor: ActorId): Intent[] {
  const list: Intent[] = [
    {
      type: 'statement.made',
      actor,
      topic: 'agenda item 3, prevention of an arms race in outer space',
    },
  ];
  if (presidentNow(state) === actor) {
    list.push(
      { type: 'plenary.convened', actor },
      { type: 'plenary.adjourned', actor },
      { type: 'presidency.rotated', actor },
    );
    for (const subject of [
      'agenda',
      'programmeOfWork',
      'implementation',
      'annualReport',
    ] as const) {
      list.push({ type: 'decision.proposed', actor, subject });
    }
    const basis = latestDraftTreaty(state);
    list.push({
      type: 'decision.proposed',
      actor,
      subject: 'subsidiaryBody',
      body: {
        id: 'paros',
        agendaItem: 3,
        mandate: basis ? 'negotiate' : 'discuss',
        ...(basis ? { basis } : {}),
      },
    });
    for (const decision of openDecisions(state))
      list.push({ type: 'decision.called', actor, decision });
    for (const id of state.documentOrder)
      list.push({ type: 'consideration.opened', actor, document: id });
    for (const [body, snapshot] of Object.entries(state.cd.negotiations)) {
      const negotiation = snapshot.context as TreatyNegotiationContext;
      for (const amendment of negotiation.amendments)
        list.push({ type: 'amendment.settled', actor, body, amendment: amendment.id });
      list.push(
        { type: 'textAdoption.called', actor, body },
        { type: 'textDecision.called', actor, body },
        { type: 'negotiation.resumed', actor, body },
      );
    }
  }
  if (isCdMember(actor)) {
    for (const decision of openDecisions(state)) {
      list.push(
        { type: 'consensus.joined', actor, decision },
        {
          type: 'consensus.joinedWithDissociation',
          actor,
          decision,
          statement: 'We do not stand in the way, but our reservations are on the record.',
        },
        { type: 'objection.raised', actor, decision },
        { type: 'objection.withdrawn', actor, decision },
      );
    }
    for (const [body, snapshot] of Object.entries(state.cd.negotiations)) {
      const negotiation = snapshot.context as TreatyNegotiationContext;
      for (const amendment of negotiation.amendments) {
        for (const type of [
          'amendment.accepted',
          'amendment.objected',
          'amendment.withdrawn',
        ] as const)
          list.push({ type, actor, body, amendment: amendment.id });
      }
      for (const [article, entry] of Object.entries(negotiation.articles)) {
        list.push({
          type: 'amendment.proposed',
          actor,
          body,
          article,
          text: `Alternative wording for Article ${article} proposed by ${actor}.`,
        });
        for (const alternative of entry.alternatives)
          list.push({
            type: 'alternative.dropped',
            actor,
            body,
            article,
            alternative: alternative.id,
          });
      }
      list.push(
        { type: 'text.joined', actor, body },
        { type: 'text.objected', actor, body },
        { type: 'text.objectionWithdrawn', actor, body },
      );
    }
  }
  return list;
}

function ungaCandidates(
  state: GameState,
  actor: ActorId,
  stage: 'firstCommittee' | 'plenary',
): Intent[] {
  if (!isUnMember(actor) && actor !== 'EU') return [];
  const list: Intent[] = [];
  if (stage === 'firstCommittee') {
    for (const kind of ['PAROS', 'NFP', 'TCBM'] as const) {
      list.push({
        type: 'draft.tabled',
        actor,
        kind,
        title: RESOLUTION_TITLES[kind],
        paragraphs: [
          {
            id: 'PP1',
            text: 'Recognizing the common interest of all mankind in the exploration and use of outer space for peaceful purposes,',
          },
          { id: 'OP1', text: RESOLUTION_TITLES[kind] },
        ],
        coSponsors: [],
      });
    }
  }
  for (const draft of state.unga.draftOrder) {
    const context = state.unga.drafts[draft]?.context as DraftResolutionContext | undefined;
    if (!context) continue;
    list.push(
      { type: 'coSponsor.added', actor, draft },
      { type: 'draft.introduced', actor, draft },
      { type: 'draft.revised', actor, draft },
      { type: 'draft.withdrawn', actor, draft },
      { type: 'vote.requested', actor, draft },
      {
        type: 'vote.explained',
        actor,
        draft,
        when: 'before',
        text: 'Our delegation will explain its position on this text.',
      },
      {
        type: 'vote.explained',
        actor,
        draft,
        when: 'after',
        text: 'Our delegation explains the vote it has cast.',
      },
      { type: 'vote.cast', actor, draft, vote: 'yes' },
      { type: 'vote.cast', actor, draft, vote: 'no' },
      { type: 'vote.cast', actor, draft, vote: 'abstain' },
    );
    for (const paragraph of context.paragraphs)
      list.push({ type: 'paragraphVote.requested', actor, draft, paragraph: paragraph.id });
  }
  return list;
}

function documentCandidates(state: GameState, actor: ActorId): Intent[] {
  const list: Intent[] = [];
  for (const id of state.documentOrder) {
    const entry = state.documents[id];
    if (!entry) continue;
    const paper = documentContext(entry);
    if (!paper.authors.includes(actor)) {
      // A draft treaty still on the table, or its authors' answers to the critics, can be
      // commented on in writing, once by each delegation (the United States: CD/1847 on
      // CD/1839, CD/1998 on CD/1985, CD/2129 on the answers CD/2042).
      if (
        paper.symbol !== null &&
        (paper.kind === 'draftTreaty' || paper.kind === 'answers') &&
        paper.outcome === null &&
        !responded(state, paper.symbol, actor, 'comments')
      ) {
        list.push({
          type: 'document.tabled',
          actor,
          draft: {
            kind: 'comments',
            title: `Comments on ${paper.symbol}`,
            summary: `Questions and comments on ${paper.symbol}.`,
            respondsTo: [paper.symbol],
            articles: [],
            coAuthors: [],
          },
        });
      }
      // Comments on a draft treaty the actor wrote can be answered in writing (CD/1872
      // answered the US comments CD/1847 on CD/1839), once each. Comments on the answers are
      // the last word: offering answers to them too would let two delegations trade papers
      // without end.
      if (
        paper.symbol !== null &&
        paper.kind === 'comments' &&
        !responded(state, paper.symbol, actor, 'answers') &&
        paper.respondsTo.some((symbol) => authoredBy(state, symbol, actor, 'draftTreaty'))
      ) {
        list.push({
          type: 'document.tabled',
          actor,
          draft: {
            kind: 'answers',
            title: `Answers to ${paper.symbol}`,
            summary: `Answers to the questions and comments raised in ${paper.symbol}.`,
            respondsTo: [paper.symbol],
            articles: [],
            coAuthors: [],
          },
        });
      }
      continue;
    }
    // A document circulated or shelved long ago is not offered again (most of a delegation's
    // documents are), without stepping its procedure to find out.
    for (const type of ['document.submitted', 'document.shelved'] as const)
      if (mayReceive(documentLifecycleMachine, entry.procedure, type))
        list.push({ type, actor, document: id });
  }
  return list;
}

/** Whether the document of this kind circulated under `symbol` counts `actor` among its authors. */
function authoredBy(state: GameState, symbol: string, actor: ActorId, kind: string): boolean {
  return state.documentOrder.some((id) => {
    const entry = state.documents[id];
    if (!entry) return false;
    const paper = documentContext(entry);
    return paper.symbol === symbol && paper.kind === kind && paper.authors.includes(actor);
  });
}

/** Whether `actor` has already circulated a paper of this kind answering `symbol`. */
function responded(
  state: GameState,
  symbol: string,
  actor: ActorId,
  kind: 'comments' | 'answers',
): boolean {
  return state.documentOrder.some((id) => {
    const entry = state.documents[id];
    if (!entry) return false;
    const paper = documentContext(entry);
    return (
      paper.kind === kind && paper.authors.includes(actor) && paper.respondsTo.includes(symbol)
    );
  });
}

function ggeCandidates(state: GameState, actor: ActorId): Intent[] {
  return Object.entries(state.gges).flatMap(([gge, snapshot]) =>
    (snapshot.context as GgeContext).experts.includes(actor)
      ? (['gge.joined', 'gge.objected', 'gge.objectionWithdrawn'] as const).map((type) => ({
          type,
          actor,
          gge,
        }))
      : [],
  );
}

function chairCandidates(state: GameState): Intent[] {
  const list: Intent[] = [];
  for (const draft of state.unga.draftOrder) {
    for (const type of [
      'action.opened',
      'adoption.withoutVote',
      'voting.opened',
      'voting.closed',
      'stage.closed',
      'plenary.opened',
    ] as const) {
      list.push({ type, actor: CHAIR, draft });
    }
  }
  for (const gge of Object.keys(state.gges)) {
    for (const type of ['gge.sessionOpened', 'gge.sessionClosed', 'gge.decisionCalled'] as const)
      list.push({ type, actor: CHAIR, gge });
    list.push({ type: 'gge.reportDrafted', actor: CHAIR, gge, symbol: `${gge}/report` });
  }
  return list;
}

const RESOLUTION_TITLES = {
  PAROS: 'Prevention of an arms race in outer space',
  NFP: 'No first placement of weapons in outer space',
  TCBM: 'Transparency and confidence-building measures in outer space activities',
} as const;

function openDecisions(state: GameState): string[] {
  return state.cd.decisionOrder.filter((id) => state.cd.decisions[id]?.status === 'active');
}

function latestDraftTreaty(state: GameState): string | undefined {
  let latest: string | undefined;
  for (const id of state.documentOrder) {
    const entry = state.documents[id];
    if (!entry) continue;
    const paper = documentContext(entry);
    if (paper.kind === 'draftTreaty' && paper.symbol !== null && paper.outcome === null)
      latest = paper.symbol;
  }
  return latest;
}
