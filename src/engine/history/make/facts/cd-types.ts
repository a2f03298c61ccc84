import type { Day, Sourced, TurnRef } from './types';

// ---------------------------------------------------------------------------------------------
// The Conference on Disarmament
// ---------------------------------------------------------------------------------------------

export type CdSubject = 'agenda' | 'programmeOfWork' | 'annualReport' | 'implementation';

/** What happens at a meeting (or on a day) of the Conference, in order. */
export type CdBusiness =
  | ({
      readonly kind: 'statement';
      readonly actor: string;
      readonly topic: string;
      readonly text?: string;
    } & Sourced)
  | ({
      readonly kind: 'circulate';
      readonly actor: string;
      /** The id of the prepared draft in the scenario. */
      readonly draft: string;
      readonly symbol: string;
    } & Sourced)
  | ({
      readonly kind: 'propose';
      /** A name for the proposal inside this file; the engine gives it its CD-D/<year>/<n> id. */
      readonly ref: string;
      readonly subject: CdSubject;
      readonly document?: string;
    } & Sourced)
  | ({
      readonly kind: 'join';
      readonly ref: string;
      /** The members that join, or every member of the Conference. */
      readonly actors: readonly string[] | 'every member';
    } & Sourced)
  | ({ readonly kind: 'object'; readonly ref: string; readonly actor: string } & Sourced)
  | ({
      readonly kind: 'call';
      readonly ref: string;
      readonly symbol?: string;
      readonly expect: 'adopted' | 'blocked';
    } & Sourced);

/** Who presides, when the record (or the engine's rotation) must give a particular President. */
export interface Presidency extends Sourced {
  readonly code: string;
  /** How sure the record is of the day the presidency changed hands, if the host must hand it on. */
  readonly handOver: Sourced;
}

export interface CdMeeting {
  /** The day, or, when the record has none, the turn (the step keeps the turn's opening date). */
  readonly when: Day | { readonly at: TurnRef; readonly note: string };
  /** The President who must be in the chair; absent: whoever the engine's rotation gives. */
  readonly president?: Presidency;
  /** A formal plenary meeting around the business (convened, then adjourned); absent: none. */
  readonly plenary?: Sourced;
  readonly business: readonly CdBusiness[];
}

export const AGENDA_ITEM_3 = 'agenda item 3, prevention of an arms race in outer space';
