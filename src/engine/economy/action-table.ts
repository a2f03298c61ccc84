import type { StandingDeltas } from './standing';

/**
 * What each action of a seat costs and changes, as a table: the capital it costs, the standing
 * it wins or loses with each group, and what it does to tension and debris. Some rows take the
 * groups' stance on what the action is about (economy/stances.ts): joining a consensus on a PAROS
 * negotiating body pleases the Group of 21, who want it, objecting to it displeases them twice
 * as much. The few effects that depend on who is involved (the proposer of a decision, the
 * authors of an amendment, the partner of a joint statement) are the named functions below.
 * Only the four seats pay and have standing; other States, the chair and the host do not.
 */

/** Standing from the groups' stance on the subject: stance × factor, for the groups chosen. */
interface ByStance {
  readonly groups: 'all' | 'supporters' | 'opponents';
  readonly factor: number;
}

export interface ActionRow {
  /** Capital the acting seat pays. */
  readonly cost: number;
  /** Fixed standing changes for the acting seat. */
  readonly standing?: StandingDeltas;
  /** Standing changes from the stance of each group on what the action is about. */
  readonly byStance?: readonly ByStance[];
  readonly tension?: number;
  readonly debris?: number;
  /** Why, in a sentence a student understands. */
  readonly why: string;
}

const supporters = (factor: number): ByStance => ({ groups: 'supporters', factor });
const opponents = (factor: number): ByStance => ({ groups: 'opponents', factor });
const all = (factor: number): ByStance => ({ groups: 'all', factor });

/** The table. Keys are intent types, or `type:variant` where the variant changes the price. */
export const ACTION_TABLE = {
  'statement.made': {
    cost: 1,
    standing: { G21: 1 },
    why: 'A statement in plenary shows the Conference that you take its work seriously.',
  },
  'consultation.held': {
    cost: 2,
    why: 'Private consultations build trust with the groups of the delegations you consult.',
  },
  'document.drafted': {
    cost: 0,
    why: 'Drafting at home costs nothing until the text is circulated.',
  },
  'document:draftTreaty': {
    cost: 4,
    byStance: [all(1)],
    why: 'A full draft treaty is what the Group of 21 wants negotiated and what the West resists.',
  },
  'document:workingPaper': {
    cost: 2,
    byStance: [all(1)],
    why: 'A working paper feeds the debate without binding anyone.',
  },
  'document:comments': {
    cost: 1,
    byStance: [all(1)],
    why: 'Written comments and questions show you read the others’ proposals closely.',
  },
  'document:answers': {
    cost: 1,
    byStance: [all(1)],
    why: 'Answering your critics in writing keeps your proposal alive.',
  },
  'document:letter': { cost: 1, why: 'A letter to the Conference puts a view on the record.' },
  'document:draftDecision': {
    cost: 1,
    byStance: [all(1)],
    why: 'A draft decision offers the Conference a way forward.',
  },
  'document:report': { cost: 1, why: 'A report puts work on the record.' },
  'document.revised': {
    cost: 2,
    standing: { G21: 1, WEOG: 1 },
    why: 'Revising your text to answer its critics shows flexibility.',
  },
  'document.shelved': {
    cost: 0,
    byStance: [supporters(-1)],
    why: 'Setting a text aside disappoints those who wanted it.',
  },
  'consensus.joined': {
    cost: 0,
    byStance: [supporters(1)],
    why: 'Joining a consensus pleases the groups that want the decision.',
  },
  'consensus.joinedWithDissociation': {
    cost: 1,
    byStance: [opponents(-1)],
    why: 'Letting a decision pass while putting your reservations on the record reassures its opponents.',
  },
  'objection.raised': {
    cost: 3,
    byStance: [supporters(-2), opponents(-1)],
    why: 'Blocking a consensus alone is costly: the groups that wanted the decision remember who stopped it.',
  },
  'objection.withdrawn': {
    cost: 0,
    byStance: [supporters(1)],
    why: 'Withdrawing an objection lets the Conference move on.',
  },
  'amendment.proposed': {
    cost: 2,
    standing: { G21: 1 },
    why: 'Proposing new wording is real negotiation, which the Group of 21 has long asked for.',
  },
  'amendment.accepted': { cost: 0, why: 'Accepting an amendment is a gesture to its author.' },
  'amendment.objected': { cost: 1, why: 'Objecting to an amendment rebuffs its author.' },
  'alternative.dropped': {
    cost: 0,
    standing: { G21: 1 },
    why: 'Dropping your own alternative wording is a compromise.',
  },
  'text.joined': {
    cost: 0,
    byStance: [supporters(1)],
    tension: -1,
    why: 'Agreeing to a treaty text eases tension.',
  },
  'text.objected': {
    cost: 3,
    byStance: [supporters(-2), opponents(-1)],
    tension: 1,
    why: 'Blocking a negotiated treaty text is costly and raises tension.',
  },
  'text.objectionWithdrawn': {
    cost: 0,
    byStance: [supporters(1)],
    why: 'Withdrawing an objection to the text lets it go forward.',
  },
  'draft.tabled': {
    cost: 3,
    byStance: [all(1)],
    why: 'Tabling a resolution wins over the groups that want it and annoys those that do not.',
  },
  'coSponsor.added': {
    cost: 1,
    byStance: [all(1)],
    why: 'Co-sponsoring a resolution puts your name to it.',
  },
  'draft.introduced': { cost: 1, why: 'Introducing the draft in committee is a sponsor’s work.' },
  'draft.revised': {
    cost: 1,
    standing: { G21: 1 },
    why: 'Revising a draft to win votes shows willingness to compromise.',
  },
  'draft.withdrawn': {
    cost: 0,
    byStance: [supporters(-1)],
    why: 'Withdrawing a draft disappoints those who would have voted for it.',
  },
  'vote.requested': {
    cost: 1,
    byStance: [supporters(-1), opponents(-1)],
    why: 'Forcing a recorded vote annoys the text’s supporters and pleases its opponents.',
  },
  'paragraphVote.requested': {
    cost: 1,
    byStance: [supporters(-1), opponents(-1)],
    why: 'Asking for a separate vote on a paragraph singles it out.',
  },
  'vote.explained': {
    cost: 1,
    standing: { G21: 1, EU: 1 },
    why: 'Explaining your vote shows respect for the Assembly.',
  },
  'vote.cast:yes': {
    cost: 0,
    byStance: [all(1)],
    why: 'A yes vote pleases the groups that want the text and displeases those against it.',
  },
  'vote.cast:no': {
    cost: 0,
    byStance: [all(-1)],
    why: 'A no vote pleases the text’s opponents and displeases its supporters.',
  },
  'vote.cast:abstain': { cost: 0, why: 'An abstention commits you to nothing.' },
  'gge.joined': {
    cost: 0,
    standing: { G21: 1, WEOG: 1, EU: 1 },
    why: 'Supporting the experts’ report helps the group reach consensus.',
  },
  'gge.objected': {
    cost: 2,
    standing: { G21: -2, WEOG: -1, EU: -1 },
    tension: 1,
    why: 'Blocking the experts’ report wastes years of work and raises tension.',
  },
  'gge.objectionWithdrawn': {
    cost: 0,
    standing: { G21: 1 },
    why: 'Withdrawing the objection lets the experts agree.',
  },
  'asatTest:destructive': {
    cost: 6,
    standing: { G21: -3, WEOG: -4, EEG: -2, CHN: -2, EU: -5 },
    tension: 10,
    debris: 15,
    why: 'A destructive anti-satellite test fills orbit with debris for years (China’s 2007 test and Russia’s 2021 test each left over a thousand tracked fragments) and alarms everyone.',
  },
  'asatTest:nonDestructive': {
    cost: 3,
    standing: { WEOG: -1, EU: -1 },
    tension: 3,
    why: 'A test without a target leaves no debris but shows that you hold the weapon.',
  },
  'moratorium.declared': {
    cost: 3,
    standing: { WEOG: 3, EU: 3, G21: 1, EEG: 1 },
    tension: -5,
    why: 'Promising not to conduct destructive tests, as the United States did in April 2022, eases tension and wins friends in the West.',
  },
  'launch:civil': {
    cost: 2,
    standing: { G21: 1 },
    debris: 1,
    why: 'A civil satellite serves people on Earth, but every launch adds a little to the crowd in orbit.',
  },
  'launch:military': {
    cost: 2,
    standing: { G21: -1 },
    tension: 2,
    debris: 1,
    why: 'A military satellite makes the others more nervous.',
  },
  'jointStatement.proposed': {
    cost: 2,
    why: 'Preparing a joint statement takes diplomatic work; it pays off when it is issued.',
  },
  'jointStatement.agreed': { cost: 1, why: 'Agreeing to a joint statement ties you to a partner.' },
  'jointStatement.declined': {
    cost: 0,
    why: 'Declining costs nothing, except the partner’s goodwill.',
  },
} as const satisfies Readonly<Record<string, ActionRow>>;

export type ActionKey = keyof typeof ACTION_TABLE;
