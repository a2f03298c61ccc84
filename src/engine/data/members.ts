import cdJson from './cd-members.json';
import euJson from './eu-members.json';
import unJson from './un-members.json';

/**
 * Reference data of the members of the CD, the UN and the EU. The JSON files beside this module
 * are written by `make-members.ts`; regenerate them rather than editing them by hand.
 */

/** ISO 3166-1 alpha-3 code of a state (`'USA'`), or `'EU'` for the European Union. */
export type MemberCode = string;

/**
 * The CD's informal groups (RECORD.md 3.2, VERIFIED for the current UNODA grouping; earlier
 * membership of some groups UNCERTAIN): Group of 21, Western Group (WEOG), Eastern European Group
 * and the Group of One (China).
 */
export type CdGroup = 'G21' | 'WEOG' | 'EEG' | 'CHINA';

export interface UnMember {
  readonly code: MemberCode;
  /** English short name as the UN uses it (`'Iran (Islamic Republic of)'`). */
  readonly name: string;
  /** Date of admission, for the States admitted since 2002; the others were members before. */
  readonly joined?: string;
}

export interface CdMember {
  readonly code: MemberCode;
  /** The name as RECORD.md 3.2 lists it (`'Iran'`, `'United States'`). */
  readonly name: string;
  readonly group: CdGroup;
}

/**
 * The 65 members of the Conference on Disarmament, in the English alphabetical order of
 * RECORD.md 3.2 — the order in which the presidency rotates (RECORD.md 3.3, rule 9).
 */
export function cdMembers(): readonly CdMember[] {
  return CD_MEMBERS;
}

/** The 193 UN member states from 2014 on (the 2014 roll calls), sorted by name. */
export function unMembers(): readonly UnMember[] {
  return UN_MEMBERS;
}

/**
 * The UN member States on a date (YYYY-MM-DD): 191 in 2005, 192 from 28 June 2006, 193 from
 * 14 July 2011. The electorate of a draft resolution is the membership on the day it is tabled.
 */
export function unMembersOn(isoDate: string): readonly UnMember[] {
  return UN_MEMBERS.filter((member) => member.joined === undefined || member.joined <= isoDate);
}

/** Only states sit in the CD (RECORD.md 3.2); the EU attends, but is not a member. */
export function isCdMember(code: MemberCode): boolean {
  return CD_BY_CODE.has(code);
}

/** A member state of the United Nations; the EU is an observer, not a member. */
export function isUnMember(code: MemberCode): boolean {
  return UN_BY_CODE.has(code);
}

/** The CD group of a member (RECORD.md 3.2), or `undefined` for a state outside the CD. */
export function cdGroupOf(code: MemberCode): CdGroup | undefined {
  return CD_BY_CODE.get(code)?.group;
}

/**
 * The EU member states on a day (`'YYYY-MM-DD'`), sorted by code: those that had joined by that
 * day and not yet left (the United Kingdom's last day was 31 January 2020).
 */
export function euMembersOn(isoDate: string): MemberCode[] {
  if (!ISO_DATE.test(isoDate)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${isoDate}`);
  return EU_MEMBERS.filter(
    (m) => m.joined <= isoDate && (m.left === undefined || isoDate <= m.left),
  )
    .map((m) => m.code)
    .sort();
}

/**
 * The name of a member for display: the UN short name of a state, `'European Union'` for `'EU'`.
 * Throws on a code that is neither.
 */
export function memberName(code: MemberCode): string {
  if (code === EU) return 'European Union';
  const member = UN_BY_CODE.get(code);
  if (!member) throw new RangeError(`Unknown member code: ${code}`);
  return member.name;
}

const EU = 'EU';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CD_GROUPS: readonly string[] = ['G21', 'WEOG', 'EEG', 'CHINA'] satisfies CdGroup[];

interface EuMembership {
  readonly code: MemberCode;
  readonly joined: string;
  /** Last day of membership. */
  readonly left?: string;
}

function isCdGroup(group: string): group is CdGroup {
  return CD_GROUPS.includes(group);
}

function toCdMember(member: { code: string; name: string; group: string }): CdMember {
  const { group } = member;
  if (!isCdGroup(group)) throw new Error(`cd-members.json: unknown group ${group}`);
  return Object.freeze({ ...member, group });
}

const CD_MEMBERS: readonly CdMember[] = Object.freeze(cdJson.map(toCdMember));
const UN_MEMBERS: readonly UnMember[] = Object.freeze(unJson.map((m) => Object.freeze({ ...m })));
const EU_MEMBERS: readonly EuMembership[] = euJson;
const CD_BY_CODE = new Map(CD_MEMBERS.map((m) => [m.code, m]));
const UN_BY_CODE = new Map(UN_MEMBERS.map((m) => [m.code, m]));
