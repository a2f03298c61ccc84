import { SEATS } from '../../../engine/index';
import { h } from '../dom';
import type { PlayHud } from './play-hud';

/** The seat's brief from capital (its hidden objectives too) and the others' public positions. */
export function briefPanel(hud: PlayHud): HTMLElement {
  const { t } = hud.shell;
  const view = hud.view();
  const viewer = view.viewer;
  const own = viewer === 'public' || viewer === 'host' ? null : view.seats[viewer];
  const list = (items: readonly string[]): HTMLElement =>
    h('ul', {}, ...items.map((item) => h('li', {}, item)));
  return h(
    'section',
    { class: 'brief', 'aria-labelledby': 'brief-heading', 'data-testid': 'brief' },
    h('h2', { id: 'brief-heading' }, t('brief.heading')),
    own
      ? h(
          'div',
          {},
          h('h3', {}, t('brief.position')),
          h('p', {}, own.publicPosition),
          h('h3', {}, t('brief.objectives')),
          list(own.objectives?.map((objective) => objective.text) ?? []),
          (own.instructions?.length ?? 0) > 0 ? h('h3', {}, t('brief.instructions')) : null,
          (own.instructions?.length ?? 0) > 0 ? list(own.instructions ?? []) : null,
        )
      : h('p', {}, t(viewer === 'host' ? 'brief.hostSees' : 'brief.publicSees')),
    h('h3', {}, t('brief.others')),
    h(
      'dl',
      { class: 'others' },
      ...SEATS.filter((seat) => seat !== viewer).flatMap((seat) => [
        h(
          'dt',
          { class: `seat-${seat}` },
          `${t(`seat.${seat}`)} · ${t('hud.capital')} ${view.seats[seat].capital}`,
        ),
        h('dd', {}, view.seats[seat].publicPosition),
      ]),
    ),
  );
}
