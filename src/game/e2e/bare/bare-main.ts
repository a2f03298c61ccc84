import Phaser from 'phaser';

/**
 * The bench's baseline: the smallest Phaser page built with the same Vite config, a 1280×720
 * FIT canvas with one title. It marks <body data-ready> when its scene is drawn, as the game does.
 */
class BareTitle extends Phaser.Scene {
  create(): void {
    this.add.text(640, 360, 'PAROS', { fontSize: '84px', color: '#e3b64f' }).setOrigin(0.5);
    document.body.dataset.ready = 'true';
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  width: 1280,
  height: 720,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  scene: [BareTitle],
});
