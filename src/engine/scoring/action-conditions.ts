/**
 * The checker of `actionTaken`: the seat took one of the named actions (record kinds) often
 * enough, or never, optionally on drafts of a kind or with one delegation.
 */
import type { SeatId } from '../ids';
import type { GameState } from '../state/game-state';
import { actorName } from '../state/names';
import type { ConditionOf } from './condition-schema';
import type { ConditionResult } from './condition-result';
import { quote } from './condition-result';
import { describeList, RESOLUTION_NAMES } from './describe';
import { draftKinds, draftOf } from './unga-conditions';

export function actionTaken(
  state: GameState,
  seat: SeatId,
  condition: ConditionOf<'actionTaken'>,
): ConditionResult {
  const drafts = condition.resolutionKind ? draftKinds(state) : null;
  const kinds: readonly string[] = condition.actions;
  const statements = new Map(state.jointStatements.map((statement) => [statement.id, statement]));
  const lines = state.record.filter((entry) => {
    if (!kinds.includes(entry.kind)) return false;
    const statement = entry.ref === undefined ? undefined : statements.get(entry.ref);
    const parties = statement ? [statement.proposer, statement.partner] : [entry.actor];
    if (!parties.includes(seat)) return false;
    if (drafts && draftOf(drafts, entry.symbol)?.kind !== condition.resolutionKind) return false;
    if (condition.with !== undefined) {
      const others =
        statement !== undefined ? parties : entry.visibleTo === 'all' ? [] : entry.visibleTo;
      if (!others.includes(condition.with)) return false;
    }
    return true;
  });
  const what = `${describeList(condition.actions)}${condition.resolutionKind ? ` on ${RESOLUTION_NAMES[condition.resolutionKind]}` : ''}${condition.with ? ` with ${actorName(condition.with)}` : ''}`;
  if (lines.length >= condition.atLeast) {
    return {
      met: condition.expected,
      evidence: condition.expected
        ? quote(lines)
        : [`${actorName(seat)} ${what}, which this objective ruled out.`, ...quote(lines)],
    };
  }
  return {
    met: !condition.expected,
    evidence:
      lines.length === 0
        ? [`${actorName(seat)} never ${what} during the game.`]
        : [
            `${actorName(seat)} ${what} ${lines.length} ${lines.length === 1 ? 'time' : 'times'}; ${condition.atLeast} needed.`,
            ...quote(lines),
          ],
  };
}
