import type { RecordEntry } from '../../../engine/index';
import { h } from '../dom';
import type { PlayHud } from './play-hud';

const SHOWN = 120;

/** The transcript the viewer may see, newest first. */
export function recordPanel(hud: PlayHud): HTMLElement {
  const { t } = hud.shell;
  const record = hud.view().record;
  return h(
    'section',
    { class: 'record', 'aria-labelledby': 'record-heading' },
    h('h2', { id: 'record-heading' }, t('record.heading')),
    h(
      'ol',
      { reversed: true, start: record.length, 'data-testid': 'record' },
      ...record
        .slice(-SHOWN)
        .reverse()
        .map((entry) => line(hud, entry)),
    ),
  );
}

function line(hud: PlayHud, entry: RecordEntry): HTMLElement {
  return h(
    'li',
    { class: `line forum-${entry.forum}` },
    h('time', { datetime: entry.date }, entry.date),
    ` ${entry.summary}`,
    entry.visibleTo !== 'all'
      ? h('em', { class: 'private' }, ` (${hud.shell.t('record.private')})`)
      : null,
  );
}
