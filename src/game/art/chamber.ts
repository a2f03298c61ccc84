/**
 * The Geneva backdrop: the Council Chamber of the Palais des Nations, where the Conference on
 * Disarmament meets. Evoked, not copied: the sepia-and-gold murals that cover its walls become
 * great sweeping arcs and shafts of light; below them the dark wood panelling, the raised
 * presidium at the head of the room, and curved rows of delegation desks in the foreground.
 * The upper middle is kept calm so that panels laid over it stay readable.
 */
import type { Painter } from './painter';
import { fillPolygon } from './painter';
import { mix } from './colour';
import { fillEllipticBand, fillVerticalBands, onEllipse } from './shapes';
import { SvgPainter } from './svg-painter';
import { CHAMBER, UI } from './theme';

/** Draws the chamber filling (0, 0)–(width, height). Static: draw once, or bake to a texture. */
export function drawChamberBackdrop(g: Painter, width: number, height: number): void {
  const w = width;
  const h = height;
  const wallBottom = h * 0.6;

  // The mural wall: dark at the ceiling, warming toward the middle.
  fillVerticalBands(g, 0, 0, w, wallBottom, (t) =>
    t < 0.5
      ? mix(CHAMBER.woodDeep, CHAMBER.muralShadow, t * 2)
      : mix(CHAMBER.muralShadow, CHAMBER.muralSepia, (t - 0.5) * 2),
  );

  drawMural(g, w, wallBottom);

  // Wood panelling under the murals, with a brass rail on top.
  g.fillStyle(CHAMBER.woodDark).fillRect(0, wallBottom, w, h - wallBottom);
  const panels = 14;
  const panelWidth = w / panels;
  for (let i = 0; i < panels; i++) {
    const x = i * panelWidth;
    g.fillStyle(CHAMBER.woodMid).fillRect(
      x + panelWidth * 0.08,
      wallBottom + h * 0.025,
      panelWidth * 0.84,
      h * 0.1,
    );
    g.fillStyle(CHAMBER.woodLight, 0.35).fillRect(
      x + panelWidth * 0.08,
      wallBottom + h * 0.025,
      panelWidth * 0.84,
      h * 0.006,
    );
  }
  g.fillStyle(CHAMBER.muralGold).fillRect(0, wallBottom - h * 0.006, w, h * 0.008);

  drawPresidium(g, w, h);

  // Floor.
  fillVerticalBands(
    g,
    0,
    h * 0.76,
    w,
    h * 0.24,
    (t) => mix(CHAMBER.woodDark, CHAMBER.woodDeep, t),
    8,
  );

  drawDeskRows(g, w, h);

  // A vignette, darker toward the edges, so the eye and the interface stay in the middle.
  for (let i = 0; i < 6; i++) {
    const inset = (w * 0.05 * i) / 6;
    g.fillStyle(UI.scrim, 0.09).fillRect(0, 0, w * 0.05 - inset, h);
    g.fillStyle(UI.scrim, 0.09).fillRect(w - w * 0.05 + inset, 0, w * 0.05 - inset, h);
  }
  g.fillStyle(UI.scrim, 0.25).fillRect(0, 0, w, h * 0.03);
}

/** Sert's murals as abstract forms: giant arcs reaching toward the centre, and shafts of light. */
function drawMural(g: Painter, w: number, bottom: number): void {
  // Shafts of light falling from the ceiling.
  for (const [x, spread, alpha] of [
    [0.22, 0.07, 0.1],
    [0.5, 0.12, 0.12],
    [0.78, 0.07, 0.1],
  ] as const) {
    g.fillStyle(CHAMBER.muralLight, alpha);
    fillPolygon(g, [
      { x: w * (x - 0.02), y: 0 },
      { x: w * (x + 0.02), y: 0 },
      { x: w * (x + spread), y: bottom },
      { x: w * (x - spread), y: bottom },
    ]);
  }

  // Great arcs rising from each side and meeting high in the centre, like the linked arms
  // of the figures on the ceiling; each drawn as a shadow band then a lit band.
  for (const side of [-1, 1]) {
    for (const [k, thickness, color] of [
      [0.0, 0.05, CHAMBER.muralGold],
      [0.1, 0.035, CHAMBER.muralLight],
      [0.2, 0.03, CHAMBER.muralGold],
    ] as const) {
      const cx = w / 2 + side * w * (0.3 + k * 0.5);
      const cy = bottom;
      const r = w * (0.28 - k * 0.3);
      const from = side < 0 ? -Math.PI * 0.98 : -Math.PI * 0.02;
      const to = side < 0 ? -Math.PI * 0.2 - k : -Math.PI * 0.8 + k;
      g.fillStyle(CHAMBER.muralShadow, 0.6);
      fillEllipticBand(
        g,
        cx + side * 4,
        cy + 6,
        r,
        w * thickness,
        1.05,
        Math.min(from, to),
        Math.max(from, to),
      );
      g.fillStyle(color, 0.5);
      fillEllipticBand(
        g,
        cx,
        cy,
        r,
        w * thickness * 0.8,
        1.05,
        Math.min(from, to),
        Math.max(from, to),
      );
    }
  }

  // Tall draped figures at the edges of the wall, leaning toward the centre, half in shadow.
  for (const [x, lean] of [
    [0.08, 0.03],
    [0.17, 0.02],
    [0.83, -0.02],
    [0.92, -0.03],
  ] as const) {
    const top = bottom * 0.22;
    for (const [shift, color, alpha] of [
      [0.012, CHAMBER.muralShadow, 0.55],
      [0, CHAMBER.muralGold, 0.35],
    ] as const) {
      const cx = w * (x + shift);
      g.fillStyle(color, alpha);
      fillPolygon(g, [
        { x: cx + w * lean - w * 0.018, y: top + bottom * 0.08 },
        { x: cx + w * lean + w * 0.018, y: top + bottom * 0.08 },
        { x: cx + w * 0.045, y: bottom },
        { x: cx - w * 0.045, y: bottom },
      ]);
      g.fillCircle(cx + w * lean, top + bottom * 0.04, w * 0.017);
    }
  }
}

/** The raised presidium: the President's long desk with the secretariat's chairs behind it. */
function drawPresidium(g: Painter, w: number, h: number): void {
  const x = w * 0.3;
  const width = w * 0.4;
  const top = h * 0.585;
  // Chair backs.
  const chairs = 7;
  for (let i = 0; i < chairs; i++) {
    const cx = x + (width * (i + 0.5)) / chairs;
    g.fillStyle(CHAMBER.leather).fillRoundedRect(
      cx - w * 0.017,
      top - h * 0.05,
      w * 0.034,
      h * 0.07,
      w * 0.008,
    );
  }
  // The desk and its platform.
  g.fillStyle(CHAMBER.woodDeep).fillRect(x - w * 0.03, top + h * 0.1, width + w * 0.06, h * 0.04);
  g.fillStyle(CHAMBER.woodMid).fillRect(x, top, width, h * 0.1);
  g.fillStyle(CHAMBER.woodLight).fillRect(x, top, width, h * 0.012);
  g.fillStyle(CHAMBER.muralGold, 0.7).fillRect(
    x + width * 0.46,
    top + h * 0.03,
    width * 0.08,
    h * 0.045,
  );
  // Lamps on the desk.
  for (const k of [0.15, 0.85])
    g.fillStyle(CHAMBER.lamp, 0.9).fillCircle(x + width * k, top - h * 0.004, w * 0.005);
}

/** Curved rows of delegation desks, with lamps and name plates, seen from behind the last row. */
function drawDeskRows(g: Painter, w: number, h: number): void {
  const cx = w / 2;
  const cy = h * 0.6;
  const rows = [
    { r: w * 0.36, depth: w * 0.022 },
    { r: w * 0.47, depth: w * 0.026 },
    { r: w * 0.6, depth: w * 0.03 },
  ];
  const squash = 0.5;
  const from = Math.PI * 0.16;
  const to = Math.PI * 0.84;
  for (const { r, depth } of rows) {
    // Front panel (shadow), then the desk top, then its lit edge.
    g.fillStyle(CHAMBER.woodDeep);
    fillEllipticBand(g, cx, cy + h * 0.025, r, depth, squash, from, to);
    g.fillStyle(CHAMBER.woodMid);
    fillEllipticBand(g, cx, cy, r, depth, squash, from, to);
    g.fillStyle(CHAMBER.woodLight);
    fillEllipticBand(g, cx, cy, r, depth * 0.18, squash, from, to);
    // Name plates and lamps along the row.
    const seats = Math.round(r / (w * 0.03));
    for (let i = 1; i < seats; i++) {
      const a = from + ((to - from) * i) / seats;
      const p = onEllipse(cx, cy, r + depth * 0.4, squash, a);
      const size = w * 0.012 * (0.6 + Math.sin(a) * 0.5);
      g.fillStyle(UI.paper, 0.85).fillRect(p.x - size, p.y - size * 0.55, size * 2, size * 0.5);
      if (i % 2 === 0)
        g.fillStyle(CHAMBER.lamp, 0.8).fillCircle(p.x + size * 1.6, p.y - size * 0.2, size * 0.28);
    }
  }
}

/** The backdrop as an SVG string (previews, DOM pages, tests). */
export function chamberBackdropSvg(width = 1280, height = 720): string {
  const g = new SvgPainter();
  drawChamberBackdrop(g, width, height);
  return g.toSvg(width, height, 'The Council Chamber in Geneva, with murals in sepia and gold');
}
