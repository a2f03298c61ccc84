import { and } from 'xstate';
import { ungaSetup } from './unga.setup';

/**
 * The action on a draft, written once and used by the First Committee and by the plenary:
 * requests and explanations before the vote, the recorded vote (separate paragraph votes first,
 * then the whole text), and explanations after it. The stage that holds these three states
 * decides where `stage.closed` leads.
 *
 * @see RECORD.md §4.3: rules 125–129 and 133 (numbers VERIFIED, content UNCERTAIN); separate
 *   paragraph votes before the whole text (2019 NFP PP5, GA/DIS/3642: VERIFIED practice).
 *   Simplification (UNCERTAIN): once any recorded vote is requested, the text as a whole is put
 *   to a recorded vote after the separate votes.
 */
export const beforeVotingState = ungaSetup.createStateConfig({
  on: {
    'adoption.withoutVote': {
      guard: 'isAdoptableWithoutVote',
      target: 'explanationsAfter',
      actions: ['recordAdoptionWithoutVote', 'announceAdoptionWithoutVote'],
    },
    'vote.requested': {
      guard: and(['isEligibleVoter', 'isNewRequest']),
      actions: 'recordVoteRequest',
    },
    'paragraphVote.requested': {
      guard: and(['isEligibleVoter', 'isRetainedParagraph', 'isNewRequest']),
      actions: 'recordParagraphVoteRequest',
    },
    'vote.explained': {
      guard: and([
        'isExplanationBeforeVote',
        'isEntitledToExplainVote',
        'isNotSponsor',
        'hasNotExplained',
      ]),
      actions: 'recordExplanation',
    },
    'voting.opened': { guard: 'isVoteRequested', target: 'voting' },
  },
});

/**
 * A recorded vote (rule 127): the voters answer once each, the observers not at all; closing
 * the vote counts it, records it and opens the next one until the whole text has been voted.
 */
export const votingState = ungaSetup.createStateConfig({
  entry: 'openNextVote',
  on: {
    'vote.cast': { guard: and(['isEligibleVoter', 'hasNotVoted']), actions: 'recordBallot' },
    'ballots.recorded': { guard: 'isRollCallOfVoters', actions: 'recordBallots' },
    'voting.closed': [
      { guard: 'isSeparateVote', actions: ['recordResult', 'announceResult', 'openNextVote'] },
      { target: 'explanationsAfter', actions: ['recordResult', 'announceResult'] },
    ],
  },
});

/** Explanations of vote (or of position) after the decision (rule 128, content UNCERTAIN). */
export const explanationsAfterState = ungaSetup.createStateConfig({
  on: {
    'vote.explained': {
      guard: and([
        'isExplanationAfterVote',
        'isEntitledToExplainVote',
        'isNotSponsor',
        'hasNotExplained',
      ]),
      actions: 'recordExplanation',
    },
  },
});

/** The three steps of action on a draft at one stage, committee or plenary. */
export const actionStates = {
  beforeVoting: beforeVotingState,
  voting: votingState,
  explanationsAfter: explanationsAfterState,
};
