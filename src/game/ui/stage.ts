import type { GameClient } from '../client/game-client';

/** The menu screens of the shell; each has a drawn backdrop and a DOM panel. */
export type MenuScreen = 'title' | 'mode' | 'setup' | 'classroom' | 'settings' | 'load';

/** The play screens the shell routes to; D2's scenes draw them, the shell adds the DOM layer. */
export type PlayScreen = 'chamber' | 'hall' | 'debrief' | 'replay';

/**
 * What the shell asks of the canvas. Implemented with Phaser in boot/; the shell never touches
 * Phaser itself, so its logic reads without a canvas.
 */
export interface Stage {
  showMenu(screen: MenuScreen): void;
  /**
   * Starts a play scene with the client (and, for a scene without one such as the replay, the
   * data it takes); false when this build has no such scene.
   */
  showPlay(screen: PlayScreen, client: GameClient | null, data?: object): boolean;
  /** Whether this build has the play scenes (chamber, hall…) or only the shell's stand-in. */
  hasPlayScenes(): boolean;
  /** Follows the reduced-motion setting (Phaser tweens, camera effects). */
  setReducedMotion(reduced: boolean): void;
}
