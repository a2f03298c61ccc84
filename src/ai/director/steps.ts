import type { GameState, SeatId } from '../../engine/index';

/**
 * Steps of a turn. A step begins whenever something happens that gives the delegations
 * something new to answer — a turn or a plenary opens, a proposal or a draft is put forward,
 * action or voting opens or closes on a draft, a document is circulated.
 * Within a step the computer seats are asked until each passes, and the people at the other
 * seats until they say they are done; only then does the world take the moves that wait for
 * them (calling a decision, opening voting).
 *
 * Steps are read from the record, not kept by the director, so a server that restarts from its
 * log, or a page that loads a save, finds the same step.
 */
const STEP_OPENERS: ReadonlySet<string> = new Set([
  'turn.started',
  'plenary.convened',
  'decision.proposed',
  'document.submitted',
  'negotiation.opened',
  'negotiation.resumed',
  'textAdoption.called',
  'draft.tabled',
  'action.opened',
  'voting.opened',
  'voting.closed',
  'adoption.withoutVote',
  'plenary.opened',
  'gge.sessionOpened',
  'gge.reportDrafted',
]);

/** An id of the step the game is in: the turn and the record line that opened the step. */
export function stepKey(state: GameState): string {
  for (let i = state.record.length - 1; i >= 0; i--) {
    const line = state.record[i];
    if (!line || line.turn !== state.turn) break;
    if (STEP_OPENERS.has(line.kind)) return `${state.turn}:${i}`;
  }
  return `${state.turn}:start`;
}

/** How many lines of this turn's record each seat wrote: what the per-turn bound counts. */
export function seatLinesThisTurn(state: GameState): Record<SeatId, number> {
  const counts: Record<SeatId, number> = { CHN: 0, RUS: 0, USA: 0, EU: 0 };
  for (let i = state.record.length - 1; i >= 0; i--) {
    const line = state.record[i];
    if (!line || line.turn !== state.turn) break;
    if (line.actor in counts) counts[line.actor as SeatId] += 1;
  }
  return counts;
}
