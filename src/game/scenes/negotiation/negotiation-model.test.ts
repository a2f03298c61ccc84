import { describe, expect, test } from 'vitest';
import { view } from '../../../engine/index';
import { negotiationDemoState } from '../harness/negotiation-demo';
import { negotiationBodies, negotiationTable } from './negotiation-model';

describe('negotiationTable', () => {
  const state = negotiationDemoState();
  const table = negotiationTable(view(state, 'USA'), 'paros')!;

  test('lists the articles of the basis draft in their order, I to XIII', () => {
    expect(negotiationBodies(view(state, 'USA'))).toEqual(['paros']);
    expect(table.basis).toBe('CD/1985');
    expect(table.articles.map((article) => article.number).slice(0, 3)).toEqual(['I', 'II', 'III']);
    expect(table.articles.at(-1)?.number).toBe('XIII');
  });

  test('an amendment objected to stays in brackets beside the basis text, held by its proposer', () => {
    const article = table.articles.find((entry) => entry.number === 'II')!;
    expect(article.agreed).toBe(false);
    expect(article.alternatives.map((alternative) => alternative.proposedBy)).toEqual([
      null,
      'USA',
    ]);
    expect(table.holders).toEqual([
      { member: 'USA', alternatives: [`II:${article.alternatives[1]!.id}`] },
    ]);
    expect(table.bracketed).toBe(1);
  });

  test('an unopposed amendment replaces the article; an open one is counted as open', () => {
    const six = table.articles.find((entry) => entry.number === 'VI')!;
    expect(six.agreed).toBe(true);
    expect(six.alternatives[0]!.proposedBy).toBe('RUS');
    expect(table.openAmendments).toBe(1);
    const one = table.articles.find((entry) => entry.number === 'I')!;
    expect(one.amendments[0]?.status).toBe('open');
    expect(one.amendments[0]?.accepted).toContain('DEU');
  });
});
