import type { GameView, IntentInput } from '../../../engine/index';
import type { ClientUpdate, GameClient } from '../../client/game-client';
import { LocalClient } from '../../client/local-client';
import { h } from '../dom';
import type { Shell } from '../shell';
import type { PlayScreen } from '../stage';
import { actionsPanel } from './actions-panel';
import { briefPanel } from './brief-panel';
import { debriefPanel } from './debrief-panel';
import { documentsPanel } from './documents-panel';
import { handOverCover } from './hand-over';
import { recordPanel } from './record-panel';
import { turnBar } from './turn-bar';
import { votesPanel } from './votes-panel';

export type PanelTab = 'actions' | 'documents' | 'votes' | 'brief' | 'record';
const TABS: readonly PanelTab[] = ['actions', 'documents', 'votes', 'brief', 'record'];

/**
 * The DOM layer during play: the turn bar, the side panel (actions from `legalActions`,
 * documents, votes, the brief, the record) and the latest lines, over D2's scenes. It follows
 * the client: each update re-renders it, announces new record lines to screen readers, moves
 * between chamber, hall and debrief as the calendar does, and in hotseat puts the hand-over
 * screen up before the next seat's view is shown.
 */
export class PlayHud {
  tab: PanelTab = 'actions';
  busy = false;
  /** The drawer starts open when this build has no play scenes to look at. */
  drawerOpen: boolean;
  private current: GameView;
  private readonly unsubscribe: () => void;

  constructor(
    readonly shell: Shell,
    readonly client: GameClient,
    private readonly route: (screen: PlayScreen) => void,
    hasScenes: boolean,
  ) {
    this.drawerOpen = !hasScenes;
    this.current = client.view();
    this.unsubscribe = client.subscribe((update) => this.onUpdate(update));
    this.coverIfHandingOver();
  }

  view(): GameView {
    return this.current;
  }

  screen(): PlayScreen {
    if (this.current.phase === 'ended') return 'debrief';
    return this.current.calendar[this.current.turn]?.forum === 'unga' ? 'hall' : 'chamber';
  }

  local(): LocalClient | null {
    return this.client instanceof LocalClient ? this.client : null;
  }

  build(): HTMLElement {
    if (this.current.phase === 'ended') return debriefPanel(this);
    return h(
      'div',
      { class: 'hud', 'data-testid': 'hud' },
      this.drawerOpen ? this.drawer() : null,
      turnBar(this),
    );
  }

  toggleDrawer(open = !this.drawerOpen): void {
    this.drawerOpen = open;
    this.shell.render();
    this.shell.overlay.screen
      .querySelector<HTMLElement>(open ? `#tab-${this.tab}` : '[data-focus="drawer"]')
      ?.focus();
  }

  selectTab(tab: PanelTab): void {
    this.tab = tab;
    this.drawerOpen = true;
    this.shell.render();
    this.shell.overlay.screen.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  }

  async act(intent: IntentInput): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const result = await this.client.send(intent);
    this.busy = false;
    if (!result.ok)
      this.shell.overlay.toast(
        this.shell.t('hud.refused', { reason: result.error.message }),
        'error',
      );
    this.shell.render();
  }

  async endTurn(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.shell.render();
    const result = await this.client.endTurn();
    this.busy = false;
    if (!result.ok)
      this.shell.overlay.toast(
        this.shell.t('hud.refused', { reason: result.error.message }),
        'error',
      );
    this.shell.render();
  }

  dispose(): void {
    this.unsubscribe();
  }

  private onUpdate(update: ClientUpdate): void {
    const before = this.screen();
    this.current = update.view;
    if (update.fresh.length > 0) {
      this.shell.overlay.announce(
        update.fresh
          .slice(-3)
          .map((entry) => entry.summary)
          .join(' '),
      );
      this.shell.services.audio?.play(update.move?.by === 'host' ? 'turn' : 'click');
    }
    this.coverIfHandingOver();
    const after = this.screen();
    if (after !== before) this.route(after);
    else this.shell.render();
  }

  private coverIfHandingOver(): void {
    const local = this.local();
    const seat = local?.pendingHandOver() ?? null;
    if (local && seat)
      this.shell.overlay.showCover(
        handOverCover(this.shell, seat, () => {
          this.shell.overlay.hideCover();
          local.takeSeat();
        }),
      );
  }

  private drawer(): HTMLElement {
    const { t } = this.shell;
    const tabs = h(
      'div',
      { role: 'tablist', class: 'tabs', 'aria-label': t('panel.label') },
      ...TABS.map((tab) => {
        const selected = tab === this.tab;
        const control = h(
          'button',
          {
            type: 'button',
            role: 'tab',
            id: `tab-${tab}`,
            'aria-selected': String(selected),
            'aria-controls': 'panel-body',
            tabindex: selected ? 0 : -1,
            'data-testid': `tab-${tab}`,
            'data-focus': `tab-${tab}`,
            onclick: () => this.selectTab(tab),
          },
          t(`panel.${tab}`),
        );
        control.addEventListener('keydown', (event) => {
          const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
          if (step === 0) return;
          event.preventDefault();
          this.selectTab(TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!);
        });
        return control;
      }),
    );
    const body = {
      actions: actionsPanel,
      documents: documentsPanel,
      votes: votesPanel,
      brief: briefPanel,
      record: recordPanel,
    }[this.tab](this);
    const close = h(
      'button',
      {
        type: 'button',
        class: 'secondary drawer-close',
        'data-testid': 'close-drawer',
        onclick: () => this.toggleDrawer(false),
      },
      t('common.close'),
    );
    return h(
      'aside',
      {
        class: 'drawer',
        id: 'shell-drawer',
        'aria-label': t('panel.label'),
        'data-testid': 'drawer',
        onkeydown: (event: Event) => {
          if ((event as KeyboardEvent).key === 'Escape') this.toggleDrawer(false);
        },
      },
      h('div', { class: 'drawer-head' }, tabs, close),
      h(
        'div',
        {
          id: 'panel-body',
          role: 'tabpanel',
          'aria-labelledby': `tab-${this.tab}`,
          class: 'panel-body',
          'data-testid': `panel-${this.tab}`,
        },
        body,
      ),
    );
  }
}
