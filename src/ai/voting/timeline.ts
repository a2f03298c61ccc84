import type { ResolutionKind, Vote } from './types';

/**
 * Who a fact is about: listed states, the EU member states of that year, or the Western camp
 * (states whose latest ideal point is at least `WEST_IDEAL_POINT`).
 */
export type FactSubject = readonly string[] | 'EU' | 'WEST';

/**
 * A dated fact of the record (RECORD.md sections 5–7) that moves some states towards a vote on
 * some kinds of resolution, from the calendar year `from` (to `to`, inclusive, if it ends).
 * Facts drawn from a recorded vote apply from the year after it, so the model never reads the
 * vote of the year it is asked about; events and stated positions apply from their own year.
 */
export interface TimelineFact {
  readonly id: string;
  readonly from: number;
  readonly to?: number;
  readonly kinds: readonly ResolutionKind[];
  readonly who: FactSubject;
  readonly vote: Vote;
  readonly weight: number;
  /** The reason as a sentence, shown with the prediction. */
  readonly reason: string;
  /** Where RECORD.md says it (section and source). */
  readonly source: string;
}

/** The ideal point from which a state counts as part of the Western camp (EU members ≈ 0.7–1.4). */
export const WEST_IDEAL_POINT = 0.7;

const RUSSIAN_TEXTS: readonly ResolutionKind[] = ['NFP', 'FPM'];
const NORM_TEXTS: readonly ResolutionKind[] = ['NORMS', 'DAASAT'];

/** The record's timeline as the voting model reads it. */
export const TIMELINE: readonly TimelineFact[] = [
  {
    id: 'us-paros-no',
    from: 2005,
    to: 2008,
    kinds: ['PAROS', 'TCBM'],
    who: ['USA'],
    vote: 'no',
    weight: 3,
    reason: 'US: no arms race in space, existing regime enough; 2006 policy opposes new regimes',
    source: 'RECORD 6 (31 Aug 2006), 7 United States; GA/DIS/3310',
  },
  {
    id: 'us-paros-abstain',
    from: 2009,
    kinds: ['PAROS'],
    who: ['USA'],
    vote: 'abstain',
    weight: 6,
    reason: 'US under the new administration abstains on PAROS from 2009',
    source: 'RECORD 7 United States (voted No 2005–2008, abstained from 2009)',
  },
  {
    id: 'us-2010-policy',
    from: 2010,
    to: 2017,
    kinds: ['TCBM'],
    who: ['USA'],
    vote: 'yes',
    weight: 6,
    reason:
      '2010 US National Space Policy: open to equitable, verifiable measures; stops voting No on TCBM',
    source: 'RECORD 6 (28 Jun 2010), 7 United States',
  },
  {
    id: 'us-tcbm-2018',
    from: 2018,
    to: 2020,
    kinds: ['TCBM'],
    who: ['USA'],
    vote: 'no',
    weight: 6,
    reason: 'US breaks the former TCBM consensus (2018) and denounces the PPWT at the CD',
    source: 'RECORD 5 (TASS 7 Dec 2018), 6 (14 Aug 2018)',
  },
  {
    id: 'isr-tcbm-2019',
    from: 2020,
    to: 2020,
    kinds: ['TCBM'],
    who: ['ISR'],
    vote: 'no',
    weight: 4,
    reason: 'Israel voted No with the US on TCBM in 2019 (single non-UN source)',
    source: 'RECORD 5 (2019 TCBM, UNCERTAIN)',
  },
  {
    id: 'us-tcbm-2021',
    from: 2021,
    kinds: ['TCBM'],
    who: ['USA'],
    vote: 'yes',
    weight: 3,
    reason: 'US listed as a TCBM co-author again in 2021 (TASS only)',
    source: 'RECORD 7 United States',
  },
  {
    id: 'us-against-russian-texts',
    from: 2014,
    kinds: RUSSIAN_TEXTS,
    who: ['USA', 'ISR'],
    vote: 'no',
    weight: 6,
    reason:
      'US: NFP defines no space weapon and ignores ground-launched ASATs; votes No with Israel',
    source: 'RECORD 7 United States (Moscow Times 8 Dec 2015; Rose 2014)',
  },
  {
    id: 'crimea-2014',
    from: 2014,
    kinds: RUSSIAN_TEXTS,
    who: ['GEO', 'UKR'],
    vote: 'no',
    weight: 6,
    reason:
      'Crimea 2014: Russia–West trust collapses; Georgia and Ukraine vote No on Russian texts',
    source: 'RECORD 6 (Mar 2014), 5 (MID 2014; rusembindia 2015)',
  },
  {
    id: 'eu-withholds-nfp',
    from: 2014,
    to: 2021,
    kinds: RUSSIAN_TEXTS,
    who: 'EU',
    vote: 'abstain',
    weight: 3,
    reason:
      'EU withholds support from NFP (abstains 2014–2017, "not in a position to support" to 2021)',
    source: 'RECORD 7 European Union (EU EoVs 2016–2021; Russian MFA 2015)',
  },
  {
    id: 'fpm-2017-no',
    from: 2018,
    kinds: ['FPM'],
    who: ['FRA', 'GBR', 'UKR'],
    vote: 'no',
    weight: 4,
    reason: 'France, the UK and Ukraine voted No on the first FPM text (2017)',
    source: 'RECORD 5 (2017 FPM, GA/DIS/3591)',
  },
  {
    id: 'nfp-2018-no',
    from: 2018,
    kinds: RUSSIAN_TEXTS,
    who: ['FRA', 'GBR', 'HUN', 'AUS'],
    vote: 'no',
    weight: 4,
    reason: 'France, the UK, Hungary and Australia move to No on NFP (2018)',
    source: 'RECORD 5 (TASS 7 Dec 2018; EU EoV 2018)',
  },
  {
    id: 'space-force-2019',
    from: 2019,
    kinds: RUSSIAN_TEXTS,
    who: 'WEST',
    vote: 'no',
    weight: 1,
    reason: 'From 2019 the Western camp starts voting No on NFP (123–14–40)',
    source: 'RECORD 5 (2019 NFP, GA/DIS/3642), 6 (Space Force, Dec 2019)',
  },
  {
    id: 'eu-no-2022',
    from: 2022,
    kinds: RUSSIAN_TEXTS,
    who: 'EU',
    vote: 'no',
    weight: 6,
    reason: 'EU votes No on NFP and FPM from 2022 and calls on others to do the same',
    source: 'RECORD 7 European Union (EU EoV 1 Nov 2022, 31 Oct 2023)',
  },
  {
    id: 'west-no-2022',
    from: 2022,
    kinds: RUSSIAN_TEXTS,
    who: 'WEST',
    vote: 'no',
    weight: 4,
    reason:
      'After Russia’s 2021 ASAT test and 2022 the Western camp follows the EU to No (NFP 122–50–4)',
    source: 'RECORD 5 (2022 NFP, Sputnik 7 Dec 2022), 6 (15 Nov 2021)',
  },
  {
    id: 'fpm-2023-abstain',
    from: 2024,
    kinds: ['FPM'],
    who: ['CHL', 'FJI', 'GEO', 'GTM', 'HND', 'PNG', 'CHE'],
    vote: 'abstain',
    weight: 6,
    reason: 'Abstained on FPM in 2023',
    source: 'RECORD 5 (2023 FPM, GA/DIS/3730)',
  },
  {
    id: 'russia-china-norms',
    from: 2020,
    kinds: NORM_TEXTS,
    who: ['RUS', 'CHN'],
    vote: 'no',
    weight: 8,
    reason: 'Russia and China oppose the UK/US-led responsible-behaviour texts (erode PAROS)',
    source: 'RECORD 7 China, Russia (FC 2020 competence challenge; No 2021, 2023)',
  },
  {
    id: 'norms-2020-abstain',
    from: 2021,
    to: 2022,
    kinds: NORM_TEXTS,
    who: ['AGO', 'ARM', 'BLR', 'BOL', 'IND', 'ISR', 'NGA', 'PLW'],
    vote: 'abstain',
    weight: 3,
    reason: 'Abstained on the first norms text (2020)',
    source: 'RECORD 5 (2020, GA/DIS/3658)',
  },
  {
    id: 'norms-2021-no',
    from: 2022,
    kinds: NORM_TEXTS,
    who: ['CHN', 'CUB', 'PRK', 'IRN', 'NIC', 'RUS', 'SYR', 'VEN'],
    vote: 'no',
    weight: 5,
    reason: 'Voted No on the norms text in 2021',
    source: 'RECORD 5 (2021, GA/DIS/3676)',
  },
  {
    id: 'daasat-2022-no',
    from: 2023,
    kinds: NORM_TEXTS,
    who: ['BLR', 'BOL', 'CAF', 'CHN', 'CUB', 'IRN', 'NIC', 'RUS', 'SYR'],
    vote: 'no',
    weight: 5,
    reason: 'Voted No on the DA-ASAT test text in 2022',
    source: 'RECORD 5 (2022 DA-ASAT, UN release 7 Dec 2022)',
  },
  {
    id: 'daasat-2022-abstain',
    from: 2023,
    kinds: NORM_TEXTS,
    who: ['IND', 'LAO', 'MDG', 'PAK', 'SRB', 'LKA', 'SDN', 'TGO', 'ZWE'],
    vote: 'abstain',
    weight: 4,
    reason: 'Abstained on the DA-ASAT test text in 2022',
    source: 'RECORD 5 (2022 DA-ASAT)',
  },
  {
    id: 'norms-2023',
    from: 2024,
    kinds: NORM_TEXTS,
    who: ['MLI'],
    vote: 'no',
    weight: 5,
    reason: 'Voted No on the norms text in 2023',
    source: 'RECORD 5 (2023, GA/DIS/3730)',
  },
  {
    id: 'norms-2023-abstain',
    from: 2024,
    kinds: NORM_TEXTS,
    who: ['NER', 'TJK'],
    vote: 'abstain',
    weight: 4,
    reason: 'Abstained on the norms text in 2023',
    source: 'RECORD 5 (2023, GA/DIS/3730)',
  },
  {
    id: 'india-asat-2019',
    from: 2019,
    kinds: NORM_TEXTS,
    who: ['IND'],
    vote: 'abstain',
    weight: 3,
    reason: 'India, an ASAT state since Mission Shakti (2019), abstains on norms and DA-ASAT texts',
    source: 'RECORD 6 (27 Mar 2019), 7 G21',
  },
];

/** The sponsors a kind of text usually has (RECORD.md 5 and 7), used when none are given. */
export const DEFAULT_SPONSORS: Readonly<Record<ResolutionKind, readonly string[]>> = {
  PAROS: ['EGY', 'LKA'],
  NFP: ['RUS', 'CHN'],
  TCBM: ['RUS', 'CHN'],
  FPM: ['RUS', 'CHN'],
  NORMS: ['GBR'],
  DAASAT: ['USA'],
};
