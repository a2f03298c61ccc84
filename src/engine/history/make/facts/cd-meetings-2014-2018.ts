/** The Conference on Disarmament, 2014–2018: the PPWT of 2014 and what followed. */

import type { CdMeeting } from './cd-types';
import { AGENDA_ITEM_3 } from './cd-types';

export const CD_MEETINGS_2014_2018: readonly CdMeeting[] = [
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
