import { memberName } from '../../../engine/index';
import { h } from '../dom';
import type { PlayHud } from './play-hud';

/**
 * Recorded votes as a table (text, date, yes, no, abstain, absent) and consensus decisions
 * that met objections. Numbers and words, never colour alone.
 */
export function votesPanel(hud: PlayHud): HTMLElement {
  const { t } = hud.shell;
  const record = hud.view().record;
  const votes = record.filter((entry) => entry.tally !== undefined).reverse();
  const objections = record.filter((entry) => (entry.objectors?.length ?? 0) > 0).reverse();
  const cell = (value: number, kind: string): HTMLElement =>
    h('td', { class: `tally tally-${kind}` }, String(value));
  return h(
    'section',
    { class: 'votes', 'aria-labelledby': 'votes-heading' },
    h('h2', { id: 'votes-heading' }, t('votes.heading')),
    votes.length === 0
      ? h('p', { class: 'empty' }, t('votes.none'))
      : h(
          'table',
          { class: 'vote-table', 'data-testid': 'vote-table' },
          h('caption', {}, t('votes.caption')),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ...['text', 'date', 'yes', 'no', 'abstain', 'absent'].map((column) =>
                h('th', { scope: 'col' }, t(`votes.${column}`)),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            ...votes.map((entry) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, entry.symbol ?? entry.summary),
                h('td', {}, entry.date),
                cell(entry.tally!.yes, 'yes'),
                cell(entry.tally!.no, 'no'),
                cell(entry.tally!.abstain, 'abstain'),
                cell(entry.tally!.absent, 'absent'),
              ),
            ),
          ),
        ),
    objections.length > 0 ? h('h3', {}, t('votes.objections')) : null,
    objections.length > 0
      ? h(
          'ul',
          { class: 'objections' },
          ...objections.map((entry) =>
            h(
              'li',
              {},
              h('time', {}, entry.date),
              ` ${entry.summary} `,
              h(
                'em',
                {},
                `${t('votes.objectors')}: ${(entry.objectors ?? []).map(memberName).join(', ')}`,
              ),
            ),
          ),
        )
      : null,
  );
}
