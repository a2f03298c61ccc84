/// <reference lib="webworker" />
import type { WorldRequest } from './computer-world';
import { worldMoves } from './world-moves';

/** One request in, the computer's intents out; the id pairs answers with questions. */
export interface WorldWorkerRequest {
  readonly id: number;
  readonly request: WorldRequest;
}
export type WorldWorkerAnswer =
  | { readonly id: number; readonly ok: true; readonly intents: ReturnType<typeof worldMoves> }
  | { readonly id: number; readonly ok: false; readonly message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.addEventListener('message', (event: MessageEvent<WorldWorkerRequest>) => {
  const { id, request } = event.data;
  try {
    scope.postMessage({ id, ok: true, intents: worldMoves(request) } satisfies WorldWorkerAnswer);
  } catch (error) {
    scope.postMessage({ id, ok: false, message: String(error) } satisfies WorldWorkerAnswer);
  }
});
