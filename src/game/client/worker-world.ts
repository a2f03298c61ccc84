import type { IntentInput } from '../../engine/index';
import type { ComputerWorld, WorldRequest } from './computer-world';
import { inPageWorld } from './in-page-world';
import type { WorldWorkerAnswer, WorldWorkerRequest } from './world.worker';

/**
 * The computer world in a Web Worker, so the page keeps answering (and animating) while the
 * other delegations think. Falls back to the page's own thread where workers are missing.
 */
export function workerWorld(): ComputerWorld {
  if (typeof Worker === 'undefined') return inPageWorld();
  const worker = new Worker(new URL('./world.worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, (answer: WorldWorkerAnswer) => void>();
  let nextId = 1;
  worker.addEventListener('message', (event: MessageEvent<WorldWorkerAnswer>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  });
  return {
    play(request: WorldRequest): Promise<readonly IntentInput[]> {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, (answer) =>
          answer.ok ? resolve(answer.intents) : reject(new Error(answer.message)),
        );
        worker.postMessage({ id, request } satisfies WorldWorkerRequest);
      });
    },
    dispose: () => worker.terminate(),
  };
}
