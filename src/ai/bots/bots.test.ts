import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { GameState, IntentInput, SeatId } from '../../engine/index';
import { apply, legalActions, presidentNow, SEATS, view } from '../../engine/index';
import type { BotLevel } from '../agent';
import { BOT_LEVELS } from '../agent';
import { KINDS } from '../voting/index';
import { appraise } from './appraise';
import { createBot, createBots } from './create-bot';
import type { Era } from './personalities';
import { PERSONALITIES, traitIn, valueIn } from './personalities';
import { predictedPassing, predictedShare } from './forecast';
import { loadScenario, positionPool, randomPosition, randomPositions } from './testing/fixtures';
import { distribution, runTournament } from './tournament';

/** Positions from random games of both classroom scenarios, made once for the file. */
const POOL = positionPool();

function decide(state: GameState, seat: SeatId, level: BotLevel, seed: number) {
  return createBot({ seat, level, seed }).decide(view(state, seat), legalActions(state, seat));
}

describe('personalities from the record', () => {
  test('every seat has a vote on every kind of text and a source for every trait', () => {
    for (const seat of SEATS) {
      const personality = PERSONALITIES[seat];
      expect(personality.seat).toBe(seat);
      const eras: Era<unknown>[] = [
        ...personality.sponsors,
        ...personality.coSponsors,
        ...personality.objections,
        ...personality.requestsRecordedVote,
        personality.explainsVotes,
        personality.partners,
        ...(Object.values(personality.attitudes) as Era<number>[][]).flat(),
        ...KINDS.flatMap((kind) => personality.votes[kind]),
      ];
      for (const era of eras) expect(era.source).toMatch(/RECORD|votes\//);
      for (const kind of KINDS) expect(personality.votes[kind].length).toBeGreaterThan(0);
    }
  });

  test('the trait of a year is the record of that year', () => {
    expect(valueIn(PERSONALITIES.USA.votes.PAROS, 2008, 'yes')).toBe('no');
    expect(valueIn(PERSONALITIES.USA.votes.PAROS, 2014, 'yes')).toBe('abstain');
    expect(valueIn(PERSONALITIES.EU.votes.NFP, 2015, 'yes')).toBe('abstain');
    expect(valueIn(PERSONALITIES.EU.votes.NFP, 2022, 'yes')).toBe('no');
    expect(valueIn(PERSONALITIES.RUS.sponsors, 2008, [])).toEqual(['TCBM']);
    expect(valueIn(PERSONALITIES.RUS.sponsors, 2015, [])).toContain('NFP');
    expect(traitIn(PERSONALITIES.USA.attitudes.testMoratorium, 2023)?.value).toBe(1);
    expect(traitIn(PERSONALITIES.USA.coSponsors, 2005)).toBeNull();
  });

  test('the appraisal follows the record: the US blocks a negotiating mandate, China joins it', () => {
    const state = negotiatingBodyProposed();
    const id = state.cd.decisionOrder.at(-1);
    expect(id).toBeDefined();
    const value = (seat: SeatId, type: 'consensus.joined' | 'objection.raised') =>
      appraise(view(state, seat), seat, { type, actor: seat, decision: id! });
    expect(value('USA', 'objection.raised')).toBeGreaterThan(value('USA', 'consensus.joined'));
    expect(value('CHN', 'consensus.joined')).toBeGreaterThan(value('CHN', 'objection.raised'));
    expect(value('RUS', 'consensus.joined')).toBeGreaterThan(value('RUS', 'objection.raised'));
  });
});

/** Classroom 2008 with a programme of work adopted and a PAROS negotiating body proposed. */
function negotiatingBodyProposed(): GameState {
  let state = randomPosition('classroom-2008', 1, 0);
  const president = presidentNow(state);
  expect(president).toBeTruthy();
  const does = (intent: IntentInput): void => {
    const result = apply(state, intent);
    expect(result.ok ? '' : result.error.message).toBe('');
    if (result.ok) state = result.state;
  };
  // No subsidiary body without a programme of work (CD/1864 in 2009): adopt one first.
  does({ type: 'plenary.convened', actor: president! });
  does({ type: 'decision.proposed', actor: president!, subject: 'programmeOfWork' });
  does({ type: 'decision.called', actor: president!, decision: state.cd.decisionOrder.at(-1)! });
  does({
    type: 'decision.proposed',
    actor: president!,
    subject: 'subsidiaryBody',
    body: { id: 'paros', agendaItem: 3, mandate: 'negotiate' },
  });
  return state;
}

describe('the bots', () => {
  test('the looking-ahead United States objects to a negotiating body before it is called', () => {
    const state = negotiatingBodyProposed();
    const id = state.cd.decisionOrder.at(-1)!;
    for (const level of [2, 3] as const) {
      for (const seed of [1, 2, 3]) {
        expect(decide(state, 'USA', level, seed)).toEqual({
          type: 'objection.raised',
          actor: 'USA',
          decision: id,
        });
      }
    }
    // China, which wants the body, never blocks it.
    for (const level of BOT_LEVELS) {
      expect(decide(state, 'CHN', level, 1)?.type).not.toBe('objection.raised');
    }
  });

  test('choose one of their legal options, or pass', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...POOL),
        fc.integer({ min: 1, max: 5000 }),
        fc.constantFrom(...SEATS),
        fc.constantFrom(...BOT_LEVELS),
        (state, seed, seat, level) => {
          const options = legalActions(state, seat);
          const choice = createBot({ seat, level, seed }).decide(view(state, seat), options);
          if (choice !== null) {
            expect(options).toContainEqual(choice);
            expect(apply(state, choice).ok).toBe(true);
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 240_000);

  test('keep no memory: a bot that takes a seat over decides as one that sat there all along', () => {
    const positions = randomPositions('classroom-2008', 9, [20, 60, 110, 160]);
    for (const level of BOT_LEVELS) {
      for (const seat of SEATS) {
        const veteran = createBot({ seat, level, seed: 3 });
        const decisions = positions.map((state) =>
          veteran.decide(view(state, seat), legalActions(state, seat)),
        );
        const newcomers = positions.map((state) => decide(state, seat, level, 3));
        expect(newcomers).toEqual(decisions);
      }
    }
  }, 120_000);

  test('differ by seed at the easy level, and each seat gets its own seed', () => {
    const bots = createBots({ CHN: 1, RUS: 1, USA: 1, EU: 1 }, 5);
    expect(SEATS.map((seat) => bots[seat].seat)).toEqual([...SEATS]);
    expect(SEATS.map((seat) => bots[seat].level)).toEqual([1, 1, 1, 1]);
    const state = POOL[2]!;
    const choices = new Set(
      Array.from({ length: 30 }, (_, seed) => JSON.stringify(decide(state, 'USA', 1, seed))),
    );
    expect(choices.size).toBeGreaterThan(1);
  }, 30_000);

  test('pass before long when their moves are applied in a row', () => {
    for (const level of BOT_LEVELS) {
      for (const seat of SEATS) {
        let state = POOL[POOL.length - 5]!;
        let moves = 0;
        for (;;) {
          const choice = decide(state, seat, level, 1);
          if (choice === null) break;
          const result = apply(state, choice);
          expect(result.ok).toBe(true);
          if (!result.ok) break;
          state = result.state;
          moves += 1;
          expect(moves).toBeLessThan(25);
        }
      }
    }
  }, 60_000);
});

describe('the tournament summary', () => {
  test('quartiles interpolate between ranks', () => {
    expect(distribution([4, 1, 3, 2])).toEqual({
      mean: 2.5,
      min: 1,
      q1: 1.75,
      median: 2.5,
      q3: 3.25,
      max: 4,
    });
    expect(distribution([7]).median).toBe(7);
  });

  test('ties share a win, and a collapse has no winner (every par at 0)', () => {
    const scenario = loadScenario('classroom-2014');
    const position = randomPosition('classroom-2014', 1, 0);
    // No handicap here: with every par at 0 and no measured scores, the highest total wins.
    const start: GameState = {
      ...position,
      seats: Object.fromEntries(
        SEATS.map((seat) => {
          const { parScores: _measured, ...rest } = position.seats[seat];
          return [seat, { ...rest, par: 0 }];
        }),
      ) as GameState['seats'],
    };
    const scores: Record<number, Record<SeatId, number>> = {
      1: { CHN: 10, RUS: 10, USA: 5, EU: 1 },
      2: { CHN: 1, RUS: 2, USA: 3, EU: 9 },
      3: { CHN: 50, RUS: 0, USA: 0, EU: 0 },
    };
    const report = runTournament({
      scenario,
      games: 3,
      seed: 1,
      levels: { CHN: 1, RUS: 2, USA: 3, EU: 1 },
      play: (_scenario, seed) => ({ ...start, seed }),
      score: (state, seat) => scores[state.seed]![seat],
      collapsed: (state) => state.seed === 3,
    });
    expect(report.perGame.map((game) => game.winners)).toEqual([['CHN', 'RUS'], ['EU'], []]);
    expect(report.seats.map((seat) => [seat.seat, seat.level, seat.wins])).toEqual([
      ['CHN', 1, 0.5],
      ['RUS', 2, 0.5],
      ['USA', 3, 0],
      ['EU', 1, 1],
    ]);
    expect(report.collapses).toBe(1);
    expect(report.seats[0]!.score.max).toBe(50);
  });
});

describe('the tournament with measured scores', () => {
  test('a seat wins by beating the largest share of its own seat’s measured scores', () => {
    const scenario = loadScenario('classroom-2014');
    const position = randomPosition('classroom-2014', 1, 0);
    const measured: Record<SeatId, number[]> = {
      CHN: [40, 70, 72, 80],
      RUS: [40, 70, 72, 80],
      USA: [90, 100, 110, 111],
      EU: [100, 110, 111, 112],
    };
    const seats = { ...position.seats };
    for (const seat of SEATS) seats[seat] = { ...position.seats[seat], parScores: measured[seat] };
    const start: GameState = { ...position, seats };
    // Game 1: the EU's 112 beats three of its four and ties the last (87.5%), more than China's
    // 75 (75%). Game 2: China's 81 and the United States' 120 beat all of theirs: a shared win.
    const scores: Record<number, Record<SeatId, number>> = {
      1: { CHN: 75, RUS: 71, USA: 105, EU: 112 },
      2: { CHN: 81, RUS: 60, USA: 120, EU: 100 },
    };
    const report = runTournament({
      scenario,
      games: 2,
      seed: 1,
      levels: { CHN: 2, RUS: 2, USA: 2, EU: 2 },
      play: (_scenario, seed) => ({ ...start, seed }),
      score: (state, seat) => scores[state.seed]![seat],
    });
    expect(report.perGame.map((game) => game.winners)).toEqual([['EU'], ['CHN', 'USA']]);
  });
});

describe('the vote forecast of the hard bot', () => {
  test('reads the record: PAROS passes by a landslide, NFP with a smaller majority', () => {
    expect(predictedShare('PAROS', 2008, ['EGY', 'LKA'])).toBeGreaterThan(0.95);
    expect(predictedPassing('NFP', 2015, ['RUS', 'CHN'])).toBe(true);
    expect(predictedShare('NFP', 2015, ['RUS', 'CHN'])).toBeLessThan(
      predictedShare('PAROS', 2015, ['EGY', 'LKA']),
    );
  });
});
