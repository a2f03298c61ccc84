/** The General Assembly, 2016–2018: PAROS, NFP, TCBM and, in 2017, FPM. */

import type { ResolutionFact } from './unga-types';
import {
  COMMITTEE_APPROVED,
  COMMITTEE_FROM_PLENARY,
  COMMITTEE_WITHOUT_VOTE_ASSUMED,
  committeeTally,
  EU_WITHHELD,
  NFP_NO,
  PAROS_SPONSORS_ASSUMED,
  plenaryTotals,
  RUSSIA_NFP,
  RUSSIA_TCBM,
  TCBM_WITHOUT_VOTE_2015_2017,
  US_ISRAEL_ABSTAIN,
  ZIMBABWE_2016,
  ZIMBABWE_CORRECTION,
} from './unga-helpers';

export const RESOLUTIONS_2016_2018: readonly ResolutionFact[] = [
  // 2016 ---------------------------------------------------------------------------------------
  {
    year: 2016,
    kind: 'PAROS',
    sponsor: PAROS_SPONSORS_ASSUMED,
    committee: COMMITTEE_FROM_PLENARY,
    resolution: {
      symbol: 'A/RES/71/31',
      confidence: 'verified',
      source: 'RECORD.md 5; votes/plenary_tallies_2015_2018.csv',
    },
    plenary: plenaryTotals(
      'A/RES/71/31',
      '5323',
      [
        {
          states: { eu: true },
          vote: 'yes',
          source: 'RECORD.md 5 (2016 PAROS: all EU Yes; EU EoV 2018)',
        },
        {
          states: ['USA'],
          vote: 'abstain',
          source: 'RECORD-ADDENDUM.md 3 (PAROS: US abstained 2009–2017)',
        },
        ZIMBABWE_2016,
      ],
      'Rebuilt from the 2014 PAROS roll call (rcid 5323) to the source’s totals (182–0–4, 7 absent) and the States the record names; two of the four abstentions are not named in the record.',
      undefined,
      ZIMBABWE_CORRECTION,
    ),
  },
  {
    year: 2016,
    kind: 'NFP',
    sponsor: RUSSIA_NFP,
    draftSymbol: {
      symbol: 'A/C.1/71/L.18',
      confidence: 'verified',
      source: 'RECORD.md 4.2 and 5 (EU EoV 28 Oct 2016)',
    },
    committee: {
      day: {
        date: '2016-10-28',
        confidence: 'verified',
        source: 'RECORD.md 5 (FC 28 Oct 2016, eu-un.europa.eu EoV)',
      },
      ...COMMITTEE_FROM_PLENARY,
    },
    resolution: {
      symbol: 'A/RES/71/32',
      confidence: 'verified',
      source: 'votes/plenary_tallies_2015_2018.csv',
    },
    plenary: plenaryTotals(
      'A/RES/71/32',
      '5324',
      [
        NFP_NO('RECORD-ADDENDUM.md 3 (NFP 2014–2017: No = US, Israel, Georgia, Ukraine)'),
        {
          states: ['FRA', 'GBR'],
          vote: 'abstain',
          source: 'RECORD-ADDENDUM.md 3 (NFP 2014–2017: France and UK abstained)',
        },
        EU_WITHHELD('RECORD.md 5 (2016 NFP: EU abstained, EoV 28 Oct 2016)'),
        ZIMBABWE_2016,
      ],
      'Rebuilt from the 2014 NFP roll call (rcid 5324) to the source’s totals (130–4–48, 11 absent) and the States the record names.',
      undefined,
      ZIMBABWE_CORRECTION,
    ),
  },
  {
    year: 2016,
    kind: 'TCBM',
    sponsor: {
      ...RUSSIA_TCBM,
      confidence: 'uncertain',
      note: 'The 2016 TCBM text is not in the record; it is read from the yearly series (no recorded vote 2011–2017, RECORD-ADDENDUM.md 3) and from the “former consensus” the US broke in 2018.',
    },
    committee: { outcome: COMMITTEE_APPROVED, decision: COMMITTEE_WITHOUT_VOTE_ASSUMED },
    resolution: {
      confidence: 'reconstructed',
      source: 'RECORD.md 5 (not in the record)',
      note: 'The record gives no symbol: the engine numbers it. Background knowledge, not in the record, suggests A/RES/71/42 (check documents.un.org).',
    },
    plenary: {
      outcome: {
        confidence: 'uncertain',
        source: 'RECORD-ADDENDUM.md 3; RECORD.md 5 (TASS 7 Dec 2018)',
      },
      decision: TCBM_WITHOUT_VOTE_2015_2017,
    },
  },
  // 2017 ---------------------------------------------------------------------------------------
  {
    year: 2017,
    kind: 'PAROS',
    sponsor: PAROS_SPONSORS_ASSUMED,
    draftSymbol: {
      symbol: 'A/C.1/72/L.3',
      confidence: 'verified',
      source: 'RECORD.md 4.2 and 5 (GA/DIS/3591)',
    },
    committee: committeeTally(
      { yes: 175, no: 0, abstain: 2 },
      US_ISRAEL_ABSTAIN('RECORD.md 5 (2017 PAROS FC: US and Israel abstained)'),
      'RECORD.md 5; RECORD-ADDENDUM.md 3 (2017 PAROS FC 30 Oct 2017, 175–0–2, GA/DIS/3591)',
      {
        date: '2017-10-30',
        confidence: 'verified',
        source: 'RECORD-ADDENDUM.md 3 (FC 30 Oct 2017; pressenza)',
      },
    ),
    resolution: {
      symbol: 'A/RES/72/26',
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 3; votes/plenary_tallies_2015_2018.csv',
    },
    plenary: plenaryTotals(
      'A/RES/72/26',
      '5323',
      [
        {
          states: ['USA'],
          vote: 'abstain',
          source: 'RECORD-ADDENDUM.md 3 (PAROS: US abstained 2009–2017)',
        },
      ],
      'Rebuilt from the 2014 PAROS roll call (rcid 5323) to the plenary totals; the record names only the US abstention.',
    ),
  },
  {
    year: 2017,
    kind: 'TCBM',
    sponsor: RUSSIA_TCBM,
    draftSymbol: {
      symbol: 'A/C.1/72/L.46',
      confidence: 'verified',
      source: 'RECORD.md 4.2 and 5 (GA/DIS/3591)',
    },
    committee: {
      day: {
        date: '2017-10-30',
        confidence: 'uncertain',
        source: 'RECORD.md 5 (GA/DIS/3591); RECORD-ADDENDUM.md 3',
        note: 'Reported in the same press release as the votes of 30 October 2017; its own day is not given.',
      },
      outcome: {
        confidence: 'verified',
        source: 'RECORD.md 5 (2017 TCBM L.46 approved, GA/DIS/3591)',
      },
      decision: {
        method: 'withoutVote',
        confidence: 'uncertain',
        source: 'RECORD.md 5 (approved, method n/f); TASS 7 Dec 2018 (former consensus)',
        note: 'The record says the draft was approved, not how; without a vote is read from the consensus the US broke in 2018.',
      },
    },
    resolution: {
      confidence: 'reconstructed',
      source: 'RECORD.md 5 (not in the record)',
      note: 'The record gives no symbol: the engine numbers it. Background knowledge, not in the record, suggests A/RES/72/56 (check documents.un.org).',
    },
    plenary: {
      outcome: {
        confidence: 'uncertain',
        source: 'RECORD.md 5 (2017 TCBM; TASS 7 Dec 2018)',
      },
      decision: TCBM_WITHOUT_VOTE_2015_2017,
    },
  },
  {
    year: 2017,
    kind: 'NFP',
    sponsor: RUSSIA_NFP,
    draftSymbol: {
      symbol: 'A/C.1/72/L.53',
      confidence: 'verified',
      source: 'RECORD.md 4.2 and 5 (GA/DIS/3591)',
    },
    committee: committeeTally(
      { yes: 122, no: 4, abstain: 48 },
      [
        NFP_NO('RECORD-ADDENDUM.md 3 (NFP 2014–2017: No = US, Israel, Georgia, Ukraine)'),
        EU_WITHHELD('RECORD.md 5 (2017 NFP: EU abstained)'),
      ],
      'RECORD.md 5; RECORD-ADDENDUM.md 3 (2017 NFP FC 30 Oct 2017, 122–4–48, GA/DIS/3591)',
      {
        date: '2017-10-30',
        confidence: 'verified',
        source: 'RECORD-ADDENDUM.md 3 (FC 30 Oct 2017; pressenza)',
      },
    ),
    resolution: {
      symbol: 'A/RES/72/27',
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 3; votes/plenary_tallies_2015_2018.csv',
    },
    plenary: plenaryTotals(
      'A/RES/72/27',
      '5324',
      [
        NFP_NO('RECORD-ADDENDUM.md 3 (NFP 2014–2017: No = US, Israel, Georgia, Ukraine)'),
        {
          states: ['FRA', 'GBR'],
          vote: 'abstain',
          source: 'RECORD-ADDENDUM.md 3 (NFP 2014–2017: France and UK abstained)',
        },
        EU_WITHHELD('RECORD.md 5 (2017 NFP: EU abstained)'),
      ],
      'Rebuilt from the 2014 NFP roll call (rcid 5324) to the plenary totals and the States the record names.',
    ),
  },
  {
    year: 2017,
    kind: 'FPM',
    sponsor: {
      actor: 'RUS',
      with: [],
      confidence: 'verified',
      source: 'RECORD.md 4.2 (FPM: Russia, 2017 onward) and 5',
    },
    draftSymbol: {
      symbol: 'A/C.1/72/L.54',
      confidence: 'verified',
      source: 'RECORD.md 4.2 and 5 (GA/DIS/3591)',
    },
    committee: committeeTally(
      { yes: 121, no: 5, abstain: 45 },
      [
        {
          states: ['FRA', 'ISR', 'UKR', 'GBR', 'USA'],
          vote: 'no',
          source: 'RECORD.md 5 (2017 FPM FC: No France, Israel, Ukraine, UK, US; GA/DIS/3591)',
        },
        {
          states: { eu: true, except: ['FRA', 'GBR'] },
          vote: 'abstain',
          source: 'RECORD.md 5 (2017 FPM: other EU members abstained)',
        },
      ],
      'RECORD.md 5 (2017 FPM FC 30 Oct 2017, 121–5–45, GA/DIS/3591)',
      {
        date: '2017-10-30',
        confidence: 'verified',
        source: 'RECORD.md 5 (FC 30 Oct 2017, GA/DIS/3591)',
      },
    ),
    resolution: {
      symbol: 'A/RES/72/250',
      confidence: 'verified',
      source: 'RECORD.md 4.4 and 5 (A/RES/72/250 of 24 Dec 2017)',
    },
    plenary: plenaryTotals(
      'A/RES/72/250',
      '5324',
      [
        {
          states: ['FRA', 'ISR', 'UKR', 'GBR', 'USA'],
          vote: 'no',
          source:
            'RECORD.md 5 (2017 FPM: No France, Israel, Ukraine, UK, US; the plenary also counted 5 No)',
        },
        EU_WITHHELD('RECORD.md 5 (2017 FPM: other EU members abstained in the committee)'),
      ],
      'No FPM roll call was recorded before; rebuilt from the nearest Russian outer-space text with a recorded roll call, the 2014 NFP resolution (rcid 5324), to the plenary totals and the States the record names.',
      {
        date: '2017-12-24',
        confidence: 'verified',
        source: 'RECORD.md 4.4 and 5 (adopted 24 Dec 2017)',
      },
    ),
  },
  // 2018 ---------------------------------------------------------------------------------------
  {
    year: 2018,
    kind: 'PAROS',
    sponsor: PAROS_SPONSORS_ASSUMED,
    committee: COMMITTEE_FROM_PLENARY,
    resolution: {
      symbol: 'A/RES/73/30',
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 3; votes/plenary_tallies_2015_2018.csv',
    },
    plenary: plenaryTotals(
      'A/RES/73/30',
      '5323',
      [
        {
          states: ['USA', 'ISR'],
          vote: 'no',
          source: 'RECORD-ADDENDUM.md 3 (73/30: 178–2–0, US and Israel No)',
        },
      ],
      'Rebuilt from the 2014 PAROS roll call (rcid 5323) to the plenary totals and the two States the record names.',
      {
        date: '2018-12-07',
        confidence: 'uncertain',
        source: 'RECORD.md 5 (NFP and TCBM adopted 7 Dec 2018, TASS)',
        note: 'The record dates the NFP and TCBM resolutions of that meeting; A/RES/73/30, numbered just before them, is taken to be adopted the same day.',
      },
    ),
  },
  {
    year: 2018,
    kind: 'NFP',
    sponsor: RUSSIA_NFP,
    draftSymbol: {
      symbol: 'A/C.1/73/L.51',
      confidence: 'verified',
      source: 'RECORD.md 4.2 and 5 (EU 2018)',
    },
    committee: COMMITTEE_FROM_PLENARY,
    resolution: {
      symbol: 'A/RES/73/31',
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 3; votes/plenary_tallies_2015_2018.csv',
    },
    plenary: plenaryTotals(
      'A/RES/73/31',
      '5324',
      [
        {
          states: ['USA', 'ISR', 'GEO', 'UKR'],
          vote: 'no',
          source: 'RECORD-ADDENDUM.md 3 (NFP No from 2014; in 2018 France and UK moved to No)',
        },
        {
          states: ['FRA', 'GBR', 'AUS', 'HUN'],
          vote: 'no',
          source:
            'RECORD-ADDENDUM.md 3 (73/31: France and UK moved to No); RECORD.md 5 (TASS: No incl. US, Australia, UK, Hungary, France)',
        },
        EU_WITHHELD('RECORD.md 5 (2018 NFP: EU not in a position to support; most abstained)'),
      ],
      'Rebuilt from the 2014 NFP roll call (rcid 5324) to the plenary totals (128–12–40) and the eight States the record names as voting No; the other four No votes are not named in the record.',
      { date: '2018-12-07', confidence: 'verified', source: 'RECORD.md 5 (GA 7 Dec 2018, TASS)' },
    ),
  },
  {
    year: 2018,
    kind: 'TCBM',
    sponsor: {
      ...RUSSIA_TCBM,
      source:
        'RECORD.md 4.2 (TCBM: Russia; the US switched from co-authorship to rejection in 2018) and 5',
    },
    committee: COMMITTEE_FROM_PLENARY,
    resolution: {
      symbol: 'A/RES/73/72',
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 3; votes/plenary_tallies_2015_2018.csv',
    },
    plenary: plenaryTotals(
      'A/RES/73/72',
      '5064',
      [
        {
          states: ['USA', 'ISR'],
          vote: 'no',
          source:
            'RECORD-ADDENDUM.md 3 (73/72: 180–2–1, US and Israel No); RECORD.md 5 (TASS 7 Dec 2018)',
        },
      ],
      'Rebuilt from the last recorded TCBM roll call, 2010 (rcid 5064), to the plenary totals and the two States the record names; the abstaining State is not named in the record.',
      { date: '2018-12-07', confidence: 'verified', source: 'RECORD.md 5 (GA 7 Dec 2018, TASS)' },
    ),
  },
];
