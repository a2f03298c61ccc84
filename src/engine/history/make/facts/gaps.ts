import type { TurnRef } from './types';

// ---------------------------------------------------------------------------------------------
// What the record holds but the log leaves out
// ---------------------------------------------------------------------------------------------

/**
 * Facts of the record the engine cannot express, or that the log does not cover: each is said
 * in the note of the `turn.ended` step of its turn, so a reader of the log sees the gap.
 */
export interface Gap {
  readonly at: TurnRef;
  readonly note: string;
}

export const GAPS: readonly Gap[] = [
  {
    at: { year: 2011, forum: 'plenary' },
    note: 'Not in the log: on TCBM the General Assembly took decision 66/517 of 2 December 2011, not a resolution (RECORD.md 5); the engine adopts resolutions only.',
  },
  {
    at: { year: 2015, forum: 'cd', part: 1 },
    note: 'Not in the log: the PAROS plenary of March 2015 under Mongolia (some States wanted negotiations on the updated draft at once, the EU promoted its Code of Conduct; RECORD-ADDENDUM.md 2): its day and most speakers are not recorded.',
  },
  {
    at: { year: 2018, forum: 'cd', part: 1 },
    note: 'Not in the log: on 16 February 2018 the CD set up five subsidiary bodies, body 3 on PAROS (CD/WP.605/Rev.1; RECORD.md 3.7); the engine sets up a subsidiary body only under an adopted programme of work, and 2018 had none.',
  },
  {
    at: { year: 2019, forum: 'cd', part: 1 },
    note: 'Not in the log: on 14 March 2019 the CD failed to re-establish its subsidiary bodies (RECORD.md 3.7), which the engine cannot express without a programme of work; nor the GGE’s open-ended consultations in New York, 31 January–1 February 2019 (RECORD.md 4.4).',
  },
  {
    at: { year: 2019, forum: 'firstCommittee' },
    note: 'Not in the log: the 2019 FPM vote on A/C.1/74/L.58/Rev.1 (RECORD.md 5 gives 124 yes, the rest not found, so no roll call can be rebuilt) and the 2019 TCBM vote (166 yes from a single non-UN source); nor the PAROS and TCBM texts of 2019–2021, with no tally in the record.',
  },
  {
    at: { year: 2020, forum: 'firstCommittee' },
    note: 'Not in the log: in 2020 Russia’s motion that the First Committee lacked competence on the space-threats draft (defeated 15–102–33) and the separate votes that retained three of its paragraphs (no tallies; GA/DIS/3658, RECORD.md 4.3): the paragraphs are not in the record.',
  },
  {
    at: { year: 2022, forum: 'plenary' },
    note: 'Not in the log: the plenary’s separate vote retaining NFP PP5 in 2022 (no tally in the record, RECORD.md 4.3); the 2022 PAROS text adopted without a vote (no draft symbol); the 2022 FPM text A/C.1/77/L.70, postponed for budget review and adopted on 30 December 2022 as A/RES/77/250 (no tally in the record at either stage, RECORD.md 5).',
  },
];
