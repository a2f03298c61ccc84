import type { Day, Sourced, TurnRef } from './types';

// ---------------------------------------------------------------------------------------------
// Groups of Governmental Experts
// ---------------------------------------------------------------------------------------------

export type GgeAction =
  | 'established'
  | 'sessionOpened'
  | 'sessionClosed'
  | 'reportDrafted'
  | 'joined'
  | 'decisionCalled'
  | 'concluded';

export interface GgeStep extends Sourced {
  readonly action: GgeAction;
  /** The day, or the turn whose opening date the step keeps when the record has no day. */
  readonly when: Day | { readonly at: TurnRef; readonly note: string };
  readonly symbol?: string;
  /** For `joined`: the experts that join, or all of them. */
  readonly actors?: readonly string[] | 'every expert';
}

export interface GgeFact {
  readonly mandate: string;
  readonly experts: readonly string[];
  readonly sessions: number;
  readonly steps: readonly GgeStep[];
}

const TCBM_GGE_SOURCE =
  'RECORD.md 4.4 (GGE on TCBMs 2012–2013; yumpu p.92; ungeneva Apr 2013; A/68/189)';
const PAROS_GGE_SOURCE = 'RECORD.md 4.4 (GGE under A/RES/72/250; disarmament.unoda.org paros-gge)';

/** A month the record gives, without its day: the step is put on the first of the month. */
function monthOnly(date: string, month: string, source: string): Day {
  return {
    date,
    confidence: 'reconstructed',
    source,
    note: `The record gives the month only (${month}); the step is put on its first day.`,
  };
}

export const GGES: readonly GgeFact[] = [
  {
    mandate: 'A/RES/65/68',
    experts: [
      'BRA',
      'CHL',
      'CHN',
      'FRA',
      'ITA',
      'KAZ',
      'NGA',
      'ROU',
      'RUS',
      'KOR',
      'ZAF',
      'LKA',
      'UKR',
      'GBR',
      'USA',
    ],
    sessions: 3,
    steps: [
      {
        action: 'established',
        when: monthOnly('2012-07-01', 'July 2012', TCBM_GGE_SOURCE),
        confidence: 'verified',
        source: TCBM_GGE_SOURCE,
        note: 'Set up under A/RES/65/68 with 15 experts (chair Victor Vasiliev, Russia); the day it was constituted is not recorded: it is put with its first session.',
      },
      {
        action: 'sessionOpened',
        when: monthOnly('2012-07-01', 'July 2012', TCBM_GGE_SOURCE),
        confidence: 'verified',
        source: TCBM_GGE_SOURCE,
        note: 'First session, New York, July 2012.',
      },
      {
        action: 'sessionClosed',
        when: monthOnly('2012-07-01', 'July 2012', TCBM_GGE_SOURCE),
        confidence: 'verified',
        source: TCBM_GGE_SOURCE,
      },
      {
        action: 'sessionOpened',
        when: monthOnly('2013-04-01', 'April 2013', TCBM_GGE_SOURCE),
        confidence: 'verified',
        source: TCBM_GGE_SOURCE,
        note: 'Second session, Geneva, April 2013.',
      },
      {
        action: 'sessionClosed',
        when: monthOnly('2013-04-01', 'April 2013', TCBM_GGE_SOURCE),
        confidence: 'verified',
        source: TCBM_GGE_SOURCE,
      },
      {
        action: 'sessionOpened',
        when: monthOnly('2013-07-01', 'July 2013', TCBM_GGE_SOURCE),
        confidence: 'verified',
        source: TCBM_GGE_SOURCE,
        note: 'Third session, New York, July 2013.',
      },
      {
        action: 'sessionClosed',
        when: monthOnly('2013-07-01', 'July 2013', TCBM_GGE_SOURCE),
        confidence: 'verified',
        source: TCBM_GGE_SOURCE,
      },
      {
        action: 'reportDrafted',
        when: monthOnly('2013-07-01', 'July 2013', TCBM_GGE_SOURCE),
        symbol: 'A/68/189',
        confidence: 'reconstructed',
        source: TCBM_GGE_SOURCE,
        note: 'The symbol of the draft report is not recorded; the report was issued as A/68/189 (dated 29 July 2013), and that symbol is used.',
      },
      {
        action: 'joined',
        when: monthOnly('2013-07-01', 'July 2013', TCBM_GGE_SOURCE),
        actors: 'every expert',
        confidence: 'reconstructed',
        source: TCBM_GGE_SOURCE,
        note: 'Adopted by consensus; each expert’s position is not recorded, so every expert is shown joining.',
      },
      {
        action: 'decisionCalled',
        when: monthOnly('2013-07-01', 'July 2013', TCBM_GGE_SOURCE),
        confidence: 'verified',
        source: TCBM_GGE_SOURCE,
        note: 'Report A/68/189 adopted by consensus.',
      },
    ],
  },
  {
    mandate: 'A/RES/72/250',
    experts: [
      'DZA',
      'ARG',
      'AUS',
      'BLR',
      'BRA',
      'CAN',
      'CHL',
      'CHN',
      'EGY',
      'FRA',
      'DEU',
      'IND',
      'IRN',
      'ITA',
      'JPN',
      'KAZ',
      'MYS',
      'NGA',
      'PAK',
      'KOR',
      'ROU',
      'RUS',
      'ZAF',
      'GBR',
      'USA',
    ],
    sessions: 2,
    steps: [
      {
        action: 'established',
        when: {
          at: { year: 2018, forum: 'cd', part: 3 },
          note: 'The record gives only the year of the first session (2018); the steps of 2018 keep the opening date of the CD’s third part.',
        },
        confidence: 'verified',
        source: PAROS_GGE_SOURCE,
        note: '25 experts (RECORD.md 4.4), chair Guilherme de Aguiar Patriota (Brazil), two two-week sessions in Geneva.',
      },
      {
        action: 'sessionOpened',
        when: {
          at: { year: 2018, forum: 'cd', part: 3 },
          note: 'The record gives only the year of the first session (2018).',
        },
        confidence: 'verified',
        source: PAROS_GGE_SOURCE,
        note: 'First two-week session, Geneva, 2018.',
      },
      {
        action: 'sessionClosed',
        when: {
          at: { year: 2018, forum: 'cd', part: 3 },
          note: 'The record gives only the year of the first session (2018).',
        },
        confidence: 'verified',
        source: PAROS_GGE_SOURCE,
      },
      {
        action: 'sessionOpened',
        when: {
          date: '2019-03-18',
          confidence: 'reconstructed',
          source: PAROS_GGE_SOURCE,
          note: 'The record gives a two-week session ending on 29 March 2019: its opening is put two weeks earlier, on Monday 18 March.',
        },
        confidence: 'verified',
        source: PAROS_GGE_SOURCE,
        note: 'Second two-week session, Geneva, March 2019 (after open-ended consultations in New York, 31 Jan–1 Feb 2019).',
      },
      {
        action: 'sessionClosed',
        when: {
          date: '2019-03-29',
          confidence: 'verified',
          source: 'RECORD.md 4.4 (AFP via nampa.org)',
        },
        confidence: 'verified',
        source: PAROS_GGE_SOURCE,
      },
      {
        action: 'reportDrafted',
        when: {
          date: '2019-03-29',
          confidence: 'verified',
          source: 'RECORD.md 4.4 (AFP via nampa.org)',
        },
        symbol: 'GE-PAROS/2019/CRP.1',
        confidence: 'reconstructed',
        source: PAROS_GGE_SOURCE,
        note: 'A draft report was before the group; its symbol is not recorded (GE-PAROS/2019/CRP.1 is chosen for the game).',
      },
      {
        action: 'concluded',
        when: {
          date: '2019-03-29',
          confidence: 'verified',
          source: 'RECORD.md 4.4 (AFP via nampa.org)',
        },
        confidence: 'verified',
        source:
          'RECORD.md 4.4 (ended without a consensus report on 29 Mar 2019, AFP via nampa.org)',
        note: 'No consensus report; which delegation blocked it is UNCERTAIN (not in the sources reached), so nobody is named.',
      },
    ],
  },
];
