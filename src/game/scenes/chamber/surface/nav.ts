import type Phaser from 'phaser';
import type { PlaySceneData, PlaySceneKey } from './scene-data';
import { SCENE_KEYS } from './scene-data';
import type { SceneOverlay } from './overlay';
import { button, el } from './overlay';
import { tv } from './views-i18n';

/** The height of the navigation bar at the top of every play scene, in game pixels. */
export const NAV_HEIGHT = 40;

const TABS: readonly PlaySceneKey[] = [
  SCENE_KEYS.chamber,
  SCENE_KEYS.hall,
  SCENE_KEYS.documents,
  SCENE_KEYS.negotiation,
  SCENE_KEYS.debrief,
];

/**
 * The bar every play scene shows at the top: one button per screen (the current one marked for
 * screen readers with aria-current), and where the game stands (date and turn).
 */
export function addNav(
  scene: Phaser.Scene,
  overlay: SceneOverlay,
  data: PlaySceneData,
  current: PlaySceneKey,
): HTMLElement {
  const nav = el('nav', { className: 'pv-nav', attrs: { 'aria-label': tv('nav.label') } });
  for (const key of TABS) {
    const tab = button(tv(`nav.${key}`), () => {
      if (key === current) return;
      const { focus: _focus, ...rest } = data;
      scene.scene.start(key, rest);
    });
    if (key === current) tab.setAttribute('aria-current', 'page');
    nav.append(tab);
  }
  const view = data.client.view();
  const turn = view.calendar[Math.min(view.turn, view.calendar.length - 1)];
  nav.append(
    el('span', {
      className: 'pv-where',
      text: tv('nav.where', { date: view.date, turn: turn?.label ?? '' }),
    }),
  );
  return overlay.place(nav, { x: 0, y: 0, width: 1280, height: NAV_HEIGHT });
}

/** Opens another play screen on a given item (a document symbol, a draft, a body). */
export function openScreen(
  scene: Phaser.Scene,
  data: PlaySceneData,
  key: PlaySceneKey,
  focus?: string,
): void {
  const { focus: _old, ...rest } = data;
  scene.scene.start(key, focus === undefined ? rest : { ...rest, focus });
}
