import type Phaser from 'phaser';
import { PLAY_CSS } from './play-css';

/** The game's logical size: overlays are laid out in these pixels and scaled with the canvas. */
export const GAME_WIDTH = 1280;
export const GAME_HEIGHT = 720;

const STYLE_ID = 'paros-play-styles';

function ensureStyles(): void {
  if (document.getElementById(STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = PLAY_CSS;
  document.head.append(style);
}

/**
 * A DOM layer over the game canvas for one scene: real headings, buttons and tables that a
 * keyboard and a screen reader reach, laid out in the game's 1280×720 pixels and scaled with
 * the canvas (Scale.FIT). It follows the canvas on every resize and is removed when the scene
 * shuts down. The layer itself lets the pointer through; its panels take it.
 */
export class SceneOverlay {
  readonly root: HTMLElement;
  private readonly observer: ResizeObserver | null;
  private readonly onResize = (): void => this.fit();

  constructor(
    private readonly scene: Phaser.Scene,
    label: string,
  ) {
    ensureStyles();
    this.root = document.createElement('div');
    this.root.className = 'pv-layer';
    this.root.setAttribute('role', 'region');
    this.root.setAttribute('aria-label', label);
    this.root.dataset.scene = scene.scene.key;
    document.body.append(this.root);
    this.fit();
    window.addEventListener('resize', this.onResize);
    scene.scale.on('resize', this.onResize);
    this.observer = typeof ResizeObserver === 'function' ? new ResizeObserver(this.onResize) : null;
    this.observer?.observe(scene.game.canvas);
    scene.events.once('shutdown', () => this.destroy());
    scene.events.once('destroy', () => this.destroy());
  }

  /** Places the layer exactly over the canvas and scales its 1280×720 pixels to the canvas. */
  fit(): void {
    const canvas = this.scene.game.canvas;
    if (!canvas) return;
    const rect = canvas.getBoundingClientRect();
    const scale = rect.width / GAME_WIDTH || 1;
    Object.assign(this.root.style, {
      left: `${rect.left + window.scrollX}px`,
      top: `${rect.top + window.scrollY}px`,
      width: `${GAME_WIDTH}px`,
      height: `${GAME_HEIGHT}px`,
      transform: `scale(${scale})`,
    });
  }

  /** Adds an element to the layer, positioned in game pixels. */
  place<T extends HTMLElement>(
    element: T,
    box: { x: number; y: number; width?: number; height?: number },
  ): T {
    element.style.position = 'absolute';
    element.style.left = `${box.x}px`;
    element.style.top = `${box.y}px`;
    if (box.width !== undefined) element.style.width = `${box.width}px`;
    if (box.height !== undefined) element.style.height = `${box.height}px`;
    this.root.append(element);
    return element;
  }

  destroy(): void {
    window.removeEventListener('resize', this.onResize);
    this.scene.scale.off('resize', this.onResize);
    this.observer?.disconnect();
    this.root.remove();
  }
}

/** Creates an element with a class, text and attributes, in one call. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: {
    className?: string;
    text?: string;
    attrs?: Record<string, string>;
    children?: (Node | string)[];
  } = {},
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {}))
    element.setAttribute(name, value);
  for (const child of options.children ?? []) element.append(child);
  return element;
}

/** A button that runs `action` on click (and so on Enter and Space). */
export function button(
  text: string,
  action: () => void,
  options: { className?: string; label?: string; pressed?: boolean } = {},
): HTMLButtonElement {
  const element = el('button', { className: options.className ?? 'pv-button', text });
  element.type = 'button';
  if (options.label) element.setAttribute('aria-label', options.label);
  if (options.pressed !== undefined) element.setAttribute('aria-pressed', String(options.pressed));
  element.addEventListener('click', action);
  return element;
}
