import { describe, expect, test } from 'vitest';
import type { SnapshotFrom } from 'xstate';
import { initialTransition, transition } from 'xstate';
import type {
  DocumentLifecycleContext,
  DocumentLifecycleEmitted,
  DocumentLifecycleEvent,
  DocumentLifecycleInput,
} from './document-lifecycle.machine';
import { documentLifecycleMachine as machine } from './document-lifecycle.machine';

type Snapshot = SnapshotFrom<typeof machine>;

const ppwt2008: DocumentLifecycleInput = {
  id: 'draft-ppwt-2008',
  authors: ['RUS', 'CHN'],
  kind: 'draftTreaty',
  title: 'Draft Treaty on the Prevention of the Placement of Weapons in Outer Space',
  respondsTo: [],
};

const drafted: DocumentLifecycleContext = {
  id: 'draft-ppwt-2008',
  symbol: null,
  authors: ['RUS', 'CHN'],
  kind: 'draftTreaty',
  title: 'Draft Treaty on the Prevention of the Placement of Weapons in Outer Space',
  respondsTo: [],
  responses: [],
  supersededBy: null,
  revises: null,
  submittedOn: null,
  outcome: null,
};

const circulated: DocumentLifecycleContext = {
  ...drafted,
  symbol: 'CD/1839',
  submittedOn: '2008-02-29',
};

const submission: DocumentLifecycleEvent = {
  type: 'document.submitted',
  symbol: 'CD/1839',
  date: '2008-02-29',
};

function start(input: DocumentLifecycleInput = ppwt2008): Snapshot {
  return initialTransition(machine, input)[0];
}

/** One event through the pure transition: the next snapshot and what the machine announced. */
function step(
  snapshot: Snapshot,
  event: DocumentLifecycleEvent,
): { next: Snapshot; emitted: DocumentLifecycleEmitted[] } {
  const [next, actions] = transition(machine, snapshot, event);
  const executed: readonly { type: string; params?: unknown }[] = actions;
  const emitted = executed
    .filter((action) => action.type === 'xstate.emit')
    .map((action) => (action.params as { event: DocumentLifecycleEmitted }).event);
  return { next, emitted };
}

function run(snapshot: Snapshot, events: readonly DocumentLifecycleEvent[]): Snapshot {
  return events.reduce((current, event) => step(current, event).next, snapshot);
}

function expectRefused(snapshot: Snapshot, event: DocumentLifecycleEvent): void {
  expect(step(snapshot, event).next).toBe(snapshot);
}

const submitted = (): Snapshot => run(start(), [submission]);
const underConsideration = (): Snapshot => run(submitted(), [{ type: 'consideration.opened' }]);
const underNegotiation = (): Snapshot =>
  run(underConsideration(), [{ type: 'negotiation.opened' }]);

describe('circulation as an official document', () => {
  test('a draft treaty is circulated under its CD symbol on the date given', () => {
    const { next, emitted } = step(start(), submission);
    expect(next.value).toBe('submitted');
    expect(next.context).toEqual(circulated);
    expect(emitted).toEqual([{ type: 'document.submitted', symbol: 'CD/1839' }]);
  });

  test('a document starts as a draft without symbol, date or outcome', () => {
    const snapshot = start();
    expect(snapshot.value).toBe('drafted');
    expect(snapshot.context).toEqual(drafted);
  });

  test('a working paper is circulated under a CD/WP symbol', () => {
    const paper = start({
      ...ppwt2008,
      id: 'wp',
      kind: 'draftDecision',
      title: 'Subsidiary bodies',
    });
    const { next } = step(paper, {
      type: 'document.submitted',
      symbol: 'CD/WP.605',
      date: '2018-02-16',
    });
    expect({ value: next.value, symbol: next.context.symbol }).toEqual({
      value: 'submitted',
      symbol: 'CD/WP.605',
    });
  });

  test.each([
    ['a name instead of a symbol', 'PPWT', '2008-02-29'],
    ['a General Assembly symbol', 'A/RES/63/40', '2008-02-29'],
    ['a symbol without a number', 'CD/', '2008-02-29'],
    ['a date in words', 'CD/1839', '29 February 2008'],
    ['a day that does not exist', 'CD/1839', '2009-02-29'],
  ])('a document with %s is not circulated', (_case, symbol, date) => {
    expectRefused(start(), { type: 'document.submitted', symbol, date });
  });

  test('a document is circulated only once', () => {
    expectRefused(submitted(), {
      type: 'document.submitted',
      symbol: 'CD/1840',
      date: '2008-03-01',
    });
  });

  test('a draft not yet submitted can be withdrawn, and then nothing more happens to it', () => {
    const withdrawn = run(start(), [{ type: 'document.withdrawn' }]);
    expect({
      value: withdrawn.value,
      status: withdrawn.status,
      outcome: withdrawn.context.outcome,
    }).toEqual({ value: 'withdrawn', status: 'done', outcome: null });
    expectRefused(withdrawn, submission);
  });

  test('a submitted document cannot be withdrawn, only shelved', () => {
    expectRefused(submitted(), { type: 'document.withdrawn' });
    const { next, emitted } = step(submitted(), { type: 'document.shelved' });
    expect({ value: next.value, status: next.status, context: next.context }).toEqual({
      value: 'shelved',
      status: 'done',
      context: { ...circulated, outcome: 'shelved' },
    });
    expect(emitted).toEqual([{ type: 'document.shelved', symbol: 'CD/1839' }]);
  });

  test('a draft not yet submitted cannot be shelved or taken up', () => {
    expectRefused(start(), { type: 'document.shelved' });
    expectRefused(start(), { type: 'consideration.opened' });
  });
});

describe('answers and revisions', () => {
  test('a draft not yet submitted cannot be answered', () => {
    expectRefused(start(), { type: 'response.attached', symbol: 'CD/1847' });
  });

  test('the US comments answer the draft treaty', () => {
    const { next, emitted } = step(underConsideration(), {
      type: 'response.attached',
      symbol: 'CD/1847',
    });
    expect(next.value).toBe('answered');
    expect(next.context).toEqual({ ...circulated, responses: ['CD/1847'] });
    expect(emitted).toEqual([
      { type: 'response.attached', symbol: 'CD/1839', response: 'CD/1847' },
    ]);
  });

  test('answers are kept in order, each once, and a document does not answer itself', () => {
    const answered = run(submitted(), [
      { type: 'response.attached', symbol: 'CD/1847' },
      { type: 'response.attached', symbol: 'CD/1872' },
    ]);
    expect({ value: answered.value, responses: answered.context.responses }).toEqual({
      value: 'answered',
      responses: ['CD/1847', 'CD/1872'],
    });
    expectRefused(answered, { type: 'response.attached', symbol: 'CD/1847' });
    expectRefused(answered, { type: 'response.attached', symbol: 'CD/1839' });
    expectRefused(answered, { type: 'response.attached', symbol: 'US comments' });
  });

  test('a revision supersedes the draft it revises', () => {
    const answered = run(submitted(), [
      { type: 'response.attached', symbol: 'CD/1847' },
      { type: 'response.attached', symbol: 'CD/1872' },
    ]);
    const { next, emitted } = step(answered, { type: 'revision.submitted', symbol: 'CD/1985' });
    expect({ value: next.value, status: next.status, context: next.context }).toEqual({
      value: 'superseded',
      status: 'done',
      context: {
        ...circulated,
        responses: ['CD/1847', 'CD/1872'],
        supersededBy: 'CD/1985',
        outcome: 'superseded',
      },
    });
    expect(emitted).toEqual([{ type: 'document.superseded', symbol: 'CD/1839', by: 'CD/1985' }]);
  });

  test('the revised draft records the draft it revises', () => {
    const ppwt2014 = start({ ...ppwt2008, id: 'draft-ppwt-2014', revises: 'CD/1839' });
    const { next } = step(ppwt2014, {
      type: 'document.submitted',
      symbol: 'CD/1985',
      date: '2014-06-12',
    });
    expect(next.context).toEqual({
      ...drafted,
      id: 'draft-ppwt-2014',
      revises: 'CD/1839',
      symbol: 'CD/1985',
      submittedOn: '2014-06-12',
    });
  });

  test('a revision is another document, not the draft itself nor one of its answers', () => {
    const answered = run(submitted(), [{ type: 'response.attached', symbol: 'CD/1847' }]);
    expectRefused(answered, { type: 'revision.submitted', symbol: 'CD/1839' });
    expectRefused(answered, { type: 'revision.submitted', symbol: 'CD/1847' });
    expectRefused(answered, { type: 'revision.submitted', symbol: 'updated PPWT' });
    expectRefused(start(), { type: 'revision.submitted', symbol: 'CD/1985' });
  });

  test('a working paper may be revised as /Rev.1', () => {
    const paper = run(start({ ...ppwt2008, kind: 'draftDecision' }), [
      { type: 'document.submitted', symbol: 'CD/WP.605', date: '2018-02-13' },
    ]);
    const { next } = step(paper, { type: 'revision.submitted', symbol: 'CD/WP.605/Rev.1' });
    expect({ value: next.value, by: next.context.supersededBy }).toEqual({
      value: 'superseded',
      by: 'CD/WP.605/Rev.1',
    });
  });

  test('a superseded draft accepts nothing more', () => {
    const superseded = run(submitted(), [{ type: 'revision.submitted', symbol: 'CD/1985' }]);
    expectRefused(superseded, { type: 'response.attached', symbol: 'CD/1998' });
    expectRefused(superseded, { type: 'document.shelved' });
    expectRefused(superseded, { type: 'consideration.opened' });
  });
});

describe('negotiation and adoption', () => {
  test('a draft cannot be adopted before it is negotiated', () => {
    expectRefused(start(), { type: 'document.adopted' });
    expectRefused(submitted(), { type: 'document.adopted' });
    expectRefused(underConsideration(), { type: 'document.adopted' });
    const answered = run(underConsideration(), [{ type: 'response.attached', symbol: 'CD/1847' }]);
    expectRefused(answered, { type: 'document.adopted' });
  });

  test('negotiation opens only on a draft the Conference has taken up', () => {
    expectRefused(start(), { type: 'negotiation.opened' });
    expectRefused(submitted(), { type: 'negotiation.opened' });
    expect(underNegotiation().value).toBe('underNegotiation');
    const answered = run(submitted(), [{ type: 'response.attached', symbol: 'CD/1847' }]);
    expect(step(answered, { type: 'negotiation.opened' }).next.value).toBe('underNegotiation');
  });

  test('only a draft treaty can be negotiated', () => {
    const comments = run(
      start({
        ...ppwt2008,
        id: 'us-comments',
        authors: ['USA'],
        kind: 'comments',
        respondsTo: ['CD/1839'],
      }),
      [
        { type: 'document.submitted', symbol: 'CD/1847', date: '2008-08-19' },
        { type: 'consideration.opened' },
      ],
    );
    expectRefused(comments, { type: 'negotiation.opened' });
  });

  test('a negotiated draft treaty is adopted', () => {
    const { next, emitted } = step(underNegotiation(), { type: 'document.adopted' });
    expect({ value: next.value, status: next.status, context: next.context }).toEqual({
      value: 'adopted',
      status: 'done',
      context: { ...circulated, outcome: 'adopted' },
    });
    expect(emitted).toEqual([{ type: 'document.adopted', symbol: 'CD/1839' }]);
  });

  test('a draft under negotiation still receives answers but is not revised by its sponsors', () => {
    const { next, emitted } = step(underNegotiation(), {
      type: 'response.attached',
      symbol: 'CD/1998',
    });
    expect({ value: next.value, responses: next.context.responses }).toEqual({
      value: 'underNegotiation',
      responses: ['CD/1998'],
    });
    expect(emitted).toEqual([
      { type: 'response.attached', symbol: 'CD/1839', response: 'CD/1998' },
    ]);
    expectRefused(next, { type: 'revision.submitted', symbol: 'CD/1985' });
  });

  test('a draft under negotiation can be shelved', () => {
    const { next } = step(underNegotiation(), { type: 'document.shelved' });
    expect({ value: next.value, outcome: next.context.outcome }).toEqual({
      value: 'shelved',
      outcome: 'shelved',
    });
  });
});

describe('persistence', () => {
  test('the persisted document survives a JSON round trip and goes on', () => {
    const answered = run(underConsideration(), [{ type: 'response.attached', symbol: 'CD/1847' }]);
    const stored: unknown = JSON.parse(JSON.stringify(machine.getPersistedSnapshot(answered)));
    const restored = machine.resolveState(stored as Parameters<typeof machine.resolveState>[0]);
    expect({ value: restored.value, context: restored.context }).toEqual({
      value: 'answered',
      context: { ...circulated, responses: ['CD/1847'] },
    });
    expectRefused(restored, { type: 'response.attached', symbol: 'CD/1847' });
    const { next, emitted } = step(restored, { type: 'revision.submitted', symbol: 'CD/1985' });
    expect({ value: next.value, by: next.context.supersededBy }).toEqual({
      value: 'superseded',
      by: 'CD/1985',
    });
    expect(emitted).toEqual([{ type: 'document.superseded', symbol: 'CD/1839', by: 'CD/1985' }]);
  });
});
