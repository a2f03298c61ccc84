import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { SnapshotFrom } from 'xstate';
import { initialTransition, transition } from 'xstate';
import { unMembers } from '../../data/members';
import type { Ballot } from '../rules/simple-majority';
import {
  isAdoptedBySimpleMajority,
  membersPresentAndVoting,
  tally,
} from '../rules/simple-majority';
import { revisedSymbol, revisionOf } from '../rules/sponsorship';
import type {
  DraftResolutionContext,
  DraftResolutionEmitted,
  DraftResolutionEvent,
  DraftResolutionInput,
} from './draft-resolution.machine';
import { draftResolutionMachine } from './draft-resolution.machine';

type Snapshot = SnapshotFrom<typeof draftResolutionMachine>;

/** The 193 UN member states: the electorate of the First Committee and of the plenary. */
const voters = unMembers().map((member) => member.code);

/**
 * A PAROS draft with its main sponsors Egypt and Sri Lanka (RECORD.md §4.2, VERIFIED). The
 * symbol A/C.1/63/L.3 and the paragraph wording are illustrative, not the record's text.
 */
const input: DraftResolutionInput = {
  symbol: 'A/C.1/63/L.3',
  kind: 'PAROS',
  title: 'Prevention of an arms race in outer space',
  sponsors: ['EGY', 'LKA'],
  paragraphs: [
    { id: 'PP5', text: 'Noting the proposals for a treaty on the placement of weapons in space' },
    { id: 'OP2', text: 'Calls on all States to refrain from actions contrary to that objective' },
  ],
  voters,
};

const tabled: DraftResolutionContext = {
  symbol: 'A/C.1/63/L.3',
  revision: 0,
  kind: 'PAROS',
  title: 'Prevention of an arms race in outer space',
  sponsors: ['EGY', 'LKA'],
  coSponsors: [],
  paragraphs: input.paragraphs.map((paragraph) => ({ ...paragraph, retained: true })),
  voters,
  stage: 'committee',
  voteRequests: [],
  explanations: [],
  currentVote: null,
  results: [],
  resolutionSymbol: null,
};

function table(): Snapshot {
  return initialTransition(draftResolutionMachine, input)[0];
}

/** Applies events one by one; every one must be accepted. Returns the result and what it emitted. */
function play(
  snapshot: Snapshot,
  ...events: DraftResolutionEvent[]
): { snapshot: Snapshot; emitted: DraftResolutionEmitted[] } {
  const emitted: DraftResolutionEmitted[] = [];
  let current = snapshot;
  for (const event of events) {
    const [next, actions]: [Snapshot, readonly { type: string; params?: unknown }[]] = transition(
      draftResolutionMachine,
      current,
      event,
    );
    expect(next, `${event.type} was refused`).not.toBe(current);
    for (const action of actions) {
      if (action.type === 'xstate.emit') {
        emitted.push((action.params as { event: DraftResolutionEmitted }).event);
      }
    }
    current = next;
  }
  return { snapshot: current, emitted };
}

/** An event the machine does not accept returns the same snapshot object. */
function isRefused(snapshot: Snapshot, event: DraftResolutionEvent): boolean {
  return transition(draftResolutionMachine, snapshot, event)[0] === snapshot;
}

const introduce: DraftResolutionEvent = { type: 'draft.introduced' };
const openAction: DraftResolutionEvent = { type: 'action.opened' };
const openVoting: DraftResolutionEvent = { type: 'voting.opened' };
const closeVoting: DraftResolutionEvent = { type: 'voting.closed' };
const closeStage: DraftResolutionEvent = { type: 'stage.closed' };
const withoutVote: DraftResolutionEvent = { type: 'adoption.withoutVote' };
const requestVote = (member: string): DraftResolutionEvent => ({ type: 'vote.requested', member });

/** The roll call: the first `yes` voters answer yes, the next `no` no, the next `abstain` abstain. */
function rollCall(yes: number, no: number, abstain: number): DraftResolutionEvent[] {
  const answer = (vote: Ballot) => (member: string) => ({
    type: 'vote.cast' as const,
    member,
    vote,
  });
  return [
    ...voters.slice(0, yes).map(answer('yes')),
    ...voters.slice(yes, yes + no).map(answer('no')),
    ...voters.slice(yes + no, yes + no + abstain).map(answer('abstain')),
  ];
}

/** The draft in the First Committee's action phase, nothing requested yet. */
function inAction(): Snapshot {
  return play(table(), introduce, openAction).snapshot;
}

/** A recorded vote on the whole text in the First Committee. */
function committeeVote(yes: number, no: number, abstain: number) {
  return play(
    inAction(),
    requestVote('USA'),
    openVoting,
    ...rollCall(yes, no, abstain),
    closeVoting,
  );
}

function countsAll(result: DraftResolutionContext['results'][number]): number {
  return result.yes + result.no + result.abstain + result.absent;
}

describe(draftResolutionMachine.id, () => {
  test('a draft is tabled with its symbol, sponsors and paragraphs', () => {
    const snapshot = table();
    expect(snapshot.value).toBe('drafted');
    expect(snapshot.context).toEqual(tabled);
    expect(play(snapshot, introduce).emitted).toEqual([
      { type: 'draft.introduced', symbol: 'A/C.1/63/L.3' },
    ]);
  });

  test('120 yes, 60 no, 10 abstain adopts', () => {
    const { snapshot, emitted } = committeeVote(120, 60, 10);
    expect(snapshot.value).toEqual({ committeeAction: 'explanationsAfter' });
    expect(snapshot.context.results).toEqual([
      {
        stage: 'committee',
        subject: 'whole',
        ...{ yes: 120, no: 60, abstain: 10, absent: 3 },
        adopted: true,
        method: 'recorded',
      },
    ]);
    expect(emitted).toEqual([
      {
        type: 'vote.recorded',
        symbol: 'A/C.1/63/L.3',
        stage: 'committee',
        subject: 'whole',
        ...{ yes: 120, no: 60, abstain: 10, absent: 3 },
        adopted: true,
      },
    ]);
    expect(snapshot.context.results.map(countsAll)).toEqual([193]);
    expect(play(snapshot, closeStage).snapshot.value).toBe('awaitingPlenary');
  });

  test('60 yes, 60 no fails', () => {
    const voted = committeeVote(60, 60, 0);
    expect(voted.snapshot.context.results).toEqual([
      {
        stage: 'committee',
        subject: 'whole',
        ...{ yes: 60, no: 60, abstain: 0, absent: 73 },
        adopted: false,
        method: 'recorded',
      },
    ]);
    const { snapshot, emitted } = play(voted.snapshot, closeStage);
    expect(snapshot.value).toBe('rejected');
    expect(snapshot.status).toBe('done');
    expect(emitted).toEqual([{ type: 'draft.rejected', symbol: 'A/C.1/63/L.3' }]);
  });

  test('abstentions do not count towards the majority', () => {
    const { snapshot } = committeeVote(10, 9, 170);
    expect(snapshot.context.results).toEqual([
      {
        stage: 'committee',
        subject: 'whole',
        ...{ yes: 10, no: 9, abstain: 170, absent: 4 },
        adopted: true,
        method: 'recorded',
      },
    ]);
    const counted = { yes: 10, no: 9, abstain: 170, absent: 4 };
    expect(membersPresentAndVoting(counted)).toBe(19);
    expect(isAdoptedBySimpleMajority({ ...counted, no: 10, abstain: 169 })).toBe(false);
  });

  test('the EU cannot cast a vote', () => {
    const voting = play(inAction(), requestVote('FRA'), openVoting).snapshot;
    expect(isRefused(voting, { type: 'vote.cast', member: 'EU', vote: 'yes' })).toBe(true);
    expect(isRefused(voting, { type: 'vote.cast', member: 'XXX', vote: 'no' })).toBe(true);
    expect(isRefused(inAction(), requestVote('EU'))).toBe(true);
    const { snapshot } = play(voting, { type: 'vote.cast', member: 'FRA', vote: 'yes' });
    expect(snapshot.context.currentVote).toEqual({
      subject: 'whole',
      yes: ['FRA'],
      no: [],
      abstain: [],
    });
  });

  test('a delegation answers only once when its name is called', () => {
    const voting = play(inAction(), requestVote('FRA'), openVoting).snapshot;
    const { snapshot } = play(voting, { type: 'vote.cast', member: 'USA', vote: 'no' });
    expect(isRefused(snapshot, { type: 'vote.cast', member: 'USA', vote: 'yes' })).toBe(true);
  });

  test('the EU may explain the vote of its member states', () => {
    const before = play(inAction(), { type: 'vote.explained', member: 'EU', when: 'before' });
    expect(before.snapshot.context.explanations).toEqual([
      { member: 'EU', when: 'before', stage: 'committee' },
    ]);
    const requested = play(before.snapshot, requestVote('RUS'), openVoting);
    expect(
      isRefused(requested.snapshot, { type: 'vote.explained', member: 'EU', when: 'before' }),
    ).toBe(true);
    const { snapshot } = play(requested.snapshot, ...rollCall(120, 5, 40), closeVoting, {
      type: 'vote.explained',
      member: 'EU',
      when: 'after',
    });
    expect(snapshot.context.explanations).toEqual([
      { member: 'EU', when: 'before', stage: 'committee' },
      { member: 'EU', when: 'after', stage: 'committee' },
    ]);
  });

  test('a sponsor does not explain its vote on its own proposal', () => {
    const { snapshot } = play(
      table(),
      { type: 'coSponsor.added', member: 'CHN' },
      introduce,
      openAction,
      { type: 'vote.explained', member: 'USA', when: 'before' },
    );
    expect(isRefused(snapshot, { type: 'vote.explained', member: 'EGY', when: 'before' })).toBe(
      true,
    );
    expect(isRefused(snapshot, { type: 'vote.explained', member: 'CHN', when: 'before' })).toBe(
      true,
    );
    expect(isRefused(snapshot, { type: 'vote.explained', member: 'XXX', when: 'before' })).toBe(
      true,
    );
    expect(isRefused(snapshot, { type: 'vote.explained', member: 'USA', when: 'before' })).toBe(
      true,
    );
    expect(snapshot.context.explanations).toEqual([
      { member: 'USA', when: 'before', stage: 'committee' },
    ]);
  });

  test('a co-sponsor is a member state that is not yet a sponsor', () => {
    const { snapshot, emitted } = play(table(), { type: 'coSponsor.added', member: 'CHN' });
    expect(snapshot.context.coSponsors).toEqual(['CHN']);
    expect(emitted).toEqual([]);
    for (const member of ['CHN', 'EGY', 'EU', 'XXX']) {
      expect(isRefused(snapshot, { type: 'coSponsor.added', member }), member).toBe(true);
    }
    expect(isRefused(inAction(), { type: 'coSponsor.added', member: 'BRA' })).toBe(true);
  });

  test('a separate vote that deletes a paragraph', () => {
    const separate = play(
      inAction(),
      { type: 'paragraphVote.requested', member: 'USA', paragraph: 'PP5' },
      requestVote('RUS'),
      openVoting,
    );
    expect(separate.snapshot.context.currentVote).toEqual({
      subject: 'PP5',
      yes: [],
      no: [],
      abstain: [],
    });
    const deleted = play(separate.snapshot, ...rollCall(40, 50, 60), closeVoting);
    expect(deleted.snapshot.value).toEqual({ committeeAction: 'voting' });
    expect(deleted.snapshot.context.paragraphs).toEqual([
      { ...input.paragraphs[0], retained: false },
      { ...input.paragraphs[1], retained: true },
    ]);
    expect(deleted.snapshot.context.currentVote).toEqual({
      subject: 'whole',
      yes: [],
      no: [],
      abstain: [],
    });
    const { snapshot, emitted } = play(deleted.snapshot, ...rollCall(100, 10, 50), closeVoting);
    expect(snapshot.context.results).toEqual([
      {
        stage: 'committee',
        subject: 'PP5',
        ...{ yes: 40, no: 50, abstain: 60, absent: 43 },
        adopted: false,
        method: 'recorded',
      },
      {
        stage: 'committee',
        subject: 'whole',
        ...{ yes: 100, no: 10, abstain: 50, absent: 33 },
        adopted: true,
        method: 'recorded',
      },
    ]);
    expect(deleted.emitted).toEqual([
      {
        type: 'vote.recorded',
        symbol: 'A/C.1/63/L.3',
        stage: 'committee',
        subject: 'PP5',
        ...{ yes: 40, no: 50, abstain: 60, absent: 43 },
        adopted: false,
      },
    ]);
    expect(emitted).toEqual([
      {
        type: 'vote.recorded',
        symbol: 'A/C.1/63/L.3',
        stage: 'committee',
        subject: 'whole',
        ...{ yes: 100, no: 10, abstain: 50, absent: 33 },
        adopted: true,
      },
    ]);
    const plenary = play(snapshot, closeStage, {
      type: 'plenary.opened',
      resolutionSymbol: 'A/RES/63/40',
    }).snapshot;
    const again = { type: 'paragraphVote.requested', member: 'USA', paragraph: 'PP5' } as const;
    expect(isRefused(plenary, again)).toBe(true);
  });

  test('a separate vote retains NFP PP5 114–42–10 before the whole passes 123–14–40', () => {
    // GA/DIS/3642 (2019), RECORD.md §4.3, VERIFIED; absences follow from 193 members.
    const { snapshot } = play(
      inAction(),
      { type: 'paragraphVote.requested', member: 'USA', paragraph: 'PP5' },
      openVoting,
      ...rollCall(114, 42, 10),
      closeVoting,
      ...rollCall(123, 14, 40),
      closeVoting,
    );
    expect(snapshot.context.paragraphs.every((paragraph) => paragraph.retained)).toBe(true);
    expect(
      snapshot.context.results.map(({ subject, yes, no, abstain, absent, adopted }) => ({
        subject,
        counts: [yes, no, abstain, absent],
        adopted,
      })),
    ).toEqual([
      { subject: 'PP5', counts: [114, 42, 10, 27], adopted: true },
      { subject: 'whole', counts: [123, 14, 40, 16], adopted: true },
    ]);
  });

  test('a separate vote is asked only on a paragraph still in the text', () => {
    const action = inAction();
    const ask = (member: string, paragraph: string): DraftResolutionEvent => ({
      type: 'paragraphVote.requested',
      member,
      paragraph,
    });
    expect(isRefused(action, ask('USA', 'OP9'))).toBe(true);
    expect(isRefused(action, ask('EU', 'PP5'))).toBe(true);
    const { snapshot } = play(action, ask('USA', 'OP2'), ask('CHN', 'PP5'));
    expect(snapshot.context.voteRequests).toEqual([
      { member: 'USA', subject: 'OP2' },
      { member: 'CHN', subject: 'PP5' },
    ]);
    expect(isRefused(snapshot, ask('RUS', 'OP2'))).toBe(true);
    expect(play(snapshot, openVoting).snapshot.context.currentVote?.subject).toBe('OP2');
  });

  test('a revision becomes /Rev.1', () => {
    const revise = (member: string): DraftResolutionEvent => ({ type: 'draft.revised', member });
    expect(isRefused(table(), revise('USA'))).toBe(true);
    const first = play(table(), revise('EGY'));
    expect(first.snapshot.context.symbol).toBe('A/C.1/63/L.3/Rev.1');
    expect(first.snapshot.context.revision).toBe(1);
    expect(first.emitted).toEqual([{ type: 'draft.revised', symbol: 'A/C.1/63/L.3/Rev.1' }]);
    const second = play(first.snapshot, introduce, {
      type: 'draft.revised',
      member: 'LKA',
      paragraphs: [{ id: 'OP1', text: 'Reaffirms the objective' }],
    });
    expect(second.snapshot.context).toEqual({
      ...tabled,
      symbol: 'A/C.1/63/L.3/Rev.2',
      revision: 2,
      paragraphs: [{ id: 'OP1', text: 'Reaffirms the objective', retained: true }],
    });
    expect(revisionOf('A/C.1/74/L.58/Rev.1')).toBe(1);
    expect(revisedSymbol('A/C.1/74/L.58/Rev.1', 2)).toBe('A/C.1/74/L.58/Rev.2');
  });

  test('only a main sponsor withdraws the draft, and only before action', () => {
    const withdraw = (member: string): DraftResolutionEvent => ({
      type: 'draft.withdrawn',
      member,
    });
    expect(isRefused(table(), withdraw('USA'))).toBe(true);
    expect(isRefused(inAction(), withdraw('EGY'))).toBe(true);
    const introduced = play(table(), introduce).snapshot;
    const { snapshot, emitted } = play(introduced, withdraw('EGY'));
    expect(snapshot.value).toBe('withdrawn');
    expect(snapshot.status).toBe('done');
    expect(emitted).toEqual([{ type: 'draft.withdrawn', symbol: 'A/C.1/63/L.3' }]);
  });

  test('adoption without a vote when no vote is requested', () => {
    const { snapshot, emitted } = play(inAction(), withoutVote);
    expect(snapshot.value).toEqual({ committeeAction: 'explanationsAfter' });
    expect(snapshot.context.results).toEqual([
      {
        stage: 'committee',
        subject: 'whole',
        ...{ yes: 0, no: 0, abstain: 0, absent: 0 },
        adopted: true,
        method: 'withoutVote',
      },
    ]);
    expect(emitted).toEqual([
      { type: 'draft.adoptedWithoutVote', symbol: 'A/C.1/63/L.3', stage: 'committee' },
    ]);
    expect(isRefused(inAction(), openVoting)).toBe(true);
  });

  test('no adoption without a vote once a recorded vote is requested', () => {
    const requested = play(inAction(), requestVote('USA')).snapshot;
    expect(requested.context.voteRequests).toEqual([{ member: 'USA', subject: 'whole' }]);
    expect(isRefused(requested, withoutVote)).toBe(true);
    expect(isRefused(requested, requestVote('CHN'))).toBe(true);
  });

  test('the plenary adopts the resolution as A/RES/63/40', () => {
    const recommended = play(inAction(), withoutVote, closeStage).snapshot;
    expect(recommended.value).toBe('awaitingPlenary');
    const { snapshot, emitted } = play(
      recommended,
      { type: 'plenary.opened', resolutionSymbol: 'A/RES/63/40' },
      { type: 'vote.explained', member: 'USA', when: 'before' },
      requestVote('USA'),
      openVoting,
      ...rollCall(177, 1, 2),
      closeVoting,
      closeStage,
    );
    expect(snapshot.value).toBe('adopted');
    expect(snapshot.status).toBe('done');
    expect(snapshot.context).toEqual({
      ...tabled,
      stage: 'plenary',
      voteRequests: [{ member: 'USA', subject: 'whole' }],
      explanations: [{ member: 'USA', when: 'before', stage: 'plenary' }],
      results: [
        {
          stage: 'committee',
          subject: 'whole',
          ...{ yes: 0, no: 0, abstain: 0, absent: 0 },
          adopted: true,
          method: 'withoutVote',
        },
        {
          stage: 'plenary',
          subject: 'whole',
          ...{ yes: 177, no: 1, abstain: 2, absent: 13 },
          adopted: true,
          method: 'recorded',
        },
      ],
      resolutionSymbol: 'A/RES/63/40',
    });
    expect(emitted).toEqual([
      {
        type: 'vote.recorded',
        symbol: 'A/C.1/63/L.3',
        stage: 'plenary',
        subject: 'whole',
        ...{ yes: 177, no: 1, abstain: 2, absent: 13 },
        adopted: true,
      },
      { type: 'resolution.adopted', symbol: 'A/C.1/63/L.3', resolutionSymbol: 'A/RES/63/40' },
    ]);
  });

  test('the plenary may reject what the committee adopted, and no resolution is numbered', () => {
    const { snapshot, emitted } = play(
      committeeVote(100, 50, 20).snapshot,
      closeStage,
      { type: 'plenary.opened', resolutionSymbol: 'A/RES/63/40' },
      requestVote('GBR'),
      openVoting,
      ...rollCall(70, 80, 20),
      closeVoting,
      closeStage,
    );
    expect(snapshot.value).toBe('rejected');
    expect(snapshot.context.resolutionSymbol).toBeNull();
    expect(snapshot.context.results.map(countsAll)).toEqual([193, 193]);
    expect(emitted.at(-1)).toEqual({ type: 'draft.rejected', symbol: 'A/C.1/63/L.3' });
  });

  test('every recorded vote counts the whole electorate: yes + no + abstain + absent = 193', () => {
    const answer = fc.constantFrom<Ballot | 'absent' | 'EU' | 'XXX'>(
      'yes',
      'no',
      'abstain',
      'absent',
      'EU',
      'XXX',
    );
    fc.assert(
      fc.property(fc.array(answer, { minLength: 193, maxLength: 193 }), (answers) => {
        const ballots = answers.flatMap((value, index): DraftResolutionEvent[] => {
          const member = voters[index] ?? '';
          if (value === 'absent') return [];
          if (value === 'EU' || value === 'XXX') {
            return [{ type: 'vote.cast', member: value, vote: 'yes' }];
          }
          return [{ type: 'vote.cast', member, vote: value }];
        });
        let snapshot = play(inAction(), requestVote('USA'), openVoting).snapshot;
        for (const ballot of ballots) {
          snapshot = transition(draftResolutionMachine, snapshot, ballot)[0];
        }
        const expected = tally(
          snapshot.context.currentVote ?? { yes: [], no: [], abstain: [] },
          voters,
        );
        const result = play(snapshot, closeVoting).snapshot.context.results[0];
        expect(result).toEqual({
          stage: 'committee',
          subject: 'whole',
          ...expected,
          adopted: expected.yes > expected.no,
          method: 'recorded',
        });
        expect(result && countsAll(result)).toBe(193);
      }),
      { numRuns: 20 },
    );
  });

  test('a persisted snapshot survives a JSON round trip in the middle of a vote', () => {
    const midVote = play(
      inAction(),
      requestVote('USA'),
      openVoting,
      ...rollCall(60, 0, 0),
    ).snapshot;
    const stored: unknown = JSON.parse(
      JSON.stringify(draftResolutionMachine.getPersistedSnapshot(midVote)),
    );
    const restored = draftResolutionMachine.resolveState(stored as typeof midVote);
    expect(restored.value).toEqual(midVote.value);
    expect(restored.context).toEqual(midVote.context);
    const rest = [...rollCall(120, 60, 10).slice(60), closeVoting, closeStage];
    expect(play(restored, ...rest).snapshot.context).toEqual(
      play(midVote, ...rest).snapshot.context,
    );
    expect(play(restored, ...rest).snapshot.value).toBe('awaitingPlenary');
  });
});
