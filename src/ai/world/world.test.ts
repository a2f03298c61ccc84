import { produce } from 'immer';
import { describe, expect, test } from 'vitest';
import classroom2008 from '../../../scenarios/classroom-2008.json';
import classroom2014 from '../../../scenarios/classroom-2014.json';
import type { GameState, IntentInput, Scenario } from '../../engine/index';
import {
  apply,
  createGame,
  formatProblems,
  HOST,
  isSeat,
  legalActions,
  parseScenario,
} from '../../engine/index';
import { createDirector } from '../director/index';
import { drafts, decisions } from './read-state';
import { absenceRate, blindState, chanceOfSponsors, likelyCoSponsors, worldMoves } from './index';

function scenario(file: unknown, name: string): Scenario {
  const loaded = parseScenario(file, `scenarios/${name}.json`);
  if (!loaded.ok) throw new Error(formatProblems(loaded.file, loaded.problems));
  return loaded.scenario;
}
const scenario2008 = scenario(classroom2008, 'classroom-2008');
const scenario2014 = scenario(classroom2014, 'classroom-2014');

function applied(state: GameState, intent: IntentInput): GameState {
  const result = apply(state, intent);
  if (!result.ok) throw new Error(`${intent.type} by ${intent.actor}: ${result.error.message}`);
  return result.state;
}

/** The world's moves that do not wait for anyone, applied until there are none (seats silent). */
function untilSeatsAreAsked(state: GameState): GameState {
  const director = createDirector({ seed: 1 });
  let current = state;
  for (let move = director.nextMove(current); move; move = director.nextMove(current))
    current = move.next;
  return current;
}

/** The same game with other objectives and instructions for every seat. */
function withOtherSecrets(state: GameState): GameState {
  const seats = Object.fromEntries(
    Object.entries(state.seats).map(([seat, entry]) => [
      seat,
      {
        ...entry,
        objectives: [{ ...entry.objectives[0], id: 'secret', text: 'Block everything, always.' }],
        instructions: ['Vote No on every text, whatever it says.'],
      },
    ]),
  );
  return { ...state, seats } as unknown as GameState;
}

describe('the world never reads a seat’s hidden objectives or instructions', () => {
  test('two games differing only in those get the same world moves, turn after turn', () => {
    let a = createGame(scenario2014, 3);
    let b = withOtherSecrets(a);
    const first = createDirector({ seed: 3 });
    const second = createDirector({ seed: 3 });
    for (let turn = 0; turn < 4; turn++) {
      expect(worldMoves(b)).toEqual(worldMoves(a));
      const left = first.finishTurn(a);
      const right = second.finishTurn(b);
      expect(right.moves.map((m) => [m.intent, m.why])).toEqual(
        left.moves.map((m) => [m.intent, m.why]),
      );
      a = left.state;
      b = right.state;
    }
  });

  test('the world’s copy of the state carries no objectives, instructions or their lines', () => {
    let state = createGame(scenario2008, 1);
    state = applied(state, {
      type: 'instruction.sent',
      actor: HOST,
      seat: 'USA',
      text: 'Object to any negotiating mandate.',
    });
    const seen = blindState(state);
    for (const seat of Object.values(seen.seats)) {
      expect(seat.objectives).toEqual([]);
      expect(seat.instructions).toEqual([]);
    }
    expect(seen.record.some((line) => line.kind.startsWith('instruction.'))).toBe(false);
    expect(worldMoves(state)).toEqual(worldMoves(createGame(scenario2008, 1)));
  });
});

describe('the world’s moves are legal', () => {
  test('every move offered is accepted by the engine and offered to its actor', () => {
    const director = createDirector({ seed: 5 });
    let state = createGame(scenario2008, 5);
    let checked = 0;
    while (state.phase === 'playing' && state.turn < 5) {
      for (const move of worldMoves(state)) {
        const result = apply(state, move.intent);
        if (!result.ok) continue;
        checked += 1;
        const { actor, type } = move.intent;
        if (type === 'rollCall.recorded' || (type === 'presidency.rotated' && actor === HOST))
          continue;
        expect(legalActions(state, actor).map((option) => option.type)).toContain(type);
      }
      const move = director.nextMove(state, { proceed: true });
      state = move ? move.next : director.finishTurn(state).state;
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('the President and the members of the Conference', () => {
  /** Classroom 2014, with the Kazakh president's negotiating mandate on CD/1985 before the CD. */
  function mandateOpen(): { state: GameState; decision: string } {
    let state = untilSeatsAreAsked(createGame(scenario2014, 1));
    for (let i = 0; i < 6; i++) {
      const open = decisions(state).find(
        (d) => d.status === 'consultations' && d.body?.mandate === 'negotiate',
      );
      if (open) return { state, decision: open.id };
      const call = worldMoves(state).find((m) => m.timing === 'afterSeats');
      if (!call) break;
      state = untilSeatsAreAsked(applied(state, call.intent));
    }
    throw new Error('no negotiating mandate was proposed');
  }

  test('a president whose record supports a treaty proposes to negotiate on the latest draft', () => {
    const { state, decision } = mandateOpen();
    const proposal = decisions(state).find((d) => d.id === decision);
    expect(proposal?.body).toMatchObject({ agendaItem: 3, mandate: 'negotiate', basis: 'CD/1985' });
    expect(proposal?.proposedBy).toBe('KAZ');
  });

  test('with the United States silent, Israel objects to the mandate itself', () => {
    const { state, decision } = mandateOpen();
    const objections = worldMoves(state).filter((m) => m.intent.type === 'objection.raised');
    expect(objections.map((m) => m.intent.actor)).toContain('ISR');
    for (const objection of objections) {
      expect(objection.timing).toBe('afterSeats');
      expect(objection.why).toMatch(/United States/);
      expect(objection.intent).toMatchObject({ decision });
    }
    const first = applied(state, objections[0]!.intent);
    expect(worldMoves(first).some((m) => m.intent.type === 'objection.raised')).toBe(false);
  });

  test('once the United States joins, Israel joins too, with its reservations on the record', () => {
    const { state, decision } = mandateOpen();
    const joined = applied(state, { type: 'consensus.joined', actor: 'USA', decision });
    const moves = worldMoves(joined);
    expect(moves.some((m) => m.intent.type === 'objection.raised')).toBe(false);
    expect(
      moves.find(
        (m) => m.intent.actor === 'ISR' && m.intent.type === 'consensus.joinedWithDissociation',
      )?.timing,
    ).toBe('now');
  });

  test('when the United States objects, no one adds an objection to its own', () => {
    const { state, decision } = mandateOpen();
    const blocked = applied(state, { type: 'objection.raised', actor: 'USA', decision });
    expect(worldMoves(blocked).some((m) => m.intent.type === 'objection.raised')).toBe(false);
    expect(
      worldMoves(blocked).some(
        (m) => m.intent.type === 'decision.called' && m.intent.decision === decision,
      ),
    ).toBe(true);
  });
});

describe('the General Assembly', () => {
  function firstCommittee(): GameState {
    let state = createGame(scenario2014, 2);
    while (state.calendar[state.turn]?.forum !== 'unga')
      state = applied(state, { type: 'turn.ended', actor: HOST });
    return state;
  }

  test('Egypt and Sri Lanka table the PAROS draft when no seat has', () => {
    const tabling = worldMoves(firstCommittee()).find((m) => m.intent.type === 'draft.tabled');
    expect(tabling?.intent).toMatchObject({ actor: 'EGY', kind: 'PAROS', coSponsors: ['LKA'] });
    expect(tabling?.timing).toBe('afterSeats');
  });

  test('but not when a seat tabled one first', () => {
    const tabled = applied(firstCommittee(), {
      type: 'draft.tabled',
      actor: 'CHN',
      kind: 'PAROS',
      title: 'Prevention of an arms race in outer space',
      paragraphs: [{ id: 'OP1', text: 'Calls for the negotiation of a treaty.' }],
    });
    expect(worldMoves(tabled).some((m) => m.intent.type === 'draft.tabled')).toBe(false);
  });

  /** Classroom 2014 in the First Committee, Russia's TCBM draft tabled, Russia at this standing. */
  function russianTcbm(g21: number, consult = false): GameState {
    let state = firstCommittee();
    state = produce(state, (draft) => {
      draft.seats.RUS.standing.G21 = g21;
    });
    if (consult)
      state = applied(state, {
        type: 'consultation.held',
        actor: 'RUS',
        with: ['IDN', 'EGY', 'BRA'],
        topic: 'transparency in outer space',
      });
    return applied(state, {
      type: 'draft.tabled',
      actor: 'RUS',
      kind: 'TCBM',
      title: 'Transparency and confidence-building measures in outer space activities',
      paragraphs: [{ id: 'OP1', text: 'Encourages States to review the measures proposed.' }],
    });
  }

  test('other States co-sponsor a seat’s draft, more of them the more they trust the seat', () => {
    const symbolOf = (state: GameState) => drafts(state).find((d) => d.kind === 'TCBM')!;
    const joining = (state: GameState) => likelyCoSponsors(state, symbolOf(state), 'RUS');
    const cold = joining(russianTcbm(40));
    const warm = joining(russianTcbm(80));
    const consulted = joining(russianTcbm(80, true));
    expect(warm.length).toBeGreaterThan(cold.length);
    expect(consulted.length).toBeGreaterThanOrEqual(warm.length);
    // What the seat can foresee, not knowing each State's bar: the chance of 25 names.
    const chance = (state: GameState, needed = 25) =>
      chanceOfSponsors(state, symbolOf(state), 'RUS', needed);
    expect(chance(russianTcbm(80))).toBeGreaterThan(chance(russianTcbm(40)));
    expect(chance(russianTcbm(80, true))).toBeGreaterThanOrEqual(chance(russianTcbm(80)));
    expect(chance(russianTcbm(80), 1)).toBe(1);
    expect(chance(russianTcbm(40), 150)).toBeLessThan(0.01);
    expect(warm.some(isSeat)).toBe(false);
    // The world puts the first of them on the draft, one State at a time, once the seats are heard.
    const state = russianTcbm(80);
    const move = worldMoves(state).find((m) => m.intent.type === 'coSponsor.added');
    expect(move).toMatchObject({
      timing: 'afterSeats',
      intent: { actor: warm[0], draft: symbolOf(state).symbol },
    });
    const after = applied(state, move!.intent);
    expect(symbolOf(after).coSponsors).toContain(warm[0]);
    expect(joining(after)).not.toContain(warm[0]);
    // Their names add nothing to Russia's standing (trust does not feed on itself).
    expect(after.seats.RUS.standing).toEqual(state.seats.RUS.standing);
  });

  test('the roll call covers every State but the seats and those absent, the same each time', () => {
    const director = createDirector({ seed: 2 });
    let state = firstCommittee();
    for (let i = 0; i < 40 && !state.record.some((l) => l.kind === 'voting.opened'); i++) {
      const move = director.nextMove(state, { proceed: true });
      if (!move) break;
      state = move.next;
    }
    const voting = drafts(state).find((d) => d.currentVote !== null);
    expect(voting).toBeDefined();
    const rollCall = worldMoves(state).find((m) => m.intent.type === 'rollCall.recorded');
    expect(rollCall).toEqual(worldMoves(state).find((m) => m.intent.type === 'rollCall.recorded'));
    const ballots = rollCall?.intent as { yes: string[]; no: string[]; abstain: string[] };
    const named = [...ballots.yes, ...ballots.no, ...ballots.abstain];
    expect(named.some(isSeat)).toBe(false);
    const absent = (voting?.voters ?? []).filter((v) => !isSeat(v) && !named.includes(v));
    expect(absent.length).toBeGreaterThan(3);
    expect(absent.length).toBeLessThan(30);
    expect(absent.every((state) => absenceRate(state, 2014) > 0)).toBe(true);
    expect(ballots.yes.length).toBeGreaterThanOrEqual(150);
  });
});
