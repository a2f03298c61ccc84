/**
 * Rules for documents of the Conference on Disarmament and for a treaty text under negotiation.
 *
 * Documents: an official document carries a symbol CD/ followed by a running number (CD/1839,
 * CD/1985); presidents' drafts and working papers are CD/WP.<number> (CD/WP.605); a revision
 * may add /Rev.<n> (CD/WP.605/Rev.1, CD/8/Rev.9). VERIFIED pattern (RECORD.md 3.8).
 *
 * Treaty text: negotiated article by article in a subsidiary body with a negotiating mandate;
 * text not yet agreed stays in square brackets as competing alternatives, and the text as a
 * whole is adopted by consensus (RECORD.md 3.1, 3.7).
 */
import { hasConsensus } from './consensus';

// ---------------------------------------------------------------------------------------------
// Documents and symbols
// ---------------------------------------------------------------------------------------------

export type DocumentKind =
  'draftTreaty' | 'workingPaper' | 'comments' | 'answers' | 'letter' | 'draftDecision' | 'report';

const DOCUMENT_SYMBOL = /^CD\/(?:WP\.)?[1-9]\d*(?:\/Rev\.[1-9]\d*)?$/;

/** `CD/1839`, `CD/WP.605`, `CD/WP.605/Rev.1`; not `PPWT`, `CD/`, `A/RES/63/40`. */
export function isDocumentSymbol(symbol: string): boolean {
  return DOCUMENT_SYMBOL.test(symbol);
}

/** A calendar date written `YYYY-MM-DD` (2008-02-29 yes, 2009-02-29 no). */
export function isIsoDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
}

export interface DocumentRecord {
  readonly symbol: string | null;
  readonly respondsTo: readonly string[];
  readonly responses: readonly string[];
}

/**
 * Another official document may answer this one (CD/1847 answers CD/1839); a document does not
 * answer itself, and the same answer is recorded once.
 */
export function isAdmissibleResponse(document: DocumentRecord, response: string): boolean {
  return (
    isDocumentSymbol(response) &&
    response !== document.symbol &&
    !document.responses.includes(response)
  );
}

/**
 * A revision (CD/1985 for CD/1839) is a new official document: not the document itself, not one
 * of the documents it answers and not one of the answers it received.
 */
export function isAdmissibleRevision(document: DocumentRecord, revision: string): boolean {
  return (
    isDocumentSymbol(revision) &&
    revision !== document.symbol &&
    !document.respondsTo.includes(revision) &&
    !document.responses.includes(revision)
  );
}

/** Only a draft treaty (CD/1839, CD/1985) can become the basis of treaty negotiations. */
export function isDraftTreaty(kind: DocumentKind): boolean {
  return kind === 'draftTreaty';
}

// ---------------------------------------------------------------------------------------------
// Treaty text
// ---------------------------------------------------------------------------------------------

export interface TreatyAlternative {
  readonly id: string;
  readonly text: string;
  /** Null for the text of the basis draft. */
  readonly proposedBy: string | null;
}

export interface TreatyArticle {
  readonly subject: string;
  /** One alternative: agreed text. More than one: the article is in brackets. */
  readonly alternatives: readonly TreatyAlternative[];
  readonly agreed: boolean;
}

export type TreatyArticles = Readonly<Record<string, TreatyArticle>>;

export type AmendmentStatus = 'open' | 'incorporated' | 'bracketed' | 'withdrawn';

export interface Amendment {
  readonly id: string;
  readonly article: string;
  readonly text: string;
  readonly proposedBy: string;
  readonly accepted: readonly string[];
  readonly objections: readonly string[];
  readonly status: AmendmentStatus;
}

export interface DraftArticle {
  readonly number: string;
  readonly subject: string;
  readonly text: string;
}

export interface TreatyText {
  readonly articles: TreatyArticles;
  readonly amendments: readonly Amendment[];
}

function article(subject: string, alternatives: readonly TreatyAlternative[]): TreatyArticle {
  return { subject, alternatives, agreed: alternatives.length === 1 };
}

/** The basis draft as the starting text: each article one alternative, named after the draft. */
export function articlesOfDraft(basis: string, draft: readonly DraftArticle[]): TreatyArticles {
  return Object.fromEntries(
    draft.map((entry) => [
      entry.number,
      article(entry.subject, [{ id: basis, text: entry.text, proposedBy: null }]),
    ]),
  );
}

export function articleOf(articles: TreatyArticles, number: string): TreatyArticle | undefined {
  return Object.hasOwn(articles, number) ? articles[number] : undefined;
}

export function isArticleOfText(articles: TreatyArticles, number: string): boolean {
  return articleOf(articles, number) !== undefined;
}

export function isBracketed(articleOfText: TreatyArticle): boolean {
  return articleOfText.alternatives.length > 1;
}

export function amendmentOf(amendments: readonly Amendment[], id: string): Amendment | undefined {
  return amendments.find((amendment) => amendment.id === id);
}

export function isOpenAmendment(amendments: readonly Amendment[], id: string): boolean {
  return amendmentOf(amendments, id)?.status === 'open';
}

/** An amendment id is new when no amendment and no alternative of the text already uses it. */
export function isNewAmendmentId(text: TreatyText, id: string): boolean {
  return (
    amendmentOf(text.amendments, id) === undefined &&
    Object.values(text.articles).every((entry) =>
      entry.alternatives.every((alternative) => alternative.id !== id),
    )
  );
}

/** Put to adoption only when no article is bracketed and no amendment is still open. */
export function isTextFreeOfBrackets(text: TreatyText): boolean {
  return (
    Object.values(text.articles).every((entry) => !isBracketed(entry)) &&
    text.amendments.every((amendment) => amendment.status !== 'open')
  );
}

/**
 * An open amendment goes in as agreed text when no member objects to it (consensus, CD/8/Rev.9
 * rule 18, number UNCERTAIN).
 */
export function isUnopposedAmendment(
  members: readonly string[],
  amendments: readonly Amendment[],
  id: string,
): boolean {
  const current = amendmentOf(amendments, id);
  return current?.status === 'open' && hasConsensus({ members, objections: current.objections });
}

/** An unopposed amendment replaces the whole article: the article becomes one agreed text. */
export function incorporateAmendment(
  articles: TreatyArticles,
  amendment: Amendment,
): TreatyArticles {
  const current = articleOf(articles, amendment.article);
  if (current === undefined) return articles;
  const alternative = { id: amendment.id, text: amendment.text, proposedBy: amendment.proposedBy };
  return { ...articles, [amendment.article]: article(current.subject, [alternative]) };
}

/** An opposed amendment stays in the text as a bracketed alternative. */
export function bracketAmendment(articles: TreatyArticles, amendment: Amendment): TreatyArticles {
  const current = articleOf(articles, amendment.article);
  if (current === undefined) return articles;
  const alternative = { id: amendment.id, text: amendment.text, proposedBy: amendment.proposedBy };
  return {
    ...articles,
    [amendment.article]: article(current.subject, [...current.alternatives, alternative]),
  };
}

/**
 * A delegation may drop from a bracketed article an alternative it put forward itself; the basis
 * text is nobody's to drop alone (brackets around it go only by an unopposed amendment).
 */
export function mayDropAlternative(
  articles: TreatyArticles,
  number: string,
  alternativeId: string,
  member: string,
): boolean {
  const current = articleOf(articles, number);
  if (current === undefined || !isBracketed(current)) return false;
  return current.alternatives.some(
    (alternative) => alternative.id === alternativeId && alternative.proposedBy === member,
  );
}

export function dropAlternative(
  articles: TreatyArticles,
  number: string,
  alternativeId: string,
): TreatyArticles {
  const current = articleOf(articles, number);
  if (current === undefined) return articles;
  const remaining = current.alternatives.filter((alternative) => alternative.id !== alternativeId);
  return { ...articles, [number]: article(current.subject, remaining) };
}

// ---------------------------------------------------------------------------------------------
// Amendments
// ---------------------------------------------------------------------------------------------

export interface AmendmentProposal {
  readonly id: string;
  readonly article: string;
  readonly text: string;
  readonly member: string;
}

function without(list: readonly string[], member: string): string[] {
  return list.filter((entry) => entry !== member);
}

function changeAmendment(
  amendments: readonly Amendment[],
  id: string,
  change: (current: Amendment) => Amendment,
): Amendment[] {
  return amendments.map((entry) => (entry.id === id ? change(entry) : entry));
}

/** A new amendment is open, and its proposer is counted in favour. */
export function proposeAmendment(
  amendments: readonly Amendment[],
  proposal: AmendmentProposal,
): Amendment[] {
  const { id, article: number, text, member } = proposal;
  return [
    ...amendments,
    {
      id,
      article: number,
      text,
      proposedBy: member,
      accepted: [member],
      objections: [],
      status: 'open',
    },
  ];
}

/** A delegation may accept an open amendment it has not accepted yet (even after objecting). */
export function mayAcceptAmendment(
  amendments: readonly Amendment[],
  id: string,
  member: string,
): boolean {
  const current = amendmentOf(amendments, id);
  return current?.status === 'open' && !current.accepted.includes(member);
}

/** Any delegation but the proposer may object to an open amendment, once. */
export function mayObjectToAmendment(
  amendments: readonly Amendment[],
  id: string,
  member: string,
): boolean {
  const current = amendmentOf(amendments, id);
  return (
    current?.status === 'open' &&
    current.proposedBy !== member &&
    !current.objections.includes(member)
  );
}

/** Only the delegation that proposed an open amendment may withdraw it. */
export function isProposerOfOpenAmendment(
  amendments: readonly Amendment[],
  id: string,
  member: string,
): boolean {
  const current = amendmentOf(amendments, id);
  return current?.status === 'open' && current.proposedBy === member;
}

export function acceptAmendment(
  amendments: readonly Amendment[],
  id: string,
  member: string,
): Amendment[] {
  return changeAmendment(amendments, id, (entry) => ({
    ...entry,
    accepted: [...entry.accepted, member],
    objections: without(entry.objections, member),
  }));
}

export function objectToAmendment(
  amendments: readonly Amendment[],
  id: string,
  member: string,
): Amendment[] {
  return changeAmendment(amendments, id, (entry) => ({
    ...entry,
    accepted: without(entry.accepted, member),
    objections: [...entry.objections, member],
  }));
}

export function withdrawAmendment(amendments: readonly Amendment[], id: string): Amendment[] {
  return changeAmendment(amendments, id, (entry) => ({ ...entry, status: 'withdrawn' }));
}

/**
 * Settles an open amendment: 'incorporated' replaces the article by the amendment as agreed
 * text; 'bracketed' adds it to the article as one more alternative.
 */
export function settleAmendment(
  text: TreatyText,
  id: string,
  status: 'incorporated' | 'bracketed',
): TreatyText {
  const current = amendmentOf(text.amendments, id);
  if (current?.status !== 'open') return text;
  return {
    articles:
      status === 'incorporated'
        ? incorporateAmendment(text.articles, current)
        : bracketAmendment(text.articles, current),
    amendments: changeAmendment(text.amendments, id, (entry) => ({ ...entry, status })),
  };
}
