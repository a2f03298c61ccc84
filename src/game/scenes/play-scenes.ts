/**
 * The play screens, for the shell (src/game/main.ts) to register and start.
 *
 * Register `PLAY_SCENES` in the Phaser game config, then start a screen with its key and
 * `{ client }` (a GameClient; see PlaySceneData for the optional fields):
 *
 * @example
 * game.scene.start(firstPlayScene(client.view()), { client, scenario });
 * game.scene.start(SCENE_KEYS.replay, {}); // the historical replay loads its own record
 */
import type { GameView } from '../../engine/index';
import { ChamberScene } from './chamber/chamber-scene';
import { SCENE_KEYS } from './chamber/surface/scene-data';
import { DebriefScene } from './debrief/debrief-scene';
import { DocumentsScene } from './documents/documents-scene';
import { HallScene } from './hall/hall-scene';
import { NegotiationScene } from './negotiation/negotiation-scene';
import { ReplayScene } from './replay/replay-scene';

export { SCENE_KEYS } from './chamber/surface/scene-data';
export type { PlaySceneData, PlaySceneKey } from './chamber/surface/scene-data';
export { VIEWS_NAMESPACE, VIEWS_RESOURCES } from './chamber/surface/views-i18n';
export { votesOf } from './hall/vote-watch';
export { TAKE_OVER_EVENT } from './replay/replay-scene';
export type { ReplaySceneData } from './replay/replay-scene';
export { takeOver } from '../replay/take-over';
export type { TakeOver } from '../replay/take-over';
export { ReplayController } from '../replay/replay-controller';
export { ReplayClient } from '../replay/replay-client';

/** Every play scene class, to put in the game config's `scene` list. */
export const PLAY_SCENES = [
  ChamberScene,
  HallScene,
  DocumentsScene,
  NegotiationScene,
  DebriefScene,
  ReplayScene,
];

/** The screen to open on a game: the hall while the General Assembly sits, else the chamber. */
export function firstPlayScene(view: GameView): 'chamber' | 'hall' {
  const turn = view.calendar[Math.min(view.turn, view.calendar.length - 1)];
  return turn?.forum === 'unga' ? SCENE_KEYS.hall : SCENE_KEYS.chamber;
}
