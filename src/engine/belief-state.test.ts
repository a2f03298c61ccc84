import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, test } from 'vitest';
import { apply } from './apply';
import { BELIEF_RANDOM, beliefState } from './belief-state';
import type { SeatId } from './ids';
import { SEATS } from './ids';
import { legalActions } from './legal-actions';
import { hashState } from './log/hash';
import { scoreSeat } from './scoring/score';
import { simulate } from './simulate';
import type { GameState } from './state/game-state';
import { game, loadScenario } from './testing/test-game';
import { view } from './view';

/** States with secrets: instructions delivered and scheduled, private talks, a game under way. */
function states(): GameState[] {
  const opening = game('classroom-2008')
    .as('host')
    .does({ type: 'instruction.sent', seat: 'RUS', text: 'Moscow: hold firm on item 3.' })
    .as('RUS')
    .does({ type: 'consultation.held', with: ['CHN'], topic: 'a joint line' })
    .does({ type: 'jointStatement.proposed', with: 'CHN', topic: 'the PPWT' }).state;
  const laterTurn = game('classroom-2008').host.endsTurn(2).state;
  const played = simulate(loadScenario('classroom-2014'), { seed: 3, maxSteps: 60 }).state;
  return [opening, laterTurn, played];
}

const text = fc.string({ minLength: 1, maxLength: 30 });
const objective = fc.record({
  id: fc.constantFrom('a', 'b', 'secret-goal'),
  text,
  points: fc.integer({ min: 0, max: 100 }),
  condition: fc.constantFrom(
    { kind: 'securityAtLeast' as const, value: 40 },
    { kind: 'capitalAtLeast' as const, value: 3 },
  ),
});
/** Another seat's hidden parts, rewritten at random. */
const secrets = fc.record({
  objectives: fc.array(objective, { maxLength: 4 }),
  instructions: fc.array(text, { maxLength: 3 }),
  scheduled: fc.array(text, { maxLength: 2 }),
});

type Secret = typeof secrets extends fc.Arbitrary<infer T> ? T : never;

function rewrite(state: GameState, viewer: SeatId, others: Secret[]): GameState {
  return produce(state, (draft) => {
    SEATS.filter((seat) => seat !== viewer).forEach((seat, index) => {
      const secret = others[index]!;
      draft.seats[seat].objectives = secret.objectives;
      draft.seats[seat].instructions = secret.instructions;
      for (const scheduled of secret.scheduled) {
        draft.instructionSchedule.push({
          id: `x-${draft.instructionSchedule.length}`,
          seat,
          date: '2030-01-01',
          text: scheduled,
          confidence: 'reconstructed',
          source: 'test',
        });
      }
    });
  });
}

describe('beliefState', () => {
  const starts = states();

  test('changing other seats’ objectives, instructions or schedule never changes a seat’s belief state', () => {
    fc.assert(
      fc.property(
        fc.nat(starts.length - 1),
        fc.constantFrom(...SEATS),
        fc.array(secrets, { minLength: 3, maxLength: 3 }),
        (which, seat, others) => {
          const state = starts[which]!;
          const belief = hashState(beliefState(view(state, seat)));
          expect(hashState(beliefState(view(rewrite(state, seat, others), seat)))).toBe(belief);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('holds the seat’s own secrets, none of the others’, and a fixed generator', () => {
    const state = starts[0]!;
    const belief = beliefState(view(state, 'CHN'));
    expect(belief.random).toBe(BELIEF_RANDOM);
    expect(belief.seats.CHN.objectives).toEqual(state.seats.CHN.objectives);
    for (const seat of ['RUS', 'USA', 'EU'] as const) {
      expect(belief.seats[seat].objectives).toEqual([]);
      expect(belief.seats[seat].instructions).toEqual([]);
    }
    expect(belief.instructionSchedule).toEqual([]);
    expect(belief.record.every((entry, index) => entry.index === index)).toBe(true);
    expect(JSON.stringify(beliefState(view(state, 'USA')))).not.toContain('a joint line');
  });

  test('apply, legalActions and scoreSeat accept it, and a seat’s own score is the same as in the real game', () => {
    for (const state of starts) {
      expect(state.phase).toBe('playing');
      for (const seat of SEATS) {
        const belief = beliefState(view(state, seat));
        const options = legalActions(belief, seat);
        expect(options.length).toBeGreaterThan(0);
        expect(apply(belief, options[0]).ok).toBe(true);
        expect(scoreSeat(belief, seat).total).toBe(scoreSeat(state, seat).total);
      }
    }
  });
});
