import type { Personality } from './personality';
import { S5, VOTES_CSV } from './personality';

/** China as the record shows it (sources on each trait). */
export const CHINA: Personality = {
  seat: 'CHN',
  sponsors: [
    {
      value: ['NFP'],
      from: 2015,
      source: 'RECORD.md 7 China: original co-author of NFP with Brazil in 2015',
      confidence: 'verified',
    },
  ],
  coSponsors: [
    {
      value: ['TCBM', 'FPM'],
      source: 'RECORD.md 7 China: TCBM GGE 2012–13, co-author of the 2021 TCBM text; FPM Yes (5)',
      confidence: 'inferred',
    },
    {
      value: ['NFP', 'TCBM', 'FPM'],
      from: 2014,
      source: 'RECORD.md 5: NFP Yes every year from 2014, co-author 2015 and 2021',
      confidence: 'verified',
    },
  ],
  objections: [
    {
      value: 'Limits on research, testing or stockpiling of systems on the ground',
      source: 'RECORD.md 1.4 CD/1872: ground-based ASAT testing left out as unverifiable',
      confidence: 'verified',
    },
    {
      value: 'A Code of Conduct that reaches into security rather than peaceful uses',
      source: 'RECORD.md 2.3 and 7 China (Krepon in ACT Sep 2015)',
      confidence: 'verified',
    },
    {
      value: 'Responsible-behaviour norms in place of a binding treaty',
      from: 2020,
      source: 'RECORD.md 7 China: No on the norms texts 2021 and 2023',
      confidence: 'verified',
    },
  ],
  votes: {
    PAROS: [{ value: 'yes', source: `${S5}; ${VOTES_CSV}`, confidence: 'verified' }],
    NFP: [
      { value: 'yes', source: `${S5}: co-author 2015, Yes every year`, confidence: 'verified' },
    ],
    TCBM: [{ value: 'yes', source: `${VOTES_CSV}: Yes 2005–2010`, confidence: 'verified' }],
    FPM: [{ value: 'yes', source: `${S5}: Yes (inferred) 2017–2023`, confidence: 'inferred' }],
    NORMS: [{ value: 'no', source: `${S5}: No 2021 and 2023`, confidence: 'verified' }],
    DAASAT: [{ value: 'no', source: `${S5}: No in 2022`, confidence: 'verified' }],
  },
  requestsRecordedVote: [
    {
      value: ['NORMS', 'DAASAT'],
      from: 2020,
      source: `${S5}: the norms and DA-ASAT texts went to recorded votes China voted No on`,
      confidence: 'inferred',
    },
  ],
  explainsVotes: {
    value: 0.3,
    source: 'RECORD.md 7 China: statements in the First Committee (Fu Cong 2019)',
    confidence: 'inferred',
  },
  attitudes: {
    negotiatingMandate: [
      {
        value: 1,
        source:
          'RECORD.md 7 China: since 1999 pushed for a PAROS ad hoc committee with a negotiating mandate (CD/1576)',
        confidence: 'verified',
      },
    ],
    discussionMandate: [
      {
        value: 0.4,
        source:
          'RECORD-ADDENDUM.md 4.2: joined the consensus on CD/1864, which only discusses PAROS',
        confidence: 'verified',
      },
    ],
    ppwt: [
      {
        value: 1,
        source: 'RECORD.md 7 China: co-author of CD/1679, CD/1839, CD/1985',
        confidence: 'verified',
      },
    ],
    codeOfConduct: [
      {
        value: -0.4,
        source: 'RECORD.md 2.3: the Code should cover only peaceful uses; grave reservations',
        confidence: 'verified',
      },
    ],
    asatTests: [
      {
        value: 0.3,
        source: 'RECORD.md 6: FY-1C destroyed on 11 Jan 2007; says it will not join an arms race',
        confidence: 'verified',
      },
    ],
    testMoratorium: [
      {
        value: -0.5,
        source: 'RECORD.md 7 China: voted No on the DA-ASAT resolution 2022',
        confidence: 'verified',
      },
    ],
    verification: [
      {
        value: -0.4,
        source: 'RECORD.md 1.4 CD/1872: ground-based ASAT testing left out as unverifiable',
        confidence: 'verified',
      },
    ],
    writtenResponses: [
      {
        value: 0.6,
        source: 'RECORD.md 1.4: joint answers CD/1872 (2009) and CD/2042 (2015) with Russia',
        confidence: 'verified',
      },
    ],
  },
  partners: {
    value: ['RUS'],
    source: 'RECORD.md 1: co-author of every PPWT text with Russia',
    confidence: 'verified',
  },
};
