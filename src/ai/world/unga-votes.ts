import type { GameState } from '../../engine/index';
import { CHAIR, isSeat } from '../../engine/index';
import type { StatePrediction, Vote } from '../voting/index';
import { membersIn } from '../voting/index';
import { predictionsFor, WORLD_DATA } from './alignment';
import type { DraftReading } from './read-state';
import { yearOf } from './read-state';
import type { WorldMove } from './world-move';
import { now } from './world-move';

/**
 * The votes of every UN member the computer runs, on the draft being voted: the voting model's
 * prediction given the game (sponsors, tests, consultations…), minus the States absent that day.
 * The chair records them at once, as the voting board shows them (`rollCall.recorded`); the
 * seats cast their own ballots (`vote.cast`) before voting closes.
 */
export function rollCallMove(state: GameState, draft: DraftReading): WorldMove | null {
  const vote = draft.currentVote;
  if (vote === null) return null;
  const year = yearOf(state);
  const predictions = predictionsFor(state, draft, year);
  const voted = new Set([...vote.yes, ...vote.no, ...vote.abstain]);
  const ballots: Record<Vote, string[]> = { yes: [], no: [], abstain: [] };
  for (const voter of draft.voters) {
    if (isSeat(voter) || voted.has(voter)) continue;
    const key = `${state.seed}|${draft.symbol}|${draft.stage}|${vote.subject}|${voter}`;
    if (unitHash(key) < absenceRate(voter, year)) continue;
    ballots[ballotOf(predictions.get(voter), vote.subject)].push(voter);
  }
  if (ballots.yes.length + ballots.no.length + ballots.abstain.length === 0) return null;
  const subject = vote.subject === 'whole' ? draft.symbol : `paragraph ${vote.subject}`;
  return now(
    { type: 'rollCall.recorded', actor: CHAIR, draft: draft.symbol, ...ballots },
    `the other States vote on ${subject} as their records and this game lead them: ${ballots.yes.length} yes, ${ballots.no.length} no, ${ballots.abstain.length} abstaining`,
  );
}

/**
 * A State's ballot. On a separate vote on one paragraph the middle ground thins: a State that
 * would abstain on the whole text but leans No votes No on the paragraph singled out (2019:
 * the NFP text 123–14–40, its PP5 114–42–10, RECORD.md 5).
 */
function ballotOf(prediction: StatePrediction | undefined, subject: string): Vote {
  if (!prediction) return 'yes';
  if (subject !== 'whole' && prediction.vote === 'abstain')
    return prediction.scores.no >= prediction.scores.yes ? 'no' : 'abstain';
  return prediction.vote;
}

const absenceRates = new Map<number, ReadonlyMap<string, number>>();

/**
 * How often a State missed the recorded votes on these texts before `year` (absences are in the
 * record: 9 to 29 a year, RECORD.md 5); States without a record miss one vote in ten.
 */
export function absenceRate(state: string, year: number): number {
  const bucket = Math.min(year, 2015);
  let rates = absenceRates.get(bucket);
  if (rates === undefined) {
    rates = computeRates(bucket);
    absenceRates.set(bucket, rates);
  }
  return rates.get(state) ?? 0.1;
}

function computeRates(year: number): Map<string, number> {
  const calls = WORLD_DATA.rollcalls.filter((call) => call.year < year);
  const possible = new Map<string, number>();
  const missed = new Map<string, number>();
  for (const call of calls) {
    for (const state of membersIn(call.year)) {
      possible.set(state, (possible.get(state) ?? 0) + 1);
      const cast = WORLD_DATA.votes[state]?.[call.kind]?.[String(call.year)];
      if (cast === undefined) missed.set(state, (missed.get(state) ?? 0) + 1);
    }
  }
  const rates = new Map<string, number>();
  for (const [state, total] of possible) rates.set(state, (missed.get(state) ?? 0) / total);
  return rates;
}

/** A number in [0, 1) from a text (FNV-1a): the same day, the same absences. */
export function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  hash ^= hash >>> 12;
  return (hash >>> 0) / 4294967296;
}
