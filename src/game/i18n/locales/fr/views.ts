import type { PartialViewsStrings } from '../en/views';

/** Play-screen strings in French (partial: missing keys fall back to English). */
export const views: PartialViewsStrings = {
  nav: {
    label: 'Écrans de jeu',
    chamber: 'Salle (CD)',
    hall: 'Assemblée générale',
    documents: 'Documents',
    negotiation: 'Négociation',
    debrief: 'Bilan',
    replay: 'Rejouer',
  },
  chamber: { title: 'Conférence du désarmement' },
  hall: { title: 'Assemblée générale des Nations Unies' },
  votes: { yes: 'Pour', no: 'Contre', abstain: 'Abstention', absent: 'Absent' },
};
