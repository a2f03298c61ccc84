import type { Personality } from './personality';
import { S5, VOTES_CSV } from './personality';

/** The European Union as the record shows it (sources on each trait). */
export const EUROPEAN_UNION: Personality = {
  seat: 'EU',
  sponsors: [
    {
      value: [],
      source:
        'RECORD.md 3 and 4: the EU, an observer, tables no resolution; its Code goes to the CD',
      confidence: 'verified',
    },
  ],
  coSponsors: [
    {
      value: ['PAROS', 'TCBM'],
      source: `${S5} and 7 EU: all EU States vote Yes on PAROS; Western Group favours TCBMs`,
      confidence: 'inferred',
    },
    {
      value: ['PAROS', 'TCBM', 'NORMS', 'DAASAT'],
      from: 2020,
      source: 'RECORD.md 7 EU: supports the UK norms texts; Yes on DA-ASAT 2022',
      confidence: 'inferred',
    },
  ],
  objections: [
    {
      value: 'A binding treaty with no definition of a weapon in outer space',
      from: 2015,
      source: 'RECORD.md 7 EU: France at the First Committee 2015 (GA/DIS/3532)',
      confidence: 'verified',
    },
    {
      value: 'Further practical measures that do not cover all aspects',
      from: 2017,
      source: 'RECORD.md 7 EU: EU EoV 31 Oct 2023',
      confidence: 'verified',
    },
  ],
  votes: {
    PAROS: [{ value: 'yes', source: `${S5}: all EU States Yes`, confidence: 'verified' }],
    NFP: [
      { value: 'abstain', to: 2021, source: `${S5}: abstained 2014–2021`, confidence: 'verified' },
      { value: 'no', from: 2022, source: `${S5}: No from 2022`, confidence: 'verified' },
    ],
    TCBM: [
      { value: 'yes', source: `${VOTES_CSV}: EU States Yes 2005–2010`, confidence: 'verified' },
    ],
    FPM: [
      { value: 'abstain', to: 2021, source: `${S5}: most abstained 2017`, confidence: 'verified' },
      { value: 'no', from: 2022, source: `${S5}: No 2022–2023`, confidence: 'verified' },
    ],
    NORMS: [
      { value: 'yes', source: `${S5}: no EU State among No/Abstain`, confidence: 'inferred' },
    ],
    DAASAT: [{ value: 'yes', source: `${S5}: Yes in 2022`, confidence: 'verified' }],
  },
  requestsRecordedVote: [
    {
      value: ['NFP', 'FPM'],
      from: 2022,
      source: 'RECORD.md 5: in 2022 the EU called on others to vote No on NFP',
      confidence: 'verified',
    },
  ],
  explainsVotes: {
    value: 1,
    source: 'RECORD.md 7 EU: speaks by explanation of vote (EoVs 2016, 2018, 2019, 2021–2023)',
    confidence: 'verified',
  },
  attitudes: {
    negotiatingMandate: [
      {
        value: -0.3,
        source: 'RECORD.md 7 Western Group: favoured examination over negotiation on PAROS',
        confidence: 'verified',
      },
    ],
    discussionMandate: [
      {
        value: 0.8,
        source: 'RECORD-ADDENDUM.md 4.2: CD/1864 adopted by consensus under Algeria (2009)',
        confidence: 'verified',
      },
    ],
    ppwt: [
      {
        value: -0.4,
        source: 'RECORD.md 7 EU: a binding text needs definitions and verification (France 2015)',
        confidence: 'verified',
      },
    ],
    codeOfConduct: [
      {
        value: 1,
        source: 'RECORD.md 2: author and promoter of the ICoC, 2008–2015',
        confidence: 'verified',
      },
    ],
    asatTests: [
      {
        value: -1,
        source: 'RECORD.md 2.2: the Code asks States to refrain from damaging space objects',
        confidence: 'verified',
      },
    ],
    testMoratorium: [
      {
        value: 0.5,
        source: 'RECORD.md 2.2: debris mitigation and no long-lived debris in the Code',
        confidence: 'inferred',
      },
      {
        value: 1,
        from: 2022,
        source:
          'RECORD.md 6: Germany, France and other EU States joined the DA-ASAT pledge in 2022',
        confidence: 'verified',
      },
    ],
    verification: [
      {
        value: 0.7,
        source: 'RECORD.md 7 EU: definitions and verification (France, FC 2015)',
        confidence: 'verified',
      },
    ],
    writtenResponses: [
      {
        value: 0.3,
        source: 'RECORD.md 2.1: the EU answered with its own text, the Code (CD, 12 Feb 2009)',
        confidence: 'inferred',
      },
    ],
  },
  partners: {
    value: ['USA'],
    source: 'RECORD.md 2.1: the US joined the Code effort on 17 Jan 2012; Western Group',
    confidence: 'verified',
  },
};
