import { describe, expect, it } from 'vitest';
import type { Deficiency } from './colour';
import { deltaE, simulate } from './colour';
import { VOTE_BOARD, VOTE_CHOICES, VOTE_STYLE } from './vote-style';

const VISIONS: readonly (Deficiency | 'typical')[] = [
  'typical',
  'protanopia',
  'deuteranopia',
  'tritanopia',
];
const seen = (color: number, vision: Deficiency | 'typical'): number =>
  vision === 'typical' ? color : simulate(color, vision);

const pairs = VOTE_CHOICES.flatMap((a, i) => VOTE_CHOICES.slice(i + 1).map((b) => [a, b] as const));

describe('vote marks', () => {
  it.each(VISIONS)('stay clearly different from each other with %s vision', (vision) => {
    for (const [a, b] of pairs) {
      const difference = deltaE(seen(VOTE_STYLE[a].fill, vision), seen(VOTE_STYLE[b].fill, vision));
      expect(difference, `${a} vs ${b}`).toBeGreaterThan(20);
    }
  });

  it.each(VISIONS)('stand out from the board with %s vision', (vision) => {
    for (const choice of VOTE_CHOICES) {
      const difference = deltaE(
        seen(VOTE_STYLE[choice].fill, vision),
        seen(VOTE_BOARD.background, vision),
      );
      expect(difference, choice).toBeGreaterThan(25);
    }
  });

  it('never rely on colour alone: each has its own shape and its own letter', () => {
    const shapes = new Set(VOTE_CHOICES.map((choice) => VOTE_STYLE[choice].shape));
    const letters = new Set(VOTE_CHOICES.map((choice) => VOTE_STYLE[choice].letter));
    expect(shapes.size).toBe(VOTE_CHOICES.length);
    expect(letters.size).toBe(VOTE_CHOICES.length);
  });
});
