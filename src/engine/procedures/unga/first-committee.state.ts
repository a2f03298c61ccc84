import { and } from 'xstate';
import { actionStates } from './recorded-vote.state';
import { ungaSetup } from './unga.setup';

const drafting = {
  'coSponsor.added': { guard: and(['isEligibleVoter', 'isNotSponsor']), actions: 'addCoSponsor' },
  'draft.revised': { guard: 'isMainSponsor', actions: ['reviseDraft', 'announceRevision'] },
  'draft.withdrawn': { guard: 'isMainSponsor', target: '#draftResolution.withdrawn' },
} as const;

/**
 * Tabled by its main sponsors as A/C.1/<session>/L.<n> (RECORD.md §4.2, VERIFIED); other
 * members may join as co-sponsors and the main sponsors may revise or withdraw it.
 */
export const draftedState = ungaSetup.createStateConfig({
  on: {
    ...drafting,
    'draft.introduced': { target: 'introduced', actions: 'announceIntroduction' },
  },
});

/** Introduced in the thematic discussion; action comes in the action phase (§4.1, VERIFIED). */
export const introducedState = ungaSetup.createStateConfig({
  on: {
    ...drafting,
    'action.opened': { target: 'committeeAction' },
  },
});

/**
 * Action in the First Committee. Adopted, the draft is recommended to the plenary; rejected,
 * it ends there.
 */
export const committeeActionState = ungaSetup.createStateConfig({
  initial: 'beforeVoting',
  states: actionStates,
  on: {
    'stage.closed': [
      { guard: 'isAdoptedAtThisStage', target: 'awaitingPlenary' },
      { guard: 'isRejectedAtThisStage', target: 'rejected' },
    ],
  },
});
