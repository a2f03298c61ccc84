/**
 * Seeded randomness kept in the game state (mulberry32). The engine never calls `Math.random`:
 * a draw takes the generator's state and returns the value with the next state, so a replay of
 * the same intents from the same seed draws the same numbers.
 */
export interface RandomDraw {
  readonly value: number;
  readonly next: number;
}

/** A float in [0, 1) and the generator's next state. */
export function draw(state: number): RandomDraw {
  const next = (state + 0x6d2b79f5) | 0;
  let mixed = Math.imul(next ^ (next >>> 15), next | 1);
  mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
  const value = ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  return { value, next };
}

/** An integer in [0, bound) and the generator's next state. */
export function drawInteger(state: number, bound: number): RandomDraw {
  const { value, next } = draw(state);
  return { value: Math.floor(value * bound), next };
}

/** The generator state for a seed: seeds are whole numbers, as a user would type them. */
export function seedState(seed: number): number {
  return Math.trunc(seed) | 0;
}
