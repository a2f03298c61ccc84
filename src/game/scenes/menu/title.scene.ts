import Phaser from 'phaser';
import { SHELL_SCENES } from '../../boot/scene-keys';
import { drawMenuBackdrop } from './backdrop';

/** The title screen's picture; its words and buttons are the shell's DOM panel on top. */
export class TitleScene extends Phaser.Scene {
  constructor() {
    super({ key: SHELL_SCENES.title });
  }

  create(): void {
    drawMenuBackdrop(this, { dim: 0.55, emblem: true });
  }
}
