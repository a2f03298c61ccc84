import type { IntentInput } from '../../../../engine/index';
import type { GameClient } from '../../../client/game-client';
import { actionLabel } from './action-label';
import { button, el } from './overlay';
import { tv } from './views-i18n';

/**
 * A list of buttons for the moves the engine offers on one matter, sent through the client.
 * A refusal is shown in the status line (role=status, so screen readers hear it).
 */
export function movesList(
  client: GameClient,
  moves: readonly IntentInput[],
  heading: string,
): HTMLElement {
  const section = el('section', { attrs: { 'aria-label': heading } });
  section.append(el('h3', { text: heading }));
  const status = el('p', { className: 'pv-status', attrs: { role: 'status' } });
  if (moves.length === 0) {
    section.append(el('p', { className: 'pv-muted', text: tv('moves.none') }));
    return section;
  }
  const list = el('ul', { className: 'pv-list' });
  for (const move of moves) {
    const item = el('li');
    item.append(
      button(actionLabel(move), () => {
        status.textContent = tv('moves.sending');
        void client.send(move).then((result) => {
          status.textContent = result.ok
            ? ''
            : tv('moves.refused', { reason: result.error.message });
          status.classList.toggle('pv-alert', !result.ok);
        });
      }),
    );
    list.append(item);
  }
  section.append(list, status);
  return section;
}
