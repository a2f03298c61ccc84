import type Phaser from 'phaser';
import type { GameClient } from '../client/game-client';
import { LocalClient } from '../client/local-client';
import type { MenuScreen, PlayScreen, Stage } from '../ui/stage';
import { SHELL_SCENES } from './scene-keys';

/** The shell's Stage on a Phaser game: one backdrop or play scene runs at a time. */
export function phaserStage(game: Phaser.Game): Stage {
  const exists = (key: string): boolean => key in game.scene.keys;
  const only = (key: string, data?: object): void => {
    for (const scene of game.scene.getScenes(true)) if (scene.scene.key !== key) scene.scene.stop();
    game.scene.start(key, data);
  };
  return {
    showMenu(screen: MenuScreen): void {
      const key = screen === 'title' ? SHELL_SCENES.title : SHELL_SCENES.menu;
      if (!game.scene.isActive(key)) only(key);
    },
    showPlay(screen: PlayScreen, client: GameClient | null, data?: object): boolean {
      if (exists(screen)) {
        const scenario = client instanceof LocalClient ? client.setup.scenario : undefined;
        only(screen, client ? { client, ...(scenario ? { scenario } : {}) } : (data ?? {}));
        return true;
      }
      if (screen === 'replay' || !client) return false;
      if (!game.scene.isActive(SHELL_SCENES.standIn)) only(SHELL_SCENES.standIn);
      return true;
    },
    hasPlayScenes: () => exists('chamber'),
    setReducedMotion: (reduced: boolean) => game.registry.set('reducedMotion', reduced),
  };
}
