import type { MachineExploration } from '../../testing/coverage';
import type { DocumentLifecycleEvent } from './document-lifecycle.machine';
import { documentLifecycleMachine } from './document-lifecycle.machine';

/**
 * Every event type from every snapshot: valid and malformed symbols and dates, the document's
 * own symbol, two genuine answers (CD/1847, CD/1872) and the revision (CD/1985).
 */
export const documentLifecycleExploration: MachineExploration<typeof documentLifecycleMachine> = {
  machine: documentLifecycleMachine,
  input: {
    id: 'draft-ppwt-2008',
    authors: ['RUS', 'CHN'],
    kind: 'draftTreaty',
    title: 'Draft Treaty on the Prevention of the Placement of Weapons in Outer Space',
    respondsTo: [],
  },
  events: (): DocumentLifecycleEvent[] => [
    { type: 'document.submitted', symbol: 'CD/1839', date: '2008-02-29' },
    { type: 'document.submitted', symbol: 'CD/WP.605', date: '2018-02-16' },
    { type: 'document.submitted', symbol: 'PPWT', date: '2008-02-29' },
    { type: 'document.submitted', symbol: 'CD/1839', date: '29 February 2008' },
    { type: 'consideration.opened' },
    { type: 'response.attached', symbol: 'CD/1847' },
    { type: 'response.attached', symbol: 'CD/1872' },
    { type: 'response.attached', symbol: 'CD/1839' },
    { type: 'response.attached', symbol: 'US comments' },
    { type: 'revision.submitted', symbol: 'CD/1985' },
    { type: 'revision.submitted', symbol: 'CD/1847' },
    { type: 'revision.submitted', symbol: 'CD/1839' },
    { type: 'negotiation.opened' },
    { type: 'document.adopted' },
    { type: 'document.shelved' },
    { type: 'document.withdrawn' },
  ],
};
