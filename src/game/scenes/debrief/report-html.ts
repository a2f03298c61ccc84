import { safeName } from '../hall/hall-model';
import { tv } from '../chamber/surface/views-i18n';
import type { DebriefModel, VotePoint } from './debrief-model';
import { escapeHtml } from './html';
import { seriesByKind, voteChartSvg } from './vote-chart';
import type { ScoreSection } from './scores';

const e = escapeHtml;

/** The chart labels, in the screens' language. */
export function chartLabels(kind: string): Parameters<typeof voteChartSvg>[1] {
  return {
    title: tv('debrief.chartTitle', { kind: tv(`kinds.${kind}`, { defaultValue: kind }) }),
    yes: tv('votes.yes'),
    no: tv('votes.no'),
    abstain: tv('votes.abstain'),
    bar: (point: VotePoint) =>
      tv('debrief.bar', {
        year: point.year,
        symbol: point.symbol,
        yes: point.tally?.yes ?? 0,
        no: point.tally?.no ?? 0,
        abstain: point.tally?.abstain ?? 0,
      }),
  };
}

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return `<p>${e(tv('debrief.none'))}</p>`;
  const head = headers.map((header) => `<th scope="col">${e(header)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((cell) => `<td>${e(cell)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function names(codes: readonly string[]): string {
  return codes.map(safeName).join(', ');
}

/** The sections the screen and the report share, as HTML fragments. */
export function debriefSections(
  model: DebriefModel,
  scores: ScoreSection,
): { id: string; title: string; html: string }[] {
  const charts = [...seriesByKind(model.votes).entries()]
    .map(([kind, points]) => `<figure>${voteChartSvg(points, chartLabels(kind))}</figure>`)
    .join('\n');
  return [
    { id: 'scores', title: tv('debrief.scores'), html: scores.html },
    {
      id: 'delegations',
      title: tv('debrief.delegations'),
      html:
        table(
          [
            tv('debrief.seat'),
            tv('debrief.controller'),
            tv('debrief.capital'),
            tv('debrief.position'),
          ],
          model.seats.map((seat) => [
            safeName(seat.seat),
            tv(`debrief.controllers.${seat.controller}`, { defaultValue: seat.controller }),
            String(seat.capital),
            seat.publicPosition,
          ]),
        ) + `<p>${e(tv('debrief.world', { tension: model.tension, debris: model.debris }))}</p>`,
    },
    {
      id: 'decisions',
      title: tv('debrief.decisions'),
      html: table(
        [
          tv('debrief.decision'),
          tv('debrief.subject'),
          tv('debrief.document'),
          tv('debrief.outcome'),
          tv('debrief.objectors'),
        ],
        model.decisions.map((decision) => [
          decision.id,
          tv(`subjects.${decision.subject}`, { defaultValue: decision.subject }),
          decision.document ?? '—',
          tv(`decisionStatus.${decision.status}`, { defaultValue: decision.status }),
          decision.objected.length > 0 ? names(decision.objected) : '—',
        ]),
      ),
    },
    {
      id: 'blocked',
      title: tv('debrief.whoBlocked'),
      html: table(
        [
          tv('debrief.decision'),
          tv('debrief.subject'),
          tv('debrief.date'),
          tv('debrief.objectors'),
          tv('debrief.dissociated'),
        ],
        model.blockings.map((block) => [
          block.decision,
          tv(`subjects.${block.subject}`, { defaultValue: block.subject }),
          block.date ?? '—',
          block.objectors.length > 0 ? names(block.objectors) : '—',
          block.dissociated.length > 0 ? names(block.dissociated) : '—',
        ]),
      ),
    },
    {
      id: 'votes',
      title: tv('debrief.votes'),
      html:
        (charts || `<p>${e(tv('debrief.noCharts'))}</p>`) +
        table(
          [
            tv('debrief.date'),
            tv('debrief.symbol'),
            tv('debrief.family'),
            tv('debrief.stage'),
            tv('votes.yes'),
            tv('votes.no'),
            tv('votes.abstain'),
            tv('votes.absent'),
          ],
          model.votes.map((vote) => [
            vote.date,
            vote.symbol,
            tv(`kinds.${vote.kind}`, { defaultValue: vote.kind }),
            tv(`debrief.stages.${vote.forum}`),
            vote.tally ? String(vote.tally.yes) : tv('debrief.withoutVote'),
            vote.tally ? String(vote.tally.no) : '',
            vote.tally ? String(vote.tally.abstain) : '',
            vote.tally ? String(vote.tally.absent) : '',
          ]),
        ),
    },
    {
      id: 'documents',
      title: tv('debrief.documents'),
      html: table(
        [
          tv('debrief.symbol'),
          tv('debrief.date'),
          tv('debrief.authors'),
          tv('debrief.docTitle'),
          tv('debrief.answers'),
        ],
        model.documents
          .filter((doc) => doc.symbol !== null)
          .map((doc) => [
            doc.symbol!,
            doc.date,
            names(doc.authors),
            doc.title,
            doc.respondsTo.join(', ') || '—',
          ]),
      ),
    },
    {
      id: 'text',
      title: tv('debrief.textChanges'),
      html: table(
        [tv('debrief.from'), tv('debrief.to'), tv('debrief.detail')],
        model.textChanges.map((change) => [change.from, change.to, change.detail]),
      ),
    },
    {
      id: 'record',
      title: tv('debrief.milestones'),
      html: table(
        [tv('debrief.date'), tv('debrief.what')],
        model.milestones.map((entry) => [entry.date, entry.summary]),
      ),
    },
  ];
}

const PRINT_CSS = `
body{font-family:Georgia,'Noto Serif','Noto Serif CJK SC',serif;color:#111;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.4}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;border-bottom:1px solid #999;margin-top:2rem}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0}
th,td{border:1px solid #bbb;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#eee}figure{margin:.5rem 0;color:#111}
.meta{color:#444;font-size:.9rem}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr,figure{break-inside:avoid}}
`;

/**
 * The debrief as one self-contained, printable HTML page a teacher can keep: no scripts, no
 * external files, every chart inline SVG, every text escaped.
 */
export function reportHtml(
  model: DebriefModel,
  scores: ScoreSection,
  options: { readonly title: string; readonly language: string },
): string {
  const sections = debriefSections(model, scores)
    .map(
      (section) =>
        `<section id="${section.id}"><h2>${e(section.title)}</h2>\n${section.html}\n</section>`,
    )
    .join('\n');
  const state = model.ended ? tv('debrief.ended') : tv('debrief.inProgress');
  return `<!doctype html>
<html lang="${e(options.language)}">
<head><meta charset="utf-8"><title>${e(options.title)}</title><style>${PRINT_CSS}</style></head>
<body>
<header><h1>${e(options.title)}</h1>
<p class="meta">${e(tv('debrief.meta', { scenario: model.scenarioId, date: model.date, state }))}</p>
</header>
<main>
${sections}
</main>
</body>
</html>
`;
}
