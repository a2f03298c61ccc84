import Phaser from 'phaser';
import { UI } from '../art';
import { MenuBackdropScene } from '../scenes/menu/menu-backdrop.scene';
import { TitleScene } from '../scenes/menu/title.scene';
import { STAGE_HEIGHT, STAGE_WIDTH } from '../ui/overlay';
import { playSceneClasses } from './play-scenes';
import { StandInPlayScene } from './stand-in-play.scene';

/**
 * The Phaser game: 1280×720 scaled to fit (a 1920×1080 projector shows it at 1.5×, a tablet
 * smaller), the shell's backdrops and D2's play scenes. No scene starts by itself: the shell
 * decides what shows. Nothing is loaded from another host.
 */
export function createPhaserGame(
  parent: HTMLElement,
  onReady: (game: Phaser.Game) => void,
): Phaser.Game {
  const scenes = [TitleScene, MenuBackdropScene, StandInPlayScene, ...playSceneClasses()];
  return new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    width: STAGE_WIDTH,
    height: STAGE_HEIGHT,
    backgroundColor: UI.ink,
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene: scenes,
    callbacks: { postBoot: onReady },
    disableContextMenu: true,
  });
}
