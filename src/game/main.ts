import { createBrowserAudio } from './audio';
import type { GameAudio } from './audio';
import { createPhaserGame } from './boot/game-config';
import { phaserStage } from './boot/phaser-stage';
import { classroomServerAnswers } from './client/classroom-server';
import { loadScenarios } from './client/scenarios';
import { workerWorld } from './client/worker-world';
import { startI18n } from './i18n/i18n';
import { browserSaveStore } from './storage/saves';
import { loadSettings } from './storage/settings';
import { Overlay } from './ui/overlay';
import { Shell } from './ui/shell';
import './ui/style.css';

/**
 * Boots the page: settings and language first, then the canvas (Phaser) and the DOM layer over
 * it, then the title screen. The engine runs in the page; the computer world in a worker.
 */
async function boot(root: HTMLElement): Promise<void> {
  const settings = loadSettings();
  const i18n = await startI18n(settings.language);
  const audio = startAudio();
  const stageHost = document.createElement('div');
  stageHost.id = 'stage';
  root.append(stageHost);
  const overlay = new Overlay(root);
  let scenarios: Promise<Awaited<ReturnType<typeof loadScenarios>>> | null = null;

  createPhaserGame(stageHost, (game) => {
    game.registry.set('audio', audio);
    game.registry.set('reducedMotion', settings.reducedMotion);
    const fit = (): void =>
      overlay.fitTo(game.canvas.getBoundingClientRect(), root.getBoundingClientRect());
    game.scale.on('resize', fit);
    window.addEventListener('resize', fit);
    new ResizeObserver(fit).observe(game.canvas);
    fit();
    const shell = new Shell({
      i18n,
      overlay,
      stage: phaserStage(game),
      saves: browserSaveStore(),
      audio,
      settings,
      scenarios: () => (scenarios ??= loadScenarios()),
      world: workerWorld,
      classroomServer: classroomServerAnswers,
    });
    shell.go('title');
    document.body.dataset.ready = 'true';
  });
}

function startAudio(): GameAudio | null {
  try {
    return createBrowserAudio();
  } catch (error) {
    console.warn('PAROS: sound is off for this session.', error);
    return null;
  }
}

void boot(document.querySelector<HTMLElement>('#game')!);
