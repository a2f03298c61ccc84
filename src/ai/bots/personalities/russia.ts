import type { Personality } from './personality';
import { S5, VOTES_CSV } from './personality';

/** Russia as the record shows it (sources on each trait). */
export const RUSSIA: Personality = {
  seat: 'RUS',
  sponsors: [
    {
      value: ['TCBM'],
      from: 2005,
      source: 'RECORD.md 7 Russia: sponsor of the TCBM series from 60/66 (2005)',
      confidence: 'verified',
    },
    {
      value: ['TCBM', 'NFP'],
      from: 2014,
      source: 'RECORD.md 5 and 7 Russia: NFP resolution since 2014',
      confidence: 'verified',
    },
    {
      value: ['TCBM', 'NFP', 'FPM'],
      from: 2017,
      source: 'RECORD.md 7 Russia: FPM sponsor from 2017',
      confidence: 'verified',
    },
  ],
  coSponsors: [
    {
      value: ['PAROS'],
      source: `${S5}: Yes on PAROS every year (inferred)`,
      confidence: 'inferred',
    },
  ],
  objections: [
    {
      value: 'A Code of Conduct that would legitimise unilateral force against spacecraft',
      source: 'RECORD.md 2.3 and 7 Russia (space4peace.org, Foreign Ministry)',
      confidence: 'verified',
    },
    {
      value: 'A Code drafted outside a UN mandate',
      from: 2015,
      source: 'RECORD.md 2.1 and 2.3: New York meeting of July 2015 (thespacereview 2851)',
      confidence: 'verified',
    },
    {
      value: 'US missile defence as a road to weapons in space',
      source: 'RECORD.md 6: ABM Treaty withdrawal (2001–02) and Burnt Frost (2008)',
      confidence: 'verified',
    },
    {
      value: 'Vague norms of responsible behaviour that erode PAROS',
      from: 2020,
      source: 'RECORD.md 7 Russia: challenged First Committee competence (2020)',
      confidence: 'verified',
    },
  ],
  votes: {
    PAROS: [{ value: 'yes', source: `${S5}; ${VOTES_CSV}`, confidence: 'verified' }],
    NFP: [{ value: 'yes', source: `${S5}: sponsor from 2014`, confidence: 'verified' }],
    TCBM: [{ value: 'yes', source: `${S5}: sponsor; ${VOTES_CSV}`, confidence: 'verified' }],
    FPM: [{ value: 'yes', source: `${S5}: sponsor from 2017`, confidence: 'verified' }],
    NORMS: [{ value: 'no', source: `${S5}: No 2021 and 2023`, confidence: 'verified' }],
    DAASAT: [{ value: 'no', source: `${S5}: No in 2022`, confidence: 'verified' }],
  },
  requestsRecordedVote: [
    {
      value: ['NORMS', 'DAASAT'],
      from: 2020,
      source: `${S5}: the norms and DA-ASAT texts went to recorded votes Russia voted No on`,
      confidence: 'inferred',
    },
  ],
  explainsVotes: {
    value: 0.4,
    source: 'RECORD.md 7 Russia: spoke against the norms approach (2020)',
    confidence: 'inferred',
  },
  attitudes: {
    negotiatingMandate: [
      {
        value: 1,
        source:
          'RECORD.md 7 Russia and G21: a CD negotiation on a legally binding instrument (FPM texts)',
        confidence: 'verified',
      },
    ],
    discussionMandate: [
      {
        value: 0.4,
        source: 'RECORD-ADDENDUM.md 4.2: joined the consensus on CD/1864',
        confidence: 'verified',
      },
    ],
    ppwt: [
      {
        value: 1,
        source: 'RECORD.md 7 Russia: co-author; Lavrov 2008 (fill the gaps in space law)',
        confidence: 'verified',
      },
    ],
    codeOfConduct: [
      {
        value: -0.6,
        source: 'RECORD.md 2.3: would legitimise unilateral force against spacecraft',
        confidence: 'verified',
      },
    ],
    asatTests: [
      {
        value: 0.3,
        source: 'RECORD.md 6 and 7 Russia: Kosmos 1408 destroyed on 15 Nov 2021',
        confidence: 'verified',
      },
    ],
    testMoratorium: [
      {
        value: -0.5,
        source: 'RECORD.md 7 Russia: voted No on the DA-ASAT resolution 2022',
        confidence: 'verified',
      },
    ],
    verification: [
      {
        value: -0.3,
        source: 'RECORD.md 1.4 CD/1872: ground-based ASAT testing left out as unverifiable',
        confidence: 'verified',
      },
    ],
    writtenResponses: [
      {
        value: 0.8,
        source: 'RECORD.md 1.4: answered the US in writing (CD/1872, CD/2042)',
        confidence: 'verified',
      },
    ],
  },
  partners: {
    value: ['CHN'],
    source: 'RECORD.md 1: co-author of every PPWT text with China',
    confidence: 'verified',
  },
};
