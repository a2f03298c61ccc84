import { describe, expect, test } from 'vitest';
import classroom2008 from '../../../scenarios/classroom-2008.json';
import classroom2014 from '../../../scenarios/classroom-2014.json';
import type { GameState, IntentInput, Scenario, SeatId } from '../../engine/index';
import {
  apply,
  cdGroupOf,
  createGame,
  formatProblems,
  HOST,
  parseScenario,
} from '../../engine/index';
import type { GameDraft } from './game-facts';
import { gameFacts, gameFactsFingerprint, gameVoteQuestion } from './game-facts';
import type { Vote } from './index';
import { predictVotes, tally, VOTING_DATA, WEST_IDEAL_POINT, idealPointBefore } from './index';

function scenario(file: unknown, name: string): Scenario {
  const loaded = parseScenario(file, `scenarios/${name}.json`);
  if (!loaded.ok) throw new Error(formatProblems(loaded.file, loaded.problems));
  return loaded.scenario;
}

/** A game at its first First Committee turn, after `moves` (applied in order, each must pass). */
function atFirstCommittee(base: Scenario, moves: readonly IntentInput[] = []): GameState {
  let state = createGame(base, 1);
  for (const move of moves) state = applied(state, move);
  while (state.calendar[state.turn]?.forum !== 'unga')
    state = applied(state, { type: 'turn.ended', actor: HOST });
  return state;
}

function applied(state: GameState, intent: IntentInput): GameState {
  const result = apply(state, intent);
  if (!result.ok) throw new Error(`${intent.type} by ${intent.actor}: ${result.error.message}`);
  return result.state;
}

function votesOn(state: GameState, draft: GameDraft): Map<string, Vote> {
  const question = gameVoteQuestion(state, draft, VOTING_DATA);
  return new Map(predictVotes(VOTING_DATA, question).map((p) => [p.state, p.vote]));
}

const countIn = (votes: Map<string, Vote>, states: readonly string[], vote: Vote): number =>
  states.filter((state) => votes.get(state) === vote).length;

const SEATS_VOTING = new Set(['CHN', 'RUS', 'USA']);
const nonAligned = (year: number): string[] =>
  Object.keys(VOTING_DATA.votes).filter((state) => {
    const ideal = idealPointBefore(VOTING_DATA, state, year);
    return !SEATS_VOTING.has(state) && ideal !== null && ideal < WEST_IDEAL_POINT;
  });

const NFP: GameDraft = {
  symbol: 'A/C.1/69/L.9',
  kind: 'NFP',
  sponsors: ['RUS'],
  coSponsors: ['CHN'],
};
const DAASAT: GameDraft = { symbol: 'A/C.1/69/L.8', kind: 'DAASAT', sponsors: ['USA'] };
const PAROS: GameDraft = { symbol: 'A/C.1/69/L.1', kind: 'PAROS', sponsors: ['EGY', 'LKA'] };

const scenario2014 = scenario(classroom2014, 'classroom-2014');
const scenario2008 = scenario(classroom2008, 'classroom-2008');

describe('with no game events, the record’s shape', () => {
  const quiet = atFirstCommittee(scenario2014);

  test('no facts, so the prediction is the voting model’s own', () => {
    expect(gameFacts(quiet, PAROS, VOTING_DATA)).toEqual([]);
    const own = predictVotes(VOTING_DATA, { kind: 'PAROS', year: 2014, sponsors: ['EGY', 'LKA'] });
    expect([...votesOn(quiet, PAROS).values()]).toEqual(own.map((p) => p.vote));
  });

  test.each([
    ['2008', atFirstCommittee(scenario2008)],
    ['2014', quiet],
  ])(
    'PAROS %s passes overwhelmingly with at most three No; NFP is far more divided',
    (_, state) => {
      const year = Number(state.date.slice(0, 4));
      const paros = tally([
        ...votesOn(state, { ...PAROS, symbol: `A/C.1/${year - 1945}/L.1` }).values(),
      ]);
      expect(paros.yes).toBeGreaterThanOrEqual(150);
      expect(paros.no).toBeLessThanOrEqual(3);
      const nfp = tally([...votesOn(state, NFP).values()]);
      expect(nfp.yes).toBeGreaterThan(nfp.no + nfp.abstain);
      expect(nfp.no + nfp.abstain).toBeGreaterThanOrEqual(25);
      expect(nfp.no + nfp.abstain).toBeGreaterThan(paros.no + paros.abstain + 20);
    },
  );
});

describe('space events move votes', () => {
  const quiet = atFirstCommittee(scenario2014);
  const tested = withAsatTest(quiet, 'RUS');

  test('a destructive ASAT test by a seat costs its texts the non-aligned vote', () => {
    const states = nonAligned(2014);
    const before = countIn(votesOn(quiet, NFP), states, 'yes');
    const after = countIn(votesOn(tested, NFP), states, 'yes');
    expect(after).toBeLessThan(before);
    const facts = gameFacts(tested, NFP, VOTING_DATA);
    expect(facts.some((f) => f.reason.includes('ASAT test'))).toBe(true);
  });

  test('and raises support for a text against destructive tests', () => {
    const before = tally([...votesOn(quiet, DAASAT).values()]);
    const after = tally([...votesOn(tested, DAASAT).values()]);
    expect(after.yes).toBeGreaterThan(before.yes);
    expect(votesOn(tested, DAASAT).get('RUS')).toBe(votesOn(quiet, DAASAT).get('RUS'));
  });

  test('a test weighs less on the votes of the next year than on this year’s', () => {
    const weight = (year: number) =>
      gameFacts(tested, NFP, VOTING_DATA, year)
        .filter((f) => f.reason.includes('ASAT test'))
        .reduce((sum, f) => sum + f.weight, 0);
    expect(weight(2015)).toBeGreaterThan(0);
    expect(weight(2015)).toBeLessThan(weight(2014));
  });

  test('high tension hardens the Western camp against the Russian texts', () => {
    const tense = { ...quiet, tension: 95 };
    const west = Object.keys(VOTING_DATA.votes).filter((state) => {
      const ideal = idealPointBefore(VOTING_DATA, state, 2014);
      return ideal !== null && ideal >= WEST_IDEAL_POINT && !SEATS_VOTING.has(state);
    });
    expect(countIn(votesOn(tense, NFP), west, 'no')).toBeGreaterThan(
      countIn(votesOn(quiet, NFP), west, 'no'),
    );
  });
});

/** The state with a destructive ASAT test by `seat` on its record, as the engine writes one. */
function withAsatTest(state: GameState, seat: SeatId): GameState {
  const tested = apply(state, { type: 'asatTest.conducted', actor: seat, destructive: true });
  if (tested.ok) return tested.state;
  return {
    ...state,
    record: [
      ...state.record,
      {
        index: state.record.length,
        turn: state.turn,
        date: state.date,
        forum: 'world',
        actor: seat,
        kind: 'asatTest.destructive',
        summary: `${seat} destroys one of its own satellites with a missile.`,
        visibleTo: 'all',
      },
    ],
  };
}

describe('consultations move the votes of those consulted', () => {
  const g21 = ['DZA', 'BGD', 'BRA', 'CMR', 'CHL', 'COL', 'ECU', 'IDN', 'KEN', 'MYS', 'MEX', 'MNG'];

  /** The game with `times` consultations of these States by the United States this year. */
  const consultedTimes = (times: number): GameState => {
    const state = atFirstCommittee(scenario2014);
    return {
      ...state,
      consultations: Array.from({ length: times }, (_, i) => ({
        id: `consultation-${i + 1}`,
        turn: 0,
        date: '2014-06-20',
        convenedBy: 'USA',
        participants: ['USA', ...g21],
        topic: 'the no-first-placement resolution',
      })),
    };
  };

  test('the United States, against NFP, talks Group of 21 members out of a Yes', () => {
    expect(g21.every((state) => cdGroupOf(state) === 'G21')).toBe(true);
    const quiet = atFirstCommittee(scenario2014);
    const once = consultedTimes(1);
    const often = consultedTimes(6);
    const yes = (state: GameState) => countIn(votesOn(state, NFP), g21, 'yes');
    expect(yes(once)).toBeLessThanOrEqual(yes(quiet));
    expect(yes(often)).toBeLessThan(yes(quiet));
    expect(yes(often)).toBeLessThanOrEqual(yes(once));
    const others = (state: GameState) =>
      countIn(
        votesOn(state, NFP),
        nonAligned(2014).filter((s) => !g21.includes(s)),
        'yes',
      );
    expect(others(often)).toBe(others(quiet));
  });

  test('the fingerprint changes with a consultation, and not without one', () => {
    const quiet = atFirstCommittee(scenario2014);
    expect(gameFactsFingerprint(quiet)).toBe(gameFactsFingerprint(atFirstCommittee(scenario2014)));
    expect(gameFactsFingerprint(consultedTimes(1))).not.toBe(gameFactsFingerprint(quiet));
  });
});

describe('standing and blocking', () => {
  test('standing well with a group brings its members to the seat’s text', () => {
    const quiet = atFirstCommittee(scenario2014);
    const g21 = Object.keys(VOTING_DATA.votes).filter((state) => cdGroupOf(state) === 'G21');
    const liked: GameState = {
      ...quiet,
      seats: {
        ...quiet.seats,
        USA: { ...quiet.seats.USA, standing: { G21: 100, WEOG: 50, EEG: 50, CHN: 50, EU: 50 } },
      },
    };
    const disliked: GameState = {
      ...quiet,
      seats: {
        ...quiet.seats,
        USA: { ...quiet.seats.USA, standing: { G21: 0, WEOG: 50, EEG: 50, CHN: 50, EU: 50 } },
      },
    };
    const yes = (state: GameState) => countIn(votesOn(state, DAASAT), g21, 'yes');
    expect(yes(liked)).toBeGreaterThanOrEqual(yes(disliked));
    expect(
      gameFacts(liked, DAASAT, VOTING_DATA).some((f) => f.reason.includes('stands well')),
    ).toBe(true);
  });
});
