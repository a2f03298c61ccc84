import type { DecisionSubject } from '../procedures/cd/consensus-decision.machine';
import type { DraftKind } from '../procedures/unga/draft-resolution.machine';
import type { DocumentKind } from '../procedures/rules/treaty-text';
import type { StandingGroup } from './standing';

/**
 * How much each group wants a thing to happen, from -2 (against everything it stands for) to +2
 * (what it came for). Acting for a thing pleases the groups that want it and displeases those
 * against it; the action table multiplies these numbers. Read from RECORD.md 5 and 7.
 */
export type Stance = Readonly<Record<StandingGroup, number>>;

/**
 * General Assembly texts, by kind (RECORD.md 5): PAROS passes with 170+ yes, only the US and
 * Israel against or abstaining; NFP and FPM: the sponsors' camp and most of the G21 for, the US,
 * most of the West and the EU against or abstaining, the non-EU Eastern group split (Belarus
 * sponsor, Ukraine and Georgia no); TCBM: consensus; the norms and DA-ASAT texts: the West and
 * the EU for, China and Russia no, India and a few G21 States abstaining.
 */
export const RESOLUTION_STANCE: Readonly<Record<DraftKind, Stance>> = {
  PAROS: { G21: 2, WEOG: 1, EEG: 1, CHN: 2, EU: 1 },
  NFP: { G21: 1, WEOG: -2, EEG: 0, CHN: 2, EU: -1 },
  TCBM: { G21: 1, WEOG: 1, EEG: 1, CHN: 1, EU: 1 },
  FPM: { G21: 1, WEOG: -2, EEG: 0, CHN: 2, EU: -2 },
  NORMS: { G21: 0, WEOG: 2, EEG: 1, CHN: -2, EU: 2 },
  DAASAT: { G21: 1, WEOG: 2, EEG: 1, CHN: -2, EU: 2 },
  OTHER: { G21: 0, WEOG: 0, EEG: 0, CHN: 0, EU: 0 },
};

/** What a CD proposal is about, as the groups see it. */
export type DecisionTopic =
  | 'parosNegotiatingBody'
  | 'parosDiscussionBody'
  | 'otherBody'
  | Exclude<DecisionSubject, 'subsidiaryBody' | 'treatyText' | 'ggeReport'>
  | 'treatyText'
  | 'ggeReport';

/**
 * CD proposals (RECORD.md 1.2, 3.5–3.7, 7): the G21 and China have wanted a PAROS body with a
 * negotiating mandate since 1985 and 1999 (CD/1576); the West favoured examination over
 * negotiation; everyone wants a programme of work after a decade of deadlock, the G21 most.
 */
export const DECISION_STANCE: Readonly<Record<DecisionTopic, Stance>> = {
  parosNegotiatingBody: { G21: 2, WEOG: -1, EEG: 1, CHN: 2, EU: -1 },
  parosDiscussionBody: { G21: 1, WEOG: 1, EEG: 1, CHN: 0, EU: 1 },
  otherBody: { G21: 1, WEOG: 1, EEG: 1, CHN: 1, EU: 1 },
  programmeOfWork: { G21: 2, WEOG: 1, EEG: 1, CHN: 1, EU: 1 },
  agenda: { G21: 1, WEOG: 1, EEG: 1, CHN: 1, EU: 1 },
  annualReport: { G21: 1, WEOG: 1, EEG: 1, CHN: 1, EU: 1 },
  implementation: { G21: 2, WEOG: 1, EEG: 1, CHN: 1, EU: 1 },
  treatyText: { G21: 2, WEOG: -1, EEG: 1, CHN: 2, EU: -1 },
  ggeReport: { G21: 1, WEOG: 1, EEG: 1, CHN: 1, EU: 1 },
};

/**
 * Documents circulated in the Conference, by kind: a draft treaty is what the G21 wants
 * negotiated and what the West resists (CD/1839, CD/1847); a working paper or comments show
 * engagement everyone values; a letter changes little.
 */
export const DOCUMENT_STANCE: Readonly<Record<DocumentKind, Stance>> = {
  draftTreaty: { G21: 2, WEOG: -1, EEG: 1, CHN: 1, EU: -1 },
  workingPaper: { G21: 1, WEOG: 1, EEG: 1, CHN: 1, EU: 1 },
  comments: { G21: 1, WEOG: 1, EEG: 0, CHN: 0, EU: 1 },
  answers: { G21: 1, WEOG: 0, EEG: 1, CHN: 1, EU: 0 },
  letter: { G21: 0, WEOG: 0, EEG: 0, CHN: 0, EU: 0 },
  draftDecision: { G21: 1, WEOG: 1, EEG: 1, CHN: 1, EU: 1 },
  report: { G21: 0, WEOG: 0, EEG: 0, CHN: 0, EU: 0 },
};
