import { apply } from '../../apply';
import { createGame } from '../../create-game';
import { presidentNow } from '../../intents/cd-session.handlers';
import type { IntentInput } from '../../intents/intent.schema';
import type { Scenario } from '../../scenario/scenario.schema';
import type { GameState, RecordEntry } from '../../state/game-state';
import type { Confidence, Day, Sourced } from './history-facts';
import { fail, SEED } from './host';

export interface LogStep {
  readonly intent: IntentInput;
  readonly confidence: Confidence;
  readonly source: string;
  readonly note?: string;
}

// ---------------------------------------------------------------------------------------------
// The log builder: applies each step as it is written
// ---------------------------------------------------------------------------------------------

export const STRENGTH: Record<Confidence, number> = { verified: 2, uncertain: 1, reconstructed: 0 };

/** The weaker of several facts a step rests on, with their sources and notes together. */
export function weakest(...facts: readonly (Sourced | undefined)[]): Sourced {
  const present = facts.filter((fact): fact is Sourced => fact !== undefined);
  const first = present[0] ?? fail('weakest: no fact');
  const confidence = present.reduce<Confidence>(
    (low, fact) => (STRENGTH[fact.confidence] < STRENGTH[low] ? fact.confidence : low),
    first.confidence,
  );
  const source = [...new Set(present.map((fact) => fact.source))].join('; ');
  const notes = [...new Set(present.map((fact) => fact.note).filter((note) => note !== undefined))];
  return { confidence, source, ...(notes.length ? { note: notes.join(' ') } : {}) };
}

export class LogBuilder {
  state: GameState;
  readonly steps: LogStep[] = [];

  constructor(readonly scenario: Scenario) {
    this.state = createGame(scenario, SEED);
  }

  /** Applies the step; a refusal is a fault of the facts or of the generator. */
  emit(intent: IntentInput, fact: Sourced): readonly RecordEntry[] {
    const result = apply(this.state, intent);
    if (!result.ok) {
      fail(
        `step ${this.steps.length} (${intent.type} ${intent.actor}, ${this.state.date}) is refused: ${result.error.code}: ${result.error.message}`,
      );
    }
    this.state = result.state;
    this.steps.push({
      intent,
      confidence: fact.confidence,
      source: fact.source,
      ...(fact.note === undefined ? {} : { note: fact.note }),
    });
    return result.events;
  }

  /** Moves the date on to the day of the next fact (never back). */
  advanceTo(day: Day): void {
    if (day.date < this.state.date) {
      fail(`${day.date} is before the game's date ${this.state.date} (${day.source})`);
    }
    if (day.date > this.state.date) {
      this.emit({ type: 'date.advanced', actor: 'host', date: day.date }, day);
    }
  }

  president(): string {
    return presidentNow(this.state) ?? fail(`no President on ${this.state.date}`);
  }
}
