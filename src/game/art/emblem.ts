/**
 * The PAROS assembly mark: a globe between two laurel branches. It stands for "the United
 * Nations" in the hall without copying the official UN emblem (which shows a polar map in
 * concentric rings and has its own protected use): here the globe is seen from the side, with
 * meridians and parallels, and the branches are plain laurel.
 */
import type { Painter } from './painter';
import { fillLeaf } from './shapes';
import { SvgPainter } from './svg-painter';

/** Draws the mark centred on (cx, cy); `r` is the globe's radius, the laurel reaches 1.5 r. */
export function drawLaurelEmblem(
  g: Painter,
  cx: number,
  cy: number,
  r: number,
  color: number,
  alpha = 1,
): void {
  const line = Math.max(1, r / 14);
  g.lineStyle(line, color, alpha);
  g.strokeCircle(cx, cy, r);
  // Meridians: ellipses narrowing toward the rim.
  for (const k of [0.38, 0.75]) g.strokeEllipse(cx, cy, 2 * r * k, 2 * r);
  g.lineBetween(cx, cy - r, cx, cy + r);
  // Parallels.
  for (const k of [-0.5, 0, 0.5]) {
    const half = r * Math.sqrt(1 - k * k);
    g.lineBetween(cx - half, cy + k * r, cx + half, cy + k * r);
  }
  // Two laurel branches, from the bottom up each side.
  g.fillStyle(color, alpha);
  for (const side of [-1, 1]) {
    const rb = r * 1.32;
    g.lineStyle(line, color, alpha).beginPath();
    const start = Math.PI / 2 + side * 0.28;
    const end = Math.PI / 2 + side * 2.3;
    g.arc(cx, cy, rb, start, end, side < 0).strokePath();
    const leaves = 6;
    for (let i = 0; i < leaves; i++) {
      const a = start + ((end - start) * (i + 0.5)) / leaves;
      const tangent = a + (side * Math.PI) / 2;
      for (const offset of [-1, 1]) {
        const lean = tangent + offset * side * 0.5;
        const ox = Math.cos(a) * offset * r * 0.06;
        const oy = Math.sin(a) * offset * r * 0.06;
        const size = r * (0.5 - i * 0.03);
        fillLeaf(
          g,
          cx + Math.cos(a) * rb + ox + (Math.cos(lean) * size) / 2.2,
          cy + Math.sin(a) * rb + oy + (Math.sin(lean) * size) / 2.2,
          size,
          size * 0.42,
          lean,
        );
      }
    }
  }
}

/** The mark alone as an SVG string, `size` pixels square. */
export function laurelEmblemSvg(color: number, size = 120): string {
  const g = new SvgPainter();
  drawLaurelEmblem(g, size / 2, size / 2, size * 0.3, color);
  return g.toSvg(size, size, 'A globe between two laurel branches');
}
