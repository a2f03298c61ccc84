import { describe, expect, test } from 'vitest';
import type { GameState, IntentInput, SeatId } from '../../engine/index';
import {
  apply,
  beliefState,
  createGame,
  legalActions,
  presidentNow,
  SEATS,
  view,
} from '../../engine/index';
import { createBot } from './create-bot';
import { createHardBot } from './hard-bot';
import { sponsorGuard, sponsorShortfall } from './guards';
import { objectiveProgress } from './objective-progress';
import { loadScenario, positionPool } from './testing/fixtures';

/** classroom-2008 at its start: Russia must see its own TCBM text adopted with ten sponsors. */
function start(): GameState {
  return createGame(loadScenario('classroom-2008'), 1);
}

function at(state: GameState, turn: number, seat: SeatId, capital: number): GameState {
  return { ...state, turn, seats: { ...state.seats, [seat]: { ...state.seats[seat], capital } } };
}

function tcbmObjective(state: GameState) {
  const objective = state.seats.RUS.objectives.find((o) => o.id === 'tcbm-resolution');
  if (objective === undefined) throw new Error('classroom-2008: RUS has no tcbm-resolution');
  return objective.condition;
}

describe('the hard bot keeps the price of its own draft', () => {
  test('counts what tabling and introducing cost against the income still to come', () => {
    const state = start();
    const firstCommittee = state.calendar.findIndex(
      (turn) => turn.forum === 'unga' && turn.stage === 'firstCommittee',
    );
    expect(firstCommittee).toBe(3);
    // Three turns of income (3 each) pay for the draft (3) and its introduction (1).
    expect(sponsorShortfall(at(state, 0, 'RUS', 0), 'RUS')).toBe(0);
    // One turn before, with nothing in hand, one unit is missing; in committee, two.
    expect(sponsorShortfall(at(state, 2, 'RUS', 0), 'RUS')).toBe(1);
    expect(sponsorShortfall(at(state, 3, 'RUS', 2), 'RUS')).toBe(2);
    // A seat with no text of its own to carry keeps no such reserve.
    expect(sponsorShortfall(at(state, 3, 'USA', 0), 'USA')).toBe(0);
  });

  test('weighs a move by the shortfall it creates, not the one it finds', () => {
    const state = start();
    const before = at(state, 2, 'RUS', 3);
    expect(sponsorGuard(before, at(state, 2, 'RUS', 1), 'RUS')).toBe(0);
    expect(sponsorGuard(before, at(state, 2, 'RUS', 0), 'RUS')).toBeLessThan(0);
    const poor = at(state, 3, 'RUS', 2);
    expect(sponsorGuard(poor, poor, 'RUS')).toBe(0);
  });
});

describe('the hard bot foresees its own draft before it is tabled', () => {
  test('consulting the Group of 21 raises the chance of the sponsors the objective needs', () => {
    const state = start();
    const condition = tcbmObjective(state);
    const belief = beliefState(view(state, 'RUS'));
    const foreseen = objectiveProgress(belief, 'RUS', condition, true);
    expect(foreseen).toBeGreaterThan(0);
    // The standard bot sees nothing of a text that does not exist yet.
    expect(objectiveProgress(belief, 'RUS', condition, false)).toBe(0);
    const consulted = apply(state, {
      type: 'consultation.held',
      actor: 'RUS',
      with: ['IDN', 'EGY', 'BRA'],
      topic: 'transparency and confidence-building measures',
    });
    expect(consulted.ok ? '' : consulted.error.message).toBe('');
    if (!consulted.ok) return;
    const after = beliefState(view(consulted.state, 'RUS'));
    expect(objectiveProgress(after, 'RUS', condition, true)).toBeGreaterThan(foreseen);
  });
});

describe('the hard bot weighs every proposal on the table', () => {
  test('the United States objects to the negotiating body, not to the decision beside it', () => {
    let state = start();
    const president = presidentNow(state)!;
    const does = (intent: IntentInput): void => {
      const result = apply(state, intent);
      expect(result.ok ? '' : result.error.message).toBe('');
      if (result.ok) state = result.state;
    };
    does({ type: 'plenary.convened', actor: president });
    does({ type: 'decision.proposed', actor: president, subject: 'programmeOfWork' });
    does({ type: 'decision.called', actor: president, decision: state.cd.decisionOrder.at(-1)! });
    does({ type: 'decision.proposed', actor: president, subject: 'implementation' });
    does({
      type: 'decision.proposed',
      actor: president,
      subject: 'subsidiaryBody',
      body: { id: 'paros', agendaItem: 3, mandate: 'negotiate' },
    });
    const body = state.cd.decisionOrder.at(-1)!;
    for (const seed of [1, 2, 3, 4, 5]) {
      const bot = createHardBot('USA', seed);
      expect(bot.decide(view(state, 'USA'), legalActions(state, 'USA'))).toEqual({
        type: 'objection.raised',
        actor: 'USA',
        decision: body,
      });
    }
  });
});

describe('the hard bot wavers less than the standard bot', () => {
  test('over the same positions, its choice depends less on the seed', () => {
    const positions = positionPool().filter((_, index) => index % 3 === 0);
    const seeds = [1, 2, 3, 4, 5, 6];
    const steady = (level: 2 | 3): number => {
      let count = 0;
      for (const state of positions) {
        for (const seat of SEATS) {
          const options = legalActions(state, seat);
          const choices = new Set(
            seeds.map((seed) =>
              JSON.stringify(createBot({ seat, level, seed }).decide(view(state, seat), options)),
            ),
          );
          if (choices.size === 1) count += 1;
        }
      }
      return count;
    };
    expect(steady(3)).toBeGreaterThan(steady(2));
  });
});
