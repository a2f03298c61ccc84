import { describe, expect, test } from 'vitest';
import { view } from '../../../engine/index';
import { ReplayController } from '../../replay/replay-controller';
import { ppwtHistory } from '../../replay/history-fixture';
import { debriefModel } from './debrief-model';
import { reportHtml } from './report-html';
import { scoreSection } from './scores';
import { seriesByKind, voteChartSvg } from './vote-chart';

const source = ppwtHistory();
const controller = new ReplayController(source.scenario, source.log);
controller.seek(controller.length);
const hostView = view(controller.state(), 'host');
const model = debriefModel(hostView);

describe('debriefModel', () => {
  test('keeps every vote of the record with its family and stage', () => {
    const recorded = hostView.record.filter((entry) => entry.kind === 'vote.recorded');
    expect(model.votes.filter((vote) => vote.method === 'recorded')).toHaveLength(recorded.length);
    expect(model.votes.some((vote) => vote.kind === 'PAROS' && vote.forum === 'plenary')).toBe(
      true,
    );
    expect(model.votes.every((vote) => vote.kind !== 'OTHER')).toBe(true);
  });

  test('names who blocked what: Pakistan, on the decision implementing the 2009 programme', () => {
    expect(model.blockings).toContainEqual(
      expect.objectContaining({
        subject: 'implementation',
        objectors: ['PAK'],
        date: '2009-07-27',
      }),
    );
  });

  test('records how the text changed: CD/1985 revises CD/1839', () => {
    expect(model.textChanges).toContainEqual(
      expect.objectContaining({ kind: 'revision', from: 'CD/1839', to: 'CD/1985' }),
    );
  });
});

describe('the report', () => {
  test('draws one chart per family of resolutions, a bar for each plenary vote', () => {
    const series = seriesByKind(model.votes);
    const paros = series.get('PAROS')!;
    const svg = voteChartSvg(paros, {
      title: 'PAROS',
      yes: 'Yes',
      no: 'No',
      abstain: 'Abstain',
      bar: (point) => `${point.year} ${point.symbol}`,
    });
    expect(svg.match(/<title>/g)).toHaveLength(paros.length);
    expect(svg.startsWith('<svg')).toBe(true);
  });

  test('is one self-contained page: scores for the host, no script, every text escaped', () => {
    const html = reportHtml(model, scoreSection(hostView), { title: 'Report <&>', language: 'en' });
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Report &lt;&amp;&gt;');
    expect(html).toContain('CD/1985');
    expect(html).toContain('Pakistan');
    const scores = scoreSection(hostView);
    expect(scores.scored).toEqual(['CHN', 'RUS', 'USA', 'EU']);
  });

  test('a delegation sees its own score only; the others are said to be hidden', () => {
    const scores = scoreSection(view(controller.state(), 'USA'));
    expect(scores.scored).toEqual(['USA']);
    expect(scores.html).toContain('China');
  });
});
