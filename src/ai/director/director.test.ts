import { describe, expect, test } from 'vitest';
import classroom2008 from '../../../scenarios/classroom-2008.json';
import classroom2014 from '../../../scenarios/classroom-2014.json';
import type { GameState, RecordEntry, Scenario, SeatId } from '../../engine/index';
import { createGame, formatProblems, HOST, parseScenario, SEATS } from '../../engine/index';
import { createDirector, playGame } from './index';
import type { PlayedGame } from './index';
import {
  agentsForAllSeats,
  createFirstOptionAgent,
  createRandomAgent,
} from './testing/test-agents';

function scenario(file: unknown, name: string): Scenario {
  const loaded = parseScenario(file, `scenarios/${name}.json`);
  if (!loaded.ok) throw new Error(formatProblems(loaded.file, loaded.problems));
  return loaded.scenario;
}
const scenarios = {
  'classroom-2008': scenario(classroom2008, 'classroom-2008'),
  'classroom-2014': scenario(classroom2014, 'classroom-2014'),
};

const SEAT_CAP = 6;
const randomAgents = (seed: number) =>
  agentsForAllSeats((seat, index) => createRandomAgent(seat, seed * 10 + index));
const firstOptionAgents = () => agentsForAllSeats((seat) => createFirstOptionAgent(seat));

/** Whole-text recorded votes of the game: draft symbol, tally. */
function wholeVotes(
  state: GameState,
): { symbol: string; tally: NonNullable<RecordEntry['tally']> }[] {
  return state.record.flatMap((line) =>
    line.kind === 'vote.recorded' && line.tally && !line.summary.includes('paragraph')
      ? [{ symbol: line.symbol ?? '', tally: line.tally }]
      : [],
  );
}

/** The kind and main sponsors of each draft, by symbol (any revision). */
function draftKinds(state: GameState): Map<string, { kind: string; sponsors: string[] }> {
  const kinds = new Map<string, { kind: string; sponsors: string[] }>();
  for (const [symbol, snapshot] of Object.entries(state.unga.drafts)) {
    const context = snapshot.context as { kind: string; sponsors: string[]; symbol: string };
    kinds.set(symbol, context);
    kinds.set(context.symbol, context);
  }
  return kinds;
}

describe.each(Object.keys(scenarios) as (keyof typeof scenarios)[])(
  '%s played to the end',
  (name) => {
    const base = scenarios[name];
    let played: PlayedGame;

    test('by the world alone: every turn ends, and PAROS passes as in the record', () => {
      played = playGame(base, 11, {});
      expect(played.state.phase).toBe('ended');
      expect(played.turns).toBe(base.calendar.length);
      const kinds = draftKinds(played.state);
      const paros = wholeVotes(played.state).filter((v) => kinds.get(v.symbol)?.kind === 'PAROS');
      expect(paros.length).toBeGreaterThanOrEqual(2);
      for (const { tally } of paros) {
        expect(tally.yes).toBeGreaterThanOrEqual(150);
        expect(tally.no).toBeLessThanOrEqual(3);
        expect(tally.absent).toBeGreaterThan(3);
      }
    }, 60_000);

    test('with computer seats: the same seed gives the same game', () => {
      const a = playGame(base, 7, randomAgents(7), { seatMovesPerTurn: SEAT_CAP });
      const b = playGame(base, 7, randomAgents(7), { seatMovesPerTurn: SEAT_CAP });
      expect(a.state.phase).toBe('ended');
      expect(b.hash).toBe(a.hash);
      expect(b.moves).toBe(a.moves);
      expect(a.bySeat.CHN + a.bySeat.RUS + a.bySeat.USA + a.bySeat.EU).toBeGreaterThan(10);
      expect(a.byWorld).toBeGreaterThan(40);
    }, 120_000);

    test('with computer seats: the world keeps the record’s shape and the seats their bound', () => {
      const game = playGame(base, 3, firstOptionAgents(), { seatMovesPerTurn: SEAT_CAP });
      expect(game.state.phase).toBe('ended');
      const kinds = draftKinds(game.state);
      for (const { symbol, tally } of wholeVotes(game.state)) {
        const draft = kinds.get(symbol);
        if (draft?.kind !== 'PAROS') continue;
        expect(tally.yes).toBeGreaterThan(tally.no + tally.abstain);
        if (draft.sponsors.includes('EGY')) {
          expect(tally.yes).toBeGreaterThanOrEqual(150);
          expect(tally.no).toBeLessThanOrEqual(3 + 3);
        }
      }
      for (let turn = 0; turn < game.turns; turn++) {
        for (const seat of SEATS) {
          const lines = game.state.record.filter((l) => l.turn === turn && l.actor === seat);
          // A seat stops being asked at the cap; one move may write a second line (a decision
          // it calls as President), so the bound allows that much.
          expect(lines.length).toBeLessThanOrEqual(SEAT_CAP + 2);
        }
      }
    }, 120_000);
  },
);

describe('people at some seats', () => {
  const base = scenarios['classroom-2014'];
  const computer: Partial<Record<SeatId, ReturnType<typeof createFirstOptionAgent>>> = {
    CHN: createFirstOptionAgent('CHN'),
    RUS: createFirstOptionAgent('RUS'),
    EU: createFirstOptionAgent('EU'),
  };

  test('the computer waits for them before calling a decision, and goes on when told', () => {
    const director = createDirector({ seed: 4, agents: computer });
    let state = createGame(base, 4);
    const moves: string[] = [];
    for (let move = director.nextMove(state); move; move = director.nextMove(state)) {
      moves.push(move.intent.type);
      state = move.next;
    }
    expect(moves).toContain('plenary.convened');
    expect(moves).not.toContain('decision.called');
    const waiting = director.waitingFor(state);
    expect(waiting?.timing).toBe('afterSeats');
    const next = director.nextMove(state, { proceed: true });
    expect(next).not.toBeNull();
    expect(next?.intent).toEqual(waiting?.intent);
  });

  test('finishTurn runs what is left and ends the turn with the host', () => {
    const director = createDirector({ seed: 4, agents: computer });
    const state = createGame(base, 4);
    const { state: after, moves } = director.finishTurn(state);
    expect(after.turn).toBe(state.turn + 1);
    expect(moves.at(-1)?.intent).toEqual({ type: 'turn.ended', actor: HOST });
    expect(moves.some((m) => m.by === 'USA')).toBe(false);
    expect(moves.some((m) => m.intent.type === 'decision.called')).toBe(true);
  });
});
