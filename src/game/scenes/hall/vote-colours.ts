import type { BoardBallot } from './hall-model';

/**
 * Vote colours safe for colour-blind players (Okabe–Ito palette): blue for yes, vermillion for
 * no, yellow for abstain, grey for absent. Colour is never alone: each answer has its letter
 * and its shape on the board (yes filled square, no cross, abstain ring, absent dash).
 */
export const VOTE_COLOURS: Readonly<
  Record<BoardBallot, { readonly fill: string; readonly ink: string; readonly letter: string }>
> = {
  yes: { fill: '#0072B2', ink: '#ffffff', letter: 'Y' },
  no: { fill: '#D55E00', ink: '#ffffff', letter: 'N' },
  abstain: { fill: '#F0E442', ink: '#1b1f24', letter: 'A' },
  absent: { fill: '#5b6470', ink: '#ffffff', letter: '–' },
  pending: { fill: '#2a313b', ink: '#9aa4b1', letter: '·' },
  unknown: { fill: '#2a313b', ink: '#9aa4b1', letter: '?' },
};

/** The colour as a number, for Phaser. */
export function colourNumber(hex: string): number {
  return Number.parseInt(hex.slice(1), 16);
}
