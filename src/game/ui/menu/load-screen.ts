import { button, h } from '../dom';
import type { Shell } from '../shell';
import { menuPanel } from './menu-panel';

/** The games saved in this browser, newest first, each with load and delete. */
export function loadScreen(shell: Shell): HTMLElement {
  const { t } = shell;
  const list = h(
    'ul',
    { class: 'save-list', 'data-testid': 'save-list', 'aria-busy': 'true' },
    h('li', {}, t('common.loading')),
  );
  const refresh = async (): Promise<void> => {
    const games = await shell.services.saves.list();
    list.removeAttribute('aria-busy');
    if (games.length === 0) {
      list.replaceChildren(h('li', { class: 'empty' }, t('load.empty')));
      return;
    }
    const when = new Intl.DateTimeFormat(document.documentElement.lang || 'en', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    list.replaceChildren(
      ...games.map((game) =>
        h(
          'li',
          { class: 'save-item', 'data-testid': 'save-item' },
          h(
            'div',
            {},
            h('strong', {}, game.scenarioTitle),
            h(
              'span',
              {},
              ` · ${game.turnLabel} · ${game.humans.map((seat) => t(`seat.${seat}`)).join(', ')}`,
            ),
            h('br'),
            h('small', {}, t('load.savedAt', { when: when.format(new Date(game.savedAt)) })),
          ),
          h(
            'div',
            { class: 'save-buttons' },
            button(t('load.load'), () => void shell.loadStored(game.id), {
              class: 'primary',
              'data-testid': 'load-save',
              'data-focus': `load-${game.id}`,
            }),
            button(
              t('load.remove'),
              () => void shell.services.saves.remove(game.id).then(refresh),
              { class: 'secondary', 'data-testid': 'delete-save' },
            ),
          ),
        ),
      ),
    );
  };
  void refresh();
  return menuPanel(
    shell,
    {
      testId: 'load-screen',
      heading: t('load.heading'),
      back: () => shell.go('title'),
      wide: true,
    },
    list,
  );
}
