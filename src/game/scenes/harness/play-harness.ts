/**
 * Development harness for the play screens: boots Phaser at 1280×720 (Scale.FIT) on the
 * historical record and opens one screen. Not part of the game build.
 *
 * Open with `npx vite` then /src/game/scenes/harness/play-harness.html?scene=chamber&at=CD/1863
 * (scene: chamber, hall, documents, negotiation, debrief, replay; at: a symbol, a date or a step
 * number; viewer: host, CHN, RUS, USA, EU; lang: en, zh; demo=negotiation for a negotiated text).
 */
import Phaser from 'phaser';
import i18next from 'i18next';
import { ReplayController } from '../../replay/replay-controller';
import { ReplayClient } from '../../replay/replay-client';
import { loadPpwtHistory } from '../../replay/history-source';
import { PLAY_SCENES } from '../play-scenes';
import type { Viewer } from '../../../engine/index';
import { negotiationDemoClient } from './negotiation-demo';
import { measureHallFrames } from '../hall/hall-frames';

/** An empty first scene: Phaser starts the first scene by itself, without data. */
class HarnessBoot extends Phaser.Scene {
  constructor() {
    super({ key: 'harness-boot' });
  }
}

declare global {
  interface Window {
    parosHarness?: {
      game: Phaser.Game;
      ready: boolean;
      controller?: ReplayController;
      measureHall?: () => ReturnType<typeof measureHallFrames>;
    };
  }
}

async function boot(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const sceneKey = params.get('scene') ?? 'chamber';
  const language = params.get('lang') ?? 'en';
  await i18next.init({
    lng: language,
    fallbackLng: 'en',
    resources: {},
    interpolation: { escapeValue: false },
  });
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: 'game',
    width: 1280,
    height: 720,
    backgroundColor: '#0f141b',
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene: [HarnessBoot, ...PLAY_SCENES],
  });
  window.parosHarness = { game, ready: false };
  if (params.get('reducedMotion') === '1') game.registry.set('reducedMotion', true);
  if (sceneKey === 'replay') {
    game.events.once('ready', () => {
      game.scene.start('replay', { at: params.get('at') ?? undefined });
      window.parosHarness!.ready = true;
    });
    return;
  }
  if (params.get('demo') === 'negotiation') {
    const client = negotiationDemoClient();
    game.events.once('ready', () => {
      game.scene.start(sceneKey, { client, focus: params.get('focus') ?? undefined });
      window.parosHarness!.ready = true;
    });
    return;
  }
  const source = await loadPpwtHistory();
  const controller = new ReplayController(source.scenario, source.log);
  const at = params.get('at');
  if (at !== null) {
    if (/^\d+$/.test(at)) controller.seek(Number(at));
    else controller.jumpTo(at);
  }
  controller.setViewer((params.get('viewer') ?? 'host') as Viewer);
  const client = new ReplayClient(controller);
  const start = (): void => {
    game.scene.start(sceneKey, {
      client,
      scenario: source.scenario,
      focus: params.get('focus') ?? undefined,
    });
    window.parosHarness = {
      game,
      ready: true,
      controller,
      measureHall: () => measureHallFrames(game, controller),
    };
  };
  if (game.isBooted) start();
  else game.events.once('ready', start);
}

void boot();
