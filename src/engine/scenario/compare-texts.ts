import type { Scenario } from './scenario.schema';

interface ArticleText {
  readonly number: string;
  readonly subject: string;
  readonly text: string;
  readonly confidence: string;
}

export interface SideBySideRow {
  readonly from: ArticleText | null;
  readonly to: ArticleText | null;
  readonly subject: string;
  readonly change: string;
  readonly confidence: string;
}

export interface SideBySide {
  readonly from: string;
  readonly to: string;
  readonly summary: string;
  readonly source: string;
  readonly confidence: string;
  readonly rows: readonly SideBySideRow[];
}

/**
 * Two texts of the record article by article (CD/1839 and CD/1985), with what changed, from a
 * scenario's comparisons; null when the scenario has no such comparison. Texts are found among
 * the documents by symbol and among the prepared drafts by historical symbol.
 *
 * @example
 * sideBySide(scenario, 'CD/1839', 'CD/1985')?.rows.map((row) => row.change);
 */
export function sideBySide(scenario: Scenario, from: string, to: string): SideBySide | null {
  const comparison = scenario.comparisons.find((entry) => entry.from === from && entry.to === to);
  if (!comparison) return null;
  const articlesOf = (symbol: string): readonly ArticleText[] =>
    scenario.documents.find((document) => document.symbol === symbol)?.articles ??
    scenario.drafts.find((draft) => draft.historicalSymbol === symbol)?.articles ??
    [];
  const fromArticles = articlesOf(from);
  const toArticles = articlesOf(to);
  return {
    from,
    to,
    summary: comparison.summary,
    source: comparison.source,
    confidence: comparison.confidence,
    rows: comparison.articles.map((row) => ({
      from: fromArticles.find((article) => article.number === row.from) ?? null,
      to: toArticles.find((article) => article.number === row.to) ?? null,
      subject: row.subject,
      change: row.change,
      confidence: row.confidence,
    })),
  };
}
