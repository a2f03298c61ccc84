import type { DocumentLifecycleContext, DocumentEntry, GameView } from '../../../engine/index';

/** The engine's own context type, read from the view (no copy that could drift). */
export type DocumentContext = DocumentLifecycleContext;

export function documentContextOf(entry: DocumentEntry): DocumentContext {
  return entry.procedure.context as DocumentContext;
}

/** An article of another document: `{ document: 'CD/1839', article: 'VI' }`. */
export interface ArticleRef {
  readonly document: string;
  readonly article: string;
}

export interface ReaderArticle {
  readonly number: string;
  readonly subject: string;
  readonly text: string;
  readonly confidence: string;
  /** The articles this one answers (a comment on CD/1839 Article VI targets it). */
  readonly targets: readonly ArticleRef[];
  /** True when it speaks to the whole text it answers ("Articles I-XIII as a whole"). */
  readonly wholeText: boolean;
  /** The articles of later documents that answer this one. */
  readonly answeredBy: readonly ArticleRef[];
}

export interface ReaderDocument {
  readonly id: string;
  readonly symbol: string | null;
  /** The symbol once circulated, the draft id before. */
  readonly reference: string;
  readonly title: string;
  readonly kind: string;
  readonly authors: readonly string[];
  readonly date: string;
  readonly summary: string;
  readonly confidence: string;
  readonly source: string;
  readonly origin: string;
  readonly status: string;
  readonly respondsTo: readonly string[];
  readonly responses: readonly string[];
  readonly revises: string | null;
  readonly supersededBy: string | null;
  readonly articles: readonly ReaderArticle[];
}

const ROMAN = /\b([IVXLC]+)(?:\([a-z]\))?(?:\s*[-–]\s*([IVXLC]+))?/g;

/**
 * Which articles an answer's heading points at, in the record's own words: "On Article VI",
 * "On Articles I(e) and II", "On Articles I-XIII as a whole" (the whole text), "On objection 2"
 * and "On US point 1" (an article of the document answered, by its number).
 */
export function parseTargets(subject: string): {
  articles: string[];
  points: string[];
  whole: boolean;
} {
  const head = subject.split(':')[0] ?? subject;
  const articles: string[] = [];
  const points: string[] = [];
  let whole = /as a whole|the draft as a whole/i.test(head);
  const articlePart = /Articles?\s+(.+?)(?=$|\bon\b|\bpoints?\b|\bobjections?\b)/i.exec(head);
  if (articlePart) {
    for (const match of articlePart[1]!.matchAll(ROMAN)) {
      if (match[2] !== undefined) whole = true;
      else if (!articles.includes(match[1]!)) articles.push(match[1]!);
    }
  }
  const numbered = /\b(?:objections?|points?)\s+([\d\s,and]+)/i.exec(head);
  if (numbered) for (const digits of numbered[1]!.match(/\d+/g) ?? []) points.push(digits);
  return { articles, points, whole };
}

function toReader(entry: DocumentEntry): Omit<ReaderDocument, 'articles'> & {
  articles: DocumentEntry['articles'];
} {
  const context = documentContextOf(entry);
  const value = entry.procedure.value;
  return {
    id: entry.id,
    symbol: context.symbol,
    reference: context.symbol ?? entry.id,
    title: context.title,
    kind: context.kind,
    authors: context.authors,
    date: context.submittedOn ?? entry.date,
    summary: entry.summary,
    confidence: entry.confidence,
    source: entry.source,
    origin: entry.origin,
    status: typeof value === 'string' ? value : '',
    respondsTo: context.respondsTo,
    responses: context.responses,
    revises: context.revises,
    supersededBy: context.supersededBy,
    articles: entry.articles,
  };
}

/**
 * The documents a viewer can read, each article tied to what it answers and to what answers
 * it: a heading "On Article VI" of CD/1847 (which answers CD/1839) targets CD/1839 Article VI;
 * "On objection 2" of CD/1872 (which answers CD/1847) targets CD/1847 item 2. Article names
 * are looked for in the nearest draft treaty up the chain of answers.
 */
export function readerDocuments(view: GameView): ReaderDocument[] {
  const raw = view.documentOrder.flatMap((id) => {
    const entry = view.documents[id];
    return entry ? [toReader(entry)] : [];
  });
  const bySymbol = new Map(raw.flatMap((doc) => (doc.symbol ? [[doc.symbol, doc] as const] : [])));
  const draftTreatyAbove = (start: readonly string[]): string | null => {
    const queue = [...start];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const symbol = queue.shift()!;
      if (seen.has(symbol)) continue;
      seen.add(symbol);
      const doc = bySymbol.get(symbol);
      if (!doc) continue;
      if (doc.kind === 'draftTreaty') return symbol;
      queue.push(...doc.respondsTo);
    }
    return null;
  };
  const targetsOf = new Map<string, { refs: ArticleRef[]; whole: boolean }[]>();
  for (const doc of raw) {
    const treaty = draftTreatyAbove(doc.respondsTo);
    const answered = doc.respondsTo[0] ?? null;
    targetsOf.set(
      doc.id,
      doc.articles.map((article) => {
        const parsed = parseTargets(article.subject);
        const refs: ArticleRef[] = [];
        if (doc.respondsTo.length > 0) {
          if (treaty !== null)
            for (const number of parsed.articles) refs.push({ document: treaty, article: number });
          if (answered !== null)
            for (const point of parsed.points) refs.push({ document: answered, article: point });
        }
        return { refs, whole: parsed.whole && doc.respondsTo.length > 0 };
      }),
    );
  }
  return raw.map((doc) => ({
    ...doc,
    articles: doc.articles.map((article, index) => {
      const own = targetsOf.get(doc.id)?.[index] ?? { refs: [], whole: false };
      const answeredBy: ArticleRef[] = [];
      if (doc.symbol !== null) {
        for (const other of raw) {
          if (other.symbol === null) continue;
          other.articles.forEach((otherArticle, otherIndex) => {
            const refs = targetsOf.get(other.id)?.[otherIndex]?.refs ?? [];
            if (refs.some((ref) => ref.document === doc.symbol && ref.article === article.number))
              answeredBy.push({ document: other.symbol!, article: otherArticle.number });
          });
        }
      }
      return { ...article, targets: own.refs, wholeText: own.whole, answeredBy };
    }),
  }));
}

export interface TimelineNode {
  readonly symbol: string;
  readonly date: string;
  readonly title: string;
  readonly kind: string;
  readonly authors: readonly string[];
}

export interface TimelineLink {
  readonly from: string;
  readonly to: string;
  readonly kind: 'responds' | 'revises';
}

/**
 * The responds-to chain as a timeline: every circulated document, by date, and the answers and
 * revisions between them (CD/1847 answers CD/1839; CD/1985 revises CD/1839).
 */
export function responseTimeline(documents: readonly ReaderDocument[]): {
  nodes: TimelineNode[];
  links: TimelineLink[];
} {
  const nodes = documents
    .filter((doc) => doc.symbol !== null)
    .map((doc) => ({
      symbol: doc.symbol!,
      date: doc.date,
      title: doc.title,
      kind: doc.kind,
      authors: doc.authors,
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.symbol.localeCompare(b.symbol));
  const known = new Set(nodes.map((node) => node.symbol));
  const links: TimelineLink[] = [];
  for (const doc of documents) {
    if (doc.symbol === null) continue;
    for (const target of doc.respondsTo)
      if (known.has(target)) links.push({ from: doc.symbol, to: target, kind: 'responds' });
    if (doc.revises !== null && known.has(doc.revises))
      links.push({ from: doc.symbol, to: doc.revises, kind: 'revises' });
  }
  return { nodes, links };
}
