import { button, h } from '../dom';
import type { PlayHud } from './play-hud';

/**
 * The shell bar along the bottom of the drawing area: who you are, which turn, the shared
 * danger, the drawer of all actions, the end of the turn, and the game's controls.
 */
export function turnBar(hud: PlayHud): HTMLElement {
  const { shell } = hud;
  const { t } = shell;
  const view = hud.view();
  const turn = view.calendar[view.turn];
  const viewer = view.viewer;
  const seat = viewer === 'public' || viewer === 'host' ? null : view.seats[viewer];
  const local = hud.local();
  const thinking = local?.isThinking() ?? false;
  const count = hud.client.legalActions().length;
  const endLabel =
    local?.mode === 'hotseat' && seat
      ? t('actions.endTurnHotseat', { seat: t(`seat.${viewer}`) })
      : t('actions.endTurn');
  return h(
    'footer',
    { class: 'shell-bar', 'data-testid': 'turn-bar' },
    h(
      'div',
      { class: `seat-badge seat-${viewer}`, 'data-testid': 'seat', 'data-seat': viewer },
      viewer === 'public' ? t('hud.public') : t(`seat.${viewer}`),
    ),
    h('div', { class: 'bar-spacer' }),
    h(
      'div',
      // The play scenes' bar shows the date and turn at the top; here it is for screen readers.
      { class: 'turn-info sr-only' },
      h('strong', { 'data-testid': 'turn-label' }, turn?.label ?? ''),
      h(
        'span',
        {},
        `${t('hud.turn', { number: view.turn + 1, total: view.calendar.length })} · `,
        h('time', { datetime: view.date, 'data-testid': 'game-date' }, view.date),
      ),
    ),
    h(
      'dl',
      { class: 'meters' },
      seat ? meter(t('hud.capital'), seat.capital, 'capital') : null,
      meter(t('hud.tension'), view.tension, 'tension'),
      meter(t('hud.debris'), view.debris, 'debris'),
    ),
    h(
      'div',
      { class: 'bar-buttons' },
      button(`${t('panel.actions')} (${count})`, () => hud.toggleDrawer(), {
        'aria-expanded': String(hud.drawerOpen),
        'aria-controls': 'shell-drawer',
        'data-testid': 'open-drawer',
        'data-focus': 'drawer',
        class: 'secondary',
      }),
      button(endLabel, () => void hud.endTurn(), {
        class: 'primary end-turn',
        'data-testid': 'end-turn',
        'data-focus': 'end-turn',
        disabled: thinking || hud.busy || !seat,
      }),
      local && local.mode === 'solo'
        ? button(
            t('hud.undo'),
            () => {
              if (local.undo()) shell.overlay.toast(t('hud.undone'));
            },
            {
              disabled: !local.canUndo() || hud.busy,
              'data-testid': 'undo',
              'data-focus': 'undo',
              class: 'secondary',
            },
          )
        : null,
      local
        ? button(t('hud.save'), () => void shell.saveGame(local), {
            disabled: hud.busy || thinking,
            'data-testid': 'save',
            'data-focus': 'save',
            class: 'secondary',
          })
        : null,
      button('⚙', () => shell.go('settings'), {
        'data-testid': 'hud-settings',
        'data-focus': 'hud-settings',
        class: 'secondary icon',
        'aria-label': t('hud.settings'),
        title: t('hud.settings'),
      }),
      button(
        '⌂',
        () => {
          if (window.confirm(t('hud.leaveConfirm'))) shell.quitToTitle();
        },
        {
          'data-testid': 'quit',
          'data-focus': 'quit',
          class: 'secondary icon',
          'aria-label': t('hud.menu'),
          title: t('hud.menu'),
        },
      ),
    ),
  );
}

function meter(label: string, value: number, kind: string): HTMLElement {
  return h(
    'div',
    { class: `meter meter-${kind}`, 'data-testid': `meter-${kind}` },
    h('dt', {}, label),
    h('dd', {}, String(value)),
  );
}
