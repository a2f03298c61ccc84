import { VOTE_COLOURS } from '../hall/vote-colours';
import type { VotePoint } from './debrief-model';
import { escapeHtml } from './html';

export interface ChartLabels {
  readonly title: string;
  readonly yes: string;
  readonly no: string;
  readonly abstain: string;
  /** Describes one bar for a screen reader and a tooltip: "2014: 178 yes, 0 no, 2 abstain". */
  readonly bar: (point: VotePoint) => string;
}

/** The plenary votes of each resolution family, the one chart per family the debrief draws. */
export function seriesByKind(points: readonly VotePoint[]): Map<string, VotePoint[]> {
  const series = new Map<string, VotePoint[]>();
  for (const point of points) {
    if (point.method !== 'recorded' || point.tally === null || point.forum !== 'plenary') continue;
    const list = series.get(point.kind) ?? [];
    list.push(point);
    series.set(point.kind, list);
  }
  return series;
}

/**
 * One family's recorded votes as stacked bars, year by year: yes at the bottom, then abstain,
 * then no, each part in a colour-blind-safe colour and with its letter, and a text title on
 * every bar. Plain SVG text, so the same chart serves the screen and the printed report.
 */
export function voteChartSvg(points: readonly VotePoint[], labels: ChartLabels): string {
  const width = 560;
  const height = 220;
  const left = 40;
  const bottom = 30;
  const top = 28;
  const plotHeight = height - top - bottom;
  const max = Math.max(
    1,
    ...points.map((p) => (p.tally ? p.tally.yes + p.tally.no + p.tally.abstain : 0)),
  );
  const scale = plotHeight / max;
  const slot = (width - left - 10) / Math.max(1, points.length);
  const barWidth = Math.max(6, Math.min(28, slot * 0.7));
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(labels.title)}" class="vote-chart">`,
    `<text x="${left}" y="16" font-size="13" font-weight="bold" fill="currentColor">${escapeHtml(labels.title)}</text>`,
    `<line x1="${left}" y1="${top + plotHeight}" x2="${width - 5}" y2="${top + plotHeight}" stroke="currentColor" stroke-width="1"/>`,
  );
  for (const tick of [0, 0.5, 1]) {
    const value = Math.round(max * tick);
    const y = top + plotHeight - value * scale;
    parts.push(
      `<text x="${left - 4}" y="${y + 4}" font-size="10" text-anchor="end" fill="currentColor">${value}</text>`,
      `<line x1="${left}" y1="${y}" x2="${width - 5}" y2="${y}" stroke="currentColor" stroke-opacity="0.15"/>`,
    );
  }
  points.forEach((point, index) => {
    if (!point.tally) return;
    const x = left + index * slot + (slot - barWidth) / 2;
    let y = top + plotHeight;
    const description = escapeHtml(labels.bar(point));
    parts.push(`<g><title>${description}</title>`);
    for (const part of ['yes', 'abstain', 'no'] as const) {
      const count = point.tally[part];
      if (count === 0) continue;
      const h = count * scale;
      y -= h;
      const colour = VOTE_COLOURS[part];
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" fill="${colour.fill}" stroke="#1b1f24" stroke-width="0.5"/>`,
      );
      if (h >= 11 && barWidth >= 10)
        parts.push(
          `<text x="${(x + barWidth / 2).toFixed(1)}" y="${(y + h / 2 + 4).toFixed(1)}" font-size="9" text-anchor="middle" fill="${colour.ink}">${colour.letter}</text>`,
        );
    }
    parts.push('</g>');
    if (points.length <= 24 || index % 2 === 0)
      parts.push(
        `<text x="${(x + barWidth / 2).toFixed(1)}" y="${height - bottom + 14}" font-size="10" text-anchor="middle" fill="currentColor">${String(point.year).slice(2)}</text>`,
      );
  });
  const legend = (['yes', 'abstain', 'no'] as const).map((part, index) => {
    const colour = VOTE_COLOURS[part];
    const x = width - 250 + index * 80;
    return `<rect x="${x}" y="6" width="12" height="12" fill="${colour.fill}" stroke="#1b1f24" stroke-width="0.5"/><text x="${x + 16}" y="16" font-size="11" fill="currentColor">${colour.letter} ${escapeHtml(labels[part])}</text>`;
  });
  parts.push(...legend, '</svg>');
  return parts.join('');
}
