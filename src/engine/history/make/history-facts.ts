/**
 * The hand-written facts of the PPWT record, 2002–2022, that `make-history-log.ts` turns into
 * the replay log `scenarios/ppwt-history.log.json`. Plain typed data, one entry per fact, each
 * with its confidence and its source in the record, so that a reader can check every fact
 * against `shared/history/` (RECORD.md, RECORD-ADDENDUM.md, votes/).
 *
 * Conventions:
 * - `confidence` is how sure the record is of the fact, in the record's own terms: `verified`
 *   (seen in a source), `uncertain` (the record says UNCERTAIN, or the fact is read from the
 *   record indirectly), `reconstructed` (not in the record: the engine needs something there,
 *   such as a President to convene, a delegation to request a vote, a day).
 * - A day not in the record is never made up: the step then keeps the date of the turn it falls
 *   in (`when` absent or `at`), and says so in its note.
 * - Roll calls are not written here: the generator reads them from
 *   `../shared/history/votes/` (plenary 2002–2014, country by country; totals 2015–2018) and
 *   rebuilds the others from the totals and the States named below.
 */

export type Confidence = 'verified' | 'uncertain' | 'reconstructed';
export type Ballot = 'yes' | 'no' | 'abstain';

/** Where a fact comes from and how sure the record is of it. */
export interface Sourced {
  readonly confidence: Confidence;
  readonly source: string;
  readonly note?: string;
}

/** A day the record gives (or that is rebuilt from it, as its confidence says). */
export interface Day extends Sourced {
  /** YYYY-MM-DD. */
  readonly date: string;
}

/** A turn of the scenario's calendar, for a fact whose day the record does not give. */
export type TurnRef =
  | { readonly year: number; readonly forum: 'cd'; readonly part: 1 | 2 | 3 }
  | { readonly year: number; readonly forum: 'firstCommittee' | 'plenary' };

// ---------------------------------------------------------------------------------------------
// The Conference on Disarmament
// ---------------------------------------------------------------------------------------------

export type CdSubject = 'agenda' | 'programmeOfWork' | 'annualReport' | 'implementation';

/** What happens at a meeting (or on a day) of the Conference, in order. */
export type CdBusiness =
  | ({
      readonly kind: 'statement';
      readonly actor: string;
      readonly topic: string;
      readonly text?: string;
    } & Sourced)
  | ({
      readonly kind: 'circulate';
      readonly actor: string;
      /** The id of the prepared draft in the scenario. */
      readonly draft: string;
      readonly symbol: string;
    } & Sourced)
  | ({
      readonly kind: 'propose';
      /** A name for the proposal inside this file; the engine gives it its CD-D/<year>/<n> id. */
      readonly ref: string;
      readonly subject: CdSubject;
      readonly document?: string;
    } & Sourced)
  | ({
      readonly kind: 'join';
      readonly ref: string;
      /** The members that join, or every member of the Conference. */
      readonly actors: readonly string[] | 'every member';
    } & Sourced)
  | ({ readonly kind: 'object'; readonly ref: string; readonly actor: string } & Sourced)
  | ({
      readonly kind: 'call';
      readonly ref: string;
      readonly symbol?: string;
      readonly expect: 'adopted' | 'blocked';
    } & Sourced);

/** Who presides, when the record (or the engine's rotation) must give a particular President. */
export interface Presidency extends Sourced {
  readonly code: string;
  /** How sure the record is of the day the presidency changed hands, if the host must hand it on. */
  readonly handOver: Sourced;
}

export interface CdMeeting {
  /** The day, or, when the record has none, the turn (the step keeps the turn's opening date). */
  readonly when: Day | { readonly at: TurnRef; readonly note: string };
  /** The President who must be in the chair; absent: whoever the engine's rotation gives. */
  readonly president?: Presidency;
  /** A formal plenary meeting around the business (convened, then adjourned); absent: none. */
  readonly plenary?: Sourced;
  readonly business: readonly CdBusiness[];
}

const AGENDA_ITEM_3 = 'agenda item 3, prevention of an arms race in outer space';

export const CD_MEETINGS: readonly CdMeeting[] = [
  {
    when: {
      date: '2002-06-27',
      confidence: 'verified',
      source: 'RECORD.md 1.1 row 1 and 1.5 (DCF/417)',
    },
    president: {
      code: 'DEU',
      confidence: 'verified',
      source: 'RECORD.md 1.5 (DCF/417: Germany takes over the presidency that day)',
      handOver: { confidence: 'verified', source: 'RECORD.md 1.5 (DCF/417)' },
    },
    plenary: {
      confidence: 'verified',
      source: 'RECORD.md 1.5 (CD/1679 tabled in a CD plenary, DCF/417)',
    },
    business: [
      {
        kind: 'circulate',
        actor: 'CHN',
        draft: 'cd-1679',
        symbol: 'CD/1679',
        confidence: 'verified',
        source: 'DCF/417; china-un.ch t199360 (RECORD.md 1.1 row 1)',
        note: 'Tabled on 27 June 2002 by China and Russia with five other delegations; the document’s own issue date is UNCERTAIN in RECORD.md 1.1.',
      },
    ],
  },
  {
    when: {
      date: '2007-09-13',
      confidence: 'uncertain',
      source: 'RECORD.md 1.1, related documents (CD/1831 dated 13 Sep 2007)',
      note: 'The date of the report CD/1831; that it was adopted in plenary that same day is read from its date.',
    },
    president: {
      code: 'SYR',
      confidence: 'reconstructed',
      source: 'RECORD.md 3.3 (2007 presidencies: South Africa … Syria)',
      note: 'Syria held the last presidency of 2007; who presided over the adoption of the report is not recorded.',
      handOver: {
        confidence: 'reconstructed',
        source: 'RECORD.md 3.3 (rule 9, four working weeks each)',
        note: 'The day Switzerland handed the presidency to Syria is not recorded.',
      },
    },
    plenary: {
      confidence: 'reconstructed',
      source: 'RECORD.md 3.9 (the report is adopted in plenary at the end of the session)',
      note: 'Convened by the President the engine’s rotation gives; the meeting itself is not recorded.',
    },
    business: [
      {
        kind: 'propose',
        ref: 'report-2007',
        subject: 'annualReport',
        confidence: 'verified',
        source: 'RECORD.md 3.9 (report symbols: CD/1831 for 2007)',
      },
      {
        kind: 'call',
        ref: 'report-2007',
        symbol: 'CD/1831',
        expect: 'adopted',
        confidence: 'verified',
        source: 'RECORD.md 1.1, related documents (CD/1831, annual report 2007); 3.9',
      },
    ],
  },
  {
    when: {
      at: { year: 2008, forum: 'cd', part: 1 },
      note: 'The record does not give the day the 2008 agenda was adopted; the step keeps the opening date of the part.',
    },
    plenary: {
      confidence: 'reconstructed',
      source: 'RECORD.md 3.5 (rule 27: the agenda is adopted at the start of each session)',
      note: 'The meeting is not recorded.',
    },
    business: [
      {
        kind: 'propose',
        ref: 'agenda-2008',
        subject: 'agenda',
        confidence: 'reconstructed',
        source: 'RECORD.md 3.5 (rules 27 and 28)',
        note: 'The 2008 agenda is not in the record; the presidents’ draft programme of work CD/1840 (13 March 2008) rests on an adopted agenda (rule 28), so it is shown adopted first.',
      },
      {
        kind: 'call',
        ref: 'agenda-2008',
        expect: 'adopted',
        confidence: 'reconstructed',
        source: 'RECORD.md 3.5 (rule 27)',
        note: 'Symbol and day of the 2008 agenda are not in the record.',
      },
    ],
  },
  {
    when: { date: '2008-02-12', confidence: 'verified', source: 'RECORD.md 1.3 (CD/1839)' },
    president: {
      code: 'TUN',
      confidence: 'verified',
      source: 'RECORD.md 1.3 and 3.3 (Ambassador Labidi of Tunisia presided on 12 Feb 2008; RCW)',
      handOver: { confidence: 'verified', source: 'RECORD.md 3.3' },
    },
    plenary: {
      confidence: 'verified',
      source: 'RECORD.md 1.3 (CD plenary of 12 Feb 2008; RCW report; china.org.cn 13 Feb 2008)',
    },
    business: [
      {
        kind: 'statement',
        actor: 'RUS',
        topic: AGENDA_ITEM_3,
        text: 'Foreign Minister Lavrov presents the Russian–Chinese draft treaty on the prevention of the placement of weapons in outer space and of the threat or use of force against outer space objects, to close the gaps in space law.',
        confidence: 'verified',
        source: 'RECORD.md 1.3; RECORD-ADDENDUM.md 2 (ungeneva meeting summary 2008/02)',
      },
      {
        kind: 'statement',
        actor: 'CHN',
        topic: AGENDA_ITEM_3,
        text: 'Ambassador Li Baodong reads a message from Foreign Minister Yang Jiechi in support of the joint draft treaty.',
        confidence: 'verified',
        source: 'RECORD.md 1.3 (china.org.cn 13 Feb 2008)',
      },
    ],
  },
  {
    when: { date: '2008-02-29', confidence: 'verified', source: 'RECORD-ADDENDUM.md 1.1' },
    business: [
      {
        kind: 'circulate',
        actor: 'RUS',
        draft: 'ppwt-2008',
        symbol: 'CD/1839',
        confidence: 'verified',
        source: 'RECORD.md 1.1 row 5; RECORD-ADDENDUM.md 1.1 (CD/1839 dated 29 Feb 2008)',
      },
    ],
  },
  {
    when: {
      date: '2008-03-13',
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 2 (CD/1840 issued 13 March 2008)',
    },
    president: {
      code: 'TUR',
      confidence: 'reconstructed',
      source: 'RECORD.md 3.3 (2008 list inferred from the alphabet: UNCERTAIN)',
      note: 'CD/1840 was issued by the six presidents of 2008 together; the President in office, Turkey by the alphabet after Tunisia, is shown putting it forward.',
      handOver: {
        confidence: 'reconstructed',
        source: 'RECORD.md 3.3 (rule 9, four working weeks each)',
        note: 'The day Tunisia handed the presidency on is not recorded.',
      },
    },
    business: [
      {
        kind: 'propose',
        ref: 'programme-2008',
        subject: 'programmeOfWork',
        document: 'CD/1840',
        confidence: 'verified',
        source:
          'RECORD.md 1.1, related documents, and 3.6; RECORD-ADDENDUM.md 2 (CD/1840: the 2008 presidents’ draft decision, with special coordinators)',
        note: 'Never adopted: the proposal lapses with the 2008 session (RECORD.md 3.5, no carry-over; ACT Oct 2008: the CD came up empty again).',
      },
    ],
  },
  {
    when: {
      date: '2008-08-26',
      confidence: 'uncertain',
      source: 'shared/history/README.md (CD/1847 dated 26 Aug 2008, UNCERTAIN)',
    },
    business: [
      {
        kind: 'circulate',
        actor: 'USA',
        draft: 'us-comments-2008',
        symbol: 'CD/1847',
        confidence: 'uncertain',
        source: 'RECORD.md 1.1 row 6 and 1.4; shared/history/README.md',
        note: 'The symbol is from the seed article; the day, believed from the cover page, is UNCERTAIN.',
      },
    ],
  },
  {
    when: {
      date: '2008-09-09',
      confidence: 'uncertain',
      source: 'RECORD.md 1.1, related documents (CD/1853 dated 9 Sep 2008)',
      note: 'The date of the report CD/1853; that it was adopted in plenary that same day is read from its date.',
    },
    president: {
      code: 'VEN',
      confidence: 'reconstructed',
      source: 'RECORD.md 3.3 (2008 list inferred from the alphabet: UNCERTAIN)',
      note: 'The United States presided in the third part; Venezuela, next in the alphabet, is taken to hold the last presidency of 2008.',
      handOver: {
        confidence: 'reconstructed',
        source: 'RECORD.md 3.3 (rule 9, four working weeks each)',
        note: 'The day the United States handed the presidency on is not recorded.',
      },
    },
    plenary: {
      confidence: 'reconstructed',
      source: 'RECORD.md 3.9 (the report is adopted in plenary at the end of the session)',
      note: 'The meeting itself is not recorded.',
    },
    business: [
      {
        kind: 'propose',
        ref: 'report-2008',
        subject: 'annualReport',
        confidence: 'verified',
        source: 'RECORD.md 3.9 (report symbols: CD/1853 for 2008)',
      },
      {
        kind: 'call',
        ref: 'report-2008',
        symbol: 'CD/1853',
        expect: 'adopted',
        confidence: 'verified',
        source: 'RECORD.md 1.1, related documents (CD/1853, annual report 2008); 3.9',
      },
    ],
  },
  {
    when: {
      at: { year: 2009, forum: 'cd', part: 1 },
      note: 'The record does not give the day the 2009 agenda was adopted; the step keeps the opening date of the part.',
    },
    plenary: {
      confidence: 'reconstructed',
      source: 'RECORD.md 3.5 (rule 27: the agenda is adopted at the start of each session)',
      note: 'Convened by the President the engine’s rotation gives for the opening of 2009; the record names no 2009 President before Algeria.',
    },
    business: [
      {
        kind: 'propose',
        ref: 'agenda-2009',
        subject: 'agenda',
        confidence: 'reconstructed',
        source: 'RECORD.md 3.5 (rules 27 and 28)',
        note: 'The 2009 agenda is not in the record; the programme of work of 29 May 2009 was established on the basis of an adopted agenda (rule 28), so it must have been adopted first.',
      },
      {
        kind: 'call',
        ref: 'agenda-2009',
        expect: 'adopted',
        confidence: 'reconstructed',
        source: 'RECORD.md 3.5 (rule 27)',
        note: 'Symbol and day of the 2009 agenda are not in the record.',
      },
    ],
  },
  {
    when: { date: '2009-05-19', confidence: 'verified', source: 'RECORD-ADDENDUM.md 4.2' },
    president: {
      code: 'DZA',
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 4.2 (Ambassador Idriss Jazaïry of Algeria, President)',
      handOver: { confidence: 'verified', source: 'RECORD-ADDENDUM.md 4.2' },
    },
    plenary: {
      confidence: 'verified',
      source:
        'RECORD-ADDENDUM.md 4.2 (UNOG press release 29 May 2009; the President tabled CD/1863 on 19 May)',
    },
    business: [
      {
        kind: 'propose',
        ref: 'programme-2009',
        subject: 'programmeOfWork',
        document: 'CD/1863',
        confidence: 'verified',
        source: 'RECORD-ADDENDUM.md 4.2 (CD/1863, draft decision of 19 May 2009)',
      },
    ],
  },
  {
    when: {
      date: '2009-05-29',
      confidence: 'verified',
      source: 'RECORD.md 3.6; RECORD-ADDENDUM.md 4.2',
    },
    president: {
      code: 'DZA',
      confidence: 'uncertain',
      source: 'RECORD-ADDENDUM.md 4.2; RECORD.md 3.3 (rule 9, four working weeks)',
      note: 'The record names Algeria’s President on 19 May; that he still presided on 29 May follows from the four-week presidency.',
      handOver: { confidence: 'verified', source: 'RECORD-ADDENDUM.md 4.2' },
    },
    plenary: {
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 4.2 (UNOG meeting summary 29 May 2009)',
    },
    business: [
      {
        kind: 'join',
        ref: 'programme-2009',
        actors: 'every member',
        confidence: 'reconstructed',
        source: 'RECORD.md 3.6; RECORD-ADDENDUM.md 4.2 (adopted by consensus)',
        note: 'Adopted by consensus; each member’s position is not recorded, so every member is shown joining.',
      },
      {
        kind: 'call',
        ref: 'programme-2009',
        symbol: 'CD/1864',
        expect: 'adopted',
        confidence: 'verified',
        source: 'RECORD.md 3.6 (DD91); RECORD-ADDENDUM.md 4.2 (the decision is cited as CD/1864)',
      },
    ],
  },
  {
    when: {
      at: { year: 2009, forum: 'cd', part: 3 },
      note: 'The record does not say when the implementing decision was put forward; the step keeps the opening date of the third part.',
    },
    business: [
      {
        kind: 'propose',
        ref: 'implementation-2009',
        subject: 'implementation',
        confidence: 'reconstructed',
        source: 'RECORD.md 3.6 (DD91); RECORD-ADDENDUM.md 4.2',
        note: 'The record says the CD could not adopt the decision implementing CD/1864 (timetable, chairs); who put it forward and when is not recorded: the President the engine’s rotation gives.',
      },
      {
        kind: 'object',
        ref: 'implementation-2009',
        actor: 'PAK',
        confidence: 'uncertain',
        source: 'RECORD.md 3.6 (DD91: mainly because of Pakistan’s reservations)',
        note: 'DD91 says mainly because of Pakistan’s reservations; a formal objection is not recorded verbatim.',
      },
    ],
  },
  {
    when: {
      date: '2009-08-18',
      confidence: 'uncertain',
      source: 'shared/history/README.md (CD/1872 dated 18 Aug 2009, UNCERTAIN)',
    },
    business: [
      {
        kind: 'circulate',
        actor: 'RUS',
        draft: 'answers-2009',
        symbol: 'CD/1872',
        confidence: 'uncertain',
        source: 'RECORD.md 1.1 row 7 and 1.4; shared/history/README.md',
        note: 'The symbol is from the seed article; the day, believed from the cover page, is UNCERTAIN.',
      },
    ],
  },
  {
    when: {
      date: '2009-09-01',
      confidence: 'reconstructed',
      source:
        'RECORD-ADDENDUM.md 4.2 (UNOG press release of September 2009 on the close of the session)',
      note: 'The record gives the month only (September 2009); the step is put on its first day.',
    },
    president: {
      code: 'AUT',
      confidence: 'verified',
      source:
        'RECORD-ADDENDUM.md 4.2 (report adopted at the close under Austria, Ambassador Christian Strohal)',
      handOver: {
        confidence: 'uncertain',
        source: 'RECORD-ADDENDUM.md 4.2; RECORD.md 3.3 (rule 9)',
        note: 'Austria presided at the close; the day Australia handed the presidency on is not recorded.',
      },
    },
    plenary: {
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 4.2 (the closing plenary of the 2009 session)',
    },
    business: [
      {
        kind: 'call',
        ref: 'implementation-2009',
        expect: 'blocked',
        confidence: 'reconstructed',
        source: 'RECORD.md 3.6 (DD91); RECORD-ADDENDUM.md 4.2',
        note: 'The record says the implementing decision could not be adopted before the end of the session; a formal call is not recorded. The programme of work lapsed with the year.',
      },
      {
        kind: 'propose',
        ref: 'report-2009',
        subject: 'annualReport',
        document: 'CD/WP.554/Rev.1',
        confidence: 'verified',
        source: 'RECORD-ADDENDUM.md 2 and 4.2 (draft report CD/WP.554/Rev.1 and Amend.2)',
      },
      {
        kind: 'call',
        ref: 'report-2009',
        expect: 'adopted',
        confidence: 'verified',
        source: 'RECORD-ADDENDUM.md 4.2 (report adopted at the close under Austria)',
        note: 'The adopted report keeps the symbol of its draft, CD/WP.554/Rev.1; the symbol it was issued under is not recorded.',
      },
    ],
  },
  {
    when: { date: '2014-06-10', confidence: 'verified', source: 'RECORD.md 1.3 (CD/1985)' },
    president: {
      code: 'KAZ',
      confidence: 'verified',
      source: 'RECORD.md 1.3 and 3.3 (Kazakhstan presided; china-un.ch t1164267)',
      handOver: {
        confidence: 'uncertain',
        source: 'RECORD.md 3.3 (rule 9)',
        note: 'Kazakhstan presided on 10 June 2014; the day Japan handed the presidency on is not recorded.',
      },
    },
    plenary: {
      confidence: 'verified',
      source: 'RECORD.md 1.3 (RCW CD report 10 Jun 2014)',
    },
    business: [
      {
        kind: 'statement',
        actor: 'RUS',
        topic: AGENDA_ITEM_3,
        text: 'Ambassador Borodavkin introduces the updated Russian–Chinese draft treaty, with an explanatory note.',
        confidence: 'verified',
        source: 'RECORD.md 1.3 (RCW 10 Jun 2014)',
      },
      {
        kind: 'circulate',
        actor: 'RUS',
        draft: 'ppwt-2014',
        symbol: 'CD/1985',
        confidence: 'verified',
        source: 'RECORD.md 1.1 row 8 and 1.3 (RCW 10 Jun 2014; Chinese MFA text of 16 Jun 2014)',
        note: 'Introduced on 10 June 2014 (VERIFIED); the document’s own date, 12 June 2014, comes from a secondary source only (UNCERTAIN). It replaces CD/1839.',
      },
      {
        kind: 'statement',
        actor: 'CHN',
        topic: AGENDA_ITEM_3,
        text: 'Ambassador Wu Haitao speaks for the updated draft, which refines the definitions and scope, the organization and the settlement of disputes.',
        confidence: 'verified',
        source: 'RECORD.md 1.3 (RCW 10 Jun 2014; Xinhua/China Daily 11 Jun 2014)',
      },
      {
        kind: 'statement',
        actor: 'USA',
        topic: AGENDA_ITEM_3,
        text: 'Deputy Assistant Secretary Frank Rose gives a preliminary assessment: arms control proposals deserve consideration only if equitable, effectively verifiable and good for the security of all, and the draft does not meet these criteria.',
        confidence: 'verified',
        source: 'RECORD.md 1.3 and 1.4 (freebeacon.com/?p=285661)',
      },
    ],
  },
  {
    when: { date: '2014-08-12', confidence: 'verified', source: 'RECORD-ADDENDUM.md 2 (RCW)' },
    president: {
      code: 'KEN',
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 2 (last plenary under Kenya, Ambassador Anthony Andanje)',
      handOver: { confidence: 'verified', source: 'RECORD.md 3.3 (2014 presidencies)' },
    },
    plenary: {
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 2 (RCW report 12 Aug 2014)',
    },
    business: [
      {
        kind: 'statement',
        actor: 'RUS',
        topic: 'no first placement of weapons in outer space',
        text: 'Russia announces that the Russia–Cuba declaration of 11 July 2014 on not being the first to place weapons in outer space will go to the First Committee as a draft resolution.',
        confidence: 'verified',
        source: 'RECORD-ADDENDUM.md 2 (RCW 12 Aug 2014)',
      },
      ...(['CUB', 'BLR', 'PAK'] as const).map((actor) => ({
        kind: 'statement' as const,
        actor,
        topic: 'no first placement of weapons in outer space',
        text: 'Says it will co-sponsor the draft resolution on no first placement.',
        confidence: 'verified' as const,
        source: 'RECORD-ADDENDUM.md 2 (RCW 12 Aug 2014)',
      })),
    ],
  },
  {
    when: {
      date: '2014-09-09',
      confidence: 'verified',
      source: 'RECORD.md 1.1 row 9; RECORD-ADDENDUM.md 2',
    },
    president: {
      code: 'MYS',
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 2 (UNOG summary: President Mazlan Muhammad, Malaysia)',
      handOver: {
        confidence: 'uncertain',
        source: 'RECORD.md 3.3 (rule 9)',
        note: 'Malaysia presided on 9 September 2014; the day Kenya handed the presidency on is not recorded.',
      },
    },
    plenary: {
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 2 (UNOG summary of the public plenary of 9 Sep 2014)',
    },
    business: [
      {
        kind: 'statement',
        actor: 'USA',
        topic: AGENDA_ITEM_3,
        text: 'Ambassador Robert Wood presents the US analysis of the updated draft: flawed at its core, with no integral verification regime and no limit on ground-based anti-satellite weapons.',
        confidence: 'verified',
        source: 'RECORD.md 1.4 (geneva.usmission.gov 2014/09/09); RECORD-ADDENDUM.md 2',
      },
      {
        kind: 'circulate',
        actor: 'USA',
        draft: 'us-analysis-2014',
        symbol: 'CD/1998',
        confidence: 'uncertain',
        source: 'RECORD.md 1.1 row 9; shared/history/README.md',
        note: 'Presented with the US statement of 9 September 2014 (VERIFIED); symbol and date of the CD document are UNCERTAIN (the README believes it dated 3 September 2014).',
      },
      ...(['EGY', 'RUS', 'CHN', 'DZA', 'GBR'] as const).map((actor) => ({
        kind: 'statement' as const,
        actor,
        topic: AGENDA_ITEM_3,
        text: 'Speaks on the revised draft treaty.',
        confidence: 'verified' as const,
        source:
          'RECORD-ADDENDUM.md 2 (UNOG summary 2014/09: US, Egypt, Russia, China, Algeria, UK discussed the revised PPWT)',
      })),
    ],
  },
  {
    when: {
      date: '2014-09-12',
      confidence: 'reconstructed',
      source: 'RECORD.md 3.4 (2014 session: third part 28 Jul–12 Sep) and 3.9',
      note: 'The report was adopted at the final plenary; its day is not recorded: the last day of the session is used.',
    },
    president: {
      code: 'MYS',
      confidence: 'verified',
      source: 'RECORD.md 3.3 and 3.9 (Malaysia closed the session; report adopted under Malaysia)',
      handOver: { confidence: 'verified', source: 'RECORD-ADDENDUM.md 2' },
    },
    plenary: {
      confidence: 'verified',
      source: 'RECORD.md 3.9 (final plenary under Malaysia; UNOG Sep 2014)',
    },
    business: [
      {
        kind: 'propose',
        ref: 'report-2014',
        subject: 'annualReport',
        document: 'CD/WP.581',
        confidence: 'uncertain',
        source:
          'RECORD-ADDENDUM.md 2 (drafting of the report, CD/WP.581 and Amend.1, on 9 Sep 2014)',
        note: 'The draft report the Conference worked on; the symbol the adopted report was issued under is not recorded.',
      },
      {
        kind: 'call',
        ref: 'report-2014',
        expect: 'adopted',
        confidence: 'verified',
        source: 'RECORD.md 3.9 (2014: adopted at the final plenary under Malaysia)',
      },
    ],
  },
  {
    when: {
      date: '2015-09-14',
      confidence: 'uncertain',
      source: 'shared/history/README.md (CD/2042 dated 14 Sep 2015, UNCERTAIN)',
    },
    business: [
      {
        kind: 'circulate',
        actor: 'RUS',
        draft: 'reply-2015',
        symbol: 'CD/2042',
        confidence: 'uncertain',
        source: 'RECORD.md 1.1 row 10; shared/history/README.md',
        note: 'The symbol is from the seed article; date and content were NOT FOUND; the day is believed from the cover page.',
      },
    ],
  },
  {
    when: {
      date: '2018-08-14',
      confidence: 'verified',
      source: 'RECORD.md 1.4 (CD/2129; Poblete statement)',
    },
    president: {
      code: 'TUN',
      confidence: 'verified',
      source: 'RECORD.md 1.4 (the CD President then was Walid Doudech, Tunisia)',
      handOver: {
        confidence: 'verified',
        source: 'RECORD-ADDENDUM.md 2 (part 3 opened under Tunisia)',
      },
    },
    plenary: {
      confidence: 'verified',
      source: 'RECORD.md 1.4 (CD plenary of 14 Aug 2018; ungeneva meeting summary 2018/08)',
    },
    business: [
      {
        kind: 'statement',
        actor: 'USA',
        topic: AGENDA_ITEM_3,
        text: 'Assistant Secretary Yleem Poblete calls the draft treaty the wrong mechanism and unverifiable, since the purpose of an object in orbit cannot be told by watching it, and accuses Russia of developing anti-satellite weapons.',
        confidence: 'verified',
        source: 'RECORD.md 1.4 (geneva.usmission.gov 2018/08/14; gulf-times.com; VOA)',
      },
      {
        kind: 'circulate',
        actor: 'USA',
        draft: 'us-comments-2018',
        symbol: 'CD/2129',
        confidence: 'uncertain',
        source: 'RECORD.md 1.1 row 12 and 1.4; shared/history/README.md',
        note: 'The symbol is from the seed article; the document itself was not reached and its date (August 2018) is UNCERTAIN: it is put with the US statement of 14 August 2018.',
      },
      {
        kind: 'statement',
        actor: 'RUS',
        topic: AGENDA_ITEM_3,
        text: 'Defends the draft treaty and invites the United States to work on a text.',
        confidence: 'verified',
        source: 'RECORD.md 1.4 (Russian and Chinese delegates defended the PPWT)',
      },
      {
        kind: 'statement',
        actor: 'CHN',
        topic: AGENDA_ITEM_3,
        text: 'Defends the draft treaty and invites the United States to work on a text.',
        confidence: 'verified',
        source: 'RECORD.md 1.4 (Russian and Chinese delegates defended the PPWT)',
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// The General Assembly: First Committee and plenary
// ---------------------------------------------------------------------------------------------

export type ResolutionKind = 'PAROS' | 'NFP' | 'TCBM' | 'FPM' | 'NORMS' | 'DAASAT';

export interface Tally {
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
}

/** States the record names in a vote, and what they did. */
export interface Named {
  /** ISO3 codes, or the EU member States on the day of the vote (`except` those listed). */
  readonly states: readonly string[] | { readonly eu: true; readonly except?: readonly string[] };
  /** A ballot, or `withheld` for a State that did not vote yes (abstained, or was absent). */
  readonly vote: Ballot | 'withheld';
  readonly source: string;
}

/** Where a stage's roll call comes from. */
export type RollFact =
  /** A plenary roll call of `votes/space_votes_1981_2014.csv`, country by country. */
  | ({ readonly from: 'dataset'; readonly rcid: string } & Sourced)
  /**
   * A plenary roll call rebuilt from the totals of `votes/plenary_tallies_2015_2018.csv`, from
   * the nearest recorded roll call (`baseRcid`) and the States the record names.
   */
  | ({
      readonly from: 'totals';
      readonly symbol: string;
      /** A correction to the file's totals the votes README documents. */
      readonly correction?: { readonly yes: number; readonly note: string };
      readonly baseRcid: string;
      readonly named: readonly Named[];
    } & Sourced)
  /** A First Committee roll call rebuilt from the tally the record gives and the plenary roll. */
  | ({
      readonly from: 'committeeTally';
      readonly tally: { readonly yes: number; readonly no: number; readonly abstain: number };
      readonly named: readonly Named[];
    } & Sourced)
  /** No First Committee tally in the record: the plenary roll call of the year is used. */
  | ({ readonly from: 'plenaryRoll' } & Sourced)
  /**
   * A roll call (either stage, 2019 on) rebuilt to the record's tally (the electorate less the
   * tally is absent) from the latest roll call of the log of the first of `baseKinds` that has
   * one (the same kind, else the nearest), and the States the record names.
   */
  | ({
      readonly from: 'rebuilt';
      readonly tally: Tally;
      readonly baseKinds: readonly ResolutionKind[];
      readonly named: readonly Named[];
    } & Sourced)
  /** No tally at this stage in the record: the other stage's roll call of the draft is used. */
  | ({ readonly from: 'otherStage' } & Sourced);

/** A separate recorded vote on a paragraph before the vote on the whole (rule 129). */
export interface ParagraphVoteFact {
  readonly paragraph: string;
  /** Who asked for it: never in the record, so always reconstructed. */
  readonly requester: string;
  readonly request: Sourced;
  readonly vote: Sourced;
  /** Rebuilt from the stage's roll call on the whole text to the record's tally. */
  readonly tally: Tally;
  readonly named: readonly Named[];
  readonly roll: Sourced;
}

export type StageDecision =
  | ({ readonly method: 'withoutVote' } & Sourced)
  | { readonly method: 'recorded'; readonly vote: Sourced; readonly roll: RollFact };

export interface StageFact {
  /** The day of the action; absent: the record has none, and the action keeps the turn's date. */
  readonly day?: Day;
  /** The action at this stage took place and the draft was adopted. */
  readonly outcome: Sourced;
  readonly decision: StageDecision;
  /** A separate vote on a paragraph, taken before the vote on the whole text. */
  readonly paragraphVote?: ParagraphVoteFact;
}

export interface ResolutionFact {
  readonly year: number;
  readonly kind: ResolutionKind;
  /** The main sponsor (it tables and introduces the draft) and the States tabling it with it. */
  readonly sponsor: { readonly actor: string; readonly with: readonly string[] } & Sourced;
  /** States that join the co-sponsors after the draft is tabled. */
  readonly joining?: { readonly actors: readonly string[] } & Sourced;
  /** The draft's A/C.1/<session>/L.<n>; absent: the record has none and the engine numbers it. */
  readonly draftSymbol?: { readonly symbol: string } & Sourced;
  /** The draft's paragraphs, when they differ from the kind's usual `PARAGRAPHS`. */
  readonly paragraphs?: readonly { readonly id: string; readonly text: string }[];
  readonly committee: StageFact;
  /** The resolution symbol: absent when the record has none and the engine numbers it. */
  readonly resolution: { readonly symbol?: string } & Sourced;
  readonly plenary: StageFact;
}

/** Titles of the yearly texts (RECORD.md 5; votes/README.md). */
export const TITLES: Readonly<Record<ResolutionKind, string>> = {
  PAROS: 'Prevention of an arms race in outer space',
  NFP: 'No first placement of weapons in outer space',
  TCBM: 'Transparency and confidence-building measures in outer space activities',
  FPM: 'Further practical measures for the prevention of an arms race in outer space',
  NORMS: 'Reducing space threats', // RECORD.md 4.2, 4.4 and 5 give no fuller title
  DAASAT: 'Destructive direct-ascent anti-satellite missile tests', // RECORD.md 5 and 6 (DA-ASAT tests)
};

/**
 * The gist of each text in our own words (not its wording, which the record does not hold):
 * what the yearly resolution asks for, as RECORD.md 4.2–4.4 and 5 describe it.
 */
export const PARAGRAPHS: Readonly<Record<ResolutionKind, readonly { id: string; text: string }[]>> =
  {
    PAROS: [
      {
        id: 'PP1',
        text: 'Recognizes the common interest of all in exploring and using outer space for peaceful purposes only.',
      },
      {
        id: 'OP1',
        text: 'Holds that preventing an arms race in outer space would avert a grave danger to international peace and security, and calls on all States, above all those with major space capabilities, to work to that end and to refrain from acts contrary to it.',
      },
      {
        id: 'OP2',
        text: 'Looks to the Conference on Disarmament to take up the question under its agenda item on the prevention of an arms race in outer space.',
      },
    ],
    NFP: [
      {
        id: 'OP1',
        text: 'Encourages all States, above all those active in space, to consider a political commitment not to be the first to place weapons in outer space.',
      },
    ],
    TCBM: [
      {
        id: 'OP1',
        text: 'Invites States to propose, review and apply transparency and confidence-building measures in their outer space activities.',
      },
    ],
    FPM: [
      {
        id: 'OP1',
        text: 'Asks the Secretary-General to set up a group of governmental experts of up to 25 States on further practical measures for the prevention of an arms race in outer space, to meet in Geneva for two sessions of two weeks in 2018 and 2019.',
      },
    ],
    NORMS: [
      {
        id: 'OP1',
        text: 'Asks States to set out their views on threats to space systems and on norms, rules and principles of responsible behaviour that would reduce them.',
      },
    ],
    DAASAT: [
      {
        id: 'OP1',
        text: 'Calls on all States to commit not to conduct destructive tests of direct-ascent anti-satellite missiles.',
      },
    ],
  };

const PAROS_SPONSORS_ASSUMED = {
  actor: 'EGY',
  with: ['LKA'],
  confidence: 'reconstructed',
  source: 'RECORD.md 4.2 (PAROS main sponsors Egypt and Sri Lanka: acronym 2007, 2008; MID 2014)',
  note: 'The record names Egypt and Sri Lanka as the main sponsors in 2007, 2008 and 2014, not for this year: they are assumed.',
} as const;

const RUSSIA_TCBM = {
  actor: 'RUS',
  with: [],
  confidence: 'verified',
  source: 'RECORD.md 4.2 (TCBM: Russia) and 5',
} as const;

const RUSSIA_NFP = {
  actor: 'RUS',
  with: [],
  confidence: 'verified',
  source: 'RECORD.md 4.2 (NFP: Russia, from 2014) and 5',
} as const;

const NO_COMMITTEE_TALLY = {
  from: 'plenaryRoll',
  confidence: 'reconstructed',
  source: 'votes/README.md (committee votes are not in the dataset); RECORD.md 5',
  note: 'The record gives no First Committee tally for this text this year: the plenary roll call of the year is used for the committee.',
} as const;

const COMMITTEE_VOTE_ASSUMED: Sourced = {
  confidence: 'reconstructed',
  source: 'RECORD.md 5 (no committee vote recorded for this text this year)',
  note: 'The committee is taken to have voted as the plenary did; that it took a recorded vote is not in the record.',
};

const COMMITTEE_APPROVED: Sourced = {
  confidence: 'verified',
  source:
    'RECORD.md 5; votes/space_rollcalls_1981_2014.csv (the plenary acted on the committee’s draft)',
};

const COMMITTEE_WITHOUT_VOTE_ASSUMED = {
  method: 'withoutVote',
  confidence: 'reconstructed',
  source: 'RECORD.md 5; RECORD-ADDENDUM.md 3 (no recorded vote on TCBM in the plenary this year)',
  note: 'How the committee acted is not recorded; with the plenary adopting the text without a vote, the committee is taken to have done the same.',
} as const;

/** A plenary roll call of the dataset (verified), with its day from the dataset. */
function datasetPlenary(rcid: string, date: string, dateConfidence: Confidence = 'verified') {
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
const COMMITTEE_FROM_PLENARY = {
  outcome: COMMITTEE_APPROVED,
  decision: { method: 'recorded', vote: COMMITTEE_VOTE_ASSUMED, roll: NO_COMMITTEE_TALLY },
} as const satisfies StageFact;

const US_NO_ISRAEL_ABSTAINS = (source: string): readonly Named[] => [
  { states: ['USA'], vote: 'no', source },
  { states: ['ISR'], vote: 'abstain', source },
];

const US_ISRAEL_ABSTAIN = (source: string): readonly Named[] => [
  { states: ['USA', 'ISR'], vote: 'abstain', source },
];

/** From the first NFP vote (2014) Georgia and Ukraine joined the US and Israel in voting No. */
const NFP_NO = (source: string): Named => ({
  states: ['USA', 'ISR', 'GEO', 'UKR'],
  vote: 'no',
  source,
});

const EU_WITHHELD = (source: string): Named => ({ states: { eu: true }, vote: 'withheld', source });

/** A committee roll call rebuilt from the record's tally. */
function committeeTally(
  tally: { yes: number; no: number; abstain: number },
  named: readonly Named[],
  source: string,
  day?: Day,
): StageFact {
  return {
    ...(day ? { day } : {}),
    outcome: { confidence: 'verified', source },
    decision: {
      method: 'recorded',
      vote: { confidence: 'verified', source },
      roll: {
        from: 'committeeTally',
        tally,
        named,
        confidence: 'reconstructed',
        source,
        note: `The record gives the committee’s totals (${tally.yes}–${tally.no}–${tally.abstain}) and names some States; the roll call is rebuilt from the plenary roll of the year to those totals.`,
      },
    },
  };
}

/** A plenary roll call rebuilt from the totals of plenary_tallies_2015_2018.csv. */
function plenaryTotals(
  symbol: string,
  baseRcid: string,
  named: readonly Named[],
  note: string,
  day?: Day,
  correction?: { yes: number; note: string },
): StageFact {
  const source = `votes/plenary_tallies_2015_2018.csv, ${symbol}`;
  return {
    ...(day ? { day } : {}),
    outcome: { confidence: 'verified', source },
    decision: {
      method: 'recorded',
      vote: { confidence: 'verified', source },
      roll: {
        from: 'totals',
        symbol,
        baseRcid,
        named,
        ...(correction ? { correction } : {}),
        confidence: 'reconstructed',
        source: `${source}; votes/space_votes_1981_2014.csv, rcid ${baseRcid}`,
        note,
      },
    },
  };
}

const ZIMBABWE_2016: Named = {
  states: ['ZWE'],
  vote: 'yes',
  source:
    'votes/README.md (2016: the source’s totals are one yes higher than the rows; Zimbabwe’s vote is missing from the rows)',
};
const ZIMBABWE_CORRECTION = {
  yes: 1,
  note: 'votes/README.md: the source’s own totals are one yes higher than the country rows the file counts (Zimbabwe’s vote is missing from the rows); the roll call uses the source’s totals.',
};

const TCBM_WITHOUT_VOTE_2015_2017 = {
  method: 'withoutVote',
  confidence: 'uncertain',
  source:
    'RECORD-ADDENDUM.md 3 (no recorded TCBM vote 2011–2017); RECORD.md 5 (TASS 7 Dec 2018: in 2018 the US broke the former consensus)',
  note: 'Read from the absence of a recorded vote and from the “former consensus” broken in 2018.',
} as const;

export const RESOLUTIONS: readonly ResolutionFact[] = [
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
  // 2010 ---------------------------------------------------------------------------------------
  {
    year: 2010,
    kind: 'PAROS',
    sponsor: PAROS_SPONSORS_ASSUMED,
    committee: COMMITTEE_FROM_PLENARY,
    resolution: {
      symbol: 'A/RES/65/44',
      confidence: 'verified',
      source: 'votes/space_rollcalls_1981_2014.csv, rcid 5058',
    },
    plenary: datasetPlenary('5058', '2010-12-08'),
  },
  {
    year: 2010,
    kind: 'TCBM',
    sponsor: RUSSIA_TCBM,
    committee: COMMITTEE_FROM_PLENARY,
    resolution: {
      symbol: 'A/RES/65/68',
      confidence: 'verified',
      source: 'RECORD.md 5 and 4.4 (A/RES/65/68 of 8 Dec 2010); votes rcid 5064',
    },
    plenary: datasetPlenary('5064', '2010-12-08'),
  },
  // 2011–2013 ----------------------------------------------------------------------------------
  ...(
    [
      [2011, 'A/RES/66/27', '5148', '2011-12-02'],
      [2012, 'A/RES/67/30', '5190', '2012-12-03'],
      [2013, 'A/RES/68/29', '5258', '2013-12-05'],
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
  {
    year: 2013,
    kind: 'TCBM',
    sponsor: RUSSIA_TCBM,
    committee: { outcome: COMMITTEE_APPROVED, decision: COMMITTEE_WITHOUT_VOTE_ASSUMED },
    resolution: {
      symbol: 'A/RES/68/50',
      confidence: 'verified',
      source: 'RECORD.md 5 and 4.4 (A/RES/68/50 of 5 Dec 2013)',
    },
    plenary: {
      day: { date: '2013-12-05', confidence: 'verified', source: 'RECORD.md 4.4 and 5' },
      outcome: { confidence: 'verified', source: 'RECORD.md 4.4 and 5 (68/50 endorsed A/68/189)' },
      decision: {
        method: 'withoutVote',
        confidence: 'verified',
        source: 'RECORD.md 5 (2013 TCBM: unanimous, no vote; yumpu p.92; A/RES/69/38)',
      },
    },
  },
  // 2014 ---------------------------------------------------------------------------------------
  {
    year: 2014,
    kind: 'PAROS',
    sponsor: {
      actor: 'EGY',
      with: ['LKA'],
      confidence: 'verified',
      source: 'RECORD.md 4.2 (PAROS: Egypt and Sri Lanka; MID 2014)',
    },
    committee: committeeTally(
      { yes: 180, no: 0, abstain: 2 },
      US_ISRAEL_ABSTAIN('RECORD.md 5 (2014 PAROS FC: US and Israel abstained)'),
      'RECORD.md 5 (2014 PAROS FC 180–0–2, GA/DIS/3514)',
    ),
    resolution: {
      symbol: 'A/RES/69/31',
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 3; votes rcid 5323',
    },
    plenary: datasetPlenary('5323', '2014-12-02'),
  },
  {
    year: 2014,
    kind: 'NFP',
    sponsor: {
      ...RUSSIA_NFP,
      note: 'Tabled by Russia with 34 co-authors (drafting help from Brazil, Indonesia, China, Belarus and others: MID 4 Dec 2014); the co-authors are not listed in the record.',
    },
    joining: {
      actors: ['CUB', 'BLR', 'PAK'],
      confidence: 'uncertain',
      source:
        'RECORD-ADDENDUM.md 2 (RCW 12 Aug 2014: Cuba, Belarus and Pakistan said they would co-sponsor)',
      note: 'They announced at the CD that they would co-sponsor; that they did is not confirmed in the record.',
    },
    committee: committeeTally(
      { yes: 126, no: 4, abstain: 46 },
      [
        NFP_NO('RECORD.md 5 (2014 NFP FC: No Georgia, Israel, Ukraine, US; GA/DIS/3514)'),
        EU_WITHHELD('RECORD.md 5 (EU abstained, inferred; Russian MFA 2015: EU withheld support)'),
      ],
      'RECORD.md 5 (2014 NFP FC 126–4–46, GA/DIS/3514)',
    ),
    resolution: {
      symbol: 'A/RES/69/32',
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 3 (MID 4 Dec 2014); votes rcid 5324',
    },
    plenary: datasetPlenary('5324', '2014-12-02'),
  },
  {
    year: 2014,
    kind: 'TCBM',
    sponsor: RUSSIA_TCBM,
    committee: {
      outcome: {
        confidence: 'verified',
        source: 'RECORD.md 5 (2014 TCBM, FC no vote, GA/DIS/3514)',
      },
      decision: {
        method: 'withoutVote',
        confidence: 'verified',
        source: 'RECORD.md 5 (2014 TCBM: FC no vote, GA/DIS/3514)',
      },
    },
    resolution: {
      symbol: 'A/RES/69/38',
      confidence: 'verified',
      source: 'RECORD.md 5 (A/RES/69/38; wikisource A/69/38)',
    },
    plenary: {
      day: { date: '2014-12-02', confidence: 'verified', source: 'RECORD.md 5 (GA 2 Dec 2014)' },
      outcome: { confidence: 'verified', source: 'RECORD.md 5 (A/RES/69/38)' },
      decision: {
        method: 'withoutVote',
        confidence: 'verified',
        source: 'RECORD.md 5 (2014 TCBM: adopted without vote)',
      },
    },
  },
  // 2015 ---------------------------------------------------------------------------------------
  {
    year: 2015,
    kind: 'PAROS',
    sponsor: PAROS_SPONSORS_ASSUMED,
    draftSymbol: {
      symbol: 'A/C.1/70/L.3',
      confidence: 'verified',
      source: 'RECORD.md 4.2 and 5 (GA/DIS/3539)',
    },
    committee: committeeTally(
      { yes: 173, no: 0, abstain: 3 },
      [
        {
          states: ['ISR', 'PLW', 'USA'],
          vote: 'abstain',
          source: 'RECORD.md 5 (2015 PAROS FC: Israel, Palau, US abstained; GA/DIS/3539)',
        },
      ],
      'RECORD.md 5 (2015 PAROS FC 173–0–3, GA/DIS/3539)',
    ),
    resolution: {
      symbol: 'A/RES/70/26',
      confidence: 'verified',
      source: 'votes/plenary_tallies_2015_2018.csv',
    },
    plenary: plenaryTotals(
      'A/RES/70/26',
      '5323',
      [
        {
          states: ['USA'],
          vote: 'abstain',
          source: 'RECORD-ADDENDUM.md 3 (PAROS: US abstained 2009–2017)',
        },
      ],
      'Rebuilt from the 2014 PAROS roll call (rcid 5323) to the plenary totals; the record names only the US abstention.',
      {
        date: '2015-12-07',
        confidence: 'uncertain',
        source: 'RECORD.md 5 (NFP A/RES/70/27 adopted 7 Dec 2015)',
        note: 'The record dates A/RES/70/27 to 7 December 2015; A/RES/70/26, numbered just before it, is taken to be adopted at the same meeting.',
      },
    ),
  },
  {
    year: 2015,
    kind: 'NFP',
    sponsor: {
      actor: 'RUS',
      with: ['BRA', 'CHN'],
      confidence: 'verified',
      source:
        'RECORD.md 4.2 (2015: Brazil and China the original co-authors, 40 in all; rusembindia) and 5',
      note: 'The other co-authors (40 in all) are not listed in the record.',
    },
    draftSymbol: {
      symbol: 'A/C.1/70/L.47',
      confidence: 'verified',
      source: 'RECORD.md 4.2 and 5 (GA/DIS/3539)',
    },
    committee: committeeTally(
      { yes: 122, no: 4, abstain: 47 },
      [
        NFP_NO('RECORD-ADDENDUM.md 3 (NFP 2014–2017: No = US, Israel, Georgia, Ukraine)'),
        EU_WITHHELD('RECORD.md 5 (2015 NFP: EU abstained, second year)'),
      ],
      'RECORD.md 5 (2015 NFP FC 122–4–47, GA/DIS/3539)',
    ),
    resolution: {
      symbol: 'A/RES/70/27',
      confidence: 'verified',
      source: 'RECORD.md 5; votes/plenary_tallies_2015_2018.csv',
    },
    plenary: plenaryTotals(
      'A/RES/70/27',
      '5324',
      [
        NFP_NO('RECORD-ADDENDUM.md 3 (NFP 2014–2017: No = US, Israel, Georgia, Ukraine)'),
        {
          states: ['FRA', 'GBR'],
          vote: 'abstain',
          source: 'RECORD-ADDENDUM.md 3 (NFP 2014–2017: France and UK abstained)',
        },
        EU_WITHHELD('RECORD.md 5 (2015 NFP: EU abstained, second year)'),
      ],
      'Rebuilt from the 2014 NFP roll call (rcid 5324) to the plenary totals and the States the record names.',
      { date: '2015-12-07', confidence: 'verified', source: 'RECORD.md 5 (GA 7 Dec 2015)' },
    ),
  },
  {
    year: 2015,
    kind: 'TCBM',
    sponsor: {
      ...RUSSIA_TCBM,
      confidence: 'uncertain',
      note: 'The 2015 TCBM text is not in the record; it is read from the yearly series (no recorded vote 2011–2017, RECORD-ADDENDUM.md 3) and from the “former consensus” the US broke in 2018.',
    },
    committee: { outcome: COMMITTEE_APPROVED, decision: COMMITTEE_WITHOUT_VOTE_ASSUMED },
    resolution: {
      confidence: 'reconstructed',
      source: 'RECORD.md 5 (not in the record)',
      note: 'The record gives no symbol: the engine numbers it. Background knowledge, not in the record, suggests A/RES/70/53 (check documents.un.org).',
    },
    plenary: {
      day: {
        date: '2015-12-07',
        confidence: 'uncertain',
        source: 'RECORD.md 5 (GA 7 Dec 2015)',
        note: 'Taken with the other outer-space resolutions of that meeting; the day is not recorded for this text.',
      },
      outcome: {
        confidence: 'uncertain',
        source: 'RECORD-ADDENDUM.md 3; RECORD.md 5 (TASS 7 Dec 2018)',
      },
      decision: TCBM_WITHOUT_VOTE_2015_2017,
    },
  },
  // 2016 ---------------------------------------------------------------------------------------
  {
    year: 2016,
    kind: 'PAROS',
    sponsor: PAROS_SPONSORS_ASSUMED,
    committee: COMMITTEE_FROM_PLENARY,
    resolution: {
      symbol: 'A/RES/71/31',
      confidence: 'verified',
      source: 'RECORD.md 5; votes/plenary_tallies_2015_2018.csv',
    },
    plenary: plenaryTotals(
      'A/RES/71/31',
      '5323',
      [
        {
          states: { eu: true },
          vote: 'yes',
          source: 'RECORD.md 5 (2016 PAROS: all EU Yes; EU EoV 2018)',
        },
        {
          states: ['USA'],
          vote: 'abstain',
          source: 'RECORD-ADDENDUM.md 3 (PAROS: US abstained 2009–2017)',
        },
        ZIMBABWE_2016,
      ],
      'Rebuilt from the 2014 PAROS roll call (rcid 5323) to the source’s totals (182–0–4, 7 absent) and the States the record names; two of the four abstentions are not named in the record.',
      undefined,
      ZIMBABWE_CORRECTION,
    ),
  },
  {
    year: 2016,
    kind: 'NFP',
    sponsor: RUSSIA_NFP,
    draftSymbol: {
      symbol: 'A/C.1/71/L.18',
      confidence: 'verified',
      source: 'RECORD.md 4.2 and 5 (EU EoV 28 Oct 2016)',
    },
    committee: {
      day: {
        date: '2016-10-28',
        confidence: 'verified',
        source: 'RECORD.md 5 (FC 28 Oct 2016, eu-un.europa.eu EoV)',
      },
      ...COMMITTEE_FROM_PLENARY,
    },
    resolution: {
      symbol: 'A/RES/71/32',
      confidence: 'verified',
      source: 'votes/plenary_tallies_2015_2018.csv',
    },
    plenary: plenaryTotals(
      'A/RES/71/32',
      '5324',
      [
        NFP_NO('RECORD-ADDENDUM.md 3 (NFP 2014–2017: No = US, Israel, Georgia, Ukraine)'),
        {
          states: ['FRA', 'GBR'],
          vote: 'abstain',
          source: 'RECORD-ADDENDUM.md 3 (NFP 2014–2017: France and UK abstained)',
        },
        EU_WITHHELD('RECORD.md 5 (2016 NFP: EU abstained, EoV 28 Oct 2016)'),
        ZIMBABWE_2016,
      ],
      'Rebuilt from the 2014 NFP roll call (rcid 5324) to the source’s totals (130–4–48, 11 absent) and the States the record names.',
      undefined,
      ZIMBABWE_CORRECTION,
    ),
  },
  {
    year: 2016,
    kind: 'TCBM',
    sponsor: {
      ...RUSSIA_TCBM,
      confidence: 'uncertain',
      note: 'The 2016 TCBM text is not in the record; it is read from the yearly series (no recorded vote 2011–2017, RECORD-ADDENDUM.md 3) and from the “former consensus” the US broke in 2018.',
    },
    committee: { outcome: COMMITTEE_APPROVED, decision: COMMITTEE_WITHOUT_VOTE_ASSUMED },
    resolution: {
      confidence: 'reconstructed',
      source: 'RECORD.md 5 (not in the record)',
      note: 'The record gives no symbol: the engine numbers it. Background knowledge, not in the record, suggests A/RES/71/42 (check documents.un.org).',
    },
    plenary: {
      outcome: {
        confidence: 'uncertain',
        source: 'RECORD-ADDENDUM.md 3; RECORD.md 5 (TASS 7 Dec 2018)',
      },
      decision: TCBM_WITHOUT_VOTE_2015_2017,
    },
  },
  // 2017 ---------------------------------------------------------------------------------------
  {
    year: 2017,
    kind: 'PAROS',
    sponsor: PAROS_SPONSORS_ASSUMED,
    draftSymbol: {
      symbol: 'A/C.1/72/L.3',
      confidence: 'verified',
      source: 'RECORD.md 4.2 and 5 (GA/DIS/3591)',
    },
    committee: committeeTally(
      { yes: 175, no: 0, abstain: 2 },
      US_ISRAEL_ABSTAIN('RECORD.md 5 (2017 PAROS FC: US and Israel abstained)'),
      'RECORD.md 5; RECORD-ADDENDUM.md 3 (2017 PAROS FC 30 Oct 2017, 175–0–2, GA/DIS/3591)',
      {
        date: '2017-10-30',
        confidence: 'verified',
        source: 'RECORD-ADDENDUM.md 3 (FC 30 Oct 2017; pressenza)',
      },
    ),
    resolution: {
      symbol: 'A/RES/72/26',
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 3; votes/plenary_tallies_2015_2018.csv',
    },
    plenary: plenaryTotals(
      'A/RES/72/26',
      '5323',
      [
        {
          states: ['USA'],
          vote: 'abstain',
          source: 'RECORD-ADDENDUM.md 3 (PAROS: US abstained 2009–2017)',
        },
      ],
      'Rebuilt from the 2014 PAROS roll call (rcid 5323) to the plenary totals; the record names only the US abstention.',
    ),
  },
  {
    year: 2017,
    kind: 'TCBM',
    sponsor: RUSSIA_TCBM,
    draftSymbol: {
      symbol: 'A/C.1/72/L.46',
      confidence: 'verified',
      source: 'RECORD.md 4.2 and 5 (GA/DIS/3591)',
    },
    committee: {
      day: {
        date: '2017-10-30',
        confidence: 'uncertain',
        source: 'RECORD.md 5 (GA/DIS/3591); RECORD-ADDENDUM.md 3',
        note: 'Reported in the same press release as the votes of 30 October 2017; its own day is not given.',
      },
      outcome: {
        confidence: 'verified',
        source: 'RECORD.md 5 (2017 TCBM L.46 approved, GA/DIS/3591)',
      },
      decision: {
        method: 'withoutVote',
        confidence: 'uncertain',
        source: 'RECORD.md 5 (approved, method n/f); TASS 7 Dec 2018 (former consensus)',
        note: 'The record says the draft was approved, not how; without a vote is read from the consensus the US broke in 2018.',
      },
    },
    resolution: {
      confidence: 'reconstructed',
      source: 'RECORD.md 5 (not in the record)',
      note: 'The record gives no symbol: the engine numbers it. Background knowledge, not in the record, suggests A/RES/72/56 (check documents.un.org).',
    },
    plenary: {
      outcome: {
        confidence: 'uncertain',
        source: 'RECORD.md 5 (2017 TCBM; TASS 7 Dec 2018)',
      },
      decision: TCBM_WITHOUT_VOTE_2015_2017,
    },
  },
  {
    year: 2017,
    kind: 'NFP',
    sponsor: RUSSIA_NFP,
    draftSymbol: {
      symbol: 'A/C.1/72/L.53',
      confidence: 'verified',
      source: 'RECORD.md 4.2 and 5 (GA/DIS/3591)',
    },
    committee: committeeTally(
      { yes: 122, no: 4, abstain: 48 },
      [
        NFP_NO('RECORD-ADDENDUM.md 3 (NFP 2014–2017: No = US, Israel, Georgia, Ukraine)'),
        EU_WITHHELD('RECORD.md 5 (2017 NFP: EU abstained)'),
      ],
      'RECORD.md 5; RECORD-ADDENDUM.md 3 (2017 NFP FC 30 Oct 2017, 122–4–48, GA/DIS/3591)',
      {
        date: '2017-10-30',
        confidence: 'verified',
        source: 'RECORD-ADDENDUM.md 3 (FC 30 Oct 2017; pressenza)',
      },
    ),
    resolution: {
      symbol: 'A/RES/72/27',
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 3; votes/plenary_tallies_2015_2018.csv',
    },
    plenary: plenaryTotals(
      'A/RES/72/27',
      '5324',
      [
        NFP_NO('RECORD-ADDENDUM.md 3 (NFP 2014–2017: No = US, Israel, Georgia, Ukraine)'),
        {
          states: ['FRA', 'GBR'],
          vote: 'abstain',
          source: 'RECORD-ADDENDUM.md 3 (NFP 2014–2017: France and UK abstained)',
        },
        EU_WITHHELD('RECORD.md 5 (2017 NFP: EU abstained)'),
      ],
      'Rebuilt from the 2014 NFP roll call (rcid 5324) to the plenary totals and the States the record names.',
    ),
  },
  {
    year: 2017,
    kind: 'FPM',
    sponsor: {
      actor: 'RUS',
      with: [],
      confidence: 'verified',
      source: 'RECORD.md 4.2 (FPM: Russia, 2017 onward) and 5',
    },
    draftSymbol: {
      symbol: 'A/C.1/72/L.54',
      confidence: 'verified',
      source: 'RECORD.md 4.2 and 5 (GA/DIS/3591)',
    },
    committee: committeeTally(
      { yes: 121, no: 5, abstain: 45 },
      [
        {
          states: ['FRA', 'ISR', 'UKR', 'GBR', 'USA'],
          vote: 'no',
          source: 'RECORD.md 5 (2017 FPM FC: No France, Israel, Ukraine, UK, US; GA/DIS/3591)',
        },
        {
          states: { eu: true, except: ['FRA', 'GBR'] },
          vote: 'abstain',
          source: 'RECORD.md 5 (2017 FPM: other EU members abstained)',
        },
      ],
      'RECORD.md 5 (2017 FPM FC 30 Oct 2017, 121–5–45, GA/DIS/3591)',
      {
        date: '2017-10-30',
        confidence: 'verified',
        source: 'RECORD.md 5 (FC 30 Oct 2017, GA/DIS/3591)',
      },
    ),
    resolution: {
      symbol: 'A/RES/72/250',
      confidence: 'verified',
      source: 'RECORD.md 4.4 and 5 (A/RES/72/250 of 24 Dec 2017)',
    },
    plenary: plenaryTotals(
      'A/RES/72/250',
      '5324',
      [
        {
          states: ['FRA', 'ISR', 'UKR', 'GBR', 'USA'],
          vote: 'no',
          source:
            'RECORD.md 5 (2017 FPM: No France, Israel, Ukraine, UK, US; the plenary also counted 5 No)',
        },
        EU_WITHHELD('RECORD.md 5 (2017 FPM: other EU members abstained in the committee)'),
      ],
      'No FPM roll call was recorded before; rebuilt from the nearest Russian outer-space text with a recorded roll call, the 2014 NFP resolution (rcid 5324), to the plenary totals and the States the record names.',
      {
        date: '2017-12-24',
        confidence: 'verified',
        source: 'RECORD.md 4.4 and 5 (adopted 24 Dec 2017)',
      },
    ),
  },
  // 2018 ---------------------------------------------------------------------------------------
  {
    year: 2018,
    kind: 'PAROS',
    sponsor: PAROS_SPONSORS_ASSUMED,
    committee: COMMITTEE_FROM_PLENARY,
    resolution: {
      symbol: 'A/RES/73/30',
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 3; votes/plenary_tallies_2015_2018.csv',
    },
    plenary: plenaryTotals(
      'A/RES/73/30',
      '5323',
      [
        {
          states: ['USA', 'ISR'],
          vote: 'no',
          source: 'RECORD-ADDENDUM.md 3 (73/30: 178–2–0, US and Israel No)',
        },
      ],
      'Rebuilt from the 2014 PAROS roll call (rcid 5323) to the plenary totals and the two States the record names.',
      {
        date: '2018-12-07',
        confidence: 'uncertain',
        source: 'RECORD.md 5 (NFP and TCBM adopted 7 Dec 2018, TASS)',
        note: 'The record dates the NFP and TCBM resolutions of that meeting; A/RES/73/30, numbered just before them, is taken to be adopted the same day.',
      },
    ),
  },
  {
    year: 2018,
    kind: 'NFP',
    sponsor: RUSSIA_NFP,
    draftSymbol: {
      symbol: 'A/C.1/73/L.51',
      confidence: 'verified',
      source: 'RECORD.md 4.2 and 5 (EU 2018)',
    },
    committee: COMMITTEE_FROM_PLENARY,
    resolution: {
      symbol: 'A/RES/73/31',
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 3; votes/plenary_tallies_2015_2018.csv',
    },
    plenary: plenaryTotals(
      'A/RES/73/31',
      '5324',
      [
        {
          states: ['USA', 'ISR', 'GEO', 'UKR'],
          vote: 'no',
          source: 'RECORD-ADDENDUM.md 3 (NFP No from 2014; in 2018 France and UK moved to No)',
        },
        {
          states: ['FRA', 'GBR', 'AUS', 'HUN'],
          vote: 'no',
          source:
            'RECORD-ADDENDUM.md 3 (73/31: France and UK moved to No); RECORD.md 5 (TASS: No incl. US, Australia, UK, Hungary, France)',
        },
        EU_WITHHELD('RECORD.md 5 (2018 NFP: EU not in a position to support; most abstained)'),
      ],
      'Rebuilt from the 2014 NFP roll call (rcid 5324) to the plenary totals (128–12–40) and the eight States the record names as voting No; the other four No votes are not named in the record.',
      { date: '2018-12-07', confidence: 'verified', source: 'RECORD.md 5 (GA 7 Dec 2018, TASS)' },
    ),
  },
  {
    year: 2018,
    kind: 'TCBM',
    sponsor: {
      ...RUSSIA_TCBM,
      source:
        'RECORD.md 4.2 (TCBM: Russia; the US switched from co-authorship to rejection in 2018) and 5',
    },
    committee: COMMITTEE_FROM_PLENARY,
    resolution: {
      symbol: 'A/RES/73/72',
      confidence: 'verified',
      source: 'RECORD-ADDENDUM.md 3; votes/plenary_tallies_2015_2018.csv',
    },
    plenary: plenaryTotals(
      'A/RES/73/72',
      '5064',
      [
        {
          states: ['USA', 'ISR'],
          vote: 'no',
          source:
            'RECORD-ADDENDUM.md 3 (73/72: 180–2–1, US and Israel No); RECORD.md 5 (TASS 7 Dec 2018)',
        },
      ],
      'Rebuilt from the last recorded TCBM roll call, 2010 (rcid 5064), to the plenary totals and the two States the record names; the abstaining State is not named in the record.',
      { date: '2018-12-07', confidence: 'verified', source: 'RECORD.md 5 (GA 7 Dec 2018, TASS)' },
    ),
  },
];

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
    ...(day ? { day } : {}),
    outcome: { confidence: 'verified', source },
    decision: {
      method: 'recorded',
      vote: { confidence: 'verified', source },
      roll: {
        from: 'rebuilt',
        tally,
        baseKinds,
        named,
        confidence: 'reconstructed',
        source,
        note: `The record gives the totals (${tally.yes}–${tally.no}–${tally.abstain}; the rest of the 193 Members absent) and names some States, not the roll call: rebuilt from ${baseNote}.`,
      },
    },
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

// ---------------------------------------------------------------------------------------------
// Groups of Governmental Experts
// ---------------------------------------------------------------------------------------------

export type GgeAction =
  | 'established'
  | 'sessionOpened'
  | 'sessionClosed'
  | 'reportDrafted'
  | 'joined'
  | 'decisionCalled'
  | 'concluded';

export interface GgeStep extends Sourced {
  readonly action: GgeAction;
  /** The day, or the turn whose opening date the step keeps when the record has no day. */
  readonly when: Day | { readonly at: TurnRef; readonly note: string };
  readonly symbol?: string;
  /** For `joined`: the experts that join, or all of them. */
  readonly actors?: readonly string[] | 'every expert';
}

export interface GgeFact {
  readonly mandate: string;
  readonly experts: readonly string[];
  readonly sessions: number;
  readonly steps: readonly GgeStep[];
}

const TCBM_GGE_SOURCE =
  'RECORD.md 4.4 (GGE on TCBMs 2012–2013; yumpu p.92; ungeneva Apr 2013; A/68/189)';
const PAROS_GGE_SOURCE = 'RECORD.md 4.4 (GGE under A/RES/72/250; disarmament.unoda.org paros-gge)';

/** A month the record gives, without its day: the step is put on the first of the month. */
function monthOnly(date: string, month: string, source: string): Day {
  return {
    date,
    confidence: 'reconstructed',
    source,
    note: `The record gives the month only (${month}); the step is put on its first day.`,
  };
}

export const GGES: readonly GgeFact[] = [
  {
    mandate: 'A/RES/65/68',
    experts: [
      'BRA',
      'CHL',
      'CHN',
      'FRA',
      'ITA',
      'KAZ',
      'NGA',
      'ROU',
      'RUS',
      'KOR',
      'ZAF',
      'LKA',
      'UKR',
      'GBR',
      'USA',
    ],
    sessions: 3,
    steps: [
      {
        action: 'established',
        when: monthOnly('2012-07-01', 'July 2012', TCBM_GGE_SOURCE),
        confidence: 'verified',
        source: TCBM_GGE_SOURCE,
        note: 'Set up under A/RES/65/68 with 15 experts (chair Victor Vasiliev, Russia); the day it was constituted is not recorded: it is put with its first session.',
      },
      {
        action: 'sessionOpened',
        when: monthOnly('2012-07-01', 'July 2012', TCBM_GGE_SOURCE),
        confidence: 'verified',
        source: TCBM_GGE_SOURCE,
        note: 'First session, New York, July 2012.',
      },
      {
        action: 'sessionClosed',
        when: monthOnly('2012-07-01', 'July 2012', TCBM_GGE_SOURCE),
        confidence: 'verified',
        source: TCBM_GGE_SOURCE,
      },
      {
        action: 'sessionOpened',
        when: monthOnly('2013-04-01', 'April 2013', TCBM_GGE_SOURCE),
        confidence: 'verified',
        source: TCBM_GGE_SOURCE,
        note: 'Second session, Geneva, April 2013.',
      },
      {
        action: 'sessionClosed',
        when: monthOnly('2013-04-01', 'April 2013', TCBM_GGE_SOURCE),
        confidence: 'verified',
        source: TCBM_GGE_SOURCE,
      },
      {
        action: 'sessionOpened',
        when: monthOnly('2013-07-01', 'July 2013', TCBM_GGE_SOURCE),
        confidence: 'verified',
        source: TCBM_GGE_SOURCE,
        note: 'Third session, New York, July 2013.',
      },
      {
        action: 'sessionClosed',
        when: monthOnly('2013-07-01', 'July 2013', TCBM_GGE_SOURCE),
        confidence: 'verified',
        source: TCBM_GGE_SOURCE,
      },
      {
        action: 'reportDrafted',
        when: monthOnly('2013-07-01', 'July 2013', TCBM_GGE_SOURCE),
        symbol: 'A/68/189',
        confidence: 'reconstructed',
        source: TCBM_GGE_SOURCE,
        note: 'The symbol of the draft report is not recorded; the report was issued as A/68/189 (dated 29 July 2013), and that symbol is used.',
      },
      {
        action: 'joined',
        when: monthOnly('2013-07-01', 'July 2013', TCBM_GGE_SOURCE),
        actors: 'every expert',
        confidence: 'reconstructed',
        source: TCBM_GGE_SOURCE,
        note: 'Adopted by consensus; each expert’s position is not recorded, so every expert is shown joining.',
      },
      {
        action: 'decisionCalled',
        when: monthOnly('2013-07-01', 'July 2013', TCBM_GGE_SOURCE),
        confidence: 'verified',
        source: TCBM_GGE_SOURCE,
        note: 'Report A/68/189 adopted by consensus.',
      },
    ],
  },
  {
    mandate: 'A/RES/72/250',
    experts: [
      'DZA',
      'ARG',
      'AUS',
      'BLR',
      'BRA',
      'CAN',
      'CHL',
      'CHN',
      'EGY',
      'FRA',
      'DEU',
      'IND',
      'IRN',
      'ITA',
      'JPN',
      'KAZ',
      'MYS',
      'NGA',
      'PAK',
      'KOR',
      'ROU',
      'RUS',
      'ZAF',
      'GBR',
      'USA',
    ],
    sessions: 2,
    steps: [
      {
        action: 'established',
        when: {
          at: { year: 2018, forum: 'cd', part: 3 },
          note: 'The record gives only the year of the first session (2018); the steps of 2018 keep the opening date of the CD’s third part.',
        },
        confidence: 'verified',
        source: PAROS_GGE_SOURCE,
        note: '25 experts (RECORD.md 4.4), chair Guilherme de Aguiar Patriota (Brazil), two two-week sessions in Geneva.',
      },
      {
        action: 'sessionOpened',
        when: {
          at: { year: 2018, forum: 'cd', part: 3 },
          note: 'The record gives only the year of the first session (2018).',
        },
        confidence: 'verified',
        source: PAROS_GGE_SOURCE,
        note: 'First two-week session, Geneva, 2018.',
      },
      {
        action: 'sessionClosed',
        when: {
          at: { year: 2018, forum: 'cd', part: 3 },
          note: 'The record gives only the year of the first session (2018).',
        },
        confidence: 'verified',
        source: PAROS_GGE_SOURCE,
      },
      {
        action: 'sessionOpened',
        when: {
          date: '2019-03-18',
          confidence: 'reconstructed',
          source: PAROS_GGE_SOURCE,
          note: 'The record gives a two-week session ending on 29 March 2019: its opening is put two weeks earlier, on Monday 18 March.',
        },
        confidence: 'verified',
        source: PAROS_GGE_SOURCE,
        note: 'Second two-week session, Geneva, March 2019 (after open-ended consultations in New York, 31 Jan–1 Feb 2019).',
      },
      {
        action: 'sessionClosed',
        when: {
          date: '2019-03-29',
          confidence: 'verified',
          source: 'RECORD.md 4.4 (AFP via nampa.org)',
        },
        confidence: 'verified',
        source: PAROS_GGE_SOURCE,
      },
      {
        action: 'reportDrafted',
        when: {
          date: '2019-03-29',
          confidence: 'verified',
          source: 'RECORD.md 4.4 (AFP via nampa.org)',
        },
        symbol: 'GE-PAROS/2019/CRP.1',
        confidence: 'reconstructed',
        source: PAROS_GGE_SOURCE,
        note: 'A draft report was before the group; its symbol is not recorded (GE-PAROS/2019/CRP.1 is chosen for the game).',
      },
      {
        action: 'concluded',
        when: {
          date: '2019-03-29',
          confidence: 'verified',
          source: 'RECORD.md 4.4 (AFP via nampa.org)',
        },
        confidence: 'verified',
        source:
          'RECORD.md 4.4 (ended without a consensus report on 29 Mar 2019, AFP via nampa.org)',
        note: 'No consensus report; which delegation blocked it is UNCERTAIN (not in the sources reached), so nobody is named.',
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// The calendar
// ---------------------------------------------------------------------------------------------

/**
 * Openings of the parts of the CD's annual session that the record dates (RECORD.md 3.4,
 * VERIFIED from UNOG releases). A `turn.ended` step that opens one of these is verified; the
 * other turn dates of the scenario's calendar are the scenario's own (reconstructed).
 */
export const SESSION_OPENINGS_IN_RECORD: readonly string[] = [
  '2006-01-23',
  '2006-05-15',
  '2006-07-31',
  '2007-01-22',
  '2007-05-14',
  '2007-07-30',
  '2014-01-20',
  '2014-05-12',
  '2014-07-28',
  '2015-01-19',
  '2015-05-25',
  '2015-08-03',
  '2017-01-23',
  '2017-05-15',
  '2017-07-31',
  '2018-01-22',
  '2018-05-14',
  '2018-07-30',
  '2019-01-21',
  '2019-05-13',
  '2019-07-29',
];

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
