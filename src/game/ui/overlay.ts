import { h } from './dom';

/** The logical size of the game: the canvas and the DOM layer are both drawn at this size. */
export const STAGE_WIDTH = 1280;
export const STAGE_HEIGHT = 720;

/**
 * Where the shell's play HUD sits, in stage pixels, so the play scenes (whose navigation bar
 * takes the top 40 pixels and whose side column starts at x 892) leave it free: the shell bar
 * runs along the bottom of the drawing area, and the drawer (all actions, documents, votes,
 * brief, record) opens above it over the drawing area when asked for.
 */
export const SHELL_BAR = { x: 0, y: 668, width: 884, height: 52 } as const;
export const SHELL_DRAWER = { x: 0, y: 40, width: 884, height: 628 } as const;

/**
 * The DOM layer over the canvas: a 1280×720 box scaled exactly like the canvas (Phaser's
 * Scale.FIT), so DOM controls and drawn scenes line up on a projector and on a tablet alike.
 * Layers, bottom to top: the screen (menus or the play HUD), the cover (hotseat hand-over),
 * toasts. The live region announces new transcript lines to screen readers.
 */
export class Overlay {
  readonly root: HTMLElement;
  readonly screen: HTMLElement;
  readonly cover: HTMLElement;
  readonly toasts: HTMLElement;
  readonly live: HTMLElement;

  constructor(host: HTMLElement) {
    this.screen = h('div', { class: 'layer layer-screen' });
    this.cover = h('div', { class: 'layer layer-cover', hidden: true });
    this.toasts = h('div', {
      class: 'toasts',
      role: 'status',
      'aria-live': 'polite',
      'data-testid': 'toasts',
    });
    this.live = h('div', { class: 'sr-only', 'aria-live': 'polite', 'data-testid': 'live' });
    this.root = h('div', { id: 'ui', class: 'ui' }, this.screen, this.cover, this.toasts);
    host.append(this.root, this.live);
  }

  /** Places and scales the layer over the canvas's box on the page. */
  fitTo(canvasBox: DOMRect, hostBox: DOMRect): void {
    const scale = canvasBox.width / STAGE_WIDTH;
    this.root.style.transform = `translate(${canvasBox.left - hostBox.left}px, ${canvasBox.top - hostBox.top}px) scale(${scale})`;
    this.root.style.setProperty('--ui-scale', String(scale));
  }

  /** Shows a short message that disappears by itself (longer when motion is reduced). */
  toast(message: string, kind: 'info' | 'error' = 'info', reducedMotion = false): void {
    const item = h('p', { class: `toast toast-${kind}`, 'data-testid': `toast-${kind}` }, message);
    this.toasts.append(item);
    while (this.toasts.childElementCount > 3) this.toasts.firstElementChild?.remove();
    setTimeout(() => item.remove(), reducedMotion ? 9000 : 5000);
  }

  /** Tells screen readers something without showing it. */
  announce(message: string): void {
    this.live.textContent = message;
  }

  /** Puts a modal cover over the screen; the screen below becomes inert until it is lifted. */
  showCover(content: HTMLElement): void {
    this.cover.replaceChildren(content);
    this.cover.hidden = false;
    this.setInert(true);
  }

  hideCover(): void {
    this.cover.replaceChildren();
    this.cover.hidden = true;
    this.setInert(false);
  }

  /** The shell's screen and the play scenes' own DOM layers (.pv-layer) go inert together. */
  private setInert(inert: boolean): void {
    this.screen.inert = inert;
    for (const layer of document.querySelectorAll<HTMLElement>('.pv-layer')) layer.inert = inert;
  }
}
