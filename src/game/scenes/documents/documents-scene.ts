import Phaser from 'phaser';
import i18next from 'i18next';
import type { Scenario } from '../../../engine/index';
import { sideBySide } from '../../../engine/index';
import { ReplayClient } from '../../replay/replay-client';
import { THEME } from '../chamber/palette';
import { NAV_HEIGHT, addNav } from '../chamber/surface/nav';
import { SceneOverlay, button, el } from '../chamber/surface/overlay';
import type { PlaySceneData } from '../chamber/surface/scene-data';
import {
  PANEL_X,
  REPLAY_RESERVE,
  SCENE_KEYS,
  playData,
  playSound,
} from '../chamber/surface/scene-data';
import { tv } from '../chamber/surface/views-i18n';
import type { ReaderDocument } from './document-model';
import { readerDocuments } from './document-model';
import { articleAnchor, documentView, sideBySideView } from './reader-view';
import { timelineView } from './timeline-view';

const LIST_WIDTH = 236;
/** The bottom of the left drawing area: the shell's bar sits below it. */
const AREA_BOTTOM = 664;

type Showing =
  | { readonly kind: 'document'; readonly reference: string; readonly article?: string }
  | { readonly kind: 'compare'; readonly from: string; readonly to: string };

/**
 * The document reader: every document the viewer may read, article by article with its
 * confidence marks, answers tied to the articles they answer, the responds-to timeline from
 * CD/1679 to CD/2129, and the side-by-side of CD/1839 and CD/1985. All DOM: headings, articles
 * and buttons a screen reader and a keyboard reach; the canvas only dims the chamber behind.
 */
export class DocumentsScene extends Phaser.Scene {
  private session!: PlaySceneData;
  private overlay!: SceneOverlay;
  private showing: Showing | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor() {
    super({ key: SCENE_KEYS.documents });
  }

  init(data: unknown): void {
    this.session = playData(this, data);
    const focus = this.session.focus;
    this.showing = focus ? { kind: 'document', reference: focus } : null;
  }

  create(): void {
    this.cameras.main.setBackgroundColor(THEME.background);
    this.overlay = new SceneOverlay(this, tv('documents.title'));
    this.render();
    this.unsubscribe = this.session.client.subscribe(() => this.render());
    const onLanguage = (): void => this.render();
    i18next.on('languageChanged', onLanguage);
    this.events.once('shutdown', () => {
      this.unsubscribe?.();
      i18next.off('languageChanged', onLanguage);
    });
  }

  private scenario(): Scenario | undefined {
    if (this.session.scenario) return this.session.scenario;
    const client = this.session.client;
    return client instanceof ReplayClient ? client.controller.scenario : undefined;
  }

  private open = (reference: string, article?: string): void => {
    playSound(this, 'pageTurn');
    this.showing = { kind: 'document', reference, ...(article === undefined ? {} : { article }) };
    this.render();
  };

  private render(): void {
    const documents = readerDocuments(this.session.client.view());
    const root = this.overlay.root;
    root.replaceChildren();
    addNav(this, this.overlay, this.session, SCENE_KEYS.documents);
    const current = this.current(documents);
    // The list of documents.
    const list = el('nav', {
      className: 'pv-panel',
      attrs: { 'aria-label': tv('documents.list') },
    });
    list.append(el('h2', { text: tv('documents.list') }));
    if (documents.length === 0)
      list.append(el('p', { className: 'pv-muted', text: tv('documents.none') }));
    const items = el('ul', { className: 'pv-list' });
    for (const doc of documents) {
      const item = button(`${doc.reference}`, () => this.open(doc.reference), {
        className: 'pv-button',
        label: `${doc.reference}: ${doc.title}`,
        pressed: current?.reference === doc.reference && this.showing?.kind !== 'compare',
      });
      item.style.width = '100%';
      item.style.textAlign = 'left';
      item.append(
        el('span', {
          className: 'pv-muted',
          text: ` ${doc.date.slice(0, 4)} · ${doc.authors.slice(0, 2).join('/')}${doc.authors.length > 2 ? '…' : ''}`,
        }),
      );
      item.title = doc.title;
      items.append(el('li', { children: [item] }));
    }
    list.append(items);
    this.overlay.place(list, {
      x: 8,
      y: NAV_HEIGHT + 6,
      width: LIST_WIDTH,
      height: AREA_BOTTOM - NAV_HEIGHT - 6,
    });
    // The page.
    const page = el('div', { className: 'pv-doc' });
    const scenario = this.scenario();
    if (this.showing?.kind === 'compare' && scenario) {
      const comparison = sideBySide(scenario, this.showing.from, this.showing.to);
      page.append(
        comparison ? sideBySideView(comparison) : el('p', { text: tv('documents.compareNone') }),
      );
    } else if (current) {
      page.append(documentView(current, this.open));
    } else {
      page.append(el('p', { text: tv('documents.none') }));
    }
    this.overlay.place(page, {
      x: 8 + LIST_WIDTH + 8,
      y: NAV_HEIGHT + 6,
      width: PANEL_X - LIST_WIDTH - 32,
      height: AREA_BOTTOM - NAV_HEIGHT - 6,
    });
    // The side column: comparisons and the timeline.
    const side = el('section', { className: 'pv-panel' });
    side.append(el('h2', { text: tv('documents.title') }));
    const comparisons = scenario?.comparisons ?? [];
    if (comparisons.length === 0)
      side.append(el('p', { className: 'pv-muted', text: tv('documents.compareNone') }));
    for (const comparison of comparisons)
      side.append(
        button(
          tv('documents.compareTitle', { from: comparison.from, to: comparison.to }),
          () => {
            playSound(this, 'pageTurn');
            this.showing = { kind: 'compare', from: comparison.from, to: comparison.to };
            this.render();
          },
          {
            pressed:
              this.showing?.kind === 'compare' &&
              this.showing.from === comparison.from &&
              this.showing.to === comparison.to,
          },
        ),
      );
    side.append(timelineView(documents, current?.symbol ?? null, (symbol) => this.open(symbol)));
    this.overlay.place(side, {
      x: PANEL_X,
      y: NAV_HEIGHT + 6,
      width: 1280 - PANEL_X - 8,
      height: 720 - NAV_HEIGHT - 12 - (this.session.inReplay ? REPLAY_RESERVE : 0),
    });
    if (this.showing?.kind === 'document' && this.showing.article && current) {
      const target = page.querySelector<HTMLElement>(
        `#${articleAnchor(current.reference, this.showing.article)}`,
      );
      target?.scrollIntoView({ block: 'start' });
      target?.focus({ preventScroll: true });
    }
  }

  /** The document shown: the one asked for (by symbol or draft id), else the latest circulated. */
  private current(documents: readonly ReaderDocument[]): ReaderDocument | null {
    const wanted = this.showing?.kind === 'document' ? this.showing.reference : null;
    const found = wanted
      ? documents.find(
          (doc) => doc.reference === wanted || doc.id === wanted || doc.symbol === wanted,
        )
      : undefined;
    return (
      found ?? documents.filter((doc) => doc.symbol !== null).at(-1) ?? documents.at(-1) ?? null
    );
  }
}
