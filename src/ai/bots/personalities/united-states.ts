import type { Personality } from './personality';
import { S5, VOTES_CSV } from './personality';

/** The United States as the record shows it (sources on each trait). */
export const UNITED_STATES: Personality = {
  seat: 'USA',
  sponsors: [
    {
      value: ['DAASAT'],
      from: 2022,
      source: `${S5}: DA-ASAT resolution (US sponsor, 2022)`,
      confidence: 'verified',
    },
  ],
  coSponsors: [
    {
      value: ['TCBM'],
      from: 2011,
      to: 2017,
      source:
        'RECORD.md 7 United States: co-author of TCBM in the years before 2018 (start UNCERTAIN)',
      confidence: 'uncertain',
    },
    {
      value: ['NORMS'],
      from: 2020,
      source: 'RECORD.md 7 United States: supported the UK norms resolutions',
      confidence: 'verified',
    },
  ],
  objections: [
    {
      value: 'No verification regime in the PPWT',
      source: 'RECORD.md 1.4 (Rose 10 Jun 2014; Wood 9 Sep 2014)',
      confidence: 'verified',
    },
    {
      value: 'Ground-based anti-satellite weapons left uncovered (break-out)',
      source: 'RECORD.md 1.4 CD/1998 (Wood 9 Sep 2014)',
      confidence: 'verified',
    },
    {
      value: 'No workable definition of a weapon in outer space',
      source: 'RECORD.md 1.4 (Poblete 14 Aug 2018; Moscow Times 8 Dec 2015)',
      confidence: 'verified',
    },
    {
      value: 'New legal regimes restricting US access to or use of space',
      to: 2009,
      source: 'RECORD.md 6 and 7: National Space Policy of 31 Aug 2006',
      confidence: 'verified',
    },
  ],
  votes: {
    PAROS: [
      { value: 'no', to: 2008, source: `${VOTES_CSV}: No 2005–2008`, confidence: 'verified' },
      {
        value: 'abstain',
        from: 2009,
        source: `${S5}: abstained from 2009`,
        confidence: 'verified',
      },
    ],
    NFP: [{ value: 'no', source: `${S5}: No every year since 2014`, confidence: 'verified' }],
    TCBM: [
      { value: 'no', to: 2009, source: `${VOTES_CSV}: No 2005–2008`, confidence: 'verified' },
      {
        value: 'abstain',
        from: 2010,
        to: 2010,
        source: 'RECORD-ADDENDUM.md 5: 2010 US abstention (dataset rows)',
        confidence: 'verified',
      },
      {
        value: 'yes',
        from: 2011,
        to: 2017,
        source: 'RECORD.md 5 and 7: adopted without a vote, US a co-author before 2018',
        confidence: 'inferred',
      },
      {
        value: 'no',
        from: 2018,
        source: 'RECORD.md 5: the US broke the consensus in 2018 (TASS)',
        confidence: 'uncertain',
      },
    ],
    FPM: [{ value: 'no', source: `${S5}: No 2017 and 2019`, confidence: 'verified' }],
    NORMS: [{ value: 'yes', source: `${S5}: Yes (inferred) 2020–2023`, confidence: 'inferred' }],
    DAASAT: [{ value: 'yes', source: `${S5}: sponsor 2022`, confidence: 'verified' }],
  },
  requestsRecordedVote: [
    {
      value: ['PAROS', 'TCBM'],
      to: 2008,
      source: `${S5}: PAROS and TCBM went to recorded votes with the US the sole No, 2005–2008`,
      confidence: 'inferred',
    },
    {
      value: ['NFP', 'FPM'],
      from: 2014,
      source: `${S5}: recorded votes on NFP (2014 on) and FPM (2017 on), the US voting No`,
      confidence: 'inferred',
    },
  ],
  explainsVotes: {
    value: 0.6,
    source: 'RECORD.md 7 United States: Luaces (FC 2006), Turner (FC 26 Oct 2022)',
    confidence: 'verified',
  },
  attitudes: {
    negotiatingMandate: [
      {
        value: -1,
        source: 'RECORD.md 6 and 7: 2006 policy opposes new legal regimes; no negotiating mandate',
        confidence: 'verified',
      },
      {
        value: -0.7,
        from: 2010,
        source: 'RECORD.md 7: 2010 criteria (equitable, effectively verifiable, security of all)',
        confidence: 'verified',
      },
    ],
    discussionMandate: [
      {
        value: 0.3,
        source: 'RECORD-ADDENDUM.md 4.2: joined the consensus on CD/1864 (PAROS discussed only)',
        confidence: 'verified',
      },
    ],
    ppwt: [
      {
        value: -1,
        source: 'RECORD.md 1.4 and 7 United States: flawed at its core, beyond repair',
        confidence: 'verified',
      },
    ],
    codeOfConduct: [
      {
        value: 0,
        to: 2011,
        source:
          'RECORD.md 2.1: the US would not sign the EU text as it stood (Tauscher, 12 Jan 2012)',
        confidence: 'verified',
      },
      {
        value: 0.5,
        from: 2012,
        source:
          'RECORD.md 2.1 and 2.3: joined the drafting on 17 Jan 2012; preferred the Code to the PPWT in 2014',
        confidence: 'verified',
      },
    ],
    asatTests: [
      {
        value: 0.2,
        to: 2021,
        source: 'RECORD.md 6: Operation Burnt Frost, 20/21 Feb 2008',
        confidence: 'verified',
      },
      {
        value: -0.8,
        from: 2022,
        source: 'RECORD.md 6: US pledge of 18 Apr 2022 against destructive DA-ASAT tests',
        confidence: 'verified',
      },
    ],
    testMoratorium: [
      {
        value: -0.2,
        to: 2021,
        source: 'RECORD.md 7 United States: arms control must not impair testing (2006 policy)',
        confidence: 'verified',
      },
      {
        value: 1,
        from: 2022,
        source: 'RECORD.md 6: DA-ASAT test moratorium of 18 Apr 2022 and its resolution',
        confidence: 'verified',
      },
    ],
    verification: [
      {
        value: 1,
        source: 'RECORD.md 1.4: no verification regime (DeSutter 2008, Rose 2014, Poblete 2018)',
        confidence: 'verified',
      },
    ],
    writtenResponses: [
      {
        value: 1,
        source: 'RECORD.md 1.4: CD/1847 (2008), CD/1998 (2014), CD/2129 (2018)',
        confidence: 'verified',
      },
    ],
  },
  partners: {
    value: ['EU'],
    source: 'RECORD.md 2.3 and 7 Western Group: Code of Conduct, norms, DA-ASAT',
    confidence: 'verified',
  },
};
