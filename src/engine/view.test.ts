import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { apply } from './apply';
import type { SeatId } from './ids';
import { HOST, SEATS } from './ids';
import { presidentNow } from './intents/cd-session.handlers';
import type { IntentInput } from './intents/intent.schema';
import { legalActions } from './legal-actions';
import { documentContext } from './state/documents';
import type { GameState } from './state/game-state';
import { game } from './testing/test-game';
import type { Viewer } from './view';
import { view } from './view';

const VIEWERS: readonly Viewer[] = [...SEATS, 'public'];

/**
 * Everything `viewer` must not see, as text that must not occur anywhere in the JSON of its view:
 * other seats' objectives and instructions, consultations it was not part of, and the summaries
 * of drafts it does not hold that are not yet circulated.
 */
function secretsHiddenFrom(state: GameState, viewer: Viewer): string[] {
  const otherSeats = SEATS.filter((seat) => seat !== viewer);
  return [
    ...otherSeats.flatMap((seat) =>
      state.seats[seat].objectives.map((objective) => objective.text),
    ),
    ...otherSeats.flatMap((seat) => state.seats[seat].instructions),
    ...state.instructionSchedule.map((instruction) => instruction.text),
    ...state.consultations
      .filter((consultation) => !consultation.participants.includes(viewer))
      .map((consultation) => consultation.topic),
    ...state.documentOrder.flatMap((id) => {
      const entry = state.documents[id]!;
      const document = documentContext(entry);
      const hidden = document.symbol === null && !document.authors.includes(viewer);
      return hidden ? [entry.summary] : [];
    }),
  ];
}

/** The secrets of other viewers that occur in the JSON of this viewer's view (none, we hope). */
function leaks(state: GameState, viewer: Viewer): string[] {
  const text = JSON.stringify(view(state, viewer));
  return secretsHiddenFrom(state, viewer).filter((secret) => text.includes(secret));
}

function allLeaks(state: GameState): Record<string, string[]> {
  return Object.fromEntries(VIEWERS.map((viewer) => [viewer, leaks(state, viewer)]));
}

const NO_LEAKS = Object.fromEntries(VIEWERS.map((viewer) => [viewer, []]));

/** Classroom 2008 with instructions from every capital and a consultation between Russia and China. */
function withSecrets() {
  const g = game('classroom-2008').as(HOST);
  for (const seat of SEATS) {
    g.does({ type: 'instruction.sent', seat, text: `«${seat}: hold the line on agenda item 3»` });
  }
  return g
    .as('RUS')
    .does({ type: 'consultation.held', with: ['CHN'], topic: '«the timing of the PPWT»' });
}

describe('what each viewer sees', () => {
  test("no seat sees another seat's objectives or instructions, for every pair of seats", () => {
    const { state } = withSecrets();
    for (const viewer of SEATS) {
      const seen = view(state, viewer);
      const text = JSON.stringify(seen);
      for (const other of SEATS) {
        const secrets = [
          ...state.seats[other].objectives.map((objective) => objective.text),
          ...state.seats[other].instructions,
        ];
        expect(secrets.length, other).toBeGreaterThan(1);
        for (const secret of secrets) {
          expect(text.includes(secret), `${viewer} sees "${secret}"`).toBe(other === viewer);
        }
        expect(seen.seats[other]).toEqual({
          ...state.seats[other],
          objectives: other === viewer ? state.seats[other].objectives : null,
          instructions: other === viewer ? state.seats[other].instructions : null,
        });
      }
    }
  });

  test('a private consultation is seen by its participants only', () => {
    const { state } = withSecrets();
    const consultation = {
      id: 'consultation-1',
      turn: 0,
      date: '2008-02-12',
      convenedBy: 'RUS',
      participants: ['RUS', 'CHN'],
      topic: '«the timing of the PPWT»',
    };
    expect(view(state, 'RUS').consultations).toEqual([consultation]);
    expect(view(state, 'CHN').consultations).toEqual([consultation]);
    for (const outsider of ['USA', 'EU', 'public'] as const) {
      expect(view(state, outsider).consultations).toEqual([]);
      expect(JSON.stringify(view(state, outsider))).not.toContain('the timing of the PPWT');
    }
  });

  test("the EU's prepared Code of Conduct is invisible to the USA until the EU circulates it", () => {
    const g = game('classroom-2008');
    const code = g.state.documents['code-of-conduct-2008']!;
    expect(Object.keys(g.view('USA').documents)).toEqual(['CD/1576', 'CD/1679']);
    expect(JSON.stringify(g.view('USA'))).not.toContain(code.summary);
    expect(g.view('EU').documents['code-of-conduct-2008']).toEqual(code);
    expect(g.view('RUS').documentOrder).toEqual(['CD/1576', 'CD/1679', 'ppwt-2008']);

    g.as('EU').does({ type: 'document.submitted', document: 'code-of-conduct-2008' });
    const seen = g.view('USA');
    expect(seen.documentOrder).toEqual(['CD/1576', 'CD/1679', 'code-of-conduct-2008']);
    expect(seen.documents['code-of-conduct-2008']).toEqual(
      g.state.documents['code-of-conduct-2008'],
    );
    expect(documentContext(seen.documents['code-of-conduct-2008']!).symbol).toBe('CD/1839');
  });

  test('the public view has no objectives, instructions or consultations at all', () => {
    const { state } = withSecrets();
    const seen = view(state, 'public');
    for (const seat of SEATS) {
      expect([seen.seats[seat].objectives, seen.seats[seat].instructions]).toEqual([null, null]);
    }
    expect(seen.consultations).toEqual([]);
    expect(seen.record.filter((entry) => entry.visibleTo !== 'all')).toEqual([]);
    expect(seen.documentOrder).toEqual(['CD/1576', 'CD/1679']);
    expect(seen).not.toHaveProperty('random');
    expect(allLeaks(state)).toEqual(NO_LEAKS);
  });

  test('instructions from capital arrive when their turn begins, and only their seat sees them', () => {
    const g = game('classroom-2008');
    const scheduled = g.state.instructionSchedule;
    const firstDate = scheduled[0]!.date;
    const due = scheduled.filter((instruction) => instruction.date === firstDate);
    expect(due.length).toBeGreaterThan(0);
    for (const viewer of VIEWERS) {
      expect(view(g.state, viewer).instructionSchedule).toEqual([]);
      const text = JSON.stringify(view(g.state, viewer));
      for (const instruction of scheduled) expect(text).not.toContain(instruction.text);
    }
    expect(view(g.state, 'host').instructionSchedule).toEqual(scheduled);

    while (g.state.date < firstDate) g.host.endsTurn();
    expect(g.state.date).toBe(firstDate);
    expect(g.state.instructionSchedule).toEqual(scheduled.filter((i) => i.date > firstDate));
    for (const instruction of due) {
      const seat = instruction.seat;
      expect(g.state.seats[seat].instructions).toContain(instruction.text);
      expect(g.state.seats[seat].objectives).toContainEqual(instruction.objective);
      const line = g.state.record.find((entry) => entry.ref === instruction.id)!;
      expect([line.kind, line.date, line.visibleTo]).toEqual([
        'instruction.received',
        firstDate,
        [seat],
      ]);
      for (const viewer of VIEWERS) {
        const sees = JSON.stringify(view(g.state, viewer)).includes(instruction.text);
        expect(sees, `${viewer} and ${instruction.id}`).toBe(viewer === seat);
      }
    }
    expect(allLeaks(g.state)).toEqual(NO_LEAKS);
  });

  test('capital, standing and moratoria are public', () => {
    const { state } = game('classroom-2008').as('USA').does({ type: 'moratorium.declared' });
    for (const viewer of VIEWERS) {
      const seen = view(state, viewer);
      for (const seat of SEATS) {
        expect(seen.seats[seat].capital).toBe(state.seats[seat].capital);
        expect(seen.seats[seat].standing).toEqual(state.seats[seat].standing);
        expect(seen.seats[seat].moratorium).toBe(state.seats[seat].moratorium);
      }
    }
  });

  test('the host sees everything but the random generator', () => {
    const { state } = withSecrets();
    const { random: _random, ...everything } = state;
    expect(view(state, 'host')).toEqual({ ...everything, viewer: 'host' });
  });
});

/** Who acts at a step of a random walk: a seat, the President of the CD, the chair or the host. */
const ACTORS = [...SEATS, 'president', 'chair', 'host'] as const;

/** A step of random play: a legal action, or something legalActions does not list but a player may do. */
const stepArbitrary = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ move: fc.constant('legal' as const), actor: fc.nat(6), pick: fc.nat() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ move: fc.constant('instruction' as const), seat: fc.nat(3) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      move: fc.constant('consultation' as const),
      seat: fc.nat(3),
      other: fc.nat(3),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      move: fc.constant('draft' as const),
      seat: fc.nat(3),
      other: fc.nat(3),
    }),
  },
);
type Step = typeof stepArbitrary extends fc.Arbitrary<infer T> ? T : never;

const legalCache = new WeakMap<GameState, Map<string, IntentInput[]>>();
const nextCache = new WeakMap<GameState, Map<string, GameState | null>>();

/** `legalActions`, remembered per state: walks that start alike share their first states. */
function legalFor(state: GameState, actor: string): IntentInput[] {
  const known = legalCache.get(state) ?? new Map<string, IntentInput[]>();
  legalCache.set(state, known);
  if (!known.has(actor)) known.set(actor, legalActions(state, actor));
  return known.get(actor)!;
}

/** `apply`, remembered per state and intent; null when refused. */
function next(state: GameState, intent: IntentInput): GameState | null {
  const known = nextCache.get(state) ?? new Map<string, GameState | null>();
  nextCache.set(state, known);
  const key = JSON.stringify(intent);
  if (!known.has(key)) {
    const result = apply(state, intent);
    known.set(key, result.ok ? result.state : null);
  }
  return known.get(key)!;
}

/** The intent a step stands for in this state, or null when the chosen actor may do nothing. */
function intentOf(state: GameState, step: Step, index: number): IntentInput | null {
  const seat = (n: number): SeatId => SEATS[n % SEATS.length]!;
  const secret = `«${step.move} ${index}»`;
  switch (step.move) {
    case 'legal': {
      const chosen = ACTORS[step.actor]!;
      const actor = chosen === 'president' ? (presidentNow(state) ?? HOST) : chosen;
      const options = legalFor(state, actor);
      return options.length === 0 ? null : options[step.pick % options.length]!;
    }
    case 'instruction':
      return { type: 'instruction.sent', actor: HOST, seat: seat(step.seat), text: secret };
    case 'consultation': {
      const other = step.other === step.seat ? 'FRA' : seat(step.other);
      return { type: 'consultation.held', actor: seat(step.seat), with: [other], topic: secret };
    }
    case 'draft':
      return {
        type: 'document.drafted',
        actor: seat(step.seat),
        draft: {
          kind: 'workingPaper',
          title: `Working paper ${index}`,
          summary: secret,
          coAuthors: step.other === step.seat ? [] : [seat(step.other)],
        },
      };
  }
}

/**
 * The secret texts that occur anywhere in a value (keys included): the fixed ones, and every
 * «…» token, which is how the walk below writes its instructions, topics and drafts. Remembered
 * per object: states never change and share most objects with the state before and with their
 * views, so each step reads only what it changed. The same search as in the JSON text, faster.
 */
function secretsIn(
  value: unknown,
  fixed: readonly string[],
  found: WeakMap<object, string[]>,
): string[] {
  if (typeof value === 'string')
    return [
      ...fixed.filter((secret) => value.includes(secret)),
      ...(value.match(/«[^»]*»/g) ?? []),
    ];
  if (typeof value !== 'object' || value === null) return [];
  const known = found.get(value);
  if (known) return known;
  const inner = Array.isArray(value)
    ? value.flatMap((item) => secretsIn(item, fixed, found))
    : Object.entries(value).flatMap(([key, item]) => [
        ...secretsIn(key, fixed, found),
        ...secretsIn(item, fixed, found),
      ]);
  const secrets = [...new Set(inner)];
  found.set(value, secrets);
  return secrets;
}

describe('secrecy in random play', () => {
  const starts = [game('classroom-2008').state, game('classroom-2014').state];
  /** States already found to keep every secret (a state never changes, nor does its view). */
  const checked = new WeakSet<GameState>();
  const fixed = starts.flatMap((state) => secretsHiddenFrom(state, 'public'));
  const found = new WeakMap<object, string[]>();
  const leaksFound = (state: GameState) =>
    Object.fromEntries(
      VIEWERS.map((viewer) => {
        const inView = new Set(secretsIn(view(state, viewer), fixed, found));
        return [viewer, secretsHiddenFrom(state, viewer).filter((secret) => inView.has(secret))];
      }),
    );

  test('the search finds a secret planted anywhere in a view', () => {
    const state = starts[0]!;
    const objective = state.seats.RUS.objectives[0]!.text;
    const seen = view(state, 'USA');
    const planted = { ...seen, notes: [{ text: `Leaked: ${objective}` }], '«draft 3»': 1 };
    const before = secretsIn(seen, fixed, found);
    const after = secretsIn(planted, fixed, found);
    expect(after.filter((secret) => !before.includes(secret))).toEqual([objective, '«draft 3»']);
  });

  test('at every step, no viewer sees what is hidden from it', () => {
    fc.assert(
      fc.property(
        fc.nat(starts.length - 1),
        fc.array(stepArbitrary, { maxLength: 15, size: 'max' }),
        (start, steps) => {
          let state = starts[start]!;
          steps.forEach((step, index) => {
            const intent = intentOf(state, step, index);
            if (intent === null) return;
            const after = next(state, intent);
            if (after === null) return;
            state = after;
            if (checked.has(state)) return;
            expect(leaksFound(state)).toEqual(NO_LEAKS);
            checked.add(state);
          });
        },
      ),
      { numRuns: 1000 },
    );
  }, 120_000);
});
