import { describe, expect, test } from 'vitest';
import { view } from '../../../engine/index';
import { ReplayController } from '../../replay/replay-controller';
import { ppwtHistory } from '../../replay/history-fixture';
import { parseTargets, readerDocuments, responseTimeline } from './document-model';

const source = ppwtHistory();
const controller = new ReplayController(source.scenario, source.log);
controller.seek(controller.length);
const documents = readerDocuments(view(controller.state(), 'public'));
const bySymbol = (symbol: string) => documents.find((doc) => doc.symbol === symbol)!;

describe('parseTargets', () => {
  test('reads the article names, the numbered points and the whole text of an answer heading', () => {
    expect(parseTargets('On Articles I(e) and II: the threat of force')).toEqual({
      articles: ['I', 'II'],
      points: [],
      whole: false,
    });
    expect(parseTargets('On Articles V, VII and VIII: self-defence')).toMatchObject({
      articles: ['V', 'VII', 'VIII'],
    });
    expect(parseTargets('On objection 2: ground-based anti-satellite weapons')).toEqual({
      articles: [],
      points: ['2'],
      whole: false,
    });
    expect(parseTargets('On Articles I-XIII as a whole: the US criteria')).toMatchObject({
      articles: [],
      whole: true,
    });
    expect(parseTargets('On US point 1 and Article VI: verification')).toEqual({
      articles: ['VI'],
      points: ['1'],
      whole: false,
    });
    expect(parseTargets('Definitions')).toEqual({ articles: [], points: [], whole: false });
  });
});

describe('readerDocuments', () => {
  test('ties each answer to the article it answers, and the article to its answers', () => {
    const comments = bySymbol('CD/1847');
    expect(comments.articles[0]!.targets).toEqual([{ document: 'CD/1839', article: 'VI' }]);
    const draft = bySymbol('CD/1839');
    const articleSix = draft.articles.find((article) => article.number === 'VI')!;
    expect(articleSix.answeredBy).toContainEqual({ document: 'CD/1847', article: '1' });
    // CD/1872 answers CD/1847 by its numbered objections.
    expect(bySymbol('CD/1872').articles[0]!.targets).toEqual([
      { document: 'CD/1847', article: '2' },
    ]);
    // CD/2129 answers CD/2042 (which answers CD/1998, which answers CD/1985): articles are CD/1985's.
    expect(bySymbol('CD/2129').articles[2]!.targets).toEqual([
      { document: 'CD/1985', article: 'II' },
    ]);
  });

  test('keeps each article with its confidence, as the record gives it', () => {
    const draft = bySymbol('CD/1985');
    expect(draft.articles.length).toBe(13);
    for (const article of draft.articles)
      expect(['verified', 'uncertain', 'reconstructed']).toContain(article.confidence);
  });
});

describe('responseTimeline', () => {
  test('runs from CD/1679 to CD/2129 by date, with answers and the revision as links', () => {
    const { nodes, links } = responseTimeline(documents);
    const symbols = nodes.map((node) => node.symbol);
    expect(symbols.indexOf('CD/1679')).toBeLessThan(symbols.indexOf('CD/2129'));
    expect(symbols.at(-1)).toBe('CD/2129');
    expect(links).toContainEqual({ from: 'CD/1847', to: 'CD/1839', kind: 'responds' });
    expect(links).toContainEqual({ from: 'CD/1985', to: 'CD/1839', kind: 'revises' });
    for (const link of links) {
      expect(symbols).toContain(link.from);
      expect(symbols).toContain(link.to);
    }
  });
});
