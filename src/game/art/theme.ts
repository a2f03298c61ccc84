/**
 * The PAROS look: colours, type faces and text sizes shared by every scene and overlay.
 *
 * Sizes are in pixels of the 1280×720 design canvas; Phaser's FIT scaling takes them to 1.5×
 * on a 1920×1080 projector. The smallest size (16 px) still reads from the back of a classroom
 * at 1080p (24 px). Text colours meet WCAG AA (4.5:1) on the backgrounds they are meant for;
 * theme.test.ts checks every pair listed in TEXT_PAIRS.
 */
import { hex } from './colour';

export const DESIGN_WIDTH = 1280;
export const DESIGN_HEIGHT = 720;

/** Interface colours (dark theme: the chamber and hall art are warm and bright). */
export const UI = {
  ink: 0x0e1a2b, // page background
  panel: 0x17273d, // panels and dialogs
  panelRaised: 0x213852, // buttons, hovered rows
  border: 0x3a5573,
  text: 0xf3efe4,
  textMuted: 0xb6c2cf,
  accent: 0xe3b64f, // titles, the active delegation
  focus: 0x7cc4ff, // keyboard focus ring, links
  warning: 0xffb26b,
  paper: 0xf7f1e3, // document pages
  paperInk: 0x1d1a16,
  paperMuted: 0x5a5147,
  scrim: 0x05090f, // behind dialogs, with alpha
} as const;

/** The Geneva Council Chamber: dark wood below, sepia and gold murals above. */
export const CHAMBER = {
  woodDeep: 0x24150c,
  woodDark: 0x3b2416,
  woodMid: 0x5a3a22,
  woodLight: 0x7a5232,
  muralShadow: 0x6e4a26,
  muralSepia: 0x9c7140,
  muralGold: 0xc9a46a,
  muralLight: 0xe2c794,
  leather: 0x5c2a22,
  lamp: 0xf6dc9a,
} as const;

/** The General Assembly hall: the gold wall, green rostrum, blue delegate seats. */
export const HALL = {
  night: 0x101c2c,
  wallShadow: 0x22344a,
  wallSlat: 0x2c4460,
  gold: 0xc9a24a,
  goldLight: 0xe6c66e,
  goldDeep: 0x9c7a2e,
  rostrum: 0x2f5745,
  rostrumLight: 0x3f7259,
  seat: 0x2d5b86,
  seatLight: 0x3d77ab,
  desk: 0x8a6a43,
  screen: 0x0b1420,
  screenEdge: 0x3a5573,
} as const;

/** Space: the title illustration and the space-security index. */
export const SPACE = {
  deep: 0x050b18,
  deepBand: 0x0b1a33,
  star: 0xe8eefc,
  ocean: 0x1f5fa8,
  oceanLight: 0x4f8fd8,
  oceanDark: 0x143f74,
  land: 0x5fa36a,
  landLight: 0x87c08c,
  atmosphere: 0x8fc6ff,
  orbit: 0x8fb8ff,
  satellite: 0xd9e3f2,
  panel: 0xf2c14e,
  debris: 0xff9d5c,
  debrisDim: 0x9aa7b8,
} as const;

/** Type faces: system fonts only (the game works offline and ships no font files). */
export const FONTS = {
  /** Interface text. */
  sans: "'Inter', 'Segoe UI', 'Noto Sans', Roboto, 'Helvetica Neue', Arial, sans-serif",
  /** Document text and titles: the register of UN documents. */
  serif: "Georgia, 'Noto Serif', 'Times New Roman', Times, serif",
  /** Document symbols (CD/1839, A/RES/…) and vote tallies. */
  mono: "'JetBrains Mono', 'DejaVu Sans Mono', Consolas, 'Courier New', monospace",
} as const;

export type TextRole =
  'caption' | 'label' | 'body' | 'button' | 'board' | 'document' | 'heading' | 'display' | 'title';

/** Text sizes (px at 1280×720). No role goes below 16 px. */
export const FONT_SIZE: Readonly<Record<TextRole, number>> = {
  caption: 16,
  label: 18,
  body: 20,
  button: 20,
  board: 16, // names on the vote board: 193 rows must fit
  document: 20,
  heading: 28,
  display: 40,
  title: 64,
};

const FAMILY: Readonly<Record<TextRole, string>> = {
  caption: FONTS.sans,
  label: FONTS.sans,
  body: FONTS.sans,
  button: FONTS.sans,
  board: FONTS.sans,
  document: FONTS.serif,
  heading: FONTS.serif,
  display: FONTS.serif,
  title: FONTS.serif,
};

/** A Phaser text style (also fine as CSS values): `scene.add.text(x, y, s, textStyle('body'))`. */
export interface TextStyle {
  readonly fontFamily: string;
  readonly fontSize: string;
  readonly color: string;
  readonly fontStyle?: string;
}

/**
 * The style for a role; `scale` multiplies the size (for a canvas not scaled by Phaser, e.g.
 * `height / DESIGN_HEIGHT`), and `color` overrides the default colour for the role.
 */
export function textStyle(role: TextRole, options: { scale?: number; color?: number } = {}) {
  const scale = options.scale ?? 1;
  const onPaper = role === 'document';
  const color =
    options.color ??
    (role === 'title' || role === 'display' ? UI.accent : onPaper ? UI.paperInk : UI.text);
  const style: TextStyle = {
    fontFamily: FAMILY[role],
    fontSize: `${Math.round(FONT_SIZE[role] * scale)}px`,
    color: hex(color),
    ...(role === 'heading' || role === 'button' || role === 'title' ? { fontStyle: 'bold' } : {}),
  };
  return style;
}

/** The scale factor that keeps design sizes for a canvas of the given height. */
export function uiScale(height: number): number {
  return height / DESIGN_HEIGHT;
}

/**
 * Foreground / background pairs that carry text. Every pair must reach 4.5:1 (WCAG AA for
 * body text); the test reads this list, so a new text colour is checked by adding it here.
 */
export const TEXT_PAIRS: readonly (readonly [string, number, number])[] = [
  ['text on ink', UI.text, UI.ink],
  ['text on panel', UI.text, UI.panel],
  ['text on raised panel', UI.text, UI.panelRaised],
  ['muted text on ink', UI.textMuted, UI.ink],
  ['muted text on panel', UI.textMuted, UI.panel],
  ['accent on ink', UI.accent, UI.ink],
  ['accent on panel', UI.accent, UI.panel],
  ['focus on ink', UI.focus, UI.ink],
  ['focus on panel', UI.focus, UI.panel],
  ['warning on panel', UI.warning, UI.panel],
  ['document text on paper', UI.paperInk, UI.paper],
  ['document notes on paper', UI.paperMuted, UI.paper],
];
