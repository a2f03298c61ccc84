import type { z } from 'zod';
import { isCdMember, isUnMember } from '../data/members';
import { presidentsOfYearFromAnchors } from '../procedures/rules/presidency-rotation';
import type { Scenario } from './scenario.schema';
import { scenarioSchema } from './scenario.schema';

export interface ScenarioProblem {
  /** Where in the file, as a reader would write it: `documents[2].respondsTo[0]`. */
  readonly path: string;
  readonly message: string;
}

export type ScenarioResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly file: string; readonly problems: readonly ScenarioProblem[] };

/**
 * Checks a scenario (already parsed from JSON) against the schema and against the record:
 * every member, document and article it names must exist. Never throws.
 */
export function parseScenario(json: unknown, file: string): ScenarioResult {
  const parsed = scenarioSchema.safeParse(json);
  if (!parsed.success) return { ok: false, file, problems: schemaProblems(parsed.error) };
  const problems = referenceProblems(parsed.data);
  return problems.length > 0 ? { ok: false, file, problems } : { ok: true, scenario: parsed.data };
}

/** One line per problem, each naming the file, the field path and what is wrong. */
export function formatProblems(file: string, problems: readonly ScenarioProblem[]): string {
  return problems
    .map((problem) => `${file}: ${problem.path || '(top level)'}: ${problem.message}`)
    .join('\n');
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

function schemaProblems(error: z.ZodError): ScenarioProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

function referenceProblems(scenario: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const problem = (path: string, message: string): void => {
    problems.push({ path, message });
  };
  const isActor = (code: string): boolean => code === 'EU' || isUnMember(code);

  scenario.cd.presidencyAnchors.forEach((anchor, index) => {
    if (!isCdMember(anchor.first)) {
      problem(
        `cd.presidencyAnchors[${index}].first`,
        `"${anchor.first}" is not a member of the Conference on Disarmament`,
      );
    }
  });

  const firstYear = Number((scenario.calendar[0]?.date ?? scenario.start).slice(0, 4));
  if (!scenario.cd.presidencyAnchors.some((anchor) => anchor.year <= firstYear)) {
    problem(
      'cd.presidencyAnchors',
      `no anchor at or before ${firstYear}, the first year of play: the presidents of that year cannot be known`,
    );
  } else if (scenario.cd.openingPresident !== undefined) {
    const presidents = presidentsOfYearFromAnchors(firstYear, scenario.cd.presidencyAnchors);
    if (!presidents.includes(scenario.cd.openingPresident)) {
      problem(
        'cd.openingPresident',
        `"${scenario.cd.openingPresident}" is not among the presidents of ${firstYear} (${presidents.join(', ')})`,
      );
    }
  }

  let previousDate = scenario.start;
  scenario.calendar.forEach((turn, index) => {
    if (turn.date < previousDate) {
      problem(
        `calendar[${index}].date`,
        `${turn.date} comes before ${previousDate}: turns must run forward in time`,
      );
    }
    previousDate = turn.date;
  });

  const seen = new Map<string, number>();
  scenario.documents.forEach((document, index) => {
    const at = `documents[${index}]`;
    if (seen.has(document.symbol)) {
      problem(
        `${at}.symbol`,
        `"${document.symbol}" is already used by documents[${seen.get(document.symbol)}]`,
      );
    }
    document.authors.forEach((author, authorIndex) => {
      if (!isActor(author))
        problem(`${at}.authors[${authorIndex}]`, `"${author}" is not a UN member State or the EU`);
    });
    document.respondsTo.forEach((target, targetIndex) => {
      if (!seen.has(target)) {
        problem(
          `${at}.respondsTo[${targetIndex}]`,
          `"${target}" is not a document listed before this one in the scenario`,
        );
      }
    });
    if (document.date > scenario.start) {
      problem(
        `${at}.date`,
        `${document.date} is after the scenario starts (${scenario.start}); later documents belong in the play`,
      );
    }
    const number = symbolNumber(document.symbol);
    if (number !== null && number >= scenario.cd.nextSymbol) {
      problem(
        `${at}.symbol`,
        `"${document.symbol}" is not below cd.nextSymbol (${scenario.cd.nextSymbol})`,
      );
    }
    const articleNumbers = new Set<string>();
    document.articles.forEach((article, articleIndex) => {
      if (articleNumbers.has(article.number)) {
        problem(
          `${at}.articles[${articleIndex}].number`,
          `article ${article.number} appears twice`,
        );
      }
      articleNumbers.add(article.number);
    });
    seen.set(document.symbol, index);
  });

  const draftIds = new Set<string>();
  const earlierDrafts = new Set<string>();
  scenario.drafts.forEach((draft, index) => {
    const at = `drafts[${index}]`;
    if (draftIds.has(draft.id)) problem(`${at}.id`, `"${draft.id}" is used twice`);
    draftIds.add(draft.id);
    if (!draft.authors.includes(draft.holder)) {
      problem(`${at}.authors`, `the holder ${draft.holder} must be one of the authors`);
    }
    draft.authors.forEach((author, authorIndex) => {
      if (!isActor(author))
        problem(`${at}.authors[${authorIndex}]`, `"${author}" is not a UN member State or the EU`);
    });
    draft.respondsTo.forEach((target, targetIndex) => {
      if (!seen.has(target) && !earlierDrafts.has(target)) {
        problem(
          `${at}.respondsTo[${targetIndex}]`,
          `"${target}" is neither a document of this scenario nor the historical symbol of a draft listed before this one`,
        );
      }
    });
    if (
      draft.revises !== undefined &&
      !seen.has(draft.revises) &&
      !earlierDrafts.has(draft.revises)
    ) {
      problem(
        `${at}.revises`,
        `"${draft.revises}" is neither a document of this scenario nor the historical symbol of a draft listed before this one`,
      );
    }
    if (draft.historicalSymbol !== undefined) earlierDrafts.add(draft.historicalSymbol);
  });

  const texts = new Map<string, readonly { readonly number: string }[]>();
  for (const document of scenario.documents) texts.set(document.symbol, document.articles);
  for (const draft of scenario.drafts) {
    if (draft.historicalSymbol) texts.set(draft.historicalSymbol, draft.articles);
  }
  scenario.comparisons.forEach((comparison, index) => {
    for (const side of ['from', 'to'] as const) {
      const articles = texts.get(comparison[side]);
      if (!articles) {
        problem(
          `comparisons[${index}].${side}`,
          `"${comparison[side]}" is neither a document nor the historical symbol of a prepared draft`,
        );
        continue;
      }
      comparison.articles.forEach((row, rowIndex) => {
        const number = row[side];
        if (number !== null && !articles.some((article) => article.number === number)) {
          problem(
            `comparisons[${index}].articles[${rowIndex}].${side}`,
            `${comparison[side]} has no article ${number}`,
          );
        }
      });
    }
  });

  scenario.events.forEach((event, index) => {
    event.actors.forEach((actor, actorIndex) => {
      if (!isActor(actor))
        problem(
          `events[${index}].actors[${actorIndex}]`,
          `"${actor}" is not a UN member State or the EU`,
        );
    });
  });
  const eventIds = new Set<string>();
  scenario.events.forEach((event, index) => {
    if (eventIds.has(event.id)) problem(`events[${index}].id`, `"${event.id}" is used twice`);
    eventIds.add(event.id);
  });

  const instructionIds = new Set<string>();
  scenario.instructions.forEach((instruction, index) => {
    if (instructionIds.has(instruction.id))
      problem(`instructions[${index}].id`, `"${instruction.id}" is used twice`);
    instructionIds.add(instruction.id);
  });
  for (const seat of ['CHN', 'RUS', 'USA', 'EU'] as const) {
    const objectiveIds = new Set<string>();
    scenario.seats[seat].objectives.forEach((objective, index) => {
      if (objectiveIds.has(objective.id))
        problem(`seats.${seat}.objectives[${index}].id`, `"${objective.id}" is used twice`);
      objectiveIds.add(objective.id);
    });
    scenario.instructions.forEach((instruction, index) => {
      const added = instruction.objective;
      if (instruction.seat !== seat || added === undefined) return;
      if (objectiveIds.has(added.id))
        problem(
          `instructions[${index}].objective.id`,
          `"${added.id}" is already an objective of ${seat}`,
        );
      objectiveIds.add(added.id);
    });
  }
  return problems;
}

/** 1839 for 'CD/1839' or 'CD/1839/Rev.1'; null for working papers. */
export function symbolNumber(symbol: string): number | null {
  const match = /^CD\/(\d+)/.exec(symbol);
  return match ? Number(match[1]) : null;
}
