import { describe, expect, test } from 'vitest';
import { accepts, apply } from './apply';
import { createGame } from './create-game';
import { CHAIR, HOST, SEATS } from './ids';
import type { ActorId } from './ids';
import { presidentNow } from './intents/cd-session.handlers';
import { candidatesFor, legalActions } from './legal-actions';
import { hashState } from './log/hash';
import { simulate } from './simulate';
import type { GameState } from './state/game-state';
import { documentContext } from './state/documents';
import type { ScenarioName } from './testing/test-game';
import { loadScenario } from './testing/test-game';

/** Positions along two random games of each classroom scenario. */
function positions(): GameState[] {
  const list: GameState[] = [];
  for (const name of ['classroom-2008', 'classroom-2014'] as ScenarioName[]) {
    const scenario = loadScenario(name);
    for (const seed of [3, 4]) {
      const { intents } = simulate(scenario, { seed, maxSteps: 240 });
      let state = createGame(scenario, seed);
      intents.forEach((intent, index) => {
        if (index % 40 === 0) list.push(state);
        const result = apply(state, intent);
        if (result.ok) state = result.state;
      });
      list.push(state);
    }
  }
  return list;
}

function actorsOf(state: GameState): ActorId[] {
  return [...SEATS, CHAIR, HOST, presidentNow(state) ?? HOST, 'PAK', 'EGY'];
}

describe('legalActions', () => {
  const states = positions();

  test('its dry run agrees with apply on every candidate, and leaves the state as it was', () => {
    let checked = 0;
    for (const state of states) {
      const before = hashState(state);
      for (const actor of actorsOf(state)) {
        for (const intent of candidatesFor(state, actor)) {
          expect(accepts(state, intent), JSON.stringify(intent)).toBe(apply(state, intent).ok);
          checked += 1;
        }
      }
      expect(hashState(state)).toBe(before);
    }
    expect(checked).toBeGreaterThan(500);
  });

  test('offers only what apply accepts, each offer already complete by its schema', () => {
    for (const state of states) {
      for (const actor of actorsOf(state)) {
        for (const intent of legalActions(state, actor)) {
          const result = apply(state, intent);
          expect(result.ok, JSON.stringify(intent)).toBe(true);
          if (result.ok) expect(result.intent).toEqual(intent);
        }
      }
    }
  });

  test('offers comments on a draft treaty on the table once per delegation, none on a superseded one', () => {
    let tabled = 0;
    for (const state of states) {
      for (const seat of SEATS) {
        const offers = legalActions(state, seat).filter(
          (intent) => intent.type === 'document.tabled' && intent.draft.kind === 'comments',
        );
        for (const offer of offers) {
          if (offer.type !== 'document.tabled') continue;
          const symbol = offer.draft.respondsTo[0]!;
          const target = state.documentOrder
            .map((id) => documentContext(state.documents[id]!))
            .find((document) => document.symbol === symbol)!;
          expect(target.outcome).toBeNull();
          expect(target.authors).not.toContain(seat);
          const after = apply(state, offer);
          if (!after.ok) throw new Error(after.error.message);
          tabled += 1;
          const again = legalActions(after.state, seat).filter(
            (intent) =>
              intent.type === 'document.tabled' &&
              intent.draft.kind === 'comments' &&
              intent.draft.respondsTo.includes(symbol),
          );
          expect(again).toEqual([]);
        }
      }
    }
    expect(tabled).toBeGreaterThan(0);
  });
});
