import type { SeatId } from '../../../engine/index';
import { button, h } from '../dom';
import type { Shell } from '../shell';

/** The hotseat cover: it hides the screen until the next person says they lead the seat. */
export function handOverCover(shell: Shell, seat: SeatId, take: () => void): HTMLElement {
  const { t } = shell;
  const name = t(`seat.${seat}`);
  const take_ = button(t('handOver.take', { seat: name }), take, {
    class: 'primary',
    'data-testid': 'take-seat',
  });
  const cover = h(
    'section',
    {
      class: `hand-over seat-${seat}`,
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'hand-over-heading',
      'data-testid': 'hand-over',
      'data-seat': seat,
    },
    h('h1', { id: 'hand-over-heading' }, t('handOver.heading', { seat: name })),
    h('p', {}, t('handOver.body', { seat: name })),
    take_,
  );
  queueMicrotask(() => take_.focus());
  return cover;
}
