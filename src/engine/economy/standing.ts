import { cdGroupOf, euMembersOn } from '../data/members';
import type { SeatId } from '../ids';

/**
 * The groups a delegation's standing is kept with: the Conference's Group of 21, Western Group
 * and Eastern European Group (RECORD.md 3.2), China (a "Group of One") and the member States of
 * the European Union, which in the CD sit in the Western and Eastern European groups but vote
 * together in New York (RECORD.md 7). An EU member State counts with 'EU', not with its CD group.
 */
export const STANDING_GROUPS = ['G21', 'WEOG', 'EEG', 'CHN', 'EU'] as const;
export type StandingGroup = (typeof STANDING_GROUPS)[number];
export type Standing = Readonly<Record<StandingGroup, number>>;
export type StandingDeltas = Partial<Record<StandingGroup, number>>;

/** Standing runs from 0 (no one listens) to 100 (a trusted partner); 50 is neutral. */
export const STANDING_MIN = 0;
export const STANDING_MAX = 100;
export const STANDING_NEUTRAL = 50;

/** How each group is named to a student. */
export const GROUP_NAMES: Readonly<Record<StandingGroup, string>> = {
  G21: 'the Group of 21',
  WEOG: 'the Western Group',
  EEG: 'the Eastern European Group',
  CHN: 'China',
  EU: 'the EU member States',
};

/** The group each seat belongs to: its own "camp" in the standing table. */
export const SEAT_GROUP: Readonly<Record<SeatId, StandingGroup>> = {
  CHN: 'CHN',
  RUS: 'EEG',
  USA: 'WEOG',
  EU: 'EU',
};

/**
 * The standing group of any delegation on a date: the EU (and its member States on that day)
 * → 'EU'; China → 'CHN'; another CD member → its CD group. A State outside the Conference counts
 * with the Group of 21, since most of them belong to the Non-Aligned Movement (an approximation:
 * the data hold no UN regional groups).
 */
export function standingGroupOf(code: string, date: string): StandingGroup {
  if (code === 'EU') return 'EU';
  if (code === 'CHN') return 'CHN';
  if (euMembersOn(date).includes(code)) return 'EU';
  const group = cdGroupOf(code);
  if (group === 'WEOG' || group === 'EEG' || group === 'G21') return group;
  return 'G21';
}

/** A seat's standing with its own group does not move for China (China's standing with itself). */
export function movesStanding(seat: SeatId, group: StandingGroup): boolean {
  return !(seat === 'CHN' && group === 'CHN');
}

export function clampStanding(value: number): number {
  return Math.max(STANDING_MIN, Math.min(STANDING_MAX, value));
}

/** Neutral standing with every group, the default a scenario may override group by group. */
export function neutralStanding(): Record<StandingGroup, number> {
  return {
    G21: STANDING_NEUTRAL,
    WEOG: STANDING_NEUTRAL,
    EEG: STANDING_NEUTRAL,
    CHN: STANDING_NEUTRAL,
    EU: STANDING_NEUTRAL,
  };
}
