import type { DocumentEntry } from '../../../engine/index';
import { memberName } from '../../../engine/index';
import { h } from '../dom';
import type { PlayHud } from './play-hud';

interface DocumentContext {
  readonly symbol: string | null;
  readonly title: string;
  readonly authors: readonly string[];
  readonly respondsTo: readonly string[];
  readonly responses: readonly string[];
}

/** Every document the viewer may see, as headings with their stage, chain and articles. */
export function documentsPanel(hud: PlayHud): HTMLElement {
  const { t } = hud.shell;
  const view = hud.view();
  const entries = view.documentOrder.flatMap((id) =>
    view.documents[id] ? [view.documents[id]] : [],
  );
  return h(
    'section',
    { class: 'documents', 'aria-labelledby': 'documents-heading' },
    h('h2', { id: 'documents-heading' }, t('documents.heading')),
    entries.length === 0 ? h('p', { class: 'empty' }, t('documents.none')) : null,
    ...entries.map((entry) => documentItem(hud, entry)),
  );
}

function documentItem(hud: PlayHud, entry: DocumentEntry): HTMLElement {
  const { t } = hud.shell;
  const context = entry.procedure.context as DocumentContext;
  const rows: [string, string][] = [
    [t('documents.authors'), context.authors.map(memberName).join(', ')],
    [t('documents.state'), String(entry.procedure.value)],
  ];
  if (context.respondsTo.length > 0)
    rows.push([t('documents.respondsTo'), context.respondsTo.join(', ')]);
  if (context.responses.length > 0)
    rows.push([t('documents.answeredBy'), context.responses.join(', ')]);
  return h(
    'article',
    { class: 'document', 'data-testid': 'document' },
    h(
      'h3',
      {},
      context.symbol ?? `${entry.id} (${t('documents.unsubmitted')})`,
      h('span', { class: 'document-title' }, ` ${context.title}`),
    ),
    h('p', {}, entry.summary),
    h(
      'dl',
      { class: 'facts' },
      ...rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
    ),
    entry.articles.length > 0
      ? h(
          'details',
          {},
          h('summary', {}, t('documents.articles', { count: entry.articles.length })),
          ...entry.articles.map((article) =>
            h(
              'section',
              { class: 'article' },
              h(
                'h4',
                {},
                t('documents.article', { number: article.number, subject: article.subject }),
              ),
              h('p', {}, article.text),
            ),
          ),
        )
      : null,
  );
}
