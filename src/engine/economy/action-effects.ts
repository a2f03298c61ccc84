import type { SeatId } from '../ids';
import { isSeat, SEATS } from '../ids';
import type { Intent } from '../intents/intent.schema';
import type { ConsensusDecisionContext } from '../procedures/cd/consensus-decision.machine';
import type { TreatyNegotiationContext } from '../procedures/cd/treaty-negotiation.machine';
import type { DraftResolutionContext } from '../procedures/unga/draft-resolution.machine';
import { documentContext, findDocument } from '../state/documents';
import type { GameState, JointStatement, RecordEntry } from '../state/game-state';
import { own } from '../state/names';
import type { StandingDeltas, StandingGroup } from './standing';
import { SEAT_GROUP, STANDING_GROUPS, standingGroupOf } from './standing';
import type { DecisionTopic, Stance } from './stances';
import { DECISION_STANCE, DOCUMENT_STANCE, RESOLUTION_STANCE } from './stances';
import type { ActionKey, ActionRow } from './action-table';
import { ACTION_TABLE } from './action-table';

export { ACTION_TABLE } from './action-table';
export type { ActionKey, ActionRow } from './action-table';

/*
 * What an action of a seat costs and changes: its row of the table (`action-table.ts`), with the
 * groups' stance on what it is about, and the few effects that depend on who is involved (the
 * proposer of a decision, the authors of an amendment, the partner of a joint statement).
 */

/** One seat's change of capital and standing, with its reason. */
export interface SeatChange {
  readonly seat: SeatId;
  /** Capital gained (positive) or lost (negative), besides the actor's cost. */
  readonly capital: number;
  readonly standing: StandingDeltas;
  readonly why: string;
}

/** What an accepted intent does to the economy of the game. */
export interface ActionEffect {
  /** The table row used, if the actor is a seat and the action has one. */
  readonly key: ActionKey | null;
  /** Capital the acting seat pays (0 for any other actor). */
  readonly cost: number;
  readonly tension: number;
  readonly debris: number;
  /** Standing and capital changes seat by seat, the actor's own first. */
  readonly changes: readonly SeatChange[];
}

const NO_EFFECT: ActionEffect = { key: null, cost: 0, tension: 0, debris: 0, changes: [] };

/**
 * The effect of an intent that `apply` has just accepted: `before` is the state it was applied
 * to, `added` the record lines it produced (they tell how a called decision ended). Pure; used by
 * `apply` to settle the economy and by `actionPreview` to show the price before acting.
 */
export function actionEffect(
  before: GameState,
  intent: Intent,
  added: readonly RecordEntry[],
): ActionEffect {
  const contextual = CONTEXT[intent.type]?.(before, intent, added) ?? null;
  const key = isSeat(intent.actor) ? keyOf(before, intent) : null;
  if (key === null) return contextual ? { ...NO_EFFECT, ...contextual } : NO_EFFECT;
  const row: ActionRow = ACTION_TABLE[key];
  const stance = stanceOf(before, intent);
  const standing: Partial<Record<StandingGroup, number>> = { ...row.standing };
  for (const rule of row.byStance ?? []) {
    if (!stance) break;
    for (const group of STANDING_GROUPS) {
      const value = stance[group];
      const applies =
        rule.groups === 'all' ||
        (rule.groups === 'supporters' ? value > 0 : rule.groups === 'opponents' && value < 0);
      if (applies && value !== 0) standing[group] = (standing[group] ?? 0) + value * rule.factor;
    }
  }
  const own: SeatChange = { seat: intent.actor as SeatId, capital: 0, standing, why: row.why };
  return {
    key,
    cost: row.cost,
    tension: (row.tension ?? 0) + (contextual?.tension ?? 0),
    debris: (row.debris ?? 0) + (contextual?.debris ?? 0),
    changes: [own, ...(contextual?.changes ?? [])],
  };
}

/** The table row of a seat's intent, or null for what a seat does as President or not at all. */
function keyOf(state: GameState, intent: Intent): ActionKey | null {
  switch (intent.type) {
    case 'document.submitted': {
      const entry = findDocument(state, intent.document);
      return entry ? (`document:${documentContext(entry).kind}` as ActionKey) : null;
    }
    case 'document.tabled':
      return `document:${intent.draft.kind}`;
    case 'vote.cast':
      return `vote.cast:${intent.vote}`;
    case 'asatTest.conducted':
      return intent.destructive ? 'asatTest:destructive' : 'asatTest:nonDestructive';
    case 'launch.conducted':
      return `launch:${intent.purpose}`;
    default:
      return Object.hasOwn(ACTION_TABLE, intent.type) ? (intent.type as ActionKey) : null;
  }
}

/** What the groups think of the thing the intent is about, or null when it is about nothing. */
function stanceOf(state: GameState, intent: Intent): Stance | null {
  if ('decision' in intent) {
    const decision = decisionOf(state, intent.decision);
    return decision ? DECISION_STANCE[decisionTopic(decision)] : null;
  }
  if (intent.type.startsWith('text.')) return DECISION_STANCE.treatyText;
  if (intent.type === 'draft.tabled') return RESOLUTION_STANCE[intent.kind];
  if ('draft' in intent && typeof intent.draft === 'string') {
    const draft = own(state.unga.drafts, intent.draft)?.context as
      DraftResolutionContext | undefined;
    return draft ? RESOLUTION_STANCE[draft.kind] : null;
  }
  if (intent.type === 'document.tabled') return DOCUMENT_STANCE[intent.draft.kind];
  if (intent.type === 'document.submitted' || intent.type === 'document.shelved') {
    const entry = findDocument(state, intent.document);
    return entry ? DOCUMENT_STANCE[documentContext(entry).kind] : null;
  }
  return null;
}

function decisionOf(state: GameState, id: string): ConsensusDecisionContext | undefined {
  return own(state.cd.decisions, id)?.context as ConsensusDecisionContext | undefined;
}

/** A PAROS body is one on agenda item 3, "Prevention of an arms race in outer space". */
export function decisionTopic(decision: ConsensusDecisionContext): DecisionTopic {
  if (decision.subject !== 'subsidiaryBody') return decision.subject;
  if (decision.body?.agendaItem !== 3) return 'otherBody';
  return decision.body.mandate === 'negotiate' ? 'parosNegotiatingBody' : 'parosDiscussionBody';
}

// ---------------------------------------------------------------------------------------------
// Effects that depend on who is involved.

type Contextual = (
  before: GameState,
  intent: Intent,
  added: readonly RecordEntry[],
) => Omit<ActionEffect, 'key' | 'cost'> | null;

/** The standing group a delegation belongs to, on the game's date. */
function groupOf(state: GameState, actor: string): StandingGroup {
  return isSeat(actor) ? SEAT_GROUP[actor] : standingGroupOf(actor, state.date);
}

function change(seat: SeatId, standing: StandingDeltas, why: string, capital = 0): SeatChange {
  return { seat, capital, standing, why };
}

const CONTEXT: Partial<Record<Intent['type'], Contextual>> = {
  /** Consulting wins +2 with each group the consulted delegations belong to. */
  'consultation.held': (state, intent) => {
    if (intent.type !== 'consultation.held' || !isSeat(intent.actor)) return null;
    const groups = new Set(
      intent.with.filter((code) => code !== intent.actor).map((code) => groupOf(state, code)),
    );
    const standing: StandingDeltas = {};
    for (const group of groups) standing[group] = 2;
    return effect([change(intent.actor, standing, 'The delegations you consulted remember it.')]);
  },
  /**
   * Objecting to a proposal another seat made as President costs the objector 2 with the
   * proposer's group; blocking a PAROS negotiating body raises tension.
   */
  'objection.raised': (state, intent) => {
    if (intent.type !== 'objection.raised' || !isSeat(intent.actor)) return null;
    const decision = decisionOf(state, intent.decision);
    if (!decision) return null;
    const changes: SeatChange[] = [];
    if (isSeat(decision.proposedBy) && decision.proposedBy !== intent.actor) {
      changes.push(
        change(
          intent.actor,
          { [SEAT_GROUP[decision.proposedBy]]: -2 },
          'You stood in the way of a proposal of another delegation; its friends remember.',
        ),
      );
    }
    return effect(changes, decisionTopic(decision) === 'parosNegotiatingBody' ? 1 : 0);
  },
  /**
   * When the President calls a decision: a seat that proposed an adopted decision gains +2 with
   * every group; each seat whose objection blocked it loses 1 more with the Group of 21, which
   * blames the deadlock on the blockers.
   */
  'decision.called': (state, intent, added) => {
    if (intent.type !== 'decision.called') return null;
    const decision = decisionOf(state, intent.decision);
    if (!decision) return null;
    if (added.some((line) => line.kind === 'decision.adopted') && isSeat(decision.proposedBy)) {
      const standing = Object.fromEntries(STANDING_GROUPS.map((group) => [group, 2]));
      return effect([
        change(decision.proposedBy, standing, 'The Conference adopted your proposal.'),
      ]);
    }
    const blocked = added.find((line) => line.kind === 'decision.blocked');
    if (!blocked) return null;
    const blockers = (blocked.objectors ?? []).filter(isSeat);
    return effect(
      blockers.map((seat) =>
        change(seat, { G21: -1 }, 'You are named among those who blocked the decision.'),
      ),
    );
  },
  'amendment.accepted': (state, intent) => amendmentAuthor(state, intent, 1),
  'amendment.objected': (state, intent) => amendmentAuthor(state, intent, -1),
  /**
   * Another seat co-sponsoring a seat's draft lifts that seat with the co-sponsor's group. (The
   * other States join because they already trust the seat, see the world's co-sponsors: their
   * names add nothing more, or trust would feed on itself.)
   */
  'coSponsor.added': (state, intent) => {
    if (intent.type !== 'coSponsor.added' || !isSeat(intent.actor)) return null;
    const draft = own(state.unga.drafts, intent.draft)?.context as
      DraftResolutionContext | undefined;
    if (!draft) return null;
    const group = groupOf(state, intent.actor);
    return effect(
      draft.sponsors
        .filter((sponsor) => isSeat(sponsor) && sponsor !== intent.actor)
        .map((sponsor) =>
          change(
            sponsor as SeatId,
            { [group]: 1 },
            `${intent.actor} joined your draft as a co-sponsor.`,
          ),
        ),
    );
  },
  /** A resolution adopted in the plenary lifts its seat sponsors with the groups that wanted it. */
  'stage.closed': (state, intent, added) => {
    if (intent.type !== 'stage.closed' || !added.some((line) => line.kind === 'resolution.adopted'))
      return null;
    const draft = own(state.unga.drafts, intent.draft)?.context as
      DraftResolutionContext | undefined;
    if (!draft) return null;
    const stance = RESOLUTION_STANCE[draft.kind];
    const standing: StandingDeltas = {};
    for (const group of STANDING_GROUPS) if (stance[group] > 0) standing[group] = 1;
    return effect(
      [...draft.sponsors, ...draft.coSponsors]
        .filter(isSeat)
        .map((seat) =>
          change(seat, standing, 'The General Assembly adopted a resolution you sponsored.'),
        ),
    );
  },
  /** A destructive test gives every other seat a point of capital (a firm reply its capital backs); breaking one's own moratorium costs 5 more with every group and 5 more tension. */
  'asatTest.conducted': (state, intent) => {
    if (intent.type !== 'asatTest.conducted' || !intent.destructive || !isSeat(intent.actor))
      return null;
    const others = SEATS.filter((seat) => seat !== intent.actor).map((seat) =>
      change(seat, {}, 'Another delegation’s destructive test gives you something to say.', 1),
    );
    if (state.seats[intent.actor].moratorium !== 'declared') return effect(others);
    const standing = Object.fromEntries(STANDING_GROUPS.map((group) => [group, -5]));
    return effect([change(intent.actor, standing, 'You broke your own moratorium.'), ...others], 5);
  },
  'jointStatement.proposed': (state, intent) => {
    if (intent.type !== 'jointStatement.proposed' || isSeat(intent.with)) return null;
    return issued(state, { proposer: intent.actor, partner: intent.with });
  },
  'jointStatement.agreed': (state, intent) => {
    if (intent.type !== 'jointStatement.agreed') return null;
    const statement = state.jointStatements.find((known) => known.id === intent.statement);
    return statement ? issued(state, statement) : null;
  },
};

/** True when an intent of this type may move the economy even if a State, the chair or the host sends it. */
export function hasContextualEffect(type: Intent['type']): boolean {
  return Object.hasOwn(CONTEXT, type);
}

function effect(
  changes: readonly SeatChange[],
  tension = 0,
  debris = 0,
): Omit<ActionEffect, 'key' | 'cost'> {
  return { changes, tension, debris };
}

/** Accepting (+1) or opposing (-1) an amendment moves the actor's standing with its author's group. */
function amendmentAuthor(state: GameState, intent: Intent, delta: number) {
  if (
    (intent.type !== 'amendment.accepted' && intent.type !== 'amendment.objected') ||
    !isSeat(intent.actor)
  )
    return null;
  const body = own(state.cd.negotiations, intent.body)?.context as
    TreatyNegotiationContext | undefined;
  const amendment = body?.amendments.find((known) => known.id === intent.amendment);
  if (!amendment || amendment.proposedBy === intent.actor) return null;
  return effect([
    change(
      intent.actor,
      { [groupOf(state, amendment.proposedBy)]: delta },
      delta > 0
        ? 'The amendment’s author appreciates your support.'
        : 'The amendment’s author resents your objection.',
    ),
  ]);
}

/** Russia and China on one side, the United States and the EU on the other (RECORD.md 7). */
const CAMP: Readonly<Record<SeatId, 'sponsors' | 'west'>> = {
  RUS: 'sponsors',
  CHN: 'sponsors',
  USA: 'west',
  EU: 'west',
};

/**
 * A joint statement issued: each seat partner gains +2 with the other's group; across the divide
 * (Russia or China with the United States or the EU) it also eases tension by 3 and wins +1 with
 * the Group of 21.
 */
function issued(
  state: GameState,
  statement: Pick<JointStatement, 'proposer' | 'partner'>,
): Omit<ActionEffect, 'key' | 'cost'> {
  const { proposer, partner } = statement;
  const across = isSeat(proposer) && isSeat(partner) && CAMP[proposer] !== CAMP[partner];
  const changes: SeatChange[] = [];
  for (const [seat, other] of [
    [proposer, partner],
    [partner, proposer],
  ] as const) {
    if (!isSeat(seat)) continue;
    const standing: StandingDeltas = { [groupOf(state, other)]: 2 };
    if (across) standing.G21 = (standing.G21 ?? 0) + 1;
    changes.push(
      change(
        seat,
        standing,
        across
          ? 'A joint statement across the divide reassures everyone.'
          : 'A joint statement draws you closer to your partner’s friends.',
      ),
    );
  }
  return effect(changes, across ? -3 : 0);
}
