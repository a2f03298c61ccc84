/** Shared pieces of the General Assembly facts of 2002–2018. */

import type { Confidence, Day, Sourced } from './types';
import type { Named, StageFact } from './unga-types';

export const PAROS_SPONSORS_ASSUMED = {
  actor: 'EGY',
  with: ['LKA'],
  confidence: 'reconstructed',
  source: 'RECORD.md 4.2 (PAROS main sponsors Egypt and Sri Lanka: acronym 2007, 2008; MID 2014)',
  note: 'The record names Egypt and Sri Lanka as the main sponsors in 2007, 2008 and 2014, not for this year: they are assumed.',
} as const;

export const RUSSIA_TCBM = {
  actor: 'RUS',
  with: [],
  confidence: 'verified',
  source: 'RECORD.md 4.2 (TCBM: Russia) and 5',
} as const;

export const RUSSIA_NFP = {
  actor: 'RUS',
  with: [],
  confidence: 'verified',
  source: 'RECORD.md 4.2 (NFP: Russia, from 2014) and 5',
} as const;

export const NO_COMMITTEE_TALLY = {
  from: 'plenaryRoll',
  confidence: 'reconstructed',
  source: 'votes/README.md (committee votes are not in the dataset); RECORD.md 5',
  note: 'The record gives no First Committee tally for this text this year: the plenary roll call of the year is used for the committee.',
} as const;

export const COMMITTEE_VOTE_ASSUMED: Sourced = {
  confidence: 'reconstructed',
  source: 'RECORD.md 5 (no committee vote recorded for this text this year)',
  note: 'The committee is taken to have voted as the plenary did; that it took a recorded vote is not in the record.',
};

export const COMMITTEE_APPROVED: Sourced = {
  confidence: 'verified',
  source:
    'RECORD.md 5; votes/space_rollcalls_1981_2014.csv (the plenary acted on the committee’s draft)',
};

export const COMMITTEE_WITHOUT_VOTE_ASSUMED = {
  method: 'withoutVote',
  confidence: 'reconstructed',
  source: 'RECORD.md 5; RECORD-ADDENDUM.md 3 (no recorded vote on TCBM in the plenary this year)',
  note: 'How the committee acted is not recorded; with the plenary adopting the text without a vote, the committee is taken to have done the same.',
} as const;

/** A plenary roll call of the dataset (verified), with its day from the dataset. */
export function datasetPlenary(
  rcid: string,
  date: string,
  dateConfidence: Confidence = 'verified',
) {
  const source = `votes/space_votes_1981_2014.csv, rcid ${rcid}`;
  return {
    day: {
      date,
      confidence: dateConfidence,
      source: 'votes/space_rollcalls_1981_2014.csv',
      ...(dateConfidence === 'verified'
        ? {}
        : {
            note: 'The dataset’s day; votes/README.md warns that before 2003 its day and month are often wrong.',
          }),
    },
    outcome: { confidence: 'verified', source },
    decision: {
      method: 'recorded',
      vote: { confidence: 'verified', source },
      roll: { from: 'dataset', rcid, confidence: 'verified', source },
    },
  } as const satisfies StageFact;
}

/** A committee stage that reuses the plenary roll call (no committee tally in the record). */
export const COMMITTEE_FROM_PLENARY = {
  outcome: COMMITTEE_APPROVED,
  decision: { method: 'recorded', vote: COMMITTEE_VOTE_ASSUMED, roll: NO_COMMITTEE_TALLY },
} as const satisfies StageFact;

export const US_NO_ISRAEL_ABSTAINS = (source: string): readonly Named[] => [
  { states: ['USA'], vote: 'no', source },
  { states: ['ISR'], vote: 'abstain', source },
];

export const US_ISRAEL_ABSTAIN = (source: string): readonly Named[] => [
  { states: ['USA', 'ISR'], vote: 'abstain', source },
];

/** From the first NFP vote (2014) Georgia and Ukraine joined the US and Israel in voting No. */
export const NFP_NO = (source: string): Named => ({
  states: ['USA', 'ISR', 'GEO', 'UKR'],
  vote: 'no',
  source,
});

export const EU_WITHHELD = (source: string): Named => ({
  states: { eu: true },
  vote: 'withheld',
  source,
});

/** A stage decided by a recorded vote: the outcome and the vote are in the record, the roll as given. */
export function recordedStage(source: string, roll: RecordedRoll, day?: Day): StageFact {
  return {
    ...(day ? { day } : {}),
    outcome: { confidence: 'verified', source },
    decision: { method: 'recorded', vote: { confidence: 'verified', source }, roll },
  };
}

type RecordedRoll = Extract<StageFact['decision'], { method: 'recorded' }>['roll'];

/** A committee roll call rebuilt from the record's tally. */
export function committeeTally(
  tally: { yes: number; no: number; abstain: number },
  named: readonly Named[],
  source: string,
  day?: Day,
): StageFact {
  return recordedStage(
    source,
    {
      from: 'committeeTally',
      tally,
      named,
      confidence: 'reconstructed',
      source,
      note: `The record gives the committee’s totals (${tally.yes}–${tally.no}–${tally.abstain}) and names some States; the roll call is rebuilt from the plenary roll of the year to those totals.`,
    },
    day,
  );
}

/** A plenary roll call rebuilt from the totals of plenary_tallies_2015_2018.csv. */
export function plenaryTotals(
  symbol: string,
  baseRcid: string,
  named: readonly Named[],
  note: string,
  day?: Day,
  correction?: { yes: number; note: string },
): StageFact {
  const source = `votes/plenary_tallies_2015_2018.csv, ${symbol}`;
  return recordedStage(
    source,
    {
      from: 'totals',
      symbol,
      baseRcid,
      named,
      ...(correction ? { correction } : {}),
      confidence: 'reconstructed',
      source: `${source}; votes/space_votes_1981_2014.csv, rcid ${baseRcid}`,
      note,
    },
    day,
  );
}

export const ZIMBABWE_2016: Named = {
  states: ['ZWE'],
  vote: 'yes',
  source:
    'votes/README.md (2016: the source’s totals are one yes higher than the rows; Zimbabwe’s vote is missing from the rows)',
};
export const ZIMBABWE_CORRECTION = {
  yes: 1,
  note: 'votes/README.md: the source’s own totals are one yes higher than the country rows the file counts (Zimbabwe’s vote is missing from the rows); the roll call uses the source’s totals.',
};

export const TCBM_WITHOUT_VOTE_2015_2017 = {
  method: 'withoutVote',
  confidence: 'uncertain',
  source:
    'RECORD-ADDENDUM.md 3 (no recorded TCBM vote 2011–2017); RECORD.md 5 (TASS 7 Dec 2018: in 2018 the US broke the former consensus)',
  note: 'Read from the absence of a recorded vote and from the “former consensus” broken in 2018.',
} as const;
