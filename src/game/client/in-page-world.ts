import type { ComputerWorld, WorldRequest } from './computer-world';
import { worldMoves } from './world-moves';

/** The computer world run in the page's own thread (tests in Node, browsers without workers). */
export function inPageWorld(): ComputerWorld {
  return {
    play: (request: WorldRequest) => Promise.resolve(worldMoves(request)),
    dispose: () => undefined,
  };
}
