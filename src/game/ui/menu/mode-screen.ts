import { button, h } from '../dom';
import type { Shell } from '../shell';
import { menuPanel } from './menu-panel';

type Mode = 'solo' | 'hotseat' | 'replay' | 'host' | 'join';

/** The five ways to play; the classroom ones say up front that they need the server. */
export function modeScreen(shell: Shell): HTMLElement {
  const { t } = shell;
  const choose = (mode: Mode): void => {
    if (mode === 'solo' || mode === 'hotseat') {
      shell.setupMode = mode;
      shell.go('setup');
    } else if (mode === 'replay') shell.openReplay();
    else {
      shell.classroomKind = mode;
      shell.go('classroom');
    }
  };
  const card = (mode: Mode, classroom = false): HTMLElement =>
    h(
      'li',
      { class: 'mode-card' },
      button(t(`mode.${mode}`), () => choose(mode), {
        'data-testid': `mode-${mode}`,
        'data-focus': `mode-${mode}`,
        'aria-describedby': `mode-${mode}-hint`,
        class: mode === 'solo' ? 'primary' : undefined,
      }),
      h(
        'p',
        { id: `mode-${mode}-hint` },
        t(`mode.${mode}Hint`),
        classroom ? h('small', { class: 'needs-server' }, ` ${t('mode.needsServer')}`) : null,
      ),
    );
  return menuPanel(
    shell,
    {
      testId: 'mode-screen',
      heading: t('mode.heading'),
      back: () => shell.go('title'),
      wide: true,
    },
    h(
      'ul',
      { class: 'mode-list' },
      card('solo'),
      card('hotseat'),
      card('replay'),
      card('host', true),
      card('join', true),
    ),
  );
}
