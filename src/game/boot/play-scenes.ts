import type Phaser from 'phaser';

type SceneClass = Phaser.Types.Scenes.SceneType;

// The play screens (src/game/scenes/play-scenes.ts) are optional for the shell: a build
// without them still boots, and the shell's drawer then carries the whole game.
const modules = import.meta.glob<Record<string, unknown>>('../scenes/play-scenes.ts', {
  eager: true,
});

/** The scene classes play-scenes.ts exports (every exported array of classes, flattened). */
export function playSceneClasses(): SceneClass[] {
  return Object.values(modules).flatMap((module) =>
    Object.values(module).flatMap((value) =>
      Array.isArray(value) && value.every((item) => typeof item === 'function')
        ? (value as SceneClass[])
        : [],
    ),
  );
}
