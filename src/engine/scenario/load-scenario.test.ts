import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import classroom2008 from '../../../scenarios/classroom-2008.json';
import classroom2014 from '../../../scenarios/classroom-2014.json';
import { apply } from '../apply';
import { createGame } from '../create-game';
import { documentContext } from '../state/documents';
import { formatProblems, parseScenario } from './load-scenario';

const FILE_2008 = 'scenarios/classroom-2008.json';
const FILE_2014 = 'scenarios/classroom-2014.json';

/** A copy of a scenario file with one thing broken, as a careless editor might leave it. */
function broken<T>(original: T, edit: (copy: T) => void): T {
  const copy = structuredClone(original);
  edit(copy);
  return copy;
}

describe('loading a scenario', () => {
  test('both classroom scenarios load, and a game starts from each', () => {
    for (const [json, file, id] of [
      [classroom2008, FILE_2008, 'classroom-2008'],
      [classroom2014, FILE_2014, 'classroom-2014'],
    ] as const) {
      const loaded = parseScenario(json, file);
      expect(loaded.ok && loaded.scenario.id).toBe(id);
      if (loaded.ok) expect(createGame(loaded.scenario, 1).scenarioId).toBe(id);
    }
  });

  test('an unknown author code is refused, with the file and the field', () => {
    const copy = broken(classroom2008, (json) => {
      json.documents[1]!.authors[2] = 'XXX';
    });
    expect(parseScenario(copy, FILE_2008)).toEqual({
      ok: false,
      file: FILE_2008,
      problems: [
        { path: 'documents[1].authors[2]', message: '"XXX" is not a UN member State or the EU' },
      ],
    });
  });

  test('an answer to a later document, or to a missing one, is refused', () => {
    const copy = broken(classroom2008, (json) => {
      Object.assign(json.documents[0]!, { respondsTo: ['CD/1679'] });
      json.drafts[0]!.respondsTo = ['CD/1999'];
    });
    expect(parseScenario(copy, FILE_2008)).toEqual({
      ok: false,
      file: FILE_2008,
      problems: [
        {
          path: 'documents[0].respondsTo[0]',
          message: '"CD/1679" is not a document listed before this one in the scenario',
        },
        {
          path: 'drafts[0].respondsTo[0]',
          message:
            '"CD/1999" is neither a document of this scenario nor the historical symbol of a draft listed before this one',
        },
      ],
    });
  });

  test('a calendar turn dated before the previous one is refused', () => {
    const copy = broken(classroom2008, (json) => {
      json.calendar[2]!.date = '2008-04-01';
    });
    expect(parseScenario(copy, FILE_2008)).toEqual({
      ok: false,
      file: FILE_2008,
      problems: [
        {
          path: 'calendar[2].date',
          message: '2008-04-01 comes before 2008-05-12: turns must run forward in time',
        },
      ],
    });
  });

  test('a presidency anchored on a State that is not a member of the CD is refused', () => {
    for (const first of ['FJI', 'EU']) {
      const copy = broken(classroom2008, (json) => {
        json.cd.presidencyAnchors[0]!.first = first;
      });
      expect(parseScenario(copy, FILE_2008)).toEqual({
        ok: false,
        file: FILE_2008,
        problems: [
          {
            path: 'cd.presidencyAnchors[0].first',
            message: `"${first}" is not a member of the Conference on Disarmament`,
          },
        ],
      });
    }
  });

  test('a missing seat and a wrong schema version are refused by the schema', () => {
    const copy = broken(classroom2014, (json) => {
      json.schemaVersion = 2;
      Reflect.deleteProperty(json.seats, 'EU');
    });
    expect(parseScenario(copy, FILE_2014)).toEqual({
      ok: false,
      file: FILE_2014,
      problems: [
        { path: 'schemaVersion', message: 'Invalid input: expected 1' },
        { path: 'seats.EU', message: 'Invalid input: expected object, received undefined' },
      ],
    });
  });

  test('a symbol at or above cd.nextSymbol is refused', () => {
    const copy = broken(classroom2014, (json) => {
      json.cd.nextSymbol = 1985;
    });
    expect(parseScenario(copy, FILE_2014)).toEqual({
      ok: false,
      file: FILE_2014,
      problems: [
        { path: 'documents[4].symbol', message: '"CD/1985" is not below cd.nextSymbol (1985)' },
      ],
    });
  });

  test('a prepared draft whose holder is not among its authors is refused', () => {
    const copy = broken(classroom2008, (json) => {
      json.drafts[1]!.holder = 'USA';
    });
    expect(parseScenario(copy, FILE_2008)).toEqual({
      ok: false,
      file: FILE_2008,
      problems: [
        { path: 'drafts[1].authors', message: 'the holder USA must be one of the authors' },
      ],
    });
  });

  test('every problem is reported at once, and formatProblems prints file: path: message', () => {
    const copy = broken(classroom2008, (json) => {
      json.documents[0]!.authors = ['ZZZ'];
      json.cd.presidencyAnchors[0]!.first = 'FJI';
      json.drafts[1]!.holder = 'RUS';
    });
    const loaded = parseScenario(copy, FILE_2008);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(formatProblems(loaded.file, loaded.problems).split('\n')).toEqual([
      'scenarios/classroom-2008.json: cd.presidencyAnchors[0].first: "FJI" is not a member of the Conference on Disarmament',
      'scenarios/classroom-2008.json: documents[0].authors[0]: "ZZZ" is not a UN member State or the EU',
      'scenarios/classroom-2008.json: drafts[1].authors: the holder RUS must be one of the authors',
    ]);
    expect(formatProblems('x.json', [{ path: '', message: 'is not an object' }])).toBe(
      'x.json: (top level): is not an object',
    );
  });

  test('parseScenario never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const loaded = parseScenario(json, 'random.json');
        expect(loaded.ok || (loaded.file === 'random.json' && loaded.problems.length > 0)).toBe(
          true,
        );
      }),
      { numRuns: 1000 },
    );
  });

  test('nor when one field of a real scenario is replaced by any JSON value', () => {
    const paths = fieldPaths(classroom2008);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const copy = broken<unknown>(classroom2008, (json) => {
          type Node = Record<string | number, unknown>;
          const parent = path.slice(0, -1).reduce((at, key) => at[key] as Node, json as Node);
          parent[path.at(-1)!] = value;
        });
        const loaded = parseScenario(copy, FILE_2008);
        expect(loaded.ok || loaded.problems.length > 0).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  test('a presidency anchored after the first year of play is refused', () => {
    const copy = broken(classroom2008, (json) => {
      json.cd.presidencyAnchors = [{ year: 2009, first: 'VNM' }];
    });
    const loaded = parseScenario(copy, FILE_2008);
    if (loaded.ok) expect(() => createGame(loaded.scenario, 1)).not.toThrow();
  });

  test('a prepared draft keeps its text when a delegation writes a new one', () => {
    const copy = broken(classroom2008, (json) => {
      json.drafts[1]!.id = 'draft-5';
    });
    const loaded = parseScenario(copy, FILE_2008);
    if (!loaded.ok) return;
    const written = apply(createGame(loaded.scenario, 1), {
      type: 'document.drafted',
      actor: 'USA',
      draft: { kind: 'letter', title: 'A letter', summary: 'A letter to the Conference.' },
    });
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    expect(documentContext(written.state.documents['draft-5']!).authors).toEqual(['EU']);
    expect(new Set(written.state.documentOrder).size).toBe(written.state.documentOrder.length);
  });
});

/** Every path to a field of a JSON value, e.g. ['documents', 1, 'authors', 2]. */
function fieldPaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [at];
  const entries = Array.isArray(value)
    ? value.map((item, index) => [index, item] as const)
    : Object.entries(value);
  return [
    ...(at.length ? [at] : []),
    ...entries.flatMap(([key, item]) => fieldPaths(item, [...at, key])),
  ];
}
