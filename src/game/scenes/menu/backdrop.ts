import type Phaser from 'phaser';
import { UI, drawChamberBackdrop, drawLaurelEmblem } from '../../art';

/**
 * The drawn room behind the menus: the Council Chamber of Geneva (the art module's backdrop),
 * dimmed so the DOM panels on top read clearly; the title adds the PAROS laurel.
 */
export function drawMenuBackdrop(
  scene: Phaser.Scene,
  options: { dim: number; emblem: boolean },
): void {
  const { width, height } = scene.scale;
  const room = scene.add.graphics();
  drawChamberBackdrop(room, width, height);
  scene.add.rectangle(0, 0, width, height, UI.ink, options.dim).setOrigin(0, 0);
  if (options.emblem) {
    const emblem = scene.add.graphics();
    drawLaurelEmblem(emblem, width / 2, 150, 62, UI.accent, 0.95);
  }
}
