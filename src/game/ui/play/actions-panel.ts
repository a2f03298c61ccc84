import type { IntentInput } from '../../../engine/index';
import type { ActionFamily } from '../describe-intent';
import { describeIntent, familyOf } from '../describe-intent';
import { button, h } from '../dom';
import type { PlayHud } from './play-hud';

const FAMILIES: readonly ActionFamily[] = [
  'procedure',
  'documents',
  'consensus',
  'negotiation',
  'unga',
  'votes',
  'other',
];
const SHOWN = 10;
const expanded = new Set<ActionFamily>();

/**
 * The seat's choices, exactly `client.legalActions()`, grouped by family as real buttons.
 * While the computer plays, the panel says so and offers nothing.
 */
export function actionsPanel(hud: PlayHud): HTMLElement {
  const { t } = hud.shell;
  const local = hud.local();
  const thinking = local?.isThinking() ?? false;
  const options = hud.client.legalActions();
  const groups = FAMILIES.flatMap((family) => {
    const members = options.filter((intent) => familyOf(intent) === family);
    return members.length > 0 ? [familyGroup(hud, family, members)] : [];
  });
  return h(
    'section',
    {
      class: 'actions',
      'aria-labelledby': 'actions-heading',
      'aria-busy': String(thinking || hud.busy),
    },
    h('h2', { id: 'actions-heading' }, t('actions.heading')),
    thinking
      ? h(
          'p',
          { class: 'thinking', role: 'status', 'data-testid': 'thinking' },
          t('actions.thinking'),
        )
      : null,
    ...(groups.length > 0 || thinking ? groups : [h('p', { class: 'empty' }, t('actions.none'))]),
  );
}

function familyGroup(
  hud: PlayHud,
  family: ActionFamily,
  intents: readonly IntentInput[],
): HTMLElement {
  const { t } = hud.shell;
  const open = expanded.has(family);
  const shown = open ? intents : intents.slice(0, SHOWN);
  const hidden = intents.length - shown.length;
  return h(
    'section',
    { class: `action-family family-${family}` },
    h('h3', {}, t(`actions.family.${family}`)),
    h(
      'ul',
      {},
      ...shown.map((intent, index) => {
        const cost = costOf(hud, intent);
        const costId = `cost-${family}-${index}`;
        return h(
          'li',
          {},
          button(describeIntent(t, intent), () => void hud.act(intent), {
            class: 'action',
            'data-testid': 'action',
            'data-intent': intent.type,
            'data-focus': `action-${family}-${index}`,
            disabled: hud.busy,
            'aria-describedby': cost ? costId : undefined,
          }),
          cost ? h('small', { id: costId, class: 'cost' }, cost) : null,
        );
      }),
    ),
    hidden > 0
      ? button(
          t('actions.more', { count: hidden }),
          () => {
            expanded.add(family);
            hud.shell.render();
          },
          { class: 'link', 'data-focus': `more-${family}` },
        )
      : null,
  );
}

/** The engine's preview of the move, in its own words ("Costs 3 capital. +2 with …"). */
function costOf(hud: PlayHud, intent: IntentInput): string {
  const preview = hud.client.preview?.(intent);
  return preview?.ok ? preview.summary.join(' ') : '';
}
