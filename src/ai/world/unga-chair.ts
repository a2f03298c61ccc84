import type { GameState } from '../../engine/index';
import { CHAIR, isSeat, memberName } from '../../engine/index';
import { oppositionMargin, predictionsFor } from './alignment';
import { coSponsorMoves } from './co-sponsors';
import type { DraftReading } from './read-state';
import { drafts, turnOf, ungaSessionOf, yearOf } from './read-state';
import { rollCallMove } from './unga-votes';
import type { WorldMove } from './world-move';
import { afterSeats, now } from './world-move';

/**
 * The General Assembly as the computer runs it: the yearly PAROS draft of Egypt and Sri Lanka
 * when no seat tables one, other States co-sponsoring the seats' drafts (`co-sponsors.ts`), the introduction of the drafts the world sponsors, the chair of the
 * First Committee and the President of the plenary taking action on one draft at a time — open
 * action, a recorded vote when a delegation asks for one (or adoption without a vote), the
 * other States' ballots, close voting, close the stage — and, in December, the plenary.
 */
export function ungaMoves(state: GameState): WorldMove[] {
  const turn = turnOf(state);
  if (turn.forum !== 'unga') return [];
  const session = ungaSessionOf(yearOf(state));
  const ofSession = drafts(state).filter((d) => d.symbol.includes(`/${session}/`));
  const stage = turn.stage === 'firstCommittee' ? 'committee' : 'plenary';
  const moves: WorldMove[] = [];
  if (stage === 'committee')
    moves.push(...sponsorMoves(ofSession), ...coSponsorMoves(state, ofSession));
  const acting = ofSession.find((d) => isInAction(d, stage));
  if (acting) moves.push(...actionMoves(state, acting));
  else {
    const next = ofSession.find((d) =>
      stage === 'committee' ? d.status === 'introduced' : d.status === 'awaitingPlenary',
    );
    if (next && stage === 'committee')
      moves.push(
        afterSeats(
          { type: 'action.opened', actor: CHAIR, draft: next.symbol },
          `the chair moves to action on ${next.symbol}, ${next.title}`,
        ),
      );
    if (next && stage === 'plenary')
      moves.push(
        now(
          { type: 'plenary.opened', actor: CHAIR, draft: next.symbol },
          `the General Assembly takes up ${next.symbol}, recommended by the First Committee`,
        ),
      );
  }
  return moves;
}

function isInAction(draft: DraftReading, stage: 'committee' | 'plenary'): boolean {
  return draft.status.startsWith(stage === 'committee' ? 'committeeAction.' : 'plenaryAction.');
}

/**
 * Egypt and Sri Lanka table the PAROS draft every year (RECORD.md 5, 7 G21) unless a seat
 * already has one before the committee this session; the world introduces the drafts it
 * sponsors in the general debate.
 */
function sponsorMoves(ofSession: readonly DraftReading[]): WorldMove[] {
  const moves: WorldMove[] = [];
  if (!ofSession.some((d) => d.kind === 'PAROS'))
    moves.push(
      afterSeats(
        {
          type: 'draft.tabled',
          actor: 'EGY',
          kind: 'PAROS',
          title: 'Prevention of an arms race in outer space',
          paragraphs: PAROS_PARAGRAPHS.map((p) => ({ ...p })),
          coSponsors: ['LKA'],
        },
        'Egypt and Sri Lanka table the yearly PAROS draft, as they have for years',
      ),
    );
  for (const draft of ofSession) {
    const sponsor = draft.sponsors[0];
    if (draft.status !== 'drafted' || sponsor === undefined || draft.sponsors.some(isSeat))
      continue;
    moves.push(
      now(
        { type: 'draft.introduced', actor: sponsor, draft: draft.symbol },
        `${memberName(sponsor)} introduces ${draft.symbol} in the general debate`,
      ),
    );
  }
  return moves;
}

/** The yearly text, in the game's own words after the resolutions of the series. */
const PAROS_PARAGRAPHS = [
  {
    id: 'PP1',
    text: 'Recognizing the common interest of all mankind in the exploration and use of outer space for peaceful purposes,',
  },
  {
    id: 'PP2',
    text: 'Convinced that keeping an arms race out of outer space would avert a grave danger to international peace and security,',
  },
  {
    id: 'OP1',
    text: 'Reaffirms that preventing an arms race in outer space is important and urgent, and calls on all States, in particular those with major space capabilities, to contribute actively to that goal;',
  },
  {
    id: 'OP2',
    text: 'Recognizes that the Conference on Disarmament, as the single multilateral disarmament negotiating forum, has the primary role in negotiating an agreement or agreements on the question;',
  },
  {
    id: 'OP3',
    text: 'Invites the Conference on Disarmament to establish a working group on the prevention of an arms race in outer space as early as possible during its next session.',
  },
] as const;

/** The steps of action on the draft before the committee or the plenary now. */
function actionMoves(state: GameState, draft: DraftReading): WorldMove[] {
  const step = draft.status.split('.')[1];
  const forum = draft.stage === 'committee' ? 'the First Committee' : 'the General Assembly';
  if (step === 'beforeVoting') {
    if (draft.voteRequests.length > 0)
      return [
        afterSeats(
          { type: 'voting.opened', actor: CHAIR, draft: draft.symbol },
          `a recorded vote was requested: ${forum} votes on ${draft.symbol}`,
        ),
      ];
    const request = voteRequest(state, draft);
    if (request) return [request];
    return [
      afterSeats(
        { type: 'adoption.withoutVote', actor: CHAIR, draft: draft.symbol },
        `nobody asked for a vote: ${forum} adopts ${draft.symbol} without one`,
      ),
    ];
  }
  if (step === 'voting') {
    const rollCall = rollCallMove(state, draft);
    return [
      ...(rollCall ? [rollCall] : []),
      afterSeats(
        { type: 'voting.closed', actor: CHAIR, draft: draft.symbol },
        `every delegation present has voted on ${draft.symbol}`,
      ),
    ];
  }
  if (step === 'explanationsAfter')
    return [
      afterSeats(
        { type: 'stage.closed', actor: CHAIR, draft: draft.symbol },
        `action on ${draft.symbol} in ${forum} is complete`,
      ),
    ];
  return [];
}

/**
 * A delegation that will not vote Yes wants its vote on the record (rule 127): when no seat has
 * asked for a recorded vote, the State the computer runs that leans furthest from Yes asks for
 * one. If every one of them will vote Yes, nobody asks and the text is adopted without a vote.
 */
function voteRequest(state: GameState, draft: DraftReading): WorldMove | null {
  const predictions = predictionsFor(state, draft, yearOf(state));
  let asker: string | null = null;
  let margin = 0;
  for (const voter of draft.voters) {
    if (isSeat(voter)) continue;
    const prediction = predictions.get(voter);
    if (!prediction || prediction.vote === 'yes') continue;
    const leaning = oppositionMargin(prediction);
    if (asker === null || leaning > margin) {
      asker = voter;
      margin = leaning;
    }
  }
  if (asker === null) return null;
  return afterSeats(
    { type: 'vote.requested', actor: asker, draft: draft.symbol },
    `${memberName(asker)} will not vote Yes on ${draft.symbol} and asks for a recorded vote`,
  );
}
