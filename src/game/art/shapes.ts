/**
 * Small geometric helpers shared by the scenes' art: rotated leaves and rectangles, annular
 * bands (the curved rows of desks), and a seeded random sequence so every drawing comes out
 * the same each time (stars and debris do not flicker between redraws).
 */
import type { Painter, Point } from './painter';
import { fillPolygon } from './painter';

const rotate = (x: number, y: number, angle: number): Point => ({
  x: x * Math.cos(angle) - y * Math.sin(angle),
  y: x * Math.sin(angle) + y * Math.cos(angle),
});

/** A pointed leaf centred on (cx, cy), `length` long along `angle`, `width` at its widest. */
export function fillLeaf(
  g: Painter,
  cx: number,
  cy: number,
  length: number,
  width: number,
  angle: number,
): void {
  const points: Point[] = [];
  const steps = 8;
  for (let i = 0; i <= steps; i++) {
    const t = -1 + (2 * i) / steps;
    const p = rotate((t * length) / 2, (-width / 2) * (1 - t * t), angle);
    points.push({ x: cx + p.x, y: cy + p.y });
  }
  for (let i = steps - 1; i > 0; i--) {
    const t = -1 + (2 * i) / steps;
    const p = rotate((t * length) / 2, (width / 2) * (1 - t * t), angle);
    points.push({ x: cx + p.x, y: cy + p.y });
  }
  fillPolygon(g, points);
}

/** A rectangle centred on (cx, cy) and turned by `angle`. */
export function fillRotatedRect(
  g: Painter,
  cx: number,
  cy: number,
  width: number,
  height: number,
  angle: number,
): void {
  const corners = [
    [-width / 2, -height / 2],
    [width / 2, -height / 2],
    [width / 2, height / 2],
    [-width / 2, height / 2],
  ] as const;
  fillPolygon(
    g,
    corners.map(([x, y]) => {
      const p = rotate(x, y, angle);
      return { x: cx + p.x, y: cy + p.y };
    }),
  );
}

/**
 * A band between two concentric ellipses (centre cx, cy; horizontal radii rx and rx + depth,
 * vertical radii scaled by `squash`), from angle `from` to `to`: a curved row of desks or seats
 * seen in perspective.
 */
export function fillEllipticBand(
  g: Painter,
  cx: number,
  cy: number,
  rx: number,
  depth: number,
  squash: number,
  from: number,
  to: number,
): void {
  const steps = 36;
  const points: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const a = from + ((to - from) * i) / steps;
    points.push({ x: cx + rx * Math.cos(a), y: cy + rx * squash * Math.sin(a) });
  }
  for (let i = steps; i >= 0; i--) {
    const a = from + ((to - from) * i) / steps;
    const r = rx + depth;
    points.push({ x: cx + r * Math.cos(a), y: cy + r * squash * Math.sin(a) });
  }
  fillPolygon(g, points);
}

/** A point on the ellipse of `fillEllipticBand` (radius rx, squash) at angle `a`. */
export function onEllipse(cx: number, cy: number, rx: number, squash: number, a: number): Point {
  return { x: cx + rx * Math.cos(a), y: cy + rx * squash * Math.sin(a) };
}

/** Mulberry32: a small seeded generator giving numbers in [0, 1). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A vertical gradient made of `bands` horizontal strips (Phaser Graphics has no gradients). */
export function fillVerticalBands(
  g: Painter,
  x: number,
  y: number,
  width: number,
  height: number,
  colors: (t: number) => number,
  bands = 24,
): void {
  const step = height / bands;
  for (let i = 0; i < bands; i++) {
    g.fillStyle(colors(i / (bands - 1))).fillRect(x, y + i * step, width, step + 0.5);
  }
}
