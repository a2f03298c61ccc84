import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { GameState, IntentInput, SeatId } from '../../engine/index';
import { legalActions, SEATS, view } from '../../engine/index';
import { BOT_LEVELS } from '../agent';
import { createBot } from './create-bot';
import { hiddenTwin, positionPool } from './testing/fixtures';

/**
 * No hidden information, proved by behaviour: for a state and its twin that differ only in what a
 * seat may not know (the other seats' objectives and instructions, the timed events still to
 * come), every bot level for that seat makes the same decision. A bot that peeked at anything
 * hidden would sooner or later decide differently.
 */

function decisionIn(state: GameState, seat: SeatId, level: 1 | 2 | 3, seed: number) {
  const options: IntentInput[] = legalActions(state, seat);
  return createBot({ seat, level, seed }).decide(view(state, seat), options);
}

/** Positions from random games of both classroom scenarios, made once for the file. */
const POOL = positionPool();

describe('the bots see only their view', () => {
  test('a twin state differs in hidden things only, and the view shows none of it', () => {
    const state = POOL[3]!;
    const twin = hiddenTwin(state, 'USA', 1);
    expect(twin.seats.RUS.objectives).not.toEqual(state.seats.RUS.objectives);
    expect(twin.events).not.toEqual(state.events);
    expect(view(twin, 'USA')).toEqual(view(state, 'USA'));
  });

  test('every level decides the same in a state and in its hidden twin', () => {
    let moves = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...POOL),
        fc.constantFrom(...SEATS),
        fc.integer({ min: 1, max: 1000 }),
        (state, seat, botSeed) => {
          const twin = hiddenTwin(state, seat, botSeed);
          for (const level of BOT_LEVELS) {
            const decided = decisionIn(state, seat, level, botSeed);
            expect(decisionIn(twin, seat, level, botSeed)).toEqual(decided);
            if (decided !== null) moves += 1;
          }
        },
      ),
      { numRuns: 40 },
    );
    // The property is about real decisions, not about bots that always pass.
    expect(moves).toBeGreaterThan(20);
  }, 240_000);

  test('the twins would catch a delegation that read the host view', () => {
    const peeking = (state: GameState, seat: SeatId) => {
      const options = legalActions(state, seat);
      const secrets = JSON.stringify(view(state, 'host').seats) + JSON.stringify(state.events);
      return JSON.stringify(options[secrets.length % options.length] ?? null);
    };
    let caught = 0;
    for (const [seed, state] of POOL.entries()) {
      const seat = SEATS[seed % 3]!;
      const options = legalActions(state, seat).length;
      if (options > 1 && peeking(state, seat) !== peeking(hiddenTwin(state, seat, seed), seat))
        caught += 1;
    }
    expect(caught).toBeGreaterThan(3);
  }, 60_000);
});
