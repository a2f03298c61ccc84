import { actionStates } from './recorded-vote.state';
import { ungaSetup } from './unga.setup';

/**
 * Recommended by the First Committee in its report; the plenary takes it up with the symbol
 * of the resolution it will become (A/RES/<session>/<n>), given by the engine.
 */
export const awaitingPlenaryState = ungaSetup.createStateConfig({
  on: {
    'plenary.opened': { target: 'plenaryAction', actions: 'openPlenary' },
  },
});

/**
 * Action in the plenary: the same steps as in the committee, with new requests, votes and
 * explanations. A State may vote differently than in the committee (RECORD.md §4.3, VERIFIED).
 */
export const plenaryActionState = ungaSetup.createStateConfig({
  initial: 'beforeVoting',
  states: actionStates,
  on: {
    'stage.closed': [
      { guard: 'isAdoptedAtThisStage', target: 'adopted' },
      { guard: 'isRejectedAtThisStage', target: 'rejected' },
    ],
  },
});
