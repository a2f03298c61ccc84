/** The General Assembly, 2010–2015: PAROS, TCBM and, from 2014, NFP. */

import type { ResolutionFact } from './unga-types';
import {
  COMMITTEE_APPROVED,
  COMMITTEE_FROM_PLENARY,
  COMMITTEE_WITHOUT_VOTE_ASSUMED,
  committeeTally,
  datasetPlenary,
  EU_WITHHELD,
  NFP_NO,
  PAROS_SPONSORS_ASSUMED,
  plenaryTotals,
  RUSSIA_NFP,
  RUSSIA_TCBM,
  TCBM_WITHOUT_VOTE_2015_2017,
  US_ISRAEL_ABSTAIN,
} from './unga-helpers';

export const RESOLUTIONS_2010_2015: readonly ResolutionFact[] = [
  // 2010 ---------------------------------------------------------------------------------------
  {
    year: 2010,
    kind: 'PAROS',
    sponsor: PAROS_SPONSORS_ASSUMED,
    committee: COMMITTEE_FROM_PLENARY,
    resolution: {
      symbol: 'A/RES/65/44',
      confidence: 'verified',
      source: 'votes/space_rollcalls_1981_2014.csv, rcid 5058',
    },
    plenary: datasetPlenary('5058', '2010-12-08'),
  },
  {
    year: 2010,
    kind: 'TCBM',
    sponsor: RUSSIA_TCBM,
    committee: COMMITTEE_FROM_PLENARY,
    resolution: {
      symbol: 'A/RES/65/68',
      confidence: 'verified',
      source: 'RECORD.md 5 and 4.4 (A/RES/65/68 of 8 Dec 2010); votes rcid 5064',
    },
    plenary: datasetPlenary('5064', '2010-12-08'),
  },
  // 2011–2013 ----------------------------------------------------------------------------------
  ...(
    [
      [2011, 'A/RES/66/27', '5148', '2011-12-02'],
      [2012, 'A/RES/67/30', '5190', '2012-12-03'],
      [2013, 'A/RES/68/29', '5258', '2013-12-05'],
    ] as const
  ).map(([year, symbol, rcid, date]): ResolutionFact => ({
    year,
    kind: 'PAROS',
    sponsor: PAROS_SPONSORS_ASSUMED,
    committee: COMMITTEE_FROM_PLENARY,
    resolution: {
      symbol,
      confidence: 'verified',
      source: `votes/space_rollcalls_1981_2014.csv, rcid ${rcid}`,
    },
    plenary: datasetPlenary(rcid, date),
  })),
  {
    year: 2013,
    kind: 'TCBM',
    sponsor: RUSSIA_TCBM,
    committee: { outcome: COMMITTEE_APPROVED, decision: COMMITTEE_WITHOUT_VOTE_ASSUMED },
    resolution: {
      symbol: 'A/RES/68/50',
      confidence: 'verified',
      source: 'RECORD.md 5 and 4.4 (A/RES/68/50 of 5 Dec 2013)',
    },
    plenary: {
      day: { date: '2013-12-05', confidence: 'verified', source: 'RECORD.md 4.4 and 5' },
      outcome: { confidence: 'verified', source: 'RECORD.md 4.4 and 5 (68/50 endorsed A/68/189)' },
      decision: {
        method: 'withoutVote',
        confidence: 'verified',
        source: 'RECORD.md 5 (2013 TCBM: unanimous, no vote; yumpu p.92; A/RES/69/38)',
      },
    },
  },
  // 2014 ---------------------------------------------------------------------------------------
  {
    year: 2014,
    kind: 'PAROS',
    sponsor: {
      actor: 'EGY',
      with: ['LKA'],
      confidence: 'verified',
      source: 'RECORD.md 4.2 (PAROS: Egypt and Sri Lanka; MID 2014)',
    },
    committee: committeeTally(
      { yes: 180, no: 0, abstain: 2 },
      US_ISRAEL_ABSTAIN('RECORD.md 5 (2014 PAROS FC: US and Israel abstained)'),
      'RECORD.md 5 (2014 PAROS FC 180–0–2, GA/DIS/3514)',
    ),
    resolution: {
      symbol: 'A/RES/69/31',
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 3; votes rcid 5323',
    },
    plenary: datasetPlenary('5323', '2014-12-02'),
  },
  {
    year: 2014,
    kind: 'NFP',
    sponsor: {
      ...RUSSIA_NFP,
      note: 'Tabled by Russia with 34 co-authors (drafting help from Brazil, Indonesia, China, Belarus and others: MID 4 Dec 2014); the co-authors are not listed in the record.',
    },
    joining: {
      actors: ['CUB', 'BLR', 'PAK'],
      confidence: 'uncertain',
      source:
        'RECORD-ADDENDUM.md 2 (RCW 12 Aug 2014: Cuba, Belarus and Pakistan said they would co-sponsor)',
      note: 'They announced at the CD that they would co-sponsor; that they did is not confirmed in the record.',
    },
    committee: committeeTally(
      { yes: 126, no: 4, abstain: 46 },
      [
        NFP_NO('RECORD.md 5 (2014 NFP FC: No Georgia, Israel, Ukraine, US; GA/DIS/3514)'),
        EU_WITHHELD('RECORD.md 5 (EU abstained, inferred; Russian MFA 2015: EU withheld support)'),
      ],
      'RECORD.md 5 (2014 NFP FC 126–4–46, GA/DIS/3514)',
    ),
    resolution: {
      symbol: 'A/RES/69/32',
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 3 (MID 4 Dec 2014); votes rcid 5324',
    },
    plenary: datasetPlenary('5324', '2014-12-02'),
  },
  {
    year: 2014,
    kind: 'TCBM',
    sponsor: RUSSIA_TCBM,
    committee: {
      outcome: {
        confidence: 'verified',
        source: 'RECORD.md 5 (2014 TCBM, FC no vote, GA/DIS/3514)',
      },
      decision: {
        method: 'withoutVote',
        confidence: 'verified',
        source: 'RECORD.md 5 (2014 TCBM: FC no vote, GA/DIS/3514)',
      },
    },
    resolution: {
      symbol: 'A/RES/69/38',
      confidence: 'verified',
      source: 'RECORD.md 5 (A/RES/69/38; wikisource A/69/38)',
    },
    plenary: {
      day: { date: '2014-12-02', confidence: 'verified', source: 'RECORD.md 5 (GA 2 Dec 2014)' },
      outcome: { confidence: 'verified', source: 'RECORD.md 5 (A/RES/69/38)' },
      decision: {
        method: 'withoutVote',
        confidence: 'verified',
        source: 'RECORD.md 5 (2014 TCBM: adopted without vote)',
      },
    },
  },
  // 2015 ---------------------------------------------------------------------------------------
  {
    year: 2015,
    kind: 'PAROS',
    sponsor: PAROS_SPONSORS_ASSUMED,
    draftSymbol: {
      symbol: 'A/C.1/70/L.3',
      confidence: 'verified',
      source: 'RECORD.md 4.2 and 5 (GA/DIS/3539)',
    },
    committee: committeeTally(
      { yes: 173, no: 0, abstain: 3 },
      [
        {
          states: ['ISR', 'PLW', 'USA'],
          vote: 'abstain',
          source: 'RECORD.md 5 (2015 PAROS FC: Israel, Palau, US abstained; GA/DIS/3539)',
        },
      ],
      'RECORD.md 5 (2015 PAROS FC 173–0–3, GA/DIS/3539)',
    ),
    resolution: {
      symbol: 'A/RES/70/26',
      confidence: 'verified',
      source: 'votes/plenary_tallies_2015_2018.csv',
    },
    plenary: plenaryTotals(
      'A/RES/70/26',
      '5323',
      [
        {
          states: ['USA'],
          vote: 'abstain',
          source: 'RECORD-ADDENDUM.md 3 (PAROS: US abstained 2009–2017)',
        },
      ],
      'Rebuilt from the 2014 PAROS roll call (rcid 5323) to the plenary totals; the record names only the US abstention.',
      {
        date: '2015-12-07',
        confidence: 'uncertain',
        source: 'RECORD.md 5 (NFP A/RES/70/27 adopted 7 Dec 2015)',
        note: 'The record dates A/RES/70/27 to 7 December 2015; A/RES/70/26, numbered just before it, is taken to be adopted at the same meeting.',
      },
    ),
  },
  {
    year: 2015,
    kind: 'NFP',
    sponsor: {
      actor: 'RUS',
      with: ['BRA', 'CHN'],
      confidence: 'verified',
      source:
        'RECORD.md 4.2 (2015: Brazil and China the original co-authors, 40 in all; rusembindia) and 5',
      note: 'The other co-authors (40 in all) are not listed in the record.',
    },
    draftSymbol: {
      symbol: 'A/C.1/70/L.47',
      confidence: 'verified',
      source: 'RECORD.md 4.2 and 5 (GA/DIS/3539)',
    },
    committee: committeeTally(
      { yes: 122, no: 4, abstain: 47 },
      [
        NFP_NO('RECORD-ADDENDUM.md 3 (NFP 2014–2017: No = US, Israel, Georgia, Ukraine)'),
        EU_WITHHELD('RECORD.md 5 (2015 NFP: EU abstained, second year)'),
      ],
      'RECORD.md 5 (2015 NFP FC 122–4–47, GA/DIS/3539)',
    ),
    resolution: {
      symbol: 'A/RES/70/27',
      confidence: 'verified',
      source: 'RECORD.md 5; votes/plenary_tallies_2015_2018.csv',
    },
    plenary: plenaryTotals(
      'A/RES/70/27',
      '5324',
      [
        NFP_NO('RECORD-ADDENDUM.md 3 (NFP 2014–2017: No = US, Israel, Georgia, Ukraine)'),
        {
          states: ['FRA', 'GBR'],
          vote: 'abstain',
          source: 'RECORD-ADDENDUM.md 3 (NFP 2014–2017: France and UK abstained)',
        },
        EU_WITHHELD('RECORD.md 5 (2015 NFP: EU abstained, second year)'),
      ],
      'Rebuilt from the 2014 NFP roll call (rcid 5324) to the plenary totals and the States the record names.',
      { date: '2015-12-07', confidence: 'verified', source: 'RECORD.md 5 (GA 7 Dec 2015)' },
    ),
  },
  {
    year: 2015,
    kind: 'TCBM',
    sponsor: {
      ...RUSSIA_TCBM,
      confidence: 'uncertain',
      note: 'The 2015 TCBM text is not in the record; it is read from the yearly series (no recorded vote 2011–2017, RECORD-ADDENDUM.md 3) and from the “former consensus” the US broke in 2018.',
    },
    committee: { outcome: COMMITTEE_APPROVED, decision: COMMITTEE_WITHOUT_VOTE_ASSUMED },
    resolution: {
      confidence: 'reconstructed',
      source: 'RECORD.md 5 (not in the record)',
      note: 'The record gives no symbol: the engine numbers it. Background knowledge, not in the record, suggests A/RES/70/53 (check documents.un.org).',
    },
    plenary: {
      day: {
        date: '2015-12-07',
        confidence: 'uncertain',
        source: 'RECORD.md 5 (GA 7 Dec 2015)',
        note: 'Taken with the other outer-space resolutions of that meeting; the day is not recorded for this text.',
      },
      outcome: {
        confidence: 'uncertain',
        source: 'RECORD-ADDENDUM.md 3; RECORD.md 5 (TASS 7 Dec 2018)',
      },
      decision: TCBM_WITHOUT_VOTE_2015_2017,
    },
  },
];
