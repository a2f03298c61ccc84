import type { Ballot, Day, Sourced } from './types';

// ---------------------------------------------------------------------------------------------
// The General Assembly: First Committee and plenary
// ---------------------------------------------------------------------------------------------

export type ResolutionKind = 'PAROS' | 'NFP' | 'TCBM' | 'FPM' | 'NORMS' | 'DAASAT';

export interface Tally {
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
}

/** States the record names in a vote, and what they did. */
export interface Named {
  /** ISO3 codes, or the EU member States on the day of the vote (`except` those listed). */
  readonly states: readonly string[] | { readonly eu: true; readonly except?: readonly string[] };
  /** A ballot, or `withheld` for a State that did not vote yes (abstained, or was absent). */
  readonly vote: Ballot | 'withheld';
  readonly source: string;
}

/** Where a stage's roll call comes from. */
export type RollFact =
  /** A plenary roll call of `votes/space_votes_1981_2014.csv`, country by country. */
  | ({ readonly from: 'dataset'; readonly rcid: string } & Sourced)
  /**
   * A plenary roll call rebuilt from the totals of `votes/plenary_tallies_2015_2018.csv`, from
   * the nearest recorded roll call (`baseRcid`) and the States the record names.
   */
  | ({
      readonly from: 'totals';
      readonly symbol: string;
      /** A correction to the file's totals the votes README documents. */
      readonly correction?: { readonly yes: number; readonly note: string };
      readonly baseRcid: string;
      readonly named: readonly Named[];
    } & Sourced)
  /** A First Committee roll call rebuilt from the tally the record gives and the plenary roll. */
  | ({
      readonly from: 'committeeTally';
      readonly tally: { readonly yes: number; readonly no: number; readonly abstain: number };
      readonly named: readonly Named[];
    } & Sourced)
  /** No First Committee tally in the record: the plenary roll call of the year is used. */
  | ({ readonly from: 'plenaryRoll' } & Sourced)
  /**
   * A roll call (either stage, 2019 on) rebuilt to the record's tally (the electorate less the
   * tally is absent) from the latest roll call of the log of the first of `baseKinds` that has
   * one (the same kind, else the nearest), and the States the record names.
   */
  | ({
      readonly from: 'rebuilt';
      readonly tally: Tally;
      readonly baseKinds: readonly ResolutionKind[];
      readonly named: readonly Named[];
    } & Sourced)
  /** No tally at this stage in the record: the other stage's roll call of the draft is used. */
  | ({ readonly from: 'otherStage' } & Sourced);

/** A separate recorded vote on a paragraph before the vote on the whole (rule 129). */
export interface ParagraphVoteFact {
  readonly paragraph: string;
  /** Who asked for it: never in the record, so always reconstructed. */
  readonly requester: string;
  readonly request: Sourced;
  readonly vote: Sourced;
  /** Rebuilt from the stage's roll call on the whole text to the record's tally. */
  readonly tally: Tally;
  readonly named: readonly Named[];
  readonly roll: Sourced;
}

export type StageDecision =
  | ({ readonly method: 'withoutVote' } & Sourced)
  | { readonly method: 'recorded'; readonly vote: Sourced; readonly roll: RollFact };

export interface StageFact {
  /** The day of the action; absent: the record has none, and the action keeps the turn's date. */
  readonly day?: Day;
  /** The action at this stage took place and the draft was adopted. */
  readonly outcome: Sourced;
  readonly decision: StageDecision;
  /** A separate vote on a paragraph, taken before the vote on the whole text. */
  readonly paragraphVote?: ParagraphVoteFact;
}

export interface ResolutionFact {
  readonly year: number;
  readonly kind: ResolutionKind;
  /** The main sponsor (it tables and introduces the draft) and the States tabling it with it. */
  readonly sponsor: { readonly actor: string; readonly with: readonly string[] } & Sourced;
  /** States that join the co-sponsors after the draft is tabled. */
  readonly joining?: { readonly actors: readonly string[] } & Sourced;
  /** The draft's A/C.1/<session>/L.<n>; absent: the record has none and the engine numbers it. */
  readonly draftSymbol?: { readonly symbol: string } & Sourced;
  /** The draft's paragraphs, when they differ from the kind's usual `PARAGRAPHS`. */
  readonly paragraphs?: readonly { readonly id: string; readonly text: string }[];
  readonly committee: StageFact;
  /** The resolution symbol: absent when the record has none and the engine numbers it. */
  readonly resolution: { readonly symbol?: string } & Sourced;
  readonly plenary: StageFact;
}

/** Titles of the yearly texts (RECORD.md 5; votes/README.md). */
export const TITLES: Readonly<Record<ResolutionKind, string>> = {
  PAROS: 'Prevention of an arms race in outer space',
  NFP: 'No first placement of weapons in outer space',
  TCBM: 'Transparency and confidence-building measures in outer space activities',
  FPM: 'Further practical measures for the prevention of an arms race in outer space',
  NORMS: 'Reducing space threats', // RECORD.md 4.2, 4.4 and 5 give no fuller title
  DAASAT: 'Destructive direct-ascent anti-satellite missile tests', // RECORD.md 5 and 6 (DA-ASAT tests)
};

/**
 * The gist of each text in our own words (not its wording, which the record does not hold):
 * what the yearly resolution asks for, as RECORD.md 4.2–4.4 and 5 describe it.
 */
export const PARAGRAPHS: Readonly<Record<ResolutionKind, readonly { id: string; text: string }[]>> =
  {
    PAROS: [
      {
        id: 'PP1',
        text: 'Recognizes the common interest of all in exploring and using outer space for peaceful purposes only.',
      },
      {
        id: 'OP1',
        text: 'Holds that preventing an arms race in outer space would avert a grave danger to international peace and security, and calls on all States, above all those with major space capabilities, to work to that end and to refrain from acts contrary to it.',
      },
      {
        id: 'OP2',
        text: 'Looks to the Conference on Disarmament to take up the question under its agenda item on the prevention of an arms race in outer space.',
      },
    ],
    NFP: [
      {
        id: 'OP1',
        text: 'Encourages all States, above all those active in space, to consider a political commitment not to be the first to place weapons in outer space.',
      },
    ],
    TCBM: [
      {
        id: 'OP1',
        text: 'Invites States to propose, review and apply transparency and confidence-building measures in their outer space activities.',
      },
    ],
    FPM: [
      {
        id: 'OP1',
        text: 'Asks the Secretary-General to set up a group of governmental experts of up to 25 States on further practical measures for the prevention of an arms race in outer space, to meet in Geneva for two sessions of two weeks in 2018 and 2019.',
      },
    ],
    NORMS: [
      {
        id: 'OP1',
        text: 'Asks States to set out their views on threats to space systems and on norms, rules and principles of responsible behaviour that would reduce them.',
      },
    ],
    DAASAT: [
      {
        id: 'OP1',
        text: 'Calls on all States to commit not to conduct destructive tests of direct-ascent anti-satellite missiles.',
      },
    ],
  };
