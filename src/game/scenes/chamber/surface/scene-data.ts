import type Phaser from 'phaser';
import type { Scenario } from '../../../../engine/index';
import type { GameClient } from '../../../client/game-client';
import { loadSettings } from '../../../storage/settings';

/** The keys of the play scenes, as `scene.start` takes them. */
export const SCENE_KEYS = {
  chamber: 'chamber',
  hall: 'hall',
  documents: 'documents',
  negotiation: 'negotiation',
  debrief: 'debrief',
  replay: 'replay',
} as const;

export type PlaySceneKey = (typeof SCENE_KEYS)[keyof typeof SCENE_KEYS];

/** Height kept free at the bottom of the side column for the replay viewer's controls. */
export const REPLAY_RESERVE = 168;

/** Left edge of the side column the play scenes keep for their panels (game pixels). */
export const PANEL_X = 892;

/**
 * What every play scene is started with. Only `client` is required; the rest is optional.
 */
export interface PlaySceneData {
  readonly client: GameClient;
  /** The scenario being played, for the comparisons of texts (CD/1839 beside CD/1985). */
  readonly scenario?: Scenario;
  /** What to open first: a document symbol (reader), a draft key (hall), a body (negotiation). */
  readonly focus?: string;
  /** Set by the replay viewer: its controls stay on screen, so the scenes leave it room. */
  readonly inReplay?: boolean;
}

/** Reads and checks a scene's start data: a missing client is the shell's mistake, said plainly. */
export function playData(scene: Phaser.Scene, data: unknown): PlaySceneData {
  const candidate = data as Partial<PlaySceneData> | undefined;
  if (!candidate?.client || typeof candidate.client.view !== 'function')
    throw new Error(
      `scene "${scene.scene.key}": start it with { client } (a GameClient); got ${JSON.stringify(Object.keys(candidate ?? {}))}`,
    );
  return candidate as PlaySceneData;
}

/** The effects the play screens ask for (the audio module's names). */
export type PlaySound =
  'gavel' | 'voteChime' | 'consensus' | 'objection' | 'click' | 'pageTurn' | 'turn';

/**
 * Plays a sound through the shell's audio, if it put one in the game registry under 'audio'
 * (the `GameAudio` of src/game/audio); silent otherwise.
 */
export function playSound(scene: Phaser.Scene, name: PlaySound): void {
  const audio = scene.registry.get('audio') as { play?: (name: PlaySound) => void } | undefined;
  audio?.play?.(name);
}

/** Whether animations should be cut short: the registry's setting, else the stored settings. */
export function prefersReducedMotion(scene: Phaser.Scene): boolean {
  const fromRegistry = scene.registry.get('reducedMotion') as unknown;
  if (typeof fromRegistry === 'boolean') return fromRegistry;
  return loadSettings().reducedMotion;
}
