import type { Ballot } from '../rules/simple-majority';
import { committeeActionState, draftedState, introducedState } from './first-committee.state';
import { awaitingPlenaryState, plenaryActionState } from './plenary.state';
import { draftContext, ungaSetup } from './unga.setup';

/** Which resolution a draft belongs to (RECORD.md §5 names the yearly outer-space texts). */
export type DraftKind = 'PAROS' | 'NFP' | 'TCBM' | 'FPM' | 'NORMS' | 'DAASAT' | 'OTHER';
export type Stage = 'committee' | 'plenary';
/** What a recorded vote decides: 'whole' for the whole text, or a paragraph id ('PP5'). */
export type VoteSubject = string;

export interface DraftParagraph {
  /** Preambular 'PP5' or operative 'OP2'. */
  readonly id: string;
  readonly text: string;
}

export interface DraftResolutionInput {
  /** As tabled, e.g. 'A/C.1/63/L.3' (RECORD.md §4.2). */
  readonly symbol: string;
  readonly kind: DraftKind;
  readonly title: string;
  /** The main sponsors (ISO3), e.g. Egypt and Sri Lanka for PAROS. */
  readonly sponsors: readonly string[];
  readonly paragraphs: readonly DraftParagraph[];
  /** The electorate: the UN member states (ISO3); observers such as the EU are not in it. */
  readonly voters: readonly string[];
}

export interface DraftResolutionContext {
  /** The current symbol: 'A/C.1/63/L.3', then 'A/C.1/63/L.3/Rev.1' after a revision. */
  readonly symbol: string;
  readonly revision: number;
  readonly kind: DraftKind;
  readonly title: string;
  readonly sponsors: readonly string[];
  readonly coSponsors: readonly string[];
  /** `retained: false` once a separate vote has deleted the paragraph. */
  readonly paragraphs: readonly (DraftParagraph & { readonly retained: boolean })[];
  readonly voters: readonly string[];
  readonly stage: Stage;
  /** Recorded-vote requests at the current stage, one per subject, in the order made. */
  readonly voteRequests: readonly { readonly member: string; readonly subject: VoteSubject }[];
  readonly explanations: readonly {
    readonly member: string;
    readonly when: 'before' | 'after';
    readonly stage: Stage;
  }[];
  /** The recorded vote under way, if any: the names called so far, by answer. */
  readonly currentVote: null | {
    readonly subject: VoteSubject;
    readonly yes: readonly string[];
    readonly no: readonly string[];
    readonly abstain: readonly string[];
  };
  /**
   * Every decision taken, in order. A recorded vote counts the whole electorate
   * (yes + no + abstain + absent = voters); an adoption without a vote carries zero counts.
   */
  readonly results: readonly {
    readonly stage: Stage;
    readonly subject: VoteSubject;
    readonly yes: number;
    readonly no: number;
    readonly abstain: number;
    readonly absent: number;
    readonly adopted: boolean;
    readonly method: 'recorded' | 'withoutVote';
  }[];
  /** Given by the engine when the plenary takes the draft up; kept only if it is adopted. */
  readonly resolutionSymbol: string | null;
}

export type DraftResolutionEvent =
  | { type: 'draft.introduced' }
  | { type: 'coSponsor.added'; member: string }
  | { type: 'draft.revised'; member: string; paragraphs?: readonly DraftParagraph[] }
  | { type: 'draft.withdrawn'; member: string }
  | { type: 'action.opened' }
  | { type: 'adoption.withoutVote' }
  | { type: 'vote.requested'; member: string }
  | { type: 'paragraphVote.requested'; member: string; paragraph: string }
  | { type: 'vote.explained'; member: string; when: 'before' | 'after' }
  | { type: 'voting.opened' }
  | { type: 'vote.cast'; member: string; vote: Ballot }
  | {
      type: 'ballots.recorded';
      yes: readonly string[];
      no: readonly string[];
      abstain: readonly string[];
    }
  | { type: 'voting.closed' }
  | { type: 'stage.closed' }
  | { type: 'plenary.opened'; resolutionSymbol: string };

export type DraftResolutionEmitted =
  | { type: 'draft.introduced'; symbol: string }
  | { type: 'draft.revised'; symbol: string }
  | { type: 'draft.withdrawn'; symbol: string }
  | { type: 'draft.adoptedWithoutVote'; symbol: string; stage: Stage }
  | {
      type: 'vote.recorded';
      symbol: string;
      stage: Stage;
      subject: VoteSubject;
      yes: number;
      no: number;
      abstain: number;
      absent: number;
      adopted: boolean;
    }
  | { type: 'resolution.adopted'; symbol: string; resolutionSymbol: string }
  | { type: 'draft.rejected'; symbol: string };

/**
 * One draft resolution from the First Committee to the plenary of the General Assembly:
 * drafted → introduced → committee action → awaiting the plenary → plenary action → adopted
 * as A/RES/…, or rejected at either stage, or withdrawn by its main sponsors before action.
 */
export const draftResolutionMachine = ungaSetup.createMachine({
  id: 'draftResolution',
  context: ({ input }) => draftContext(input),
  initial: 'drafted',
  states: {
    drafted: draftedState,
    introduced: introducedState,
    committeeAction: committeeActionState,
    awaitingPlenary: awaitingPlenaryState,
    plenaryAction: plenaryActionState,
    adopted: { type: 'final', entry: 'announceResolution' },
    rejected: { type: 'final', entry: ['clearResolutionSymbol', 'announceRejection'] },
    withdrawn: { type: 'final', entry: 'announceWithdrawal' },
  },
});
