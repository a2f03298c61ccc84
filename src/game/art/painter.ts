/**
 * The drawing calls the PAROS art uses: a subset of Phaser's Graphics API, with the same
 * names and arguments, so a Phaser `Graphics` object can be passed straight in. The same
 * drawing code also runs against `SvgPainter`, which gives SVG strings for DOM overlays,
 * previews and tests without a browser.
 *
 * Colours are 0xRRGGBB numbers as in Phaser; angles are radians, clockwise (y points down).
 */
export interface Painter {
  fillStyle(color: number, alpha?: number): this;
  lineStyle(lineWidth: number, color: number, alpha?: number): this;
  fillRect(x: number, y: number, width: number, height: number): this;
  strokeRect(x: number, y: number, width: number, height: number): this;
  fillRoundedRect(x: number, y: number, width: number, height: number, radius?: number): this;
  strokeRoundedRect(x: number, y: number, width: number, height: number, radius?: number): this;
  fillCircle(x: number, y: number, radius: number): this;
  strokeCircle(x: number, y: number, radius: number): this;
  /** An ellipse centred on (x, y), `width` and `height` across. */
  fillEllipse(x: number, y: number, width: number, height: number): this;
  strokeEllipse(x: number, y: number, width: number, height: number): this;
  fillTriangle(x0: number, y0: number, x1: number, y1: number, x2: number, y2: number): this;
  lineBetween(x1: number, y1: number, x2: number, y2: number): this;
  beginPath(): this;
  moveTo(x: number, y: number): this;
  lineTo(x: number, y: number): this;
  arc(
    x: number,
    y: number,
    radius: number,
    startAngle: number,
    endAngle: number,
    anticlockwise?: boolean,
  ): this;
  closePath(): this;
  fillPath(): this;
  strokePath(): this;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A closed polygon, filled with the current fill style. */
export function fillPolygon(g: Painter, points: readonly Point[]): void {
  const [first, ...rest] = points;
  if (!first) return;
  g.beginPath().moveTo(first.x, first.y);
  for (const point of rest) g.lineTo(point.x, point.y);
  g.closePath().fillPath();
}

/** An open polyline, stroked with the current line style. */
export function strokePolyline(g: Painter, points: readonly Point[]): void {
  const [first, ...rest] = points;
  if (!first) return;
  g.beginPath().moveTo(first.x, first.y);
  for (const point of rest) g.lineTo(point.x, point.y);
  g.strokePath();
}

/**
 * A dashed ellipse, tilted by `tilt` radians, drawn as short strokes (Phaser has no dashed
 * lines). `from`/`to` (radians) limit it to an arc of the ellipse.
 */
export function dashedEllipse(
  g: Painter,
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  tilt: number,
  dashes: number,
  from = 0,
  to = Math.PI * 2,
): void {
  const point = (t: number): Point => {
    const x = rx * Math.cos(t);
    const y = ry * Math.sin(t);
    return {
      x: cx + x * Math.cos(tilt) - y * Math.sin(tilt),
      y: cy + x * Math.sin(tilt) + y * Math.cos(tilt),
    };
  };
  const step = (to - from) / dashes;
  for (let i = 0; i < dashes; i++) {
    const a = point(from + i * step);
    const b = point(from + (i + 0.55) * step);
    g.lineBetween(a.x, a.y, b.x, b.y);
  }
}
