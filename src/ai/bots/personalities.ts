import type { SeatId } from '../../engine/index';
import type { ResolutionKind, Vote } from '../voting/index';

/**
 * The four delegations as the record shows them (shared/history/RECORD.md 5–7, RECORD-ADDENDUM.md,
 * votes/): what each tabled and sponsored, what it objected to, how it voted on each kind of
 * General Assembly text, and where it stood on a CD negotiating mandate, the EU Code of Conduct,
 * anti-satellite tests and test moratoria. Every trait carries the note it rests on; a bot reads
 * the trait of the game's year, so a 2008 United States votes No on PAROS and a 2014 one abstains.
 */

/** How sure the record is: a direct record, an inference from a vote list or sponsorship, or a gap. */
export type TraitConfidence = 'verified' | 'inferred' | 'uncertain';

/** A trait that holds from one year (inclusive) to another (inclusive; open when absent). */
export interface Era<TValue> {
  readonly from?: number;
  readonly to?: number;
  readonly value: TValue;
  /** Where the record says it: RECORD.md section and the source it names. */
  readonly source: string;
  readonly confidence: TraitConfidence;
}

/** A leaning from -1 (firmly against) to +1 (firmly for). */
export type Leaning = number;

/** The attitudes a bot weighs when an option touches them. */
export interface Attitudes {
  /** A CD subsidiary body on outer space with a mandate to negotiate a treaty. */
  readonly negotiatingMandate: readonly Era<Leaning>[];
  /** A CD body that only discusses outer space (the CD/1864 formula). */
  readonly discussionMandate: readonly Era<Leaning>[];
  /** The Russian-Chinese PPWT as the basis of negotiation. */
  readonly ppwt: readonly Era<Leaning>[];
  /** The EU's non-binding International Code of Conduct. */
  readonly codeOfConduct: readonly Era<Leaning>[];
  /** Carrying out an anti-satellite test itself. */
  readonly asatTests: readonly Era<Leaning>[];
  /** A moratorium on destructive anti-satellite tests. */
  readonly testMoratorium: readonly Era<Leaning>[];
  /** Verification and definitions as conditions of any binding text. */
  readonly verification: readonly Era<Leaning>[];
  /** Written responses to the other side's drafts (comments, analyses, answers). */
  readonly writtenResponses: readonly Era<Leaning>[];
}

export interface Personality {
  readonly seat: SeatId;
  /** The resolution kinds this delegation tables or leads. */
  readonly sponsors: readonly Era<readonly ResolutionKind[]>[];
  /** The kinds it joins as a co-sponsor or co-author without leading. */
  readonly coSponsors: readonly Era<readonly ResolutionKind[]>[];
  /** What it objected to, in its own arguments (shown with a bot's choice, never scored). */
  readonly objections: readonly Era<string>[];
  /** Its vote on each kind, year by year. */
  readonly votes: Readonly<Record<ResolutionKind, readonly Era<Vote>[]>>;
  /** Kinds on which it asks for a recorded vote (to put its No or abstention on the record). */
  readonly requestsRecordedVote: readonly Era<readonly ResolutionKind[]>[];
  /** How much it explains its votes (the EU speaks at the UN mostly by explanation of vote). */
  readonly explainsVotes: Era<Leaning>;
  readonly attitudes: Attitudes;
  /** The seats it works with. */
  readonly partners: Era<readonly SeatId[]>;
}

/** The trait of a year: the latest era that covers it (later entries refine earlier ones). */
export function traitIn<TValue>(eras: readonly Era<TValue>[], year: number): Era<TValue> | null {
  let found: Era<TValue> | null = null;
  for (const era of eras) {
    if ((era.from === undefined || era.from <= year) && (era.to === undefined || year <= era.to)) {
      found = era;
    }
  }
  return found;
}

/** The value of a trait in a year, or the fallback when the record is silent for that year. */
export function valueIn<TValue>(
  eras: readonly Era<TValue>[],
  year: number,
  fallback: TValue,
): TValue {
  return traitIn(eras, year)?.value ?? fallback;
}

const S5 = 'RECORD.md 5 (voting record 2005–2023)';
const VOTES_CSV = 'votes/space_votes_1981_2014.csv (Voeten)';

const CHINA: Personality = {
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

const RUSSIA: Personality = {
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

const UNITED_STATES: Personality = {
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

const EUROPEAN_UNION: Personality = {
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

/** The four delegations' personalities, by seat. */
export const PERSONALITIES: Readonly<Record<SeatId, Personality>> = {
  CHN: CHINA,
  RUS: RUSSIA,
  USA: UNITED_STATES,
  EU: EUROPEAN_UNION,
};
