import type { SideBySide } from '../../../engine/index';
import { button, el } from '../chamber/surface/overlay';
import { tv } from '../chamber/surface/views-i18n';
import { safeName } from '../hall/hall-model';
import type { ArticleRef, ReaderDocument } from './document-model';

/** An element id for an article of a document, so answers can link to it. */
export function articleAnchor(reference: string, article: string): string {
  return `pv-art-${reference}-${article}`.replace(/[^A-Za-z0-9_-]/g, '_');
}

function confidenceMark(confidence: string): HTMLElement {
  const mark = el('span', {
    className: `pv-conf pv-conf-${confidence}`,
    text: tv(`confidence.${confidence}`, { defaultValue: confidence }),
  });
  mark.title = tv(`confidence.${confidence}Help`, { defaultValue: '' });
  return mark;
}

function refLinks(
  refs: readonly ArticleRef[],
  open: (symbol: string, article?: string) => void,
): HTMLElement[] {
  return refs.map((ref) =>
    button(
      tv('documents.articleRef', { document: ref.document, article: ref.article }),
      () => open(ref.document, ref.article),
      {
        className: 'pv-chip',
      },
    ),
  );
}

function symbolLinks(symbols: readonly string[], open: (symbol: string) => void): HTMLElement[] {
  return symbols.map((symbol) => button(symbol, () => open(symbol), { className: 'pv-chip' }));
}

/**
 * One document in full: heading, authors and dates, its place in the chain of answers, its
 * summary and every article with its confidence mark, what it answers and what answers it.
 */
export function documentView(
  doc: ReaderDocument,
  open: (symbol: string, article?: string) => void,
): HTMLElement {
  const page = el('article', { attrs: { 'aria-labelledby': 'pv-doc-title' } });
  page.append(el('h2', { text: `${doc.reference} — ${doc.title}`, attrs: { id: 'pv-doc-title' } }));
  const meta = el('p', { className: 'pv-meta' });
  meta.append(
    `${tv(`docKinds.${doc.kind}`, { defaultValue: doc.kind })} · ${tv('documents.authors', { names: doc.authors.map(safeName).join(', ') })} · ${tv('documents.circulated', { date: doc.date })} · ${tv('documents.status', { status: tv(`docStatus.${doc.status}`, { defaultValue: doc.status }) })}`,
    confidenceMark(doc.confidence),
  );
  page.append(meta);
  const chain = el('p', { className: 'pv-meta' });
  const addChain = (label: string, symbols: readonly string[]): void => {
    if (symbols.length === 0) return;
    chain.append(`${label} `, ...symbolLinks(symbols, open), ' ');
  };
  addChain(tv('documents.answers', { symbols: '' }).trim(), doc.respondsTo);
  addChain(tv('documents.answeredBy', { symbols: '' }).trim(), doc.responses);
  if (doc.revises) addChain(tv('documents.revises', { symbol: '' }).trim(), [doc.revises]);
  if (doc.supersededBy)
    addChain(tv('documents.supersededBy', { symbol: '' }).trim(), [doc.supersededBy]);
  if (chain.childNodes.length > 0) page.append(chain);
  page.append(el('p', { text: doc.summary }));
  page.append(el('h3', { text: tv('documents.articles') }));
  if (doc.articles.length === 0)
    page.append(el('p', { className: 'pv-meta', text: tv('documents.noArticles') }));
  for (const article of doc.articles) {
    const section = el('article', {
      attrs: { id: articleAnchor(doc.reference, article.number), tabindex: '-1' },
    });
    const heading = el('h4', {
      text: tv('documents.article', { number: article.number, subject: article.subject }),
    });
    heading.append(confidenceMark(article.confidence));
    section.append(heading, el('p', { text: article.text }));
    if (article.targets.length > 0 || article.wholeText) {
      const box = el('div', { className: 'pv-answer' });
      if (article.targets.length > 0)
        box.append(
          `${tv('documents.targets', { refs: '' }).trim()} `,
          ...refLinks(article.targets, open),
        );
      if (article.wholeText) box.append(el('span', { text: ` ${tv('documents.wholeText')}` }));
      section.append(box);
    }
    if (article.answeredBy.length > 0) {
      const box = el('div', { className: 'pv-answer' });
      box.append(
        `${tv('documents.answeredHere', { refs: '' }).trim()} `,
        ...refLinks(article.answeredBy, open),
      );
      section.append(box);
    }
    page.append(section);
  }
  page.append(
    el('p', { className: 'pv-meta', text: tv('documents.source', { source: doc.source }) }),
  );
  return page;
}

/** Two texts article by article (CD/1839 beside CD/1985), with what changed under each pair. */
export function sideBySideView(comparison: SideBySide): HTMLElement {
  const page = el('article', { attrs: { 'aria-labelledby': 'pv-compare-title' } });
  page.append(
    el('h2', {
      text: tv('documents.compareTitle', { from: comparison.from, to: comparison.to }),
      attrs: { id: 'pv-compare-title' },
    }),
  );
  const meta = el('p', {
    className: 'pv-meta',
    text: tv('documents.source', { source: comparison.source }),
  });
  meta.append(confidenceMark(comparison.confidence));
  page.append(meta, el('p', { text: comparison.summary }));
  for (const row of comparison.rows) {
    const section = el('section');
    const heading = el('h3', { text: row.subject });
    heading.append(confidenceMark(row.confidence));
    section.append(heading);
    const columns = el('div', { className: 'pv-columns' });
    for (const [symbol, text] of [
      [comparison.from, row.from],
      [comparison.to, row.to],
    ] as const) {
      const column = el('div');
      if (text) {
        column.append(
          el('h4', {
            text: `${symbol} ${tv('documents.article', { number: text.number, subject: text.subject })}`,
          }),
        );
        column.append(el('p', { text: text.text }));
      } else {
        column.append(
          el('h4', { text: symbol }),
          el('p', { className: 'pv-meta', text: tv('documents.removed') }),
        );
      }
      columns.append(column);
    }
    section.append(columns);
    const change = el('p', { className: 'pv-change' });
    change.append(el('strong', { text: `${tv('documents.change')}: ` }), row.change);
    section.append(change);
    page.append(section);
  }
  return page;
}
