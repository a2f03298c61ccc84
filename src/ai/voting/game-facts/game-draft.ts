/**
 * What the game's facts are read from and about: the game record, a draft resolution as the game
 * holds it, the kind the voting model reads a draft as and its sponsors, and the small readers of
 * dates and names the facts share.
 */
import type { GameState } from '../../../engine/index';
import { memberName } from '../../../engine/index';
import { WEST_IDEAL_POINT } from '../timeline';
import type { ResolutionKind, VotingData } from '../types';
import { isKind } from '../types';
import { idealPointBefore } from '../voting-model';

/** What the facts are read from: the state, or the world's copy of it without hidden fields. */
export type GameRecord = Pick<
  GameState,
  'date' | 'record' | 'consultations' | 'events' | 'firedEvents' | 'tension' | 'seats' | 'cd'
>;

/** A draft resolution as the game holds it: its kind and its sponsors. */
export interface GameDraft {
  readonly symbol?: string;
  /** A kind of the voting model, or any other ('OTHER'): read from the sponsors' camp. */
  readonly kind: string;
  /** The main sponsors. */
  readonly sponsors: readonly string[];
  readonly coSponsors?: readonly string[];
}

/**
 * The kind the voting model reads a draft as. A kind it knows is kept; another text is read by
 * its sponsors' camp: Western sponsors make it a norms text, Russian or Chinese sponsors a
 * no-first-placement text, anyone else a PAROS text.
 */
export function modelKindOf(draft: GameDraft, data: VotingData, year: number): ResolutionKind {
  if (isKind(draft.kind)) return draft.kind;
  const points = draft.sponsors
    .map((state) => idealPointBefore(data, state, year))
    .filter((point): point is number => point !== null);
  if (draft.sponsors.some((s) => s === 'RUS' || s === 'CHN')) return 'NFP';
  if (points.length > 0 && points.reduce((a, b) => a + b, 0) / points.length >= WEST_IDEAL_POINT)
    return 'NORMS';
  return 'PAROS';
}

/** Main sponsors and co-sponsors, once each. */
export function sponsorsOf(draft: GameDraft): string[] {
  return [...new Set([...draft.sponsors, ...(draft.coSponsors ?? [])])];
}

/** A member's name, or its code when the engine does not know it. */
export function nameOf(code: string): string {
  try {
    return memberName(code);
  } catch {
    return code;
  }
}

/** The year of an ISO date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
