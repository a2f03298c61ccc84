import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ApplyResult } from './apply';
import { apply } from './apply';
import { isCdMember, isUnMember, unMembersOn } from './data/members';
import { HOST, SEATS } from './ids';
import { presidentNow } from './intents/cd-session.handlers';
import type { Intent, IntentInput } from './intents/intent.schema';
import { intentSchema } from './intents/intent.schema';
import { legalActions } from './legal-actions';
import { hashState } from './log/hash';
import { replay } from './log/replay';
import type { ConsensusDecisionContext } from './procedures/cd/consensus-decision.machine';
import type { DraftResolutionContext } from './procedures/unga/draft-resolution.machine';
import { symbolNumber } from './scenario/load-scenario';
import { simulate } from './simulate';
import { documentContext } from './state/documents';
import type { GameState } from './state/game-state';
import type { TestGame } from './testing/test-game';
import { game } from './testing/test-game';

const INTENT_TYPES = intentSchema.options.map((option) => option.shape.type.value);
const PAROS_L1 = 'A/C.1/63/L.1';

/** What must hold in every state the game reaches; the list of what does not (empty if all is well). */
function brokenInvariants(state: GameState): string[] {
  const broken: string[] = [];
  const check = (holds: boolean, what: string): void => {
    if (!holds) broken.push(what);
  };

  check(
    state.record.every((entry, index) => entry.index === index),
    'the record is numbered 0..n-1',
  );

  const symbols = state.documentOrder.flatMap((id) => {
    const symbol = documentContext(state.documents[id]!).symbol;
    return symbol === null ? [] : [symbol];
  });
  check(new Set(symbols).size === symbols.length, `CD symbols are unique: ${symbols.join(' ')}`);
  const inPlay = state.record.flatMap((entry) =>
    entry.kind === 'document.submitted' && entry.symbol !== undefined ? [entry.symbol] : [],
  );
  const circulated = [...symbols.filter((symbol) => !inPlay.includes(symbol)), ...inPlay].flatMap(
    (symbol) => {
      const number = symbolNumber(symbol);
      return number === null ? [] : [number];
    },
  );
  check(
    circulated.every((number, index) => index === 0 || number > circulated[index - 1]!),
    `CD symbols increase in the order circulated: ${circulated.join(' ')}`,
  );
  check(
    circulated.every((number) => number < state.cd.nextSymbol),
    'every CD symbol is below the next one',
  );

  for (const [id, snapshot] of Object.entries(state.cd.decisions)) {
    const decision = snapshot.context as ConsensusDecisionContext;
    const positions = [
      ...decision.objections,
      ...decision.joined,
      ...decision.dissociations.map((entry) => entry.member),
    ];
    check(positions.every(isCdMember), `only CD members object or join in ${id}`);
  }

  for (const entry of state.record) {
    if (!entry.tally) continue;
    const { yes, no, abstain, absent } = entry.tally;
    const electorate = unMembersOn(entry.date).length;
    check(
      yes + no + abstain + absent === electorate,
      `record ${entry.index} counts the ${electorate} members of ${entry.date}`,
    );
  }
  for (const [symbol, snapshot] of Object.entries(state.unga.drafts)) {
    const draft = snapshot.context as DraftResolutionContext;
    for (const result of draft.results.filter((r) => r.method === 'recorded')) {
      const total = result.yes + result.no + result.abstain + result.absent;
      check(total === draft.voters.length, `the votes on ${symbol} count the whole electorate`);
    }
    const names = draft.currentVote
      ? [...draft.currentVote.yes, ...draft.currentVote.no, ...draft.currentVote.abstain]
      : [];
    check(
      names.every((name) => draft.voters.includes(name)),
      `only UN members of the day vote on ${symbol}`,
    );
    check(new Set(names).size === names.length, `each member votes once on ${symbol}`);
    check([...draft.sponsors, ...draft.coSponsors].every(isUnMember), `${symbol}: sponsors`);
  }
  return broken;
}

/** Freezes a value and everything in it, so that a handler writing into it throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Where a sequence starts: a fresh game, or one that has got somewhere (a proposal open, a
 * draft resolution in a recorded vote, a negotiation, a group of experts), so that short
 * sequences reach deep into the procedures. The log that led there is replayed with the rest.
 */
function starts(): TestGame[] {
  const egyptTablesParos = (g: TestGame) =>
    g
      .as('EGY')
      .does({
        type: 'draft.tabled',
        kind: 'PAROS',
        title: 'Prevention of an arms race in outer space',
        paragraphs: [
          { id: 'PP1', text: 'Recognizing the common interest of all mankind,' },
          { id: 'OP1', text: 'Reaffirms the importance of preventing an arms race.' },
        ],
        coSponsors: ['LKA'],
      })
      .does({ type: 'draft.introduced', draft: PAROS_L1 })
      .as('chair')
      .does({ type: 'action.opened', draft: PAROS_L1 });
  const inFirstCommittee = egyptTablesParos(game('classroom-2008').host.endsTurn(3));
  const inPlenary = inFirstCommittee
    .fork()
    .as('chair')
    .does(
      { type: 'adoption.withoutVote', draft: PAROS_L1 },
      { type: 'stage.closed', draft: PAROS_L1 },
    )
    .host.endsTurn();
  return [
    game('classroom-2008'),
    game('classroom-2014'),
    game('classroom-2008')
      .as('TUN')
      .does({ type: 'plenary.convened' }, { type: 'decision.proposed', subject: 'programmeOfWork' })
      .as('RUS')
      .does({ type: 'document.submitted', document: 'ppwt-2008' }),
    inFirstCommittee
      .fork()
      .as('USA')
      .does({ type: 'vote.requested', draft: PAROS_L1 })
      .as('chair')
      .does({ type: 'voting.opened', draft: PAROS_L1 })
      .votes(PAROS_L1, { yes: ['CHN', 'RUS', 'EGY'], no: ['USA'] }),
    inPlenary,
    inPlenary
      .fork()
      .as('chair')
      .does(
        { type: 'plenary.opened', draft: PAROS_L1 },
        { type: 'adoption.withoutVote', draft: PAROS_L1 },
        { type: 'stage.closed', draft: PAROS_L1 },
        {
          type: 'gge.established',
          mandate: 'A/RES/63/1',
          experts: ['CHN', 'RUS', 'USA'],
          sessions: 1,
        },
        { type: 'gge.sessionOpened', gge: 'GGE/A/RES/63/1' },
        { type: 'gge.sessionClosed', gge: 'GGE/A/RES/63/1' },
        { type: 'gge.reportDrafted', gge: 'GGE/A/RES/63/1', symbol: 'A/64/100' },
      ),
    game('classroom-2014')
      .as('president')
      .does(
        { type: 'plenary.convened' },
        { type: 'decision.proposed', subject: 'programmeOfWork' },
        { type: 'decision.called', decision: 'CD-D/2014/1' },
        {
          type: 'decision.proposed',
          subject: 'subsidiaryBody',
          body: { id: 'paros', agendaItem: 3, mandate: 'negotiate', basis: 'CD/1985' },
        },
        { type: 'decision.called', decision: 'CD-D/2014/2' },
      )
      .as('RUS')
      .does({ type: 'amendment.proposed', body: 'paros', article: 'II', text: 'New wording.' }),
  ].map((start) => {
    deepFreeze(start.state);
    return start;
  });
}

/** Who takes a legal action: a seat, the President of the CD, the chair or the host. */
const ACTORS = [...SEATS, 'president', 'chair', 'host'] as const;

const ACTOR_CODES = ['EU', 'XXX', 'chair', 'host', 'CHN', 'RUS', 'USA', 'TUN', 'JPN', 'PAK'];
const actor = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ACTOR_CODES, 'EGY', 'LKA', 'FRA', 'FJI') },
  { weight: 1, arbitrary: fc.string({ maxLength: 9 }) },
);
const HUGE = 'w'.repeat(100_000);
const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('agenda item 3', 'New wording.', 'A', '') },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(4001), HUGE) },
);
const KNOWN_IDS = [
  'CD-D/2008/1', 'CD-D/2008/2', 'CD-D/2014/1', 'CD-D/2014/3', 'CD/1576', 'CD/1679', 'CD/1839',
  'CD/1840', 'CD/1985', 'ppwt-2008', 'code-of-conduct-2008', 'us-analysis-2014', 'draft-5',
  PAROS_L1, 'A/C.1/63/L.2', 'A/C.1/69/L.1', 'GGE/A/RES/63/1', 'paros', 'paros/A1', 'paros/A2',
]; // prettier-ignore
const id = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...KNOWN_IDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const article = fc.record({ number: fc.constantFrom('I', 'II', '1'), subject: text, text });
const draftDocument = fc.record(
  {
    kind: fc.constantFrom('draftTreaty', 'workingPaper', 'comments', 'letter', 'poem'),
    title: text,
    summary: text,
    respondsTo: fc.array(id, { maxLength: 2 }),
    articles: fc.array(article, { maxLength: 2 }),
    coAuthors: fc.array(actor, { maxLength: 2 }),
  },
  { requiredKeys: ['kind', 'title', 'summary'] },
);
/** A value for each field an intent may carry, mostly plausible, sometimes not. */
const FIELDS: Record<string, fc.Arbitrary<unknown>> = {
  decision: id,
  document: id,
  gge: id,
  amendment: id,
  alternative: id,
  mandate: fc.oneof(fc.constantFrom('A/RES/63/1', 'A/RES/69/1'), id),
  body: fc.oneof(
    id,
    fc.record(
      {
        id: fc.constantFrom('paros', 'sb3'),
        agendaItem: fc.integer({ min: 0, max: 11 }),
        mandate: fc.constantFrom('negotiate', 'discuss', 'talk'),
        basis: id,
      },
      { requiredKeys: ['id', 'agendaItem', 'mandate'] },
    ),
  ),
  article: fc.oneof(fc.constantFrom('I', 'II', 'III', '1', '3'), text),
  vote: fc.constantFrom('yes', 'no', 'abstain', 'maybe'),
  when: fc.constantFrom('before', 'after', 'during'),
  subject: fc.constantFrom('agenda', 'programmeOfWork', 'subsidiaryBody', 'annualReport', 'x'),
  symbol: fc.oneof(
    fc.integer({ min: 1500, max: 2100 }).map((n) => `CD/${n}`),
    id,
  ),
  resolution: fc.oneof(
    fc.integer({ min: 1, max: 60 }).map((n) => `A/RES/63/${n}`),
    id,
  ),
  seat: fc.constantFrom(...SEATS, 'XXX'),
  with: fc.array(actor, { maxLength: 3 }),
  experts: fc.array(actor, { maxLength: 5 }),
  coSponsors: fc.array(actor, { maxLength: 3 }),
  sessions: fc.integer({ min: -1, max: 7 }),
  paragraph: fc.constantFrom('PP1', 'OP1', 'OP9', 'X1'),
  paragraphs: fc.array(fc.record({ id: fc.constantFrom('PP1', 'OP1', 'OP2', 'P1'), text }), {
    maxLength: 3,
  }),
  kind: fc.constantFrom('PAROS', 'NFP', 'TCBM', 'OTHER', 'XYZ'),
  articles: fc.array(article, { maxLength: 2 }),
};
const anyValue = fc.oneof(id, text, fc.integer(), fc.boolean(), fc.constant(null), fc.anything());

/** An intent of a type from the schema, with the fields that type has, filled at random. */
const shapedIntent = fc.constantFrom(...INTENT_TYPES).chain((type) => {
  const shape = intentSchema.options.find((option) => option.shape.type.value === type)!.shape;
  const keys = Object.keys(shape).filter((key) => key !== 'type' && key !== 'actor');
  const fields = Object.fromEntries(
    keys.map((key) => [
      key,
      key === 'draft' && type.startsWith('document.')
        ? draftDocument
        : (FIELDS[key] ?? (key === 'draft' ? id : text)),
    ]),
  );
  return fc.record(
    { type: fc.constant(type), actor, ...fields },
    { requiredKeys: ['type', 'actor'] },
  );
});

/** Often illegal, sometimes malformed: extra fields, wrong types, anything at all. */
const randomIntent: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: shapedIntent },
  {
    weight: 1,
    arbitrary: fc
      .tuple(shapedIntent, fc.string({ maxLength: 8 }), anyValue)
      .map(([intent, key, value]) => ({ ...intent, [key]: value })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(shapedIntent, fc.constantFrom('type', 'actor', 'decision', 'draft', 'vote'), anyValue)
      .map(([intent, key, value]) => ({ ...intent, [key]: value })),
  },
  { weight: 1, arbitrary: fc.anything() },
);

/**
 * A step: a legal action of a chosen actor; a legal action with one field changed (another
 * actor, a symbol asked for, other text: often still accepted, with payloads legalActions never
 * proposes); or a random intent.
 */
const stepArbitrary = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('legal' as const), actor: fc.nat(6), pick: fc.nat() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('nudged' as const),
      actor: fc.nat(6),
      pick: fc.nat(),
      field: fc.oneof(
        fc.tuple(fc.constant('actor'), actor),
        fc.tuple(
          fc.constantFrom('symbol', 'resolution'),
          fc.oneof(FIELDS.symbol!, FIELDS.resolution!),
        ),
        fc.tuple(fc.constantFrom('text', 'topic', 'statement', 'title', 'summary'), text),
        fc.tuple(fc.constantFrom('decision', 'document', 'draft', 'body', 'vote'), anyValue),
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('random' as const), intent: randomIntent }),
  },
);
type Step = typeof stepArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** The intent a step stands for in this state; null when the chosen actor may do nothing. */
function intentOf(state: GameState, step: Step): unknown {
  if (step.kind === 'random') return step.intent;
  const legal = legalIntent(state, step.actor, step.pick);
  if (legal === null || step.kind === 'legal') return legal;
  return { ...legal, [step.field[0]]: step.field[1] };
}

/** legalActions(state, actor)[pick % n] for the chosen actor, or null if it has none. */
function legalIntent(state: GameState, who: number, pick: number): IntentInput | null {
  const chosen = ACTORS[who]!;
  const options = legalActions(
    state,
    chosen === 'president' ? (presidentNow(state) ?? HOST) : chosen,
  );
  return options.length === 0 ? null : options[pick % options.length]!;
}

const hashes = new WeakMap<GameState, string>();
/** The hash of a state as it was when first asked for (states are frozen; this is a check). */
function hashWhenReached(state: GameState): string {
  const known = hashes.get(state) ?? hashState(state);
  hashes.set(state, known);
  return known;
}

describe('invariants of random play, legal and not', () => {
  const beginnings = starts();

  test('the starting points themselves keep every invariant', () => {
    for (const start of beginnings) expect(brokenInvariants(start.state)).toEqual([]);
  });

  test('apply never throws, a refusal changes nothing, invariants hold, the log replays', () => {
    fc.assert(
      fc.property(
        fc.nat(beginnings.length - 1),
        fc.array(stepArbitrary, { maxLength: 16, size: 'max' }),
        (which, steps) => {
          const start = beginnings[which]!;
          let state = start.state;
          let refusedSince = false;
          const accepted: Intent[] = [];
          const settleRefusals = (): void => {
            if (refusedSince) expect(hashState(state)).toBe(hashWhenReached(state));
            refusedSince = false;
          };
          for (const step of steps) {
            const intent = intentOf(state, step);
            if (intent === null && step.kind !== 'random') continue;
            if (!refusedSince) hashWhenReached(state);
            let result: ApplyResult;
            try {
              result = apply(state, intent);
            } catch (error) {
              throw new Error(
                `apply threw on ${JSON.stringify(intent)?.slice(0, 500)}: ${String(error)}`,
              );
            }
            if (!result.ok) {
              expect(step.kind, 'legalActions offered a refused intent').not.toBe('legal');
              expect(result).toEqual({
                ok: false,
                error: {
                  code: expect.any(String) as string,
                  message: expect.any(String) as string,
                },
              });
              refusedSince = true;
              continue;
            }
            settleRefusals();
            state = result.state;
            accepted.push(result.intent);
            expect(brokenInvariants(state)).toEqual([]);
          }
          settleRefusals();
          const replayed = replay(start.scenario, start.seed, [...start.intents, ...accepted]);
          expect(replayed.rejected).toEqual([]);
          expect(hashState(replayed.state)).toBe(hashState(state));
        },
      ),
      { numRuns: 1000 },
    );
  }, 120_000);

  test('a long simulated game keeps every invariant and replays to the same hash', () => {
    const { scenario } = beginnings[0]!;
    const played = simulate(scenario, { seed: 11, maxSteps: 400 });
    expect(brokenInvariants(played.state)).toEqual([]);
    const replayed = replay(scenario, 11, played.intents);
    expect(hashState(replayed.state)).toBe(hashState(played.state));
  });
});

describe('engine bugs found by these properties', () => {
  test('an id named like a property of every object is refused, not thrown', () => {
    const { state } = game('classroom-2008').as('TUN').does({ type: 'plenary.convened' });
    const attempts: unknown[] = [
      { type: 'objection.raised', actor: 'PAK', decision: 'constructor' },
      { type: 'decision.called', actor: 'TUN', decision: 'toString' },
      { type: 'amendment.proposed', actor: 'PAK', body: 'valueOf', article: 'I', text: 'New.' },
      { type: 'gge.joined', actor: 'PAK', gge: 'hasOwnProperty' },
      {
        type: 'document.revised',
        actor: 'RUS',
        document: 'toString',
        title: 'T',
        summary: 'S',
        articles: [],
      },
    ];
    for (const intent of attempts) expect(() => apply(state, intent)).not.toThrow();
  });

  test('the host or the chair acting as a delegation is refused, not thrown', () => {
    const { state } = game('classroom-2008');
    const inCommittee = game('classroom-2008').host.endsTurn(3).state;
    const attempts: [GameState, unknown][] = [
      [state, { type: 'objection.raised', actor: 'chair', decision: 'CD-D/2008/1' }],
      [state, { type: 'text.joined', actor: 'host', body: 'paros' }],
      [state, { type: 'document.submitted', actor: 'host', document: 'ppwt-2008' }],
      [
        inCommittee,
        {
          type: 'draft.tabled',
          actor: 'host',
          kind: 'PAROS',
          title: 'Prevention of an arms race in outer space',
          paragraphs: [{ id: 'OP1', text: 'Calls on all States.' }],
        },
      ],
    ];
    for (const [before, intent] of attempts) expect(() => apply(before, intent)).not.toThrow();
  });

  test('apply does not throw on {"type": {"toString": 1}}', () => {
    const { state } = game('classroom-2008');
    expect(() => apply(state, JSON.parse('{"type":{"toString":1},"actor":"RUS"}'))).not.toThrow();
  });

  test('a requested CD symbol is a plain running number, and cannot be used twice', () => {
    const letter = (title: string) => ({ kind: 'letter' as const, title, summary: title });
    const g = game('classroom-2008').as('USA');
    g.isRefused(
      { type: 'document.tabled', draft: letter('Huge'), symbol: 'CD/9007199254740993' },
      'symbol-out-of-sequence',
    );
    g.does({ type: 'document.tabled', draft: letter('One'), symbol: 'CD/5000' });
    g.isRefused(
      { type: 'document.tabled', draft: letter('Two'), symbol: 'CD/5000' },
      'symbol-out-of-sequence',
    );
  });
});
