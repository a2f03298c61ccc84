/**
 * Delegation name plates, as they stand on the desks in both rooms: a cream card with a thin
 * gold rule on a dark wooden block, the name in serif capitals. The active delegation's plate
 * gets a gold border, the player's own a blue one, so the two can be told apart without colour
 * too (the player's plate is also marked by a small triangle).
 */
import type { Painter } from './painter';
import { hex } from './colour';
import { SvgPainter } from './svg-painter';
import { CHAMBER, FONTS, UI } from './theme';

export type PlateState = 'idle' | 'speaking' | 'own';

export const NAMEPLATE = {
  block: CHAMBER.woodDark,
  blockEdge: CHAMBER.woodLight,
  card: UI.paper,
  rule: 0xb08a3e,
  text: UI.paperInk,
  speaking: UI.accent,
  own: UI.focus,
} as const;

/**
 * Draws a plate with its top-left corner at (x, y). The scene adds the name with
 * `namePlateTextStyle(height)`, centred at (x + width / 2, y + height * 0.42).
 */
export function drawNamePlate(
  g: Painter,
  x: number,
  y: number,
  width: number,
  height: number,
  state: PlateState = 'idle',
): void {
  const block = height * 0.22;
  g.fillStyle(NAMEPLATE.block).fillRect(x - width * 0.03, y + height - block, width * 1.06, block);
  g.fillStyle(NAMEPLATE.blockEdge).fillRect(
    x - width * 0.03,
    y + height - block,
    width * 1.06,
    Math.max(1, block * 0.15),
  );
  const cardHeight = height - block;
  g.fillStyle(NAMEPLATE.card).fillRoundedRect(x, y, width, cardHeight, Math.min(4, height * 0.06));
  g.lineStyle(Math.max(1, height * 0.02), NAMEPLATE.rule).lineBetween(
    x + width * 0.06,
    y + cardHeight * 0.86,
    x + width * 0.94,
    y + cardHeight * 0.86,
  );
  if (state !== 'idle') {
    const color = state === 'speaking' ? NAMEPLATE.speaking : NAMEPLATE.own;
    const line = Math.max(2, height * 0.06);
    g.lineStyle(line, color).strokeRoundedRect(
      x - line,
      y - line,
      width + 2 * line,
      cardHeight + 2 * line,
      Math.min(6, height * 0.1),
    );
    if (state === 'own') {
      const half = height * 0.2;
      g.fillStyle(color).fillTriangle(
        x + width / 2 - half,
        y - line * 4.5,
        x + width / 2 + half,
        y - line * 4.5,
        x + width / 2,
        y - line,
      );
    }
  }
}

/** The name's text style for a plate `height` pixels tall (a Phaser text style). */
export function namePlateTextStyle(height: number) {
  return {
    fontFamily: FONTS.serif,
    fontSize: `${Math.max(12, Math.round(height * 0.34))}px`,
    fontStyle: 'bold',
    color: hex(NAMEPLATE.text),
  };
}

/** A plate with its name as an SVG string (DOM lists, the printed debrief). */
export function namePlateSvg(
  name: string,
  width = 220,
  height = 56,
  state: PlateState = 'idle',
): string {
  const g = new SvgPainter();
  const pad = Math.max(2, height * 0.06) * 5;
  drawNamePlate(g, pad, pad, width, height, state);
  const text = namePlateTextStyle(height);
  // Serif capitals average about 0.7 em wide; shrink long names to fit the card.
  const size = Math.min(
    parseFloat(text.fontSize),
    (width * 0.9) / (0.7 * Math.max(1, name.length)),
  );
  g.text(pad + width / 2, pad + height * 0.39, name.toUpperCase(), {
    size,
    color: NAMEPLATE.text,
    family: FONTS.serif,
    weight: 700,
    anchor: 'middle',
    letterSpacing: size * 0.06,
  });
  return g.toSvg(width + 2 * pad, height + 2 * pad, name);
}
