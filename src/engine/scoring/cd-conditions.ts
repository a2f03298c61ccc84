/**
 * The checkers of conditions on the Conference on Disarmament: documents the seat circulated, a
 * subsidiary body set up (or never), and a decision on a subject adopted or blocked.
 */
import type { SeatId } from '../ids';
import type { ConsensusDecisionContext } from '../procedures/cd/consensus-decision.machine';
import { documentContext, findDocument } from '../state/documents';
import type { GameState, RecordEntry } from '../state/game-state';
import { actorName } from '../state/names';
import type { ConditionOf } from './condition-schema';
import type { ConditionResult } from './condition-result';
import { quote } from './condition-result';
import { KIND_NAMES } from './describe';

export function documentCirculated(
  state: GameState,
  seat: SeatId,
  condition: ConditionOf<'documentCirculated'>,
): ConditionResult {
  const lines = state.record.filter((entry) => {
    if (entry.kind !== 'document.submitted' || entry.symbol === undefined) return false;
    const found = findDocument(state, entry.symbol);
    if (!found) return false;
    const document = documentContext(found);
    return (
      document.authors.includes(seat) &&
      (condition.documentKind === undefined || document.kind === condition.documentKind) &&
      (condition.respondsTo === undefined || document.respondsTo.includes(condition.respondsTo))
    );
  });
  const what = `${condition.documentKind ? KIND_NAMES[condition.documentKind] : 'document'}${condition.respondsTo ? ` answering ${condition.respondsTo}` : ''}`;
  if (lines.length >= condition.atLeast) return { met: true, evidence: quote(lines) };
  return {
    met: false,
    evidence: [
      lines.length === 0
        ? `${actorName(seat)} circulated no ${what} during the game.`
        : `${actorName(seat)} circulated ${lines.length} ${what}, ${condition.atLeast} needed.`,
      ...quote(lines),
    ],
  };
}

/** Decisions of the Conference on a subject, with how they ended and their record lines. */
function decisionsOn(
  state: GameState,
  keep: (decision: ConsensusDecisionContext) => boolean,
): { decision: ConsensusDecisionContext; outcome: string; lines: RecordEntry[] }[] {
  const found = [];
  for (const id of state.cd.decisionOrder) {
    const snapshot = state.cd.decisions[id];
    if (!snapshot) continue;
    const decision = snapshot.context as ConsensusDecisionContext;
    if (!keep(decision)) continue;
    const lines = state.record.filter(
      (entry) =>
        entry.ref === id &&
        (entry.kind === 'decision.adopted' ||
          entry.kind === 'decision.blocked' ||
          entry.kind === 'objection.raised'),
    );
    found.push({ decision, outcome: String(snapshot.value), lines });
  }
  return found;
}

export function bodyEstablished(
  state: GameState,
  condition: ConditionOf<'bodyEstablished'>,
): ConditionResult {
  const bodies = decisionsOn(
    state,
    (decision) =>
      decision.subject === 'subsidiaryBody' &&
      decision.body !== null &&
      decision.body.agendaItem === condition.agendaItem &&
      (condition.mandate === 'any' || decision.body.mandate === condition.mandate) &&
      (condition.onDraftBy === undefined || basedOnDraftBy(state, decision, condition.onDraftBy)),
  );
  const adopted = bodies.filter((entry) => entry.outcome === 'adopted');
  const what = `a subsidiary body on agenda item ${condition.agendaItem}${condition.mandate === 'any' ? '' : ` with a mandate to ${condition.mandate}`}${condition.onDraftBy ? ` on a draft treaty by ${actorName(condition.onDraftBy)}` : ''}`;
  const tried = bodies.flatMap((entry) => entry.lines);
  if (adopted.length > 0) {
    const lines = quote(adopted.flatMap((entry) => entry.lines));
    return {
      met: condition.expected,
      evidence: condition.expected
        ? lines
        : [`The Conference set up ${what}, which this objective wanted to prevent.`, ...lines],
    };
  }
  return {
    met: !condition.expected,
    evidence: [
      `The Conference never set up ${what}.`,
      ...(tried.length > 0 ? ['Attempts and who stopped them:', ...quote(tried)] : []),
    ],
  };
}

function basedOnDraftBy(
  state: GameState,
  decision: ConsensusDecisionContext,
  seat: SeatId,
): boolean {
  const basis = decision.body?.basis;
  const found = basis === undefined ? undefined : findDocument(state, basis);
  if (!found) return false;
  const document = documentContext(found);
  return document.kind === 'draftTreaty' && document.authors.includes(seat);
}

export function decisionTaken(
  state: GameState,
  condition: ConditionOf<'decisionTaken'>,
): ConditionResult {
  const decisions = decisionsOn(state, (decision) => decision.subject === condition.subject);
  const ended = decisions.filter((entry) => entry.outcome === condition.outcome);
  const what = `a decision on ${SUBJECT_NAMES[condition.subject]}`;
  const verb = condition.outcome === 'adopted' ? 'adopted' : 'blocked';
  if (ended.length > 0) {
    const lines = quote(ended.flatMap((entry) => entry.lines));
    return {
      met: condition.expected,
      evidence: condition.expected
        ? lines
        : [`The Conference ${verb} ${what}, which this objective wanted to avoid.`, ...lines],
    };
  }
  return {
    met: !condition.expected,
    evidence: [`No ${what} was ${verb} during the game.`],
  };
}

const SUBJECT_NAMES = {
  agenda: 'the agenda',
  programmeOfWork: 'a programme of work',
  subsidiaryBody: 'a subsidiary body',
  annualReport: 'the annual report',
  implementation: 'carrying out the programme of work',
} as const;
