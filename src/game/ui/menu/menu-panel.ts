import { button, h } from '../dom';
import type { Shell } from '../shell';

/** The frame every menu screen shares: a heading, the content, and a way back. */
export function menuPanel(
  shell: Shell,
  options: { testId: string; heading: string; back?: () => void; wide?: boolean },
  ...content: (HTMLElement | null)[]
): HTMLElement {
  const headingId = `${options.testId}-heading`;
  return h(
    'section',
    {
      class: `menu-panel${options.wide ? ' menu-panel-wide' : ''}`,
      'aria-labelledby': headingId,
      'data-testid': options.testId,
    },
    h('h1', { id: headingId }, options.heading),
    ...content,
    options.back
      ? h(
          'div',
          { class: 'menu-footer' },
          button(shell.t('common.back'), options.back, {
            'data-testid': 'back',
            'data-focus': 'back',
            class: 'secondary',
          }),
        )
      : null,
  );
}
