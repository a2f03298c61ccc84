import Phaser from 'phaser';
import { SHELL_SCENES } from '../../boot/scene-keys';
import { drawMenuBackdrop } from './backdrop';

/** Behind mode choice, setup, settings, saved games and the classroom forms: the dimmed room. */
export class MenuBackdropScene extends Phaser.Scene {
  constructor() {
    super({ key: SHELL_SCENES.menu });
  }

  create(): void {
    drawMenuBackdrop(this, { dim: 0.78, emblem: false });
  }
}
