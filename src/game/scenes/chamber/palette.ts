import type { GroupId, Stance } from './chamber-model';

/**
 * Colours of the chamber until the shared theme (src/game/art) lands. Groups use the
 * Okabe–Ito palette (safe for colour-blind players) and are always named in text too.
 */
export const GROUP_COLOURS: Readonly<Record<GroupId, string>> = {
  G21: '#E69F00',
  WEOG: '#56B4E9',
  EEG: '#CC79A7',
  CHINA: '#009E73',
};

/** A stance is shown by fill, border and a mark, never by colour alone. */
export const STANCE_STYLE: Readonly<
  Record<
    Stance,
    { readonly fill: string; readonly ink: string; readonly border: string; readonly mark: string }
  >
> = {
  joined: { fill: '#0072B2', ink: '#ffffff', border: '#9fd3ff', mark: '✓' },
  dissociated: { fill: '#F0E442', ink: '#1b1f24', border: '#8a7d00', mark: '~' },
  objected: { fill: '#D55E00', ink: '#ffffff', border: '#ffffff', mark: '✗' },
  silent: { fill: '#2b3644', ink: '#e8edf2', border: '#4a5a6d', mark: '' },
};

export const THEME = {
  background: '#0f141b',
  floor: '#18222e',
  carpet: '#1f3a5a',
  dais: '#3a2f1c',
  gold: '#f2c14e',
  text: '#e8edf2',
  muted: '#9fb0c2',
} as const;

export function hex(colour: string): number {
  return Number.parseInt(colour.slice(1), 16);
}
