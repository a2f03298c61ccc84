import type { MachineExploration } from '../../testing/coverage';
import type { Ballot, RecordedBallots } from '../rules/simple-majority';
import type {
  DraftResolutionContext,
  DraftResolutionEvent,
  DraftResolutionInput,
} from './draft-resolution.machine';
import { draftResolutionMachine } from './draft-resolution.machine';

/** A small electorate keeps the vote combinations bounded: two main sponsors and three others. */
const voters = ['EGY', 'LKA', 'USA', 'CHN', 'RUS'];
const input: DraftResolutionInput = {
  symbol: 'A/C.1/63/L.3',
  kind: 'PAROS',
  title: 'Prevention of an arms race in outer space',
  sponsors: ['EGY', 'LKA'],
  paragraphs: [
    { id: 'PP1', text: 'Recognizing the common interest of all mankind in outer space' },
    { id: 'OP1', text: 'Reaffirms the importance of preventing an arms race in outer space' },
  ],
  voters,
};

/** The valid ballots of the walk, cast in the order of the electorate. */
const script: readonly Ballot[] = ['yes', 'abstain', 'no'];

function ballotsCast(vote: RecordedBallots): number {
  return vote.yes.length + vote.no.length + vote.abstain.length;
}

/**
 * A path is plain while it has taken no optional step: no co-sponsor, revision, explanation,
 * separate paragraph vote, or recorded vote with more than one ballot. Valid payloads for
 * optional steps are offered only on plain paths, so that each path takes at most one of them
 * and the walk stays small; the steps every path needs (a request for a vote on the whole text,
 * the first ballot of a vote) and the invalid payloads are offered from every snapshot.
 */
function isPlain(context: DraftResolutionContext): boolean {
  return (
    context.coSponsors.length === 0 &&
    context.revision === 0 &&
    context.explanations.length === 0 &&
    context.voteRequests.every((request) => request.subject === 'whole') &&
    context.results.every((r) => r.subject === 'whole' && r.yes + r.no + r.abstain <= 1)
  );
}

function ballots(context: DraftResolutionContext, plain: boolean): DraftResolutionEvent[] {
  const cast = context.currentVote === null ? 0 : ballotsCast(context.currentVote);
  const next = voters[cast];
  const ballot = script[cast];
  const valid = next !== undefined && ballot !== undefined && (cast === 0 || plain);
  return [
    ...(valid ? [{ type: 'vote.cast' as const, member: next, vote: ballot }] : []),
    ...(cast > 0 ? [{ type: 'vote.cast' as const, member: 'EGY', vote: 'no' as const }] : []),
    { type: 'vote.cast', member: 'EU', vote: 'yes' },
    { type: 'vote.cast', member: 'ZZZ', vote: 'abstain' },
    ...(cast === 0 && plain && next !== undefined
      ? [{ type: 'ballots.recorded' as const, yes: [next], no: [], abstain: [] }]
      : []),
    { type: 'ballots.recorded', yes: ['EU'], no: [], abstain: [] },
  ];
}

function optionalSteps(context: DraftResolutionContext): DraftResolutionEvent[] {
  const retained = context.paragraphs.find((paragraph) => paragraph.retained);
  return [
    { type: 'coSponsor.added', member: 'CHN' },
    {
      type: 'draft.revised',
      member: 'EGY',
      paragraphs: [...input.paragraphs, { id: 'OP2', text: 'Urges the Conference to act' }],
    },
    { type: 'vote.explained', member: 'EU', when: 'before' },
    { type: 'vote.explained', member: 'USA', when: 'before' },
    { type: 'vote.explained', member: 'EU', when: 'after' },
    { type: 'vote.explained', member: 'USA', when: 'after' },
    ...(retained === undefined
      ? []
      : [{ type: 'paragraphVote.requested' as const, member: 'USA', paragraph: retained.id }]),
  ];
}

/** Every event type, with voters, the observer EU, the unknown ZZZ, sponsors and others. */
export const draftResolutionExploration: MachineExploration<typeof draftResolutionMachine> = {
  machine: draftResolutionMachine,
  input,
  events: ({ context }): DraftResolutionEvent[] => {
    const plain = isPlain(context);
    const deleted = context.paragraphs.find((paragraph) => !paragraph.retained);
    return [
      { type: 'draft.introduced' },
      { type: 'coSponsor.added', member: 'EGY' },
      { type: 'coSponsor.added', member: 'EU' },
      { type: 'coSponsor.added', member: 'ZZZ' },
      { type: 'draft.revised', member: 'USA' },
      { type: 'draft.withdrawn', member: 'USA' },
      { type: 'draft.withdrawn', member: 'EGY' },
      { type: 'action.opened' },
      { type: 'adoption.withoutVote' },
      { type: 'vote.requested', member: 'USA' },
      { type: 'vote.requested', member: 'EU' },
      { type: 'paragraphVote.requested', member: 'USA', paragraph: 'OP9' },
      { type: 'paragraphVote.requested', member: 'ZZZ', paragraph: 'PP1' },
      ...(deleted === undefined
        ? []
        : [{ type: 'paragraphVote.requested' as const, member: 'USA', paragraph: deleted.id }]),
      { type: 'vote.explained', member: 'EGY', when: 'before' },
      { type: 'vote.explained', member: 'LKA', when: 'after' },
      { type: 'vote.explained', member: 'ZZZ', when: 'after' },
      ...(plain ? optionalSteps(context) : []),
      { type: 'voting.opened' },
      ...ballots(context, plain),
      { type: 'voting.closed' },
      { type: 'stage.closed' },
      { type: 'plenary.opened', resolutionSymbol: 'A/RES/63/40' },
    ];
  },
};
