import { describe, expect, test } from 'vitest';
import type { SnapshotFrom } from 'xstate';
import { initialTransition, transition } from 'xstate';
import type { Amendment, TreatyArticle } from '../rules/treaty-text';
import type {
  TreatyNegotiationContext,
  TreatyNegotiationEmitted,
  TreatyNegotiationEvent,
  TreatyNegotiationInput,
} from './treaty-negotiation.machine';
import { treatyNegotiationMachine as machine } from './treaty-negotiation.machine';

type Snapshot = SnapshotFrom<typeof machine>;

const members = ['CHN', 'RUS', 'USA', 'PAK'];

const input: TreatyNegotiationInput = {
  body: 'sb3',
  basis: 'CD/1985',
  members,
  articles: [
    { number: 'I', subject: 'Definitions', text: '"weapon in outer space" means ...' },
    { number: 'II', subject: 'Obligations', text: 'Not to place any weapons in outer space.' },
  ],
};

const articleI: TreatyArticle = {
  subject: 'Definitions',
  alternatives: [{ id: 'CD/1985', text: '"weapon in outer space" means ...', proposedBy: null }],
  agreed: true,
};

const articleII: TreatyArticle = {
  subject: 'Obligations',
  alternatives: [
    { id: 'CD/1985', text: 'Not to place any weapons in outer space.', proposedBy: null },
  ],
  agreed: true,
};

const initialContext: TreatyNegotiationContext = {
  body: 'sb3',
  basis: 'CD/1985',
  members,
  articles: { I: articleI, II: articleII },
  amendments: [],
  adoption: { joined: [], objections: [] },
};

const asatAmendment: TreatyNegotiationEvent = {
  type: 'amendment.proposed',
  id: 'US-1',
  article: 'II',
  text: 'Not to test destructive anti-satellite missiles.',
  member: 'USA',
};

const openAsatAmendment: Amendment = {
  id: 'US-1',
  article: 'II',
  text: 'Not to test destructive anti-satellite missiles.',
  proposedBy: 'USA',
  accepted: ['USA'],
  objections: [],
  status: 'open',
};

function start(): Snapshot {
  return initialTransition(machine, input)[0];
}

/** One event through the pure transition: the next snapshot and what the machine announced. */
function step(
  snapshot: Snapshot,
  event: TreatyNegotiationEvent,
): { next: Snapshot; emitted: TreatyNegotiationEmitted[] } {
  const [next, actions] = transition(machine, snapshot, event);
  const executed: readonly { type: string; params?: unknown }[] = actions;
  const emitted = executed
    .filter((action) => action.type === 'xstate.emit')
    .map((action) => (action.params as { event: TreatyNegotiationEmitted }).event);
  return { next, emitted };
}

function run(snapshot: Snapshot, events: readonly TreatyNegotiationEvent[]): Snapshot {
  return events.reduce((current, event) => step(current, event).next, snapshot);
}

function expectRefused(snapshot: Snapshot, event: TreatyNegotiationEvent): void {
  expect(step(snapshot, event).next).toBe(snapshot);
}

/** The US amendment to Article II, opposed by Russia and settled into brackets. */
function bracketedText(): Snapshot {
  return run(start(), [
    asatAmendment,
    { type: 'amendment.objected', id: 'US-1', member: 'RUS' },
    { type: 'amendment.settled', id: 'US-1' },
  ]);
}

const adoptionRound = (): Snapshot => run(start(), [{ type: 'adoption.called' }]);

describe('the starting text', () => {
  test('the basis draft is the agreed starting text, article by article', () => {
    const snapshot = start();
    expect(snapshot.value).toBe('negotiating');
    expect(snapshot.context).toEqual(initialContext);
  });
});

describe('amendments', () => {
  test('a member proposes an amendment and counts in favour of it', () => {
    const { next, emitted } = step(start(), asatAmendment);
    expect(next.value).toBe('negotiating');
    expect(next.context).toEqual({ ...initialContext, amendments: [openAsatAmendment] });
    expect(emitted).toEqual([]);
  });

  test('an observer cannot propose, accept or object to an amendment', () => {
    expectRefused(start(), { ...asatAmendment, id: 'EU-1', member: 'EU' });
    const proposed = run(start(), [asatAmendment]);
    expectRefused(proposed, { type: 'amendment.objected', id: 'US-1', member: 'EU' });
    expectRefused(proposed, { type: 'amendment.accepted', id: 'US-1', member: 'EU' });
  });

  test('an unknown delegation is refused like an observer', () => {
    expectRefused(start(), { ...asatAmendment, id: 'X-1', member: 'XXX' });
    const proposed = run(start(), [asatAmendment]);
    expectRefused(proposed, { type: 'amendment.objected', id: 'US-1', member: 'XXX' });
  });

  test('an amendment must be to an article of the text and carry a new id', () => {
    expectRefused(start(), { ...asatAmendment, article: 'XIV' });
    expectRefused(start(), { ...asatAmendment, id: 'CD/1985' });
    const proposed = run(start(), [asatAmendment]);
    expectRefused(proposed, { ...asatAmendment, member: 'CHN', text: 'Another text' });
  });

  test('objecting and accepting replace each other; the proposer does not object to its own', () => {
    const objected = run(start(), [
      asatAmendment,
      { type: 'amendment.objected', id: 'US-1', member: 'RUS' },
    ]);
    expect(objected.context.amendments).toEqual([{ ...openAsatAmendment, objections: ['RUS'] }]);
    expectRefused(objected, { type: 'amendment.objected', id: 'US-1', member: 'RUS' });
    expectRefused(objected, { type: 'amendment.objected', id: 'US-1', member: 'USA' });
    const accepted = step(objected, { type: 'amendment.accepted', id: 'US-1', member: 'RUS' }).next;
    expect(accepted.context.amendments).toEqual([
      { ...openAsatAmendment, accepted: ['USA', 'RUS'] },
    ]);
    expectRefused(accepted, { type: 'amendment.accepted', id: 'US-1', member: 'RUS' });
  });

  test('an unopposed amendment becomes the agreed text of its article', () => {
    const proposed = run(start(), [
      asatAmendment,
      { type: 'amendment.accepted', id: 'US-1', member: 'CHN' },
    ]);
    const { next, emitted } = step(proposed, { type: 'amendment.settled', id: 'US-1' });
    expect(next.context).toEqual({
      ...initialContext,
      articles: {
        I: articleI,
        II: {
          subject: 'Obligations',
          alternatives: [
            {
              id: 'US-1',
              text: 'Not to test destructive anti-satellite missiles.',
              proposedBy: 'USA',
            },
          ],
          agreed: true,
        },
      },
      amendments: [{ ...openAsatAmendment, accepted: ['USA', 'CHN'], status: 'incorporated' }],
    });
    expect(emitted).toEqual([
      { type: 'amendment.incorporated', body: 'sb3', id: 'US-1', article: 'II' },
    ]);
  });

  test('an opposed amendment goes into the text in square brackets', () => {
    const objected = run(start(), [
      asatAmendment,
      { type: 'amendment.objected', id: 'US-1', member: 'RUS' },
    ]);
    const { next, emitted } = step(objected, { type: 'amendment.settled', id: 'US-1' });
    expect(next.context.articles).toEqual({
      I: articleI,
      II: {
        subject: 'Obligations',
        alternatives: [
          { id: 'CD/1985', text: 'Not to place any weapons in outer space.', proposedBy: null },
          {
            id: 'US-1',
            text: 'Not to test destructive anti-satellite missiles.',
            proposedBy: 'USA',
          },
        ],
        agreed: false,
      },
    });
    expect(next.context.amendments).toEqual([
      { ...openAsatAmendment, objections: ['RUS'], status: 'bracketed' },
    ]);
    expect(emitted).toEqual([
      { type: 'amendment.bracketed', body: 'sb3', id: 'US-1', article: 'II', objectors: ['RUS'] },
    ]);
  });

  test('a settled amendment is settled once; an unknown one not at all', () => {
    expectRefused(bracketedText(), { type: 'amendment.settled', id: 'US-1' });
    expectRefused(start(), { type: 'amendment.settled', id: 'US-9' });
  });

  test('only its proposer withdraws an amendment, and only while it is open', () => {
    const proposed = run(start(), [asatAmendment]);
    expectRefused(proposed, { type: 'amendment.withdrawn', id: 'US-1', member: 'RUS' });
    const { next } = step(proposed, { type: 'amendment.withdrawn', id: 'US-1', member: 'USA' });
    expect(next.context).toEqual({
      ...initialContext,
      amendments: [{ ...openAsatAmendment, status: 'withdrawn' }],
    });
    expectRefused(next, { type: 'amendment.settled', id: 'US-1' });
    expectRefused(bracketedText(), { type: 'amendment.withdrawn', id: 'US-1', member: 'USA' });
  });
});

describe('brackets', () => {
  test('a delegation drops its own bracketed alternative and the article is agreed again', () => {
    const { next } = step(bracketedText(), {
      type: 'alternative.dropped',
      article: 'II',
      alternativeId: 'US-1',
      member: 'USA',
    });
    expect(next.context.articles).toEqual({ I: articleI, II: articleII });
  });

  test('a delegation cannot drop the basis text or the alternative of another', () => {
    const drop = (alternativeId: string, member: string): TreatyNegotiationEvent => ({
      type: 'alternative.dropped',
      article: 'II',
      alternativeId,
      member,
    });
    expectRefused(bracketedText(), drop('CD/1985', 'USA'));
    expectRefused(bracketedText(), drop('US-1', 'RUS'));
    expectRefused(bracketedText(), drop('US-1', 'EU'));
  });

  test('an article with a single alternative has nothing to drop', () => {
    const agreed = run(start(), [asatAmendment, { type: 'amendment.settled', id: 'US-1' }]);
    expectRefused(agreed, {
      type: 'alternative.dropped',
      article: 'II',
      alternativeId: 'US-1',
      member: 'USA',
    });
  });

  test('a compromise no one opposes clears the brackets of an article', () => {
    const compromise = run(bracketedText(), [
      {
        type: 'amendment.proposed',
        id: 'CHN-1',
        article: 'II',
        text: 'Not to place weapons in outer space nor use force against space objects.',
        member: 'CHN',
      },
      { type: 'amendment.settled', id: 'CHN-1' },
    ]);
    expect(compromise.context.articles['II']).toEqual({
      subject: 'Obligations',
      alternatives: [
        {
          id: 'CHN-1',
          text: 'Not to place weapons in outer space nor use force against space objects.',
          proposedBy: 'CHN',
        },
      ],
      agreed: true,
    });
  });

  test('a text with brackets cannot be put to adoption', () => {
    expectRefused(bracketedText(), { type: 'adoption.called' });
  });

  test('a pending amendment also holds up adoption', () => {
    expectRefused(run(start(), [asatAmendment]), { type: 'adoption.called' });
  });
});

describe('adoption by consensus', () => {
  test('a text free of brackets is put to adoption', () => {
    const { next, emitted } = step(start(), { type: 'adoption.called' });
    expect({ value: next.value, context: next.context }).toEqual({
      value: 'adoptionRound',
      context: initialContext,
    });
    expect(emitted).toEqual([]);
  });

  test('the text is adopted when no member objects', () => {
    const joined = run(adoptionRound(), [{ type: 'consensus.joined', member: 'CHN' }]);
    const { next, emitted } = step(joined, { type: 'decision.called' });
    expect({ value: next.value, status: next.status, adoption: next.context.adoption }).toEqual({
      value: 'adopted',
      status: 'done',
      adoption: { joined: ['CHN'], objections: [] },
    });
    expect(emitted).toEqual([{ type: 'text.adopted', body: 'sb3', basis: 'CD/1985' }]);
  });

  test('one objection blocks the text', () => {
    const objected = run(adoptionRound(), [
      { type: 'consensus.joined', member: 'CHN' },
      { type: 'consensus.joined', member: 'RUS' },
      { type: 'objection.raised', member: 'USA' },
    ]);
    const { next, emitted } = step(objected, { type: 'decision.called' });
    expect({ value: next.value, status: next.status, adoption: next.context.adoption }).toEqual({
      value: 'deadlocked',
      status: 'active',
      adoption: { joined: ['CHN', 'RUS'], objections: ['USA'] },
    });
    expect(emitted).toEqual([
      { type: 'text.blocked', body: 'sb3', basis: 'CD/1985', objectors: ['USA'] },
    ]);
  });

  test('an observer cannot object to the text nor join the consensus', () => {
    expectRefused(adoptionRound(), { type: 'objection.raised', member: 'EU' });
    expectRefused(adoptionRound(), { type: 'consensus.joined', member: 'EU' });
    expectRefused(adoptionRound(), { type: 'objection.raised', member: 'XXX' });
  });

  test('a member that joins takes back its objection; a withdrawn objection unblocks the text', () => {
    const objected = run(adoptionRound(), [{ type: 'objection.raised', member: 'USA' }]);
    expectRefused(objected, { type: 'objection.raised', member: 'USA' });
    expectRefused(objected, { type: 'objection.withdrawn', member: 'RUS' });
    const joined = step(objected, { type: 'consensus.joined', member: 'USA' }).next;
    expect(joined.context.adoption).toEqual({ joined: ['USA'], objections: [] });
    const withdrawn = run(objected, [
      { type: 'objection.withdrawn', member: 'USA' },
      { type: 'decision.called' },
    ]);
    expect(withdrawn.value).toBe('adopted');
  });

  test('the text is not amended during the adoption round', () => {
    expectRefused(adoptionRound(), asatAmendment);
    expectRefused(adoptionRound(), { type: 'negotiation.resumed' });
  });

  test('after a deadlock negotiation resumes and a new round starts afresh', () => {
    const deadlocked = run(adoptionRound(), [
      { type: 'objection.raised', member: 'USA' },
      { type: 'decision.called' },
    ]);
    expectRefused(deadlocked, { type: 'decision.called' });
    expectRefused(deadlocked, asatAmendment);
    const resumed = step(deadlocked, { type: 'negotiation.resumed' }).next;
    expect({ value: resumed.value, context: resumed.context }).toEqual({
      value: 'negotiating',
      context: initialContext,
    });
    const amended = run(resumed, [asatAmendment, { type: 'amendment.settled', id: 'US-1' }]);
    const adopted = run(amended, [{ type: 'adoption.called' }, { type: 'decision.called' }]);
    expect(adopted.value).toBe('adopted');
  });

  test('an adopted text accepts nothing more', () => {
    const adopted = run(adoptionRound(), [{ type: 'decision.called' }]);
    expectRefused(adopted, { type: 'objection.raised', member: 'USA' });
    expectRefused(adopted, { type: 'negotiation.resumed' });
  });
});

describe('persistence', () => {
  test('the persisted negotiation survives a JSON round trip and goes on', () => {
    const bracketed = bracketedText();
    const stored: unknown = JSON.parse(JSON.stringify(machine.getPersistedSnapshot(bracketed)));
    const restored = machine.resolveState(stored as Parameters<typeof machine.resolveState>[0]);
    expect({ value: restored.value, context: restored.context }).toEqual({
      value: bracketed.value,
      context: bracketed.context,
    });
    expectRefused(restored, { type: 'adoption.called' });
    const adopted = run(restored, [
      { type: 'alternative.dropped', article: 'II', alternativeId: 'US-1', member: 'USA' },
      { type: 'adoption.called' },
      { type: 'decision.called' },
    ]);
    expect({ value: adopted.value, articles: adopted.context.articles }).toEqual({
      value: 'adopted',
      articles: { I: articleI, II: articleII },
    });
  });
});
