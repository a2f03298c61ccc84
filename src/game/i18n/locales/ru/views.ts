import type { PartialViewsStrings } from '../en/views';

/** Play-screen strings in Russian (partial: missing keys fall back to English). */
export const views: PartialViewsStrings = {
  nav: {
    label: 'Игровые экраны',
    chamber: 'Зал (КР)',
    hall: 'Генеральная Ассамблея',
    documents: 'Документы',
    negotiation: 'Переговоры',
    debrief: 'Итоги',
    replay: 'Повтор',
  },
  chamber: { title: 'Конференция по разоружению' },
  hall: { title: 'Генеральная Ассамблея ООН' },
  votes: { yes: 'За', no: 'Против', abstain: 'Воздержались', absent: 'Отсутствовали' },
};
