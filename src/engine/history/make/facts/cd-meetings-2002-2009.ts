/** The Conference on Disarmament, 2002–2009: CD/1679, the PPWT of 2008 and its answers. */

import type { CdMeeting } from './cd-types';
import { AGENDA_ITEM_3 } from './cd-types';

export const CD_MEETINGS_2002_2009: readonly CdMeeting[] = [
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
];
