/** The four delegations a person (or a bot in their place) can lead. */
export const SEATS = ['CHN', 'RUS', 'USA', 'EU'] as const;
export type SeatId = (typeof SEATS)[number];

/**
 * Who acts: a State by its ISO 3166-1 alpha-3 code, the European Union ('EU', an observer at the
 * CD and at the UN), the chair of the First Committee or the President of the General Assembly
 * ('chair'), or the person running the game ('host': advances the calendar, fires timed events).
 * The President of the Conference on Disarmament is a member State and acts under its own code.
 */
export type ActorId = string;
export const HOST = 'host';
export const CHAIR = 'chair';

export function isSeat(actor: string): actor is SeatId {
  return (SEATS as readonly string[]).includes(actor);
}
