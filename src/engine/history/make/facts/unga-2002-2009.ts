/** The General Assembly, 2002–2009: PAROS and TCBM, plenary roll calls of the dataset. */

import type { ResolutionFact } from './unga-types';
import {
  COMMITTEE_APPROVED,
  COMMITTEE_FROM_PLENARY,
  COMMITTEE_WITHOUT_VOTE_ASSUMED,
  committeeTally,
  datasetPlenary,
  PAROS_SPONSORS_ASSUMED,
  RUSSIA_TCBM,
  US_ISRAEL_ABSTAIN,
  US_NO_ISRAEL_ABSTAINS,
} from './unga-helpers';

export const RESOLUTIONS_2002_2009: readonly ResolutionFact[] = [
  // 2002 ---------------------------------------------------------------------------------------
  {
    year: 2002,
    kind: 'PAROS',
    sponsor: PAROS_SPONSORS_ASSUMED,
    committee: committeeTally(
      { yes: 151, no: 0, abstain: 2 },
      US_ISRAEL_ABSTAIN('RECORD.md 5, other votes (GA/DIS/3238: Israel and the US abstained)'),
      'RECORD.md 5, other votes (2002 FC PAROS 151–0–2, GA/DIS/3238)',
      {
        date: '2002-10-22',
        confidence: 'uncertain',
        source: 'RECORD.md 1.2 and 5 (GA/DIS/3238, dated 22 Oct 2002)',
        note: 'The date of the press release that reports the vote.',
      },
    ),
    resolution: {
      symbol: 'A/RES/57/57',
      confidence: 'verified',
      source: 'votes/space_rollcalls_1981_2014.csv, rcid 4378',
    },
    plenary: datasetPlenary('4378', '2002-11-07', 'uncertain'),
  },
  // 2003–2004 ----------------------------------------------------------------------------------
  ...(
    [
      [2003, 'A/RES/58/36', '4507', '2003-12-08'],
      [2004, 'A/RES/59/65', '4579', '2004-12-03'],
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
  // 2005 ---------------------------------------------------------------------------------------
  {
    year: 2005,
    kind: 'PAROS',
    sponsor: PAROS_SPONSORS_ASSUMED,
    committee: committeeTally(
      { yes: 160, no: 1, abstain: 1 },
      US_NO_ISRAEL_ABSTAINS('RECORD.md 5 (2005 FC: US No, Israel abstained; GA/DIS/3310)'),
      'RECORD.md 5 (2005 PAROS, FC 25 Oct 2005, 160–1–1, GA/DIS/3310)',
      { date: '2005-10-25', confidence: 'verified', source: 'RECORD.md 5 (GA/DIS/3310)' },
    ),
    resolution: {
      symbol: 'A/RES/60/54',
      confidence: 'verified',
      source: 'votes/space_rollcalls_1981_2014.csv, rcid 4623; RECORD-ADDENDUM.md 3',
    },
    plenary: datasetPlenary('4623', '2005-12-08'),
  },
  {
    year: 2005,
    kind: 'TCBM',
    sponsor: RUSSIA_TCBM,
    committee: COMMITTEE_FROM_PLENARY,
    resolution: {
      symbol: 'A/RES/60/66',
      confidence: 'verified',
      source: 'RECORD.md 5 (A/RES/60/66 of 8 Dec 2005); votes rcid 4631',
    },
    plenary: datasetPlenary('4631', '2005-12-08'),
  },
  // 2006 ---------------------------------------------------------------------------------------
  {
    year: 2006,
    kind: 'PAROS',
    sponsor: PAROS_SPONSORS_ASSUMED,
    committee: COMMITTEE_FROM_PLENARY,
    resolution: {
      symbol: 'A/RES/61/58',
      confidence: 'verified',
      source: 'votes/space_rollcalls_1981_2014.csv, rcid 4697',
    },
    plenary: datasetPlenary('4697', '2006-12-06'),
  },
  {
    year: 2006,
    kind: 'TCBM',
    sponsor: RUSSIA_TCBM,
    committee: COMMITTEE_FROM_PLENARY,
    resolution: {
      symbol: 'A/RES/61/75',
      confidence: 'verified',
      source: 'RECORD.md 5 (A/RES/61/75 of 6 Dec 2006); votes rcid 4685',
    },
    plenary: datasetPlenary('4685', '2006-12-06'),
  },
  // 2007 ---------------------------------------------------------------------------------------
  {
    year: 2007,
    kind: 'PAROS',
    sponsor: {
      actor: 'LKA',
      with: ['EGY'],
      confidence: 'verified',
      source:
        'RECORD.md 4.2 (Egypt and Sri Lanka, acronym 2007) and 5 (A/RES/62/20, L.34, Sri Lanka)',
      note: 'RECORD.md 5 names Sri Lanka with L.34; it is taken as the delegation tabling and introducing the draft, with Egypt.',
    },
    draftSymbol: {
      symbol: 'A/C.1/62/L.34',
      confidence: 'verified',
      source: 'RECORD.md 5 (acronym 07unos)',
    },
    committee: committeeTally(
      { yes: 170, no: 1, abstain: 1 },
      US_NO_ISRAEL_ABSTAINS('RECORD.md 5 (2007 PAROS: US No, Israel abstained)'),
      'RECORD.md 5 (2007 PAROS FC 170–1–1, acronym 07unos)',
    ),
    resolution: {
      symbol: 'A/RES/62/20',
      confidence: 'verified',
      source: 'RECORD.md 5; votes rcid 4757',
    },
    plenary: datasetPlenary('4757', '2007-12-05'),
  },
  {
    year: 2007,
    kind: 'TCBM',
    sponsor: RUSSIA_TCBM,
    committee: COMMITTEE_FROM_PLENARY,
    resolution: {
      symbol: 'A/RES/62/43',
      confidence: 'verified',
      source: 'RECORD.md 5 (A/RES/62/43 of 5 Dec 2007); votes rcid 4764',
    },
    plenary: datasetPlenary('4764', '2007-12-05'),
  },
  // 2008 ---------------------------------------------------------------------------------------
  {
    year: 2008,
    kind: 'PAROS',
    sponsor: {
      actor: 'EGY',
      with: ['LKA'],
      confidence: 'verified',
      source: 'RECORD.md 4.2 (Egypt and Sri Lanka, acronym 2008) and 5 (A/RES/63/40, Egypt)',
    },
    committee: committeeTally(
      { yes: 167, no: 1, abstain: 1 },
      US_NO_ISRAEL_ABSTAINS('RECORD.md 5; RECORD-ADDENDUM.md 3 (US sole No, Israel abstained)'),
      'RECORD.md 5; RECORD-ADDENDUM.md 3 (2008 PAROS FC 167–1–1, acronym DD89)',
    ),
    resolution: {
      symbol: 'A/RES/63/40',
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 3; votes rcid 4862',
    },
    plenary: datasetPlenary('4862', '2008-12-02'),
  },
  {
    year: 2008,
    kind: 'TCBM',
    sponsor: RUSSIA_TCBM,
    committee: COMMITTEE_FROM_PLENARY,
    resolution: {
      symbol: 'A/RES/63/68',
      confidence: 'verified',
      source: 'RECORD.md 5 (A/RES/63/68 of 2 Dec 2008); votes rcid 4847',
    },
    plenary: datasetPlenary('4847', '2008-12-02'),
  },
  // 2009 ---------------------------------------------------------------------------------------
  {
    year: 2009,
    kind: 'PAROS',
    sponsor: PAROS_SPONSORS_ASSUMED,
    draftSymbol: {
      symbol: 'A/C.1/64/L.25',
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 3 (draft A/C.1/64/L.25)',
    },
    committee: committeeTally(
      { yes: 176, no: 0, abstain: 2 },
      US_ISRAEL_ABSTAIN('RECORD.md 5 (2009: US and Israel abstained, GA/DIS/3400)'),
      'RECORD.md 5 (2009 PAROS FC 28 Oct 2009, 176–0–2, GA/DIS/3400); RECORD-ADDENDUM.md 3',
      { date: '2009-10-28', confidence: 'verified', source: 'RECORD.md 5 (GA/DIS/3400)' },
    ),
    resolution: {
      symbol: 'A/RES/64/28',
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 3; votes rcid 4988',
    },
    plenary: datasetPlenary('4988', '2009-12-02'),
  },
  {
    year: 2009,
    kind: 'TCBM',
    sponsor: {
      ...RUSSIA_TCBM,
      source: 'RECORD.md 4.2 (TCBM: Russia; RIA 2009, submitted with 58 co-authors, not named)',
    },
    committee: { outcome: COMMITTEE_APPROVED, decision: COMMITTEE_WITHOUT_VOTE_ASSUMED },
    resolution: {
      symbol: 'A/RES/64/49',
      confidence: 'verified',
      source: 'RECORD.md 5 (A/RES/64/49 of 2 Dec 2009)',
    },
    plenary: {
      day: {
        date: '2009-12-02',
        confidence: 'verified',
        source: 'RECORD.md 5 (A/RES/69/38 recital)',
      },
      outcome: { confidence: 'verified', source: 'RECORD.md 5 (A/RES/64/49)' },
      decision: {
        method: 'withoutVote',
        confidence: 'uncertain',
        source: 'RECORD-ADDENDUM.md 3 (the dataset has no recorded vote on TCBM in 2009)',
        note: 'Read from the absence of a recorded vote in the dataset.',
      },
    },
  },
];
