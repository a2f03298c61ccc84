/**
 * The New York backdrop: the General Assembly Hall. Evoked, not copied: the tall gold wall
 * behind the rostrum carries our own globe-and-laurel mark (emblem.ts), with the two large
 * screens either side (where a scene can put the vote board), the green stepped rostrum, the
 * slatted side walls, and curved rows of blue delegate seats in the foreground.
 */
import type { Painter } from './painter';
import { fillPolygon } from './painter';
import { mix } from './colour';
import { drawLaurelEmblem } from './emblem';
import { fillEllipticBand, fillVerticalBands, onEllipse } from './shapes';
import { SvgPainter } from './svg-painter';
import { HALL, UI } from './theme';

/** Where the two side screens are, so a scene can lay the vote board over them. */
export function hallScreens(width: number, height: number) {
  const screen = { y: height * 0.14, width: width * 0.2, height: height * 0.3 };
  return {
    left: { x: width * 0.07, ...screen },
    right: { x: width * 0.73, ...screen },
  };
}

/** Draws the hall filling (0, 0)–(width, height). Static: draw once, or bake to a texture. */
export function drawHallBackdrop(g: Painter, width: number, height: number): void {
  const w = width;
  const h = height;

  // The dark hall and its dome.
  fillVerticalBands(g, 0, 0, w, h * 0.7, (t) => mix(HALL.night, HALL.wallShadow, t));
  g.fillStyle(HALL.wallShadow, 0.6).fillEllipse(w / 2, 0, w * 1.1, h * 0.36);
  g.lineStyle(2, HALL.wallSlat, 0.7);
  for (let i = 1; i < 12; i++) {
    const x = (w * i) / 12;
    g.lineBetween(w / 2 + (x - w / 2) * 0.35, 0, x, h * 0.16);
  }

  // Slatted side walls in perspective, narrowing toward the gold wall.
  for (const side of [-1, 1]) {
    for (let i = 0; i < 16; i++) {
      const t = i / 16;
      const x = w / 2 + side * w * (0.2 + t * 0.32);
      g.fillStyle(HALL.wallSlat, 0.5 + t * 0.3);
      g.fillRect(x - w * 0.004, h * (0.1 - t * 0.06), w * 0.008, h * (0.5 + t * 0.15));
    }
  }

  // The gold wall: vertical gilded panels, lighter in the middle.
  const wall = { x: w * 0.34, y: h * 0.05, width: w * 0.32, height: h * 0.55 };
  const strips = 16;
  for (let i = 0; i < strips; i++) {
    const t = Math.abs(i + 0.5 - strips / 2) / (strips / 2);
    g.fillStyle(mix(HALL.goldLight, HALL.goldDeep, t * 0.9));
    g.fillRect(wall.x + (wall.width * i) / strips, wall.y, wall.width / strips + 0.5, wall.height);
    g.fillStyle(HALL.goldDeep, 0.35);
    g.fillRect(wall.x + (wall.width * i) / strips, wall.y, 1.2, wall.height);
  }
  g.lineStyle(3, HALL.goldDeep).strokeRect(wall.x, wall.y, wall.width, wall.height);
  drawLaurelEmblem(g, w / 2, wall.y + wall.height * 0.33, wall.height * 0.17, HALL.goldDeep, 0.9);

  // The two screens.
  const screens = hallScreens(w, h);
  for (const screen of [screens.left, screens.right]) {
    g.fillStyle(HALL.screenEdge).fillRect(
      screen.x - 4,
      screen.y - 4,
      screen.width + 8,
      screen.height + 8,
    );
    g.fillStyle(HALL.screen).fillRect(screen.x, screen.y, screen.width, screen.height);
    g.fillStyle(HALL.seatLight, 0.08).fillRect(
      screen.x,
      screen.y,
      screen.width,
      screen.height * 0.3,
    );
  }

  // The floor, the rostrum standing on it, and the seats.
  fillVerticalBands(g, 0, h * 0.7, w, h * 0.3, (t) => mix(HALL.wallShadow, HALL.night, t), 8);
  drawRostrum(g, w, h);
  drawSeatRows(g, w, h);

  g.fillStyle(UI.scrim, 0.3).fillRect(0, 0, w, h * 0.025);
}

/** The three-level rostrum: the President's desk, the secretariat's, the speaker's lectern. */
function drawRostrum(g: Painter, w: number, h: number): void {
  const levels = [
    { width: 0.36, y: 0.6, height: 0.05 },
    { width: 0.42, y: 0.65, height: 0.05 },
    { width: 0.48, y: 0.7, height: 0.04 },
  ];
  for (const level of levels) {
    const x = w * (0.5 - level.width / 2);
    g.fillStyle(HALL.rostrum).fillRect(x, h * level.y, w * level.width, h * level.height);
    g.fillStyle(HALL.rostrumLight).fillRect(x, h * level.y, w * level.width, h * 0.008);
  }
  // Chairs on the top level and the lectern in front.
  for (const k of [-1, 0, 1]) {
    g.fillStyle(HALL.seat).fillRoundedRect(
      w * (0.5 + k * 0.06) - w * 0.015,
      h * 0.565,
      w * 0.03,
      h * 0.045,
      w * 0.006,
    );
  }
  g.fillStyle(HALL.rostrumLight);
  fillPolygon(g, [
    { x: w * 0.47, y: h * 0.66 },
    { x: w * 0.53, y: h * 0.66 },
    { x: w * 0.52, y: h * 0.74 },
    { x: w * 0.48, y: h * 0.74 },
  ]);
  g.fillStyle(HALL.goldLight).fillRect(w * 0.47, h * 0.66, w * 0.06, h * 0.006);
}

/** Curved rows of delegate desks and blue seats, the front rows nearest the viewer. */
function drawSeatRows(g: Painter, w: number, h: number): void {
  const cx = w / 2;
  const cy = h * 0.62;
  const squash = 0.42;
  const from = Math.PI * 0.12;
  const to = Math.PI * 0.88;
  for (const [i, r] of [w * 0.34, w * 0.44, w * 0.55, w * 0.67].entries()) {
    const depth = w * (0.018 + i * 0.004);
    g.fillStyle(mix(HALL.desk, HALL.night, 0.35));
    fillEllipticBand(g, cx, cy + h * 0.02, r, depth, squash, from, to);
    g.fillStyle(HALL.desk);
    fillEllipticBand(g, cx, cy, r, depth * 0.6, squash, from, to);
    // Seat backs behind each desk row.
    const seats = Math.round(r / (w * 0.02));
    for (let s = 1; s < seats; s++) {
      const a = from + ((to - from) * s) / seats;
      const p = onEllipse(cx, cy, r + depth * 1.4, squash, a);
      const size = w * (0.008 + i * 0.0018);
      g.fillStyle(s % 2 === 0 ? HALL.seat : HALL.seatLight).fillRoundedRect(
        p.x - size,
        p.y - size * 0.4,
        size * 2,
        size * 1.8,
        size * 0.5,
      );
    }
  }
}

/** The backdrop as an SVG string (previews, DOM pages, tests). */
export function hallBackdropSvg(width = 1280, height = 720): string {
  const g = new SvgPainter();
  drawHallBackdrop(g, width, height);
  return g.toSvg(width, height, 'The General Assembly Hall in New York, with its gold wall');
}
