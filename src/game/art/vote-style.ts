/**
 * How a vote looks on the board: a colour from the Okabe–Ito set, which stays distinct for
 * red–green colour-blind viewers, plus a shape and a letter, so colour is never the only cue
 * (and the board still reads in greyscale or on a washed-out projector).
 */
import type { Painter } from './painter';
import { hex } from './colour';
import { FONTS, UI } from './theme';
import { SvgPainter } from './svg-painter';

export type VoteChoice = 'yes' | 'no' | 'abstain' | 'absent';

export type VoteShape = 'circle' | 'square' | 'triangle' | 'ring';

export interface VoteStyle {
  /** Main colour of the mark (the outline for the hollow `ring`). */
  readonly fill: number;
  /** Shape of the mark. */
  readonly shape: VoteShape;
  /** Colour of the letter drawn on the mark. */
  readonly label: number;
  /** What is behind the letter: the fill, or the board for a hollow mark. */
  readonly labelOn: number;
  /** Default letter (English); scenes may pass a translated one. */
  readonly letter: string;
}

/** The vote board behind the marks. */
export const VOTE_BOARD = {
  background: 0x0b1420,
  row: 0x142234,
  divider: 0x2a3d55,
  text: UI.text,
  textMuted: UI.textMuted,
} as const;

export const VOTE_STYLE: Readonly<Record<VoteChoice, VoteStyle>> = {
  yes: { fill: 0x0072b2, shape: 'circle', label: 0xffffff, labelOn: 0x0072b2, letter: 'Y' },
  no: { fill: 0xd55e00, shape: 'square', label: 0x000000, labelOn: 0xd55e00, letter: 'N' },
  abstain: { fill: 0xf0e442, shape: 'triangle', label: 0x000000, labelOn: 0xf0e442, letter: 'A' },
  absent: {
    fill: 0x8c8c8c,
    shape: 'ring',
    label: 0xc4c4c4,
    labelOn: VOTE_BOARD.background,
    letter: '–',
  },
};

export const VOTE_CHOICES: readonly VoteChoice[] = ['yes', 'no', 'abstain', 'absent'];

/**
 * Draws the mark of one vote centred on (cx, cy), `size` pixels across; the scene adds the
 * letter as text (use `voteLetterStyle`). The triangle's centre is lowered so the letter sits
 * in its widest part.
 */
export function drawVoteMark(
  g: Painter,
  cx: number,
  cy: number,
  size: number,
  choice: VoteChoice,
): void {
  const { fill, shape } = VOTE_STYLE[choice];
  const r = size / 2;
  switch (shape) {
    case 'circle':
      g.fillStyle(fill).fillCircle(cx, cy, r);
      break;
    case 'square':
      g.fillStyle(fill).fillRect(cx - r * 0.9, cy - r * 0.9, r * 1.8, r * 1.8);
      break;
    case 'triangle':
      g.fillStyle(fill).fillTriangle(
        cx,
        cy - r * 1.05,
        cx + r * 1.1,
        cy + r * 0.85,
        cx - r * 1.1,
        cy + r * 0.85,
      );
      break;
    case 'ring':
      g.lineStyle(Math.max(1.5, size / 10), fill).strokeCircle(cx, cy, r * 0.85);
      break;
  }
}

/** Where the letter goes and how it is styled, for a mark drawn with `drawVoteMark`. */
export function voteLetterStyle(choice: VoteChoice, size: number) {
  const style = VOTE_STYLE[choice];
  return {
    dy: style.shape === 'triangle' ? size * 0.16 : 0,
    fontFamily: FONTS.sans,
    fontSize: `${Math.round(size * (style.shape === 'triangle' ? 0.5 : 0.6))}px`,
    fontStyle: 'bold',
    color: hex(style.label),
  };
}

/** One vote mark with its letter as an SVG string (for DOM tables and the printed debrief). */
export function voteMarkSvg(
  choice: VoteChoice,
  size = 24,
  letter = VOTE_STYLE[choice].letter,
): string {
  const g = new SvgPainter();
  const c = size / 2;
  drawVoteMark(g, c, c, size * 0.9, choice);
  const text = voteLetterStyle(choice, size * 0.9);
  g.text(c, c + text.dy, letter, {
    size: parseFloat(text.fontSize),
    color: VOTE_STYLE[choice].label,
    family: FONTS.sans,
    weight: 700,
    anchor: 'middle',
  });
  return g.toSvg(size, size, `${choice}`);
}
