import type { GameView } from '../../../engine/index';
import { stateName } from '../chamber/chamber-model';

/** The context of a treaty negotiation, as the engine keeps it (treaty-negotiation.machine). */
export interface NegotiationContext {
  readonly body: string;
  readonly basis: string;
  readonly members: readonly string[];
  readonly articles: Readonly<
    Record<
      string,
      {
        readonly subject: string;
        readonly alternatives: readonly {
          readonly id: string;
          readonly text: string;
          readonly proposedBy: string | null;
        }[];
        readonly agreed: boolean;
      }
    >
  >;
  readonly amendments: readonly NegotiationAmendment[];
  readonly adoption: { readonly joined: readonly string[]; readonly objections: readonly string[] };
}

export interface NegotiationAmendment {
  readonly id: string;
  readonly article: string;
  readonly text: string;
  readonly proposedBy: string;
  readonly accepted: readonly string[];
  readonly objections: readonly string[];
  readonly status: 'open' | 'incorporated' | 'bracketed' | 'withdrawn';
}

export interface NegotiationArticle {
  readonly number: string;
  readonly subject: string;
  readonly agreed: boolean;
  readonly alternatives: readonly {
    readonly id: string;
    readonly text: string;
    readonly proposedBy: string | null;
  }[];
  readonly amendments: readonly NegotiationAmendment[];
}

export interface NegotiationTable {
  readonly body: string;
  readonly basis: string;
  readonly status: string;
  readonly articles: readonly NegotiationArticle[];
  readonly bracketed: number;
  readonly openAmendments: number;
  readonly adoption: NegotiationContext['adoption'];
  /** Who put forward each alternative still in the text, by delegation. */
  readonly holders: readonly {
    readonly member: string;
    readonly alternatives: readonly string[];
  }[];
}

/** Roman numerals sort as numbers (I, II, … XIV); other article numbers as text. */
function articleRank(number: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  if (!/^[IVXLC]+$/.test(number)) return Number.parseInt(number, 10) || 0;
  let total = 0;
  for (let index = 0; index < number.length; index++) {
    const value = values[number[index]!]!;
    const next = values[number[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** The negotiating bodies in the view, by id. */
export function negotiationBodies(view: GameView): string[] {
  return Object.keys(view.cd.negotiations);
}

/** One negotiating body's text: articles with their brackets and amendments, and who holds what. */
export function negotiationTable(view: GameView, body: string): NegotiationTable | null {
  const snapshot = view.cd.negotiations[body];
  if (!snapshot) return null;
  const context = snapshot.context as NegotiationContext;
  const articles = Object.entries(context.articles)
    .map(([number, article]) => ({
      number,
      subject: article.subject,
      agreed: article.alternatives.length === 1,
      alternatives: article.alternatives,
      amendments: context.amendments.filter((amendment) => amendment.article === number),
    }))
    .sort((a, b) => articleRank(a.number) - articleRank(b.number));
  const holders = new Map<string, string[]>();
  for (const article of articles) {
    if (article.agreed) continue;
    for (const alternative of article.alternatives) {
      if (alternative.proposedBy === null) continue;
      const list = holders.get(alternative.proposedBy) ?? [];
      list.push(`${article.number}:${alternative.id}`);
      holders.set(alternative.proposedBy, list);
    }
  }
  return {
    body: context.body,
    basis: context.basis,
    status: stateName(snapshot.value),
    articles,
    bracketed: articles.filter((article) => !article.agreed).length,
    openAmendments: context.amendments.filter((amendment) => amendment.status === 'open').length,
    adoption: context.adoption,
    holders: [...holders.entries()].map(([member, alternatives]) => ({ member, alternatives })),
  };
}
