import type { Day } from './types';
import type {
  Named,
  ParagraphVoteFact,
  ResolutionFact,
  ResolutionKind,
  StageFact,
  Tally,
} from './unga-types';
import { PARAGRAPHS } from './unga-types';
import { EU_WITHHELD, RUSSIA_NFP, recordedStage } from './unga-helpers';

// ---------------------------------------------------------------------------------------------
// 2019–2022: First Committee tallies from RECORD.md 5, no roll call in the votes data
// ---------------------------------------------------------------------------------------------

/** A stage whose roll call is rebuilt to the record's tally from the latest roll of the log. */
function rebuiltStage(
  tally: Tally,
  baseKinds: readonly ResolutionKind[],
  named: readonly Named[],
  source: string,
  baseNote: string,
  day?: Day,
  paragraphVote?: ParagraphVoteFact,
): StageFact {
  return {
    ...recordedStage(
      source,
      {
        from: 'rebuilt',
        tally,
        baseKinds,
        named,
        confidence: 'reconstructed',
        source,
        note: `The record gives the totals (${tally.yes}–${tally.no}–${tally.abstain}; the rest of the 193 Members absent) and names some States, not the roll call: rebuilt from ${baseNote}.`,
      },
      day,
    ),
    ...(paragraphVote ? { paragraphVote } : {}),
  };
}

/** A stage with no tally in the record: it takes the other stage's roll call of the draft. */
function otherStage(source: string, stage: 'committee' | 'plenary', day?: Day): StageFact {
  const other = stage === 'committee' ? 'plenary' : 'First Committee';
  return {
    ...(day ? { day } : {}),
    outcome: { confidence: 'verified', source },
    decision: {
      method: 'recorded',
      vote: {
        confidence: 'reconstructed',
        source,
        note: `The record gives no ${stage === 'committee' ? 'First Committee' : 'plenary'} tally for this text this year; that a recorded vote was taken is assumed.`,
      },
      roll: {
        from: 'otherStage',
        confidence: 'reconstructed',
        source,
        note: `No ${stage === 'committee' ? 'First Committee' : 'plenary'} tally in the record: the ${other}’s (itself rebuilt) roll call of the draft is used.`,
      },
    },
  };
}

const NUMBERED_BY_ENGINE = {
  confidence: 'reconstructed',
  source: 'RECORD.md 5 (no resolution symbol for this text this year)',
  note: 'The record gives no resolution symbol: the engine numbers it.',
} as const;

const UK_NORMS = {
  actor: 'GBR',
  with: [],
  confidence: 'verified',
  source: 'RECORD.md 4.2 (Reducing space threats: United Kingdom, 2020, 2021, 2023; Ploughshares)',
} as const;

const EU_YES_INFERRED = (source: string): Named => ({
  states: { eu: true },
  vote: 'yes',
  source,
});

const DAASAT_PLENARY_NAMED: readonly Named[] = [
  {
    states: ['BLR', 'BOL', 'CAF', 'CHN', 'CUB', 'IRN', 'NIC', 'RUS', 'SYR'],
    vote: 'no',
    source: 'RECORD.md 5 (2022 DA-ASAT GA 155–9–9, the nine No named; UN release 7 Dec 2022)',
  },
  {
    states: ['IND', 'LAO', 'MDG', 'PAK', 'SRB', 'LKA', 'SDN', 'TGO', 'ZWE'],
    vote: 'abstain',
    source: 'RECORD.md 5 (2022 DA-ASAT GA, the nine abstentions named)',
  },
];

export const LATER_RESOLUTIONS: readonly ResolutionFact[] = [
  // 2019 ---------------------------------------------------------------------------------------
  {
    year: 2019,
    kind: 'NFP',
    sponsor: RUSSIA_NFP,
    draftSymbol: {
      symbol: 'A/C.1/74/L.59',
      confidence: 'verified',
      source: 'RECORD.md 4.2 and 5 (GA/DIS/3642, EU 2019)',
    },
    paragraphs: [
      {
        id: 'PP5',
        text: 'A preambular paragraph put to a separate vote and retained; its content is not in the record.',
      },
      ...PARAGRAPHS.NFP,
    ],
    committee: rebuiltStage(
      { yes: 123, no: 14, abstain: 40 },
      ['NFP'],
      [
        {
          states: ['USA', 'ISR'],
          vote: 'no',
          source: 'RECORD.md 5 (2019 NFP FC: US No, Israel No)',
        },
        {
          states: ['RUS', 'CHN'],
          vote: 'yes',
          source: 'RECORD.md 5 (2019 NFP FC: Russia Yes, China Yes inferred)',
        },
        EU_WITHHELD('RECORD.md 5 (2019 NFP: EU did not support it, several EU States No)'),
      ],
      'RECORD.md 5 and 4.3 (2019 NFP FC 5 Nov 2019, 123–14–40, GA/DIS/3642)',
      'the 2018 NFP plenary roll call of the log (itself rebuilt from totals)',
      { date: '2019-11-05', confidence: 'verified', source: 'RECORD.md 5 (FC 5 Nov 2019)' },
      {
        paragraph: 'PP5',
        requester: 'USA',
        request: {
          confidence: 'reconstructed',
          source: 'RECORD.md 4.3 (rule 129: any member may request a separate vote)',
          note: 'Who asked for the separate vote on PP5 is not recorded: the United States, which voted against the text, stands in.',
        },
        vote: {
          confidence: 'verified',
          source: 'RECORD.md 4.3 (2019 NFP PP5 retained 114–42–10, GA/DIS/3642)',
        },
        tally: { yes: 114, no: 42, abstain: 10 },
        named: [],
        roll: {
          confidence: 'reconstructed',
          source: 'RECORD.md 4.3 (GA/DIS/3642)',
          note: 'The record gives the totals of the separate vote on PP5 (114–42–10), no State: rebuilt from the committee’s roll call on the whole text.',
        },
      },
    ),
    resolution: NUMBERED_BY_ENGINE,
    plenary: otherStage('RECORD.md 5 (2019 NFP: no plenary tally in the record)', 'plenary'),
  },
  // 2020 ---------------------------------------------------------------------------------------
  {
    year: 2020,
    kind: 'NORMS',
    sponsor: UK_NORMS,
    committee: rebuiltStage(
      { yes: 150, no: 12, abstain: 8 },
      ['NORMS', 'PAROS'],
      [
        {
          states: ['AGO', 'ARM', 'BLR', 'BOL', 'IND', 'ISR', 'NGA', 'PLW'],
          vote: 'abstain',
          source: 'RECORD.md 5 (2020 FC: the eight abstentions named, GA/DIS/3658)',
        },
        {
          states: ['CHN', 'RUS'],
          vote: 'no',
          source: 'RECORD.md 5 (2020: China and Russia No, UNCERTAIN; Russia spoke against)',
        },
        {
          states: ['USA', 'GBR'],
          vote: 'yes',
          source: 'RECORD.md 5 (2020: US Yes, inferred); RECORD.md 4.2 (UK the sponsor)',
        },
        EU_YES_INFERRED('RECORD.md 5 (2020: EU Yes, inferred)'),
      ],
      'RECORD.md 5 (2020 Reducing space threats FC 150–12–8, GA/DIS/3658; the 12 No not listed)',
      'the 2018 PAROS plenary roll call of the log (no earlier text of this kind; PAROS is the nearest yearly outer-space text with a roll call)',
    ),
    resolution: {
      symbol: 'A/RES/75/36',
      confidence: 'verified',
      source: 'RECORD.md 4.4 and 5 (A/RES/75/36, UK, 7 Dec 2020; Ploughshares)',
    },
    plenary: otherStage('RECORD.md 5 (2020: no plenary tally in the record)', 'plenary', {
      date: '2020-12-07',
      confidence: 'verified',
      source: 'RECORD.md 4.4 and 5 (A/RES/75/36 of 7 Dec 2020)',
    }),
  },
  // 2021 ---------------------------------------------------------------------------------------
  {
    year: 2021,
    kind: 'NORMS',
    sponsor: UK_NORMS,
    draftSymbol: {
      symbol: 'A/C.1/76/L.52',
      confidence: 'verified',
      source: 'RECORD.md 4.2, 4.4 and 5 (ESPI brief 54; GA/DIS/3676)',
    },
    committee: rebuiltStage(
      { yes: 163, no: 8, abstain: 9 },
      ['NORMS'],
      [
        {
          states: ['CHN', 'CUB', 'PRK', 'IRN', 'NIC', 'RUS', 'SYR', 'VEN'],
          vote: 'no',
          source: 'RECORD.md 5 (2021 FC 163–8–9: the eight No named, GA/DIS/3676)',
        },
        { states: ['ISR'], vote: 'abstain', source: 'RECORD.md 5 (2021: Israel abstained)' },
        {
          states: ['USA', 'GBR'],
          vote: 'yes',
          source: 'RECORD.md 5 (2021: US Yes, inferred); RECORD.md 4.2 (UK the sponsor)',
        },
        EU_YES_INFERRED('RECORD.md 5 (2021: EU Yes, inferred)'),
      ],
      'RECORD.md 4.4 and 5 (2021 Reducing space threats FC 1 Nov 2021, 163–8–9, GA/DIS/3676)',
      'the 2020 roll call of the same text in the log (itself rebuilt)',
      { date: '2021-11-01', confidence: 'verified', source: 'RECORD.md 5 (FC 1 Nov 2021)' },
    ),
    resolution: {
      symbol: 'A/RES/76/231',
      confidence: 'uncertain',
      source: 'RECORD.md 4.4 (the adopted resolution number 76/231: UNCERTAIN, secondary only)',
      note: 'The resolution number is UNCERTAIN in the record (secondary source only).',
    },
    plenary: otherStage('RECORD.md 5 (2021: no plenary tally in the record)', 'plenary'),
  },
  {
    year: 2021,
    kind: 'NFP',
    sponsor: {
      actor: 'RUS',
      with: ['CHN'],
      confidence: 'verified',
      source: 'RECORD.md 4.2 (NFP: Russia) and 5 (2021: China co-sponsor)',
    },
    draftSymbol: {
      symbol: 'A/C.1/76/L.50',
      confidence: 'verified',
      source: 'RECORD.md 4.2 and 5 (ESPI brief 54; silkway.news)',
    },
    committee: rebuiltStage(
      { yes: 125, no: 35, abstain: 22 },
      ['NFP'],
      [
        { states: ['RUS', 'CHN'], vote: 'yes', source: 'RECORD.md 5 (2021 NFP: sponsors)' },
        { states: ['USA'], vote: 'no', source: 'RECORD.md 5 (2021 NFP: US No, inferred)' },
        EU_WITHHELD('RECORD.md 5 (2021 NFP: EU did not support it; EU EoV 1 Nov 2021)'),
      ],
      'RECORD.md 5 (2021 NFP FC 1 Nov 2021, 125–35–22, silkway.news)',
      'the 2019 NFP roll call of the log (itself rebuilt)',
      { date: '2021-11-01', confidence: 'verified', source: 'RECORD.md 5 (FC 1 Nov 2021)' },
    ),
    resolution: NUMBERED_BY_ENGINE,
    plenary: otherStage('RECORD.md 5 (2021 NFP: no plenary tally in the record)', 'plenary'),
  },
  // 2022 ---------------------------------------------------------------------------------------
  {
    year: 2022,
    kind: 'DAASAT',
    sponsor: {
      actor: 'USA',
      with: [],
      confidence: 'verified',
      source: 'RECORD.md 4.2 (DA-ASAT testing: United States, 2022; ACT Dec 2022) and 5',
    },
    draftSymbol: {
      symbol: 'A/C.1/77/L.62',
      confidence: 'verified',
      source: 'RECORD.md 4.2 and 5 (spaceref/UN release; EU 2022)',
    },
    committee: rebuiltStage(
      { yes: 154, no: 8, abstain: 10 },
      ['NORMS'],
      [
        {
          states: ['CHN', 'RUS'],
          vote: 'no',
          source: 'RECORD.md 5 (2022 DA-ASAT: China, Russia No)',
        },
        {
          states: ['USA', 'ISR', 'CAF'],
          vote: 'yes',
          source:
            'RECORD.md 5 (2022 DA-ASAT: US sponsor, Israel Yes inferred); RECORD.md 4.3 (the Central African Republic voted yes in the committee)',
        },
        EU_YES_INFERRED('RECORD.md 5 (2022 DA-ASAT: EU Yes)'),
      ],
      'RECORD.md 5 (2022 DA-ASAT FC 1 Nov 2022, 154–8–10, ACT Dec 2022)',
      'the 2021 Reducing space threats roll call of the log (itself rebuilt; the nearest kind, no earlier DA-ASAT text)',
      { date: '2022-11-01', confidence: 'verified', source: 'RECORD.md 5 (FC 1 Nov 2022)' },
    ),
    resolution: {
      symbol: 'A/RES/77/41',
      confidence: 'uncertain',
      source: 'RECORD.md 5 (A/RES/77/41, symbol UNCERTAIN)',
      note: 'The resolution symbol is UNCERTAIN in the record.',
    },
    plenary: rebuiltStage(
      { yes: 155, no: 9, abstain: 9 },
      ['DAASAT'],
      [
        ...DAASAT_PLENARY_NAMED,
        {
          states: ['USA', 'ISR'],
          vote: 'yes',
          source: 'RECORD.md 5 (2022 DA-ASAT: US, Israel Yes)',
        },
        EU_YES_INFERRED('RECORD.md 5 (2022 DA-ASAT: EU Yes)'),
      ],
      'RECORD.md 5 (2022 DA-ASAT GA 7 Dec 2022, 155–9–9; UN release via spaceref; yazhnews)',
      'the committee’s roll call of the draft (itself rebuilt)',
      { date: '2022-12-07', confidence: 'verified', source: 'RECORD.md 5 (GA 7 Dec 2022)' },
    ),
  },
  {
    year: 2022,
    kind: 'NFP',
    sponsor: RUSSIA_NFP,
    draftSymbol: {
      symbol: 'A/C.1/77/L.67',
      confidence: 'verified',
      source: 'RECORD.md 4.2 and 5 (spaceref/UN release; EU 2022)',
    },
    committee: otherStage(
      'RECORD.md 5 (2022 NFP: no First Committee tally in the record)',
      'committee',
    ),
    resolution: {
      symbol: 'A/RES/77/42',
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 3 (NFP A/RES/77/42, GA 7 Dec 2022, 122–50–4)',
    },
    plenary: rebuiltStage(
      { yes: 122, no: 50, abstain: 4 },
      ['NFP'],
      [
        {
          states: ['RUS', 'CHN'],
          vote: 'yes',
          source: 'RECORD.md 5 (2022 NFP: Russia Yes; China Yes, inferred)',
        },
        { states: ['USA'], vote: 'no', source: 'RECORD.md 5 (2022 NFP: US No, inferred)' },
        {
          states: { eu: true },
          vote: 'no',
          source: 'RECORD.md 5 (2022 NFP: EU No; the EU called on others to vote No)',
        },
      ],
      'RECORD.md 5; RECORD-ADDENDUM.md 3 (2022 NFP GA 7 Dec 2022, 122–50–4; Sputnik 7 Dec 2022)',
      'the 2021 NFP roll call of the log (itself rebuilt)',
      { date: '2022-12-07', confidence: 'verified', source: 'RECORD.md 5 (GA 7 Dec 2022)' },
    ),
  },
];
