import Phaser from 'phaser';
import { drawMenuBackdrop } from '../scenes/menu/backdrop';
import { SHELL_SCENES } from './scene-keys';

/**
 * What the canvas shows during play when this build has no play scenes (chamber, hall,
 * debrief): the dimmed room, with the shell's drawer of actions, documents and votes on top.
 */
export class StandInPlayScene extends Phaser.Scene {
  constructor() {
    super({ key: SHELL_SCENES.standIn });
  }

  create(): void {
    drawMenuBackdrop(this, { dim: 0.7, emblem: false });
  }
}
