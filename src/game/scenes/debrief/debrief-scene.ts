import Phaser from 'phaser';
import i18next from 'i18next';
import { THEME } from '../chamber/palette';
import { NAV_HEIGHT, addNav } from '../chamber/surface/nav';
import { SceneOverlay, button, el } from '../chamber/surface/overlay';
import type { PlaySceneData } from '../chamber/surface/scene-data';
import { PANEL_X, REPLAY_RESERVE, SCENE_KEYS, playData } from '../chamber/surface/scene-data';
import { tv, viewsLanguage } from '../chamber/surface/views-i18n';
import { debriefModel } from './debrief-model';
import { debriefSections, reportHtml } from './report-html';
import { scoreSection } from './scores';

const AREA_BOTTOM = 664;

/**
 * The debrief: the engine's scores explained (as far as this viewer may see them), the
 * delegations, the Conference's decisions and who blocked them, the votes over time as charts,
 * the documents and how the texts changed, and the record's milestones; exported as one
 * printable HTML page a teacher can keep.
 */
export class DebriefScene extends Phaser.Scene {
  private session!: PlaySceneData;
  private overlay!: SceneOverlay;
  private unsubscribe: (() => void) | null = null;

  constructor() {
    super({ key: SCENE_KEYS.debrief });
  }

  init(data: unknown): void {
    this.session = playData(this, data);
  }

  create(): void {
    this.cameras.main.setBackgroundColor(THEME.background);
    this.overlay = new SceneOverlay(this, tv('debrief.title'));
    this.render();
    this.unsubscribe = this.session.client.subscribe(() => this.render());
    const onLanguage = (): void => this.render();
    i18next.on('languageChanged', onLanguage);
    this.events.once('shutdown', () => {
      this.unsubscribe?.();
      i18next.off('languageChanged', onLanguage);
    });
  }

  /** The report as one HTML page, in the screens' language. */
  report(): string {
    const view = this.session.client.view();
    return reportHtml(debriefModel(view), scoreSection(view), {
      title: tv('debrief.reportTitle'),
      language: viewsLanguage(),
    });
  }

  private render(): void {
    const view = this.session.client.view();
    const model = debriefModel(view);
    const sections = debriefSections(model, scoreSection(view));
    const root = this.overlay.root;
    root.replaceChildren();
    addNav(this, this.overlay, this.session, SCENE_KEYS.debrief);
    const main = el('div', { className: 'pv-doc pv-debrief' });
    main.append(el('h2', { text: tv('debrief.title') }));
    main.append(
      el('p', {
        className: 'pv-meta',
        text: tv('debrief.meta', {
          scenario: model.scenarioId,
          date: model.date,
          state: tv(model.ended ? 'debrief.ended' : 'debrief.inProgress'),
        }),
      }),
    );
    for (const section of sections) {
      const part = el('section', {
        attrs: {
          id: `pv-debrief-${section.id}`,
          'aria-labelledby': `pv-debrief-h-${section.id}`,
          tabindex: '-1',
        },
      });
      part.append(el('h3', { text: section.title, attrs: { id: `pv-debrief-h-${section.id}` } }));
      const content = el('div');
      // Built from escaped record text and inline SVG only (report-html.ts escapes every string).
      content.innerHTML = section.html;
      part.append(content);
      main.append(part);
    }
    this.overlay.place(main, {
      x: 8,
      y: NAV_HEIGHT + 6,
      width: PANEL_X - 24,
      height: AREA_BOTTOM - NAV_HEIGHT - 6,
    });
    const side = el('section', { className: 'pv-panel' });
    side.append(el('h2', { text: tv('debrief.title') }));
    side.append(el('p', { className: 'pv-muted', text: tv('debrief.printHelp') }));
    side.append(
      button(tv('debrief.print'), () => this.printReport()),
      el('br'),
    );
    const download = button(tv('debrief.download'), () => this.downloadReport());
    download.style.marginTop = '6px';
    side.append(download);
    const contents = el('ul', { className: 'pv-list' });
    contents.style.marginTop = '10px';
    for (const section of sections)
      contents.append(
        el('li', {
          children: [
            button(section.title, () => {
              const target = main.querySelector<HTMLElement>(`#pv-debrief-${section.id}`);
              target?.scrollIntoView({ block: 'start' });
              target?.focus({ preventScroll: true });
            }),
          ],
        }),
      );
    side.append(contents);
    this.overlay.place(side, {
      x: PANEL_X,
      y: NAV_HEIGHT + 6,
      width: 1280 - PANEL_X - 8,
      height: 720 - NAV_HEIGHT - 12 - (this.session.inReplay ? REPLAY_RESERVE : 0),
    });
  }

  /** Opens the report in a new page and asks the browser to print it. */
  private printReport(): void {
    const url = URL.createObjectURL(new Blob([this.report()], { type: 'text/html' }));
    const page = window.open(url, '_blank');
    if (page) page.addEventListener('load', () => page.print(), { once: true });
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  /** Saves the report as a self-contained .html file. */
  private downloadReport(): void {
    const url = URL.createObjectURL(new Blob([this.report()], { type: 'text/html' }));
    const link = el('a', {
      attrs: { href: url, download: `paros-debrief-${this.session.client.view().date}.html` },
    });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
