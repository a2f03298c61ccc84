/**
 * The checkers of conditions on the General Assembly: a resolution of a kind adopted, the seat's
 * vote on a kind of text, and the unity of the EU member States; and how a record line's symbol
 * is traced back to its draft.
 */
import type { SeatId } from '../ids';
import type { DraftResolutionContext } from '../procedures/unga/draft-resolution.machine';
import type { GameState, RecordEntry } from '../state/game-state';
import { actorName } from '../state/names';
import type { ConditionOf } from './condition-schema';
import type { ConditionResult } from './condition-result';
import { MAX_LINES, quote } from './condition-result';
import { describeEntry, RESOLUTION_NAMES } from './describe';

/** The drafts of a kind, by every symbol they bore (as tabled, revised, as a resolution). */
export function draftKinds(state: GameState): Map<string, DraftResolutionContext> {
  const kinds = new Map<string, DraftResolutionContext>();
  for (const [key, snapshot] of Object.entries(state.unga.drafts)) {
    const draft = snapshot.context as DraftResolutionContext;
    kinds.set(key, draft);
    kinds.set(draft.symbol, draft);
    if (draft.resolutionSymbol) kinds.set(draft.resolutionSymbol, draft);
  }
  return kinds;
}

/** The draft a record line's symbol names (a revision's symbol names the same draft). */
export function draftOf(
  drafts: Map<string, DraftResolutionContext>,
  symbol: string | undefined,
): DraftResolutionContext | undefined {
  if (symbol === undefined) return undefined;
  return drafts.get(symbol) ?? drafts.get(symbol.replace(/\/Rev\.\d+$/, ''));
}

export function resolutionAdopted(
  state: GameState,
  seat: SeatId,
  condition: ConditionOf<'resolutionAdopted'>,
): ConditionResult {
  const name = RESOLUTION_NAMES[condition.resolutionKind];
  const adopted = Object.values(state.unga.drafts)
    .filter((snapshot) => snapshot.value === 'adopted')
    .map((snapshot) => snapshot.context as DraftResolutionContext)
    .filter((draft) => draft.kind === condition.resolutionKind);
  const shortfalls: string[] = [];
  const good: DraftResolutionContext[] = [];
  for (const draft of adopted) {
    const plenary = draft.results.find((r) => r.stage === 'plenary' && r.subject === 'whole');
    const sponsors = draft.sponsors.length + draft.coSponsors.length;
    const label = draft.resolutionSymbol ?? draft.symbol;
    if (plenary && plenary.method === 'recorded' && plenary.yes < condition.minYes)
      shortfalls.push(
        `${label} was adopted with ${plenary.yes} votes in favour; ${condition.minYes} were needed.`,
      );
    else if (sponsors < condition.minSponsors)
      shortfalls.push(
        `${label} had ${sponsors} sponsors and co-sponsors; ${condition.minSponsors} were needed.`,
      );
    else if (condition.bySeat && ![...draft.sponsors, ...draft.coSponsors].includes(seat))
      shortfalls.push(`${label} was adopted, but ${actorName(seat)} was not among its sponsors.`);
    else good.push(draft);
  }
  const lines = state.record.filter(
    (entry) =>
      entry.kind === 'resolution.adopted' &&
      good.some((draft) => draft.resolutionSymbol === entry.symbol),
  );
  const tallies = good.map((draft) => {
    const plenary = draft.results.find((r) => r.stage === 'plenary' && r.subject === 'whole');
    return `${draft.resolutionSymbol}: ${plenary?.method === 'recorded' ? `${plenary.yes} in favour, ${plenary.no} against, ${plenary.abstain} abstaining` : 'adopted without a vote'}, ${draft.sponsors.length + draft.coSponsors.length} sponsors and co-sponsors.`;
  });
  if (good.length > 0) {
    return {
      met: condition.expected,
      evidence: condition.expected
        ? [...quote(lines), ...tallies]
        : [
            `The General Assembly adopted ${name}, which this objective wanted to avoid.`,
            ...quote(lines),
          ],
    };
  }
  return {
    met: !condition.expected,
    evidence: [
      adopted.length === 0
        ? `The General Assembly adopted no ${name} during the game.`
        : `The General Assembly adopted ${name}, but not as this objective asks.`,
      ...shortfalls,
    ],
  };
}

/** Recorded votes on whole texts of a kind: the record lines of the results. */
function votesOn(state: GameState, kind: string): RecordEntry[] {
  const drafts = draftKinds(state);
  return state.record.filter(
    (entry) =>
      entry.kind === 'vote.recorded' &&
      entry.ballots !== undefined &&
      draftOf(drafts, entry.symbol)?.kind === kind,
  );
}

export function seatVoted(
  state: GameState,
  seat: SeatId,
  condition: ConditionOf<'seatVoted'>,
): ConditionResult {
  const name = RESOLUTION_NAMES[condition.resolutionKind];
  const votes = votesOn(state, condition.resolutionKind);
  const cast = votes.filter((entry) => entry.ballots?.[seat] !== undefined);
  const matching = cast.filter((entry) => entry.ballots?.[seat] === condition.vote);
  const how = condition.vote === 'abstain' ? 'abstained' : `voted ${condition.vote}`;
  const told = cast.map(
    (entry) =>
      `${describeEntry(entry)} ${actorName(seat)} ${entry.ballots?.[seat] === 'abstain' ? 'abstained' : `voted ${entry.ballots?.[seat]}`}.`,
  );
  if (matching.length > 0) {
    return {
      met: condition.expected,
      evidence: condition.expected
        ? told.slice(0, MAX_LINES)
        : [
            `${actorName(seat)} ${how} on ${name}, which this objective ruled out.`,
            ...told.slice(0, MAX_LINES),
          ],
    };
  }
  return {
    met: !condition.expected,
    evidence: [
      cast.length === 0
        ? `${actorName(seat)} cast no vote in a recorded vote on ${name}.`
        : `${actorName(seat)} never ${how} on ${name}.`,
      ...told.slice(0, MAX_LINES),
    ],
  };
}

export function euUnited(state: GameState, condition: ConditionOf<'euUnited'>): ConditionResult {
  const name = RESOLUTION_NAMES[condition.resolutionKind];
  const drafts = draftKinds(state);
  const decisions = state.record.filter(
    (entry) =>
      ((entry.kind === 'vote.recorded' && entry.euVotes !== undefined) ||
        entry.kind === 'draft.adoptedWithoutVote') &&
      draftOf(drafts, entry.symbol)?.kind === condition.resolutionKind,
  );
  if (decisions.length === 0)
    return { met: false, evidence: [`No decision on ${name} was taken during the game.`] };
  const split = decisions.filter((entry) => {
    if (!entry.euVotes) return condition.vote !== undefined && condition.vote !== 'yes';
    const { yes, no, abstain } = entry.euVotes;
    const used = [yes > 0 && 'yes', no > 0 && 'no', abstain > 0 && 'abstain'].filter(Boolean);
    return used.length !== 1 || (condition.vote !== undefined && used[0] !== condition.vote);
  });
  const told = (entry: RecordEntry): string =>
    entry.euVotes
      ? `${describeEntry(entry)} EU member States: ${entry.euVotes.yes} yes, ${entry.euVotes.no} no, ${entry.euVotes.abstain} abstaining.`
      : `${describeEntry(entry)} (all EU member States joined the adoption).`;
  if (split.length === 0) return { met: true, evidence: decisions.slice(0, MAX_LINES).map(told) };
  return {
    met: false,
    evidence: [
      `The EU member States did not all vote ${condition.vote ?? 'the same way'} on ${name}:`,
      ...split.slice(0, MAX_LINES).map(told),
    ],
  };
}
