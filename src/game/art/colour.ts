/**
 * Colour arithmetic for the art and its checks: hex strings, shading, WCAG contrast, and a
 * simulation of colour-vision deficiencies so the vote colours can be tested for people who
 * cannot tell red from green.
 */

export type Rgb = readonly [number, number, number];

/** 0xRRGGBB → [r, g, b] in 0–255. */
export function rgbOf(color: number): Rgb {
  return [(color >> 16) & 0xff, (color >> 8) & 0xff, color & 0xff];
}

/** [r, g, b] in 0–255 (rounded and clamped) → 0xRRGGBB. */
export function colorOf([r, g, b]: Rgb): number {
  const byte = (v: number): number => Math.min(255, Math.max(0, Math.round(v)));
  return (byte(r) << 16) | (byte(g) << 8) | byte(b);
}

/** 0xRRGGBB → "#rrggbb" for CSS and SVG. */
export function hex(color: number): string {
  return `#${color.toString(16).padStart(6, '0')}`;
}

/** The colour `t` of the way from `a` to `b` (0 gives a, 1 gives b), mixed in sRGB. */
export function mix(a: number, b: number, t: number): number {
  const [ar, ag, ab] = rgbOf(a);
  const [br, bg, bb] = rgbOf(b);
  return colorOf([ar + (br - ar) * t, ag + (bg - ag) * t, ab + (bb - ab) * t]);
}

const toLinear = (channel: number): number => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const toSrgb = (linear: number): number => {
  const c = Math.min(1, Math.max(0, linear));
  return 255 * (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);
};

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(color: number): number {
  const [r, g, b] = rgbOf(color).map(toLinear) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two colours, 1 to 21 (4.5 is the minimum for body text). */
export function contrastRatio(a: number, b: number): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';

/**
 * Machado, Oliveira & Fernandes (2009) matrices at full severity, applied to linear RGB: how a
 * colour looks to someone without working L (protanopia), M (deuteranopia) or S (tritanopia)
 * cones.
 */
const DEFICIENCY_MATRIX: Readonly<Record<Deficiency, readonly number[]>> = {
  protanopia: [
    0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998,
  ],
  deuteranopia: [
    0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881,
  ],
  tritanopia: [
    1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039,
  ],
};

/** The colour as seen with the given colour-vision deficiency. */
export function simulate(color: number, deficiency: Deficiency): number {
  const [r, g, b] = rgbOf(color).map(toLinear) as unknown as Rgb;
  const m = DEFICIENCY_MATRIX[deficiency];
  const row = (i: number): number => m[i]! * r + m[i + 1]! * g + m[i + 2]! * b;
  return colorOf([toSrgb(row(0)), toSrgb(row(3)), toSrgb(row(6))]);
}

/** CIE L*a*b* (D65) of a colour. */
export function lab(color: number): Rgb {
  const [r, g, b] = rgbOf(color).map(toLinear) as unknown as Rgb;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference ΔE*ab: about 2.3 is just noticeable, above 20 clearly different. */
export function deltaE(a: number, b: number): number {
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
