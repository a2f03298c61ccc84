/**
 * The title-screen illustration: the Earth at night's edge, the orbits around it with working
 * satellites, and a field of debris spreading along one low orbit — what the negotiation is
 * about. The left third is left to the stars so the game's name and menu can sit there.
 */
import type { Painter, Point } from './painter';
import { dashedEllipse, fillPolygon } from './painter';
import { mix } from './colour';
import { fillRotatedRect, seeded } from './shapes';
import { SvgPainter } from './svg-painter';
import { SPACE } from './theme';

/** Draws the illustration filling (0, 0)–(width, height); the same picture every time. */
export function drawTitleIllustration(g: Painter, width: number, height: number): void {
  const w = width;
  const h = height;
  const random = seeded(1839); // CD/1839: the first PPWT draft
  const earth = { x: w * 0.66, y: h * 0.58, r: h * 0.3 };
  const tilt = -0.32;

  // Deep space with a faint band of the galaxy.
  g.fillStyle(SPACE.deep).fillRect(0, 0, w, h);
  for (let i = 0; i < 5; i++) {
    g.fillStyle(SPACE.deepBand, 0.25);
    fillPolygon(g, [
      { x: 0, y: h * (0.1 + i * 0.04) },
      { x: w, y: h * (0.45 + i * 0.04) },
      { x: w, y: h * (0.55 + i * 0.02) },
      { x: 0, y: h * (0.2 + i * 0.02) },
    ]);
  }
  for (let i = 0; i < 180; i++) {
    const x = random() * w;
    const y = random() * h;
    const size = 0.5 + random() * random() * 1.8;
    if (Math.hypot(x - earth.x, y - earth.y) < earth.r * 1.1) continue;
    g.fillStyle(SPACE.star, 0.35 + random() * 0.6).fillCircle(x, y, size);
  }

  const orbits = [
    { rx: earth.r * 1.35, ry: earth.r * 0.42, dashes: 70, alpha: 0.75 }, // low Earth orbit
    { rx: earth.r * 1.8, ry: earth.r * 0.6, dashes: 90, alpha: 0.55 }, // medium orbit
    { rx: earth.r * 2.5, ry: earth.r * 0.82, dashes: 120, alpha: 0.4 }, // geostationary
  ];
  // Far halves of the orbits pass behind the Earth: draw them first.
  for (const orbit of orbits) {
    g.lineStyle(1.5, SPACE.orbit, orbit.alpha * 0.6);
    dashedEllipse(
      g,
      earth.x,
      earth.y,
      orbit.rx,
      orbit.ry,
      tilt,
      orbit.dashes / 2,
      Math.PI,
      Math.PI * 2,
    );
  }

  drawEarth(g, earth.x, earth.y, earth.r, random);

  for (const orbit of orbits) {
    g.lineStyle(2, SPACE.orbit, orbit.alpha);
    dashedEllipse(g, earth.x, earth.y, orbit.rx, orbit.ry, tilt, orbit.dashes / 2, 0, Math.PI);
  }

  drawDebrisField(g, earth, orbits[0]!, tilt, random);

  // Working satellites on the near side of the orbits.
  const place = (orbit: { rx: number; ry: number }, t: number): Point => {
    const x = orbit.rx * Math.cos(t);
    const y = orbit.ry * Math.sin(t);
    return {
      x: earth.x + x * Math.cos(tilt) - y * Math.sin(tilt),
      y: earth.y + x * Math.sin(tilt) + y * Math.cos(tilt),
    };
  };
  for (const [orbit, t, size] of [
    [orbits[1]!, 0.55, h * 0.03],
    [orbits[1]!, 2.5, h * 0.026],
    [orbits[2]!, 1.2, h * 0.036],
    [orbits[2]!, 2.9, h * 0.03],
  ] as const) {
    const p = place(orbit, t);
    drawSatellite(g, p.x, p.y, size, tilt + t * 0.3);
  }
}

/** The Earth: shaded ocean, abstract continents, a night side and a thin atmosphere. */
function drawEarth(g: Painter, cx: number, cy: number, r: number, random: () => number): void {
  for (let i = 0; i < 6; i++)
    g.fillStyle(SPACE.atmosphere, 0.05).fillCircle(cx, cy, r * (1.12 - i * 0.02));
  g.fillStyle(SPACE.oceanDark).fillCircle(cx, cy, r);
  // Lighter discs toward the sunlit upper left.
  for (let i = 1; i <= 6; i++) {
    const k = i / 6;
    g.fillStyle(mix(SPACE.oceanDark, SPACE.oceanLight, k), 0.6);
    g.fillCircle(cx - r * 0.25 * k, cy - r * 0.25 * k, r * (1 - k * 0.72));
  }
  // Continents: irregular blobs kept inside the disc.
  for (const [ax, ay, size] of [
    [-0.38, -0.28, 0.34],
    [0.28, -0.48, 0.24],
    [0.12, 0.3, 0.3],
    [-0.5, 0.4, 0.16],
    [0.58, 0.02, 0.16],
  ] as const) {
    const points: Point[] = [];
    const steps = 14;
    for (let i = 0; i < steps; i++) {
      const a = (i / steps) * Math.PI * 2;
      const rr = r * size * (0.65 + random() * 0.5);
      let x = ax * r + Math.cos(a) * rr;
      let y = ay * r + Math.sin(a) * rr * 0.8;
      const d = Math.hypot(x, y);
      if (d > r * 0.97) {
        x *= (r * 0.97) / d;
        y *= (r * 0.97) / d;
      }
      points.push({ x: cx + x, y: cy + y });
    }
    g.fillStyle(SPACE.land, 0.9);
    fillPolygon(g, points);
  }
  // The night side: between the rim and a terminator ellipse, on the lower right.
  const night = 0.6; // tilt of the terminator
  const shadow: Point[] = [];
  for (let i = 0; i <= 24; i++) {
    const a = -Math.PI / 2 + (Math.PI * i) / 24;
    shadow.push(turn(cx, cy, r * Math.cos(a), r * Math.sin(a), night));
  }
  for (let i = 24; i >= 0; i--) {
    const a = -Math.PI / 2 + (Math.PI * i) / 24;
    shadow.push(turn(cx, cy, r * 0.35 * Math.cos(a), r * Math.sin(a), night));
  }
  g.fillStyle(SPACE.deep, 0.55);
  fillPolygon(g, shadow);
  g.lineStyle(Math.max(1.5, r / 60), SPACE.atmosphere, 0.7).strokeCircle(cx, cy, r);
}

const turn = (cx: number, cy: number, x: number, y: number, angle: number): Point => ({
  x: cx + x * Math.cos(angle) - y * Math.sin(angle),
  y: cy + x * Math.sin(angle) + y * Math.cos(angle),
});

/** A satellite: a body with two solar wings. */
function drawSatellite(g: Painter, x: number, y: number, size: number, angle: number): void {
  const along = { x: Math.cos(angle), y: Math.sin(angle) };
  g.fillStyle(SPACE.satellite).lineStyle(1, SPACE.satellite, 0.8);
  g.lineBetween(x - along.x * size, y - along.y * size, x + along.x * size, y + along.y * size);
  g.fillStyle(SPACE.panel);
  for (const side of [-1, 1]) {
    fillRotatedRect(
      g,
      x + side * along.x * size * 0.75,
      y + side * along.y * size * 0.75,
      size * 0.8,
      size * 0.35,
      angle,
    );
  }
  g.fillStyle(SPACE.satellite);
  fillRotatedRect(g, x, y, size * 0.45, size * 0.45, angle);
}

/**
 * Debris: a cloud of fragments spreading from one point of the low orbit (a destroyed
 * satellite) and thinning out along the orbit, as after a destructive anti-satellite test.
 */
function drawDebrisField(
  g: Painter,
  earth: { x: number; y: number; r: number },
  orbit: { rx: number; ry: number },
  tilt: number,
  random: () => number,
): void {
  const origin = 0.35; // where on the orbit the break-up happened
  for (let i = 0; i < 260; i++) {
    // Most fragments close to the break-up, a tail spread along the orbit both ways.
    const spread = (random() - 0.5) * (random() < 0.45 ? 0.8 : 4.4);
    const t = origin + spread;
    const off = 1 + (random() - 0.5) * 0.16 * (1 + Math.abs(spread));
    const p = turn(
      earth.x,
      earth.y,
      orbit.rx * off * Math.cos(t),
      orbit.ry * off * Math.sin(t),
      tilt,
    );
    if (Math.sin(t) < 0 && Math.hypot(p.x - earth.x, p.y - earth.y) < earth.r) continue; // behind
    const size = 1 + random() * random() * earth.r * 0.035;
    const angle = random() * Math.PI * 2;
    g.fillStyle(random() < 0.55 ? SPACE.debris : SPACE.debrisDim, 0.55 + random() * 0.45);
    g.fillTriangle(
      p.x + Math.cos(angle) * size,
      p.y + Math.sin(angle) * size,
      p.x + Math.cos(angle + 2.3) * size * 0.7,
      p.y + Math.sin(angle + 2.3) * size * 0.7,
      p.x + Math.cos(angle + 4.1) * size * 0.9,
      p.y + Math.sin(angle + 4.1) * size * 0.9,
    );
  }
  // The flash of the break-up.
  const flash = turn(
    earth.x,
    earth.y,
    orbit.rx * Math.cos(origin),
    orbit.ry * Math.sin(origin),
    tilt,
  );
  for (let i = 0; i < 4; i++)
    g.fillStyle(SPACE.debris, 0.08).fillCircle(flash.x, flash.y, earth.r * (0.05 + i * 0.03));
}

/** The illustration as an SVG string (the title screen can load it as an image). */
export function titleIllustrationSvg(width = 1280, height = 720): string {
  const g = new SvgPainter();
  drawTitleIllustration(g, width, height);
  return g.toSvg(
    width,
    height,
    'The Earth with orbits, satellites and a spreading field of debris',
  );
}
