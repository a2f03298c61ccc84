/** Checks of the written log: a replay on a new game, and what the game holds at its end. */

import { apply } from '../../apply';
import { createGame } from '../../create-game';
import type { ConsensusDecisionContext } from '../../procedures/cd/consensus-decision.machine';
import type { DocumentLifecycleContext } from '../../procedures/documents/document-lifecycle.machine';
import type { Scenario } from '../../scenario/scenario.schema';
import type { GameState } from '../../state/game-state';
import { fail, host, out, SEED } from './host';
import type { LogStep } from './log-builder';

/** One `apply` pass over the log on a new game; fails loudly on any refusal. */
export function replayLog(
  scenario: Scenario,
  steps: readonly LogStep[],
): { state: GameState; ms: number } {
  let state = createGame(scenario, SEED);
  const started = host.performance.now();
  steps.forEach((step, index) => {
    const result = apply(state, step.intent);
    if (!result.ok) {
      fail(
        `replay: step ${index} (${step.intent.type} ${step.intent.actor}) is refused: ${result.error.code}: ${result.error.message}`,
      );
    }
    state = result.state;
  });
  return { state, ms: host.performance.now() - started };
}

export function printRegister(state: GameState): void {
  out('Documents register (symbol, date, authors, respondsTo, status):');
  for (const id of state.documentOrder) {
    const entry = state.documents[id];
    if (!entry) continue;
    const context = entry.procedure.context as DocumentLifecycleContext;
    if (context.symbol === null) {
      out(`  (not circulated) ${id}`);
      continue;
    }
    out(
      `  ${context.symbol.padEnd(9)} ${context.submittedOn ?? entry.date}  ${context.authors.join('+').padEnd(16)} respondsTo [${context.respondsTo.join(', ')}]  ${String(entry.procedure.value)}${context.supersededBy ? ` (superseded by ${context.supersededBy})` : ''}  (${id})`,
    );
  }
}

export function printDecisions(state: GameState): void {
  out('CD decisions:');
  for (const id of state.cd.decisionOrder) {
    const snapshot = state.cd.decisions[id];
    if (!snapshot) continue;
    const context = snapshot.context as ConsensusDecisionContext;
    out(
      `  ${id} ${context.subject}${context.document ? ` ${context.document}` : ''}: ${String(snapshot.value)}`,
    );
  }
}
