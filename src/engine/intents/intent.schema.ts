import { z } from 'zod';

const actor = z.string().min(2).max(8);
const id = z.string().min(1).max(64);
const shortText = z.string().min(1).max(200);
const longText = z.string().min(1).max(4000);

/** What the Conference may decide on: the subjects of a proposal (and of a decision objective). */
export const decisionSubjectSchema = z.enum([
  'agenda',
  'programmeOfWork',
  'subsidiaryBody',
  'annualReport',
  'implementation',
]);

const article = z.strictObject({ number: shortText, subject: shortText, text: longText });
const paragraph = z.strictObject({ id: z.string().regex(/^(PP|OP)\d+$/), text: longText });
const draftDocument = z.strictObject({
  kind: z.enum(['draftTreaty', 'workingPaper', 'comments', 'answers', 'letter']),
  title: shortText,
  summary: longText,
  respondsTo: z.array(id).max(20).default([]),
  articles: z.array(article).max(40).default([]),
  coAuthors: z.array(actor).max(50).default([]),
});
const resolutionKind = z.enum(['PAROS', 'NFP', 'TCBM', 'FPM', 'NORMS', 'DAASAT', 'OTHER']);

function intent<TType extends string, TShape extends z.ZodRawShape>(type: TType, shape: TShape) {
  return z.strictObject({ type: z.literal(type), actor, ...shape });
}

/**
 * Every intent a seat, a computer delegation, the chair or the host can send, validated at the
 * engine's door: a message that does not fit is refused before any rule is consulted.
 */
export const intentSchema = z.discriminatedUnion('type', [
  intent('turn.ended', {}),
  intent('date.advanced', {
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  }),
  intent('seat.controlled', {
    seat: z.enum(['CHN', 'RUS', 'USA', 'EU']),
    controller: z.enum(['human', 'bot']),
  }),
  intent('instruction.sent', { seat: z.enum(['CHN', 'RUS', 'USA', 'EU']), text: longText }),
  intent('consultation.held', { with: z.array(actor).min(1).max(40), topic: shortText }),

  intent('plenary.convened', {}),
  intent('plenary.adjourned', {}),
  intent('presidency.rotated', {}),
  intent('statement.made', { topic: shortText, text: longText.optional() }),

  intent('decision.proposed', {
    subject: decisionSubjectSchema,
    document: id.optional(),
    body: z
      .strictObject({
        id,
        agendaItem: z.number().int().min(1).max(10),
        mandate: z.enum(['negotiate', 'discuss']),
        basis: id.optional(),
      })
      .optional(),
  }),
  intent('consensus.joined', { decision: id }),
  intent('consensus.joinedWithDissociation', { decision: id, statement: longText }),
  intent('objection.raised', { decision: id }),
  intent('objection.withdrawn', { decision: id }),
  intent('decision.called', { decision: id, symbol: id.optional() }),
  intent('proposal.withdrawn', { decision: id }),

  intent('document.drafted', { draft: draftDocument }),
  intent('document.submitted', { document: id, symbol: id.optional() }),
  intent('document.tabled', { draft: draftDocument, symbol: id.optional() }),
  intent('document.revised', {
    document: id,
    title: shortText,
    summary: longText,
    articles: z.array(article).max(40),
    symbol: id.optional(),
  }),
  intent('document.shelved', { document: id }),
  intent('consideration.opened', { document: id }),

  intent('amendment.proposed', { body: id, article: shortText, text: longText }),
  intent('amendment.accepted', { body: id, amendment: id }),
  intent('amendment.objected', { body: id, amendment: id }),
  intent('amendment.withdrawn', { body: id, amendment: id }),
  intent('amendment.settled', { body: id, amendment: id }),
  intent('alternative.dropped', { body: id, article: shortText, alternative: id }),
  intent('textAdoption.called', { body: id }),
  intent('text.joined', { body: id }),
  intent('text.objected', { body: id }),
  intent('text.objectionWithdrawn', { body: id }),
  intent('textDecision.called', { body: id }),
  intent('negotiation.resumed', { body: id }),

  intent('draft.tabled', {
    kind: resolutionKind,
    title: shortText,
    paragraphs: z.array(paragraph).min(1).max(40),
    coSponsors: z.array(actor).max(193).default([]),
    symbol: id.optional(),
  }),
  intent('coSponsor.added', { draft: id }),
  intent('draft.introduced', { draft: id }),
  intent('draft.revised', { draft: id, paragraphs: z.array(paragraph).min(1).max(40).optional() }),
  intent('draft.withdrawn', { draft: id }),
  intent('action.opened', { draft: id }),
  intent('vote.requested', { draft: id }),
  intent('paragraphVote.requested', { draft: id, paragraph: z.string().regex(/^(PP|OP)\d+$/) }),
  intent('vote.explained', { draft: id, when: z.enum(['before', 'after']), text: longText }),
  intent('adoption.withoutVote', { draft: id }),
  intent('voting.opened', { draft: id }),
  intent('vote.cast', { draft: id, vote: z.enum(['yes', 'no', 'abstain']) }),
  intent('rollCall.recorded', {
    draft: id,
    yes: z.array(actor).max(200),
    no: z.array(actor).max(200),
    abstain: z.array(actor).max(200),
  }),
  intent('voting.closed', { draft: id }),
  intent('stage.closed', { draft: id }),
  intent('plenary.opened', { draft: id, resolution: id.optional() }),

  intent('gge.established', {
    mandate: id,
    experts: z.array(actor).min(3).max(60),
    sessions: z.number().int().min(1).max(6),
  }),
  intent('gge.sessionOpened', { gge: id }),
  intent('gge.sessionClosed', { gge: id }),
  intent('gge.reportDrafted', { gge: id, symbol: id }),
  intent('gge.joined', { gge: id }),
  intent('gge.objected', { gge: id }),
  intent('gge.objectionWithdrawn', { gge: id }),
  intent('gge.decisionCalled', { gge: id }),
  intent('gge.concluded', { gge: id }),

  intent('asatTest.conducted', { destructive: z.boolean() }),
  intent('moratorium.declared', {}),
  intent('launch.conducted', { purpose: z.enum(['civil', 'military']) }),
  intent('jointStatement.proposed', { with: actor, topic: shortText, text: longText.optional() }),
  intent('jointStatement.agreed', { statement: id }),
  intent('jointStatement.declined', { statement: id }),
]);

/** An intent as it arrives, before defaults are filled. */
export type IntentInput = z.input<typeof intentSchema>;
/** A validated intent. */
export type Intent = z.output<typeof intentSchema>;
export type IntentType = Intent['type'];
export type IntentOf<TType extends IntentType> = Extract<Intent, { type: TType }>;
