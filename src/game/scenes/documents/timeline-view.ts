import { el, button } from '../chamber/surface/overlay';
import { tv } from '../chamber/surface/views-i18n';
import { safeName } from '../hall/hall-model';
import type { ReaderDocument } from './document-model';
import { responseTimeline } from './document-model';

const ROW = 34;
const GUTTER = 74;

/**
 * The responds-to chain as a vertical timeline: one row per circulated document, oldest first,
 * and on the left an arc from each answer to the document it answers (dashed for a revision).
 * The rows are buttons that open the document; the arcs are drawing only (aria-hidden), the
 * same links being written out in each row's label.
 */
export function timelineView(
  documents: readonly ReaderDocument[],
  current: string | null,
  open: (symbol: string) => void,
): HTMLElement {
  const { nodes, links } = responseTimeline(documents);
  const wrapper = el('section', { attrs: { 'aria-label': tv('documents.timeline') } });
  wrapper.append(el('h3', { text: tv('documents.timeline') }));
  wrapper.append(el('p', { className: 'pv-muted', text: tv('documents.timelineHelp') }));
  const box = el('div');
  box.style.position = 'relative';
  box.style.height = `${nodes.length * ROW}px`;
  const rowOf = new Map(nodes.map((node, index) => [node.symbol, index]));
  const svgNs = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('width', String(GUTTER));
  svg.setAttribute('height', String(nodes.length * ROW));
  svg.setAttribute('aria-hidden', 'true');
  svg.style.position = 'absolute';
  svg.style.left = '0';
  svg.style.top = '0';
  links.forEach((link, index) => {
    const from = rowOf.get(link.from);
    const to = rowOf.get(link.to);
    if (from === undefined || to === undefined) return;
    const y1 = from * ROW + ROW / 2;
    const y2 = to * ROW + ROW / 2;
    const reach = GUTTER - 8 - Math.min(56, 10 + (Math.abs(from - to) * 9 + index * 2));
    const path = document.createElementNS(svgNs, 'path');
    path.setAttribute(
      'd',
      `M ${GUTTER - 4} ${y1} C ${reach} ${y1}, ${reach} ${y2}, ${GUTTER - 4} ${y2}`,
    );
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', link.kind === 'revises' ? '#f2c14e' : '#8fb8de');
    path.setAttribute('stroke-width', '2');
    if (link.kind === 'revises') path.setAttribute('stroke-dasharray', '5 4');
    svg.append(path);
    const head = document.createElementNS(svgNs, 'circle');
    head.setAttribute('cx', String(GUTTER - 4));
    head.setAttribute('cy', String(y2));
    head.setAttribute('r', '3');
    head.setAttribute('fill', link.kind === 'revises' ? '#f2c14e' : '#8fb8de');
    svg.append(head);
  });
  box.append(svg);
  const list = el('ol', { className: 'pv-list' });
  list.style.position = 'absolute';
  list.style.left = `${GUTTER}px`;
  list.style.right = '0';
  list.style.top = '0';
  nodes.forEach((node) => {
    const answers = links.filter((link) => link.from === node.symbol);
    const label = [
      `${node.symbol} (${node.date})`,
      node.authors.map(safeName).join(', '),
      ...answers.map((link) =>
        link.kind === 'revises'
          ? tv('documents.revises', { symbol: link.to })
          : tv('documents.answers', { symbols: link.to }),
      ),
    ].join(' — ');
    const item = el('li');
    item.style.height = `${ROW}px`;
    item.style.margin = '0';
    const row = button(
      `${node.symbol} · ${node.date.slice(0, 4)} · ${node.authors.join('/')}`,
      () => open(node.symbol),
      {
        className: 'pv-button',
        label,
        pressed: node.symbol === current,
      },
    );
    row.style.width = '100%';
    row.style.textAlign = 'left';
    row.style.whiteSpace = 'nowrap';
    row.style.overflow = 'hidden';
    row.style.textOverflow = 'ellipsis';
    row.title = `${node.symbol}: ${node.title}`;
    item.append(row);
    list.append(item);
  });
  box.append(list);
  wrapper.append(box);
  return wrapper;
}
