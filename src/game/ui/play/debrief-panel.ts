import { button, h } from '../dom';
import type { PlayHud } from './play-hud';

/**
 * The DOM part of the debrief: the plain facts of the game's end, readable by screen readers,
 * over D2's debrief scene (which explains the scores).
 */
export function debriefPanel(hud: PlayHud): HTMLElement {
  const { shell } = hud;
  const { t } = shell;
  const view = hud.view();
  const votes = view.record.filter((entry) => entry.tally !== undefined).length;
  const documents = view.documentOrder.length;
  return h(
    'section',
    { class: 'debrief-panel', 'aria-labelledby': 'debrief-heading', 'data-testid': 'debrief' },
    h('h1', { id: 'debrief-heading' }, t('debrief.heading')),
    h('p', {}, t('debrief.ended')),
    h(
      'ul',
      {},
      h('li', { 'data-testid': 'debrief-tension' }, t('debrief.tension', { value: view.tension })),
      h('li', {}, t('debrief.debris', { value: view.debris })),
      h('li', {}, t('debrief.documents', { count: documents })),
      h('li', {}, t('debrief.votes', { count: votes })),
      h('li', {}, t('debrief.lines', { count: view.record.length })),
    ),
    button(t('debrief.title'), () => shell.quitToTitle(), {
      class: 'primary',
      'data-testid': 'debrief-title',
      'data-focus': 'debrief-title',
    }),
  );
}
