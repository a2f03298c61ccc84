import type Phaser from 'phaser';
import type { ReplayController } from '../../replay/replay-controller';
import { SCENE_KEYS } from '../chamber/surface/scene-data';

export interface FrameTimes {
  readonly frames: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** How long the whole roll call took to light, first frame to last. */
  readonly totalMs: number;
}

/** The value below which `share` of the sorted samples fall (nearest rank). */
export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[rank]!;
}

export function summarise(deltas: readonly number[]): FrameTimes {
  const sorted = [...deltas].sort((a, b) => a - b);
  return {
    frames: sorted.length,
    medianMs: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    maxMs: sorted.at(-1) ?? 0,
    totalMs: deltas.reduce((sum, delta) => sum + delta, 0),
  };
}

/**
 * Measures the browser's frame times while the hall's vote board lights a whole roll call
 * (193 members, or 191 in 2002): the hall must be running on a replay positioned just before
 * a `rollCall.recorded` step; this steps once and records every animation frame (rAF deltas)
 * until the last light is on. Call it from the page (the harness, or the shell's bench page).
 */
export async function measureHallFrames(
  game: Phaser.Game,
  controller: ReplayController,
): Promise<FrameTimes> {
  const hall = game.scene.getScene(SCENE_KEYS.hall) as Phaser.Scene & { animationFrames: number[] };
  const step = controller.stepAt(controller.position);
  if (step?.intent.type !== 'rollCall.recorded')
    throw new Error(
      `measureHallFrames: the next step is ${step?.intent.type ?? 'none'}, not a roll call`,
    );
  hall.animationFrames.length = 0;
  const deltas: number[] = [];
  await new Promise<void>((done) => {
    let last = performance.now();
    let started = false;
    const frame = (now: number): void => {
      const busy = (hall as unknown as { queue: number[] }).queue.length > 0;
      if (started) deltas.push(now - last);
      last = now;
      if (busy) started = true;
      if (started && !busy) {
        done();
        return;
      }
      requestAnimationFrame(frame);
    };
    controller.forward();
    requestAnimationFrame(frame);
  });
  return summarise(deltas);
}
