import type { GameState, IntentInput, SeatId } from '../../engine/index';
import { apply, HOST, legalActions, SEATS, view } from '../../engine/index';
import type { SeatAgent } from '../agent';
import type { WorldMove } from '../world/index';
import { worldMoves } from '../world/index';
import { seatLinesThisTurn, stepKey } from './steps';

export interface DirectorOptions {
  /** Seeds the director's own generator (which computer seat speaks first). */
  readonly seed: number;
  /** The seats the computer plays; a seat without an agent is left to the people. */
  readonly agents?: Partial<Record<SeatId, SeatAgent>>;
  /** A computer seat passes for the rest of a turn once it wrote this many lines (default 10). */
  readonly seatMovesPerTurn?: number;
  /** Safety bound on the moves `finishTurn` makes before ending the turn (default 4000). */
  readonly maxMovesPerTurn?: number;
}

/** One computer move: who makes it, why, and the state after it (already applied once). */
export interface DirectedMove {
  readonly intent: IntentInput;
  readonly by: 'world' | SeatId;
  readonly why: string;
  readonly next: GameState;
}

export interface NextMoveOptions {
  /**
   * The people at the human seats are done with this step: the world may go on (call the
   * decision, open voting). Without it, `nextMove` waits for them at such moves.
   */
  readonly proceed?: boolean;
}

export interface TurnResult {
  readonly state: GameState;
  readonly moves: readonly DirectedMove[];
}

/** The game loop shared by the browser (solo, hotseat), the classroom server and the CLI. */
export interface Director {
  /**
   * The next computer move, one at a time so a screen can show it: first what the world does at
   * once, then the computer seats in turn until each passes, then — once the people are done
   * (`proceed`), or when there are none — what the world does after the seats. Null when the
   * computer has nothing more to do now; the people may still act, then ask again.
   */
  nextMove(state: GameState, options?: NextMoveOptions): DirectedMove | null;
  /** What the world will do once the people are done with this step, or null. */
  waitingFor(state: GameState): WorldMove | null;
  /** Every remaining computer move of the turn (the people count as done), then `turn.ended`. */
  finishTurn(state: GameState): TurnResult;
}

const DEFAULT_SEAT_MOVES = 10;
const DEFAULT_MAX_MOVES = 4000;

/**
 * A director for one game.
 *
 * @example
 * const director = createDirector({ seed: 7, agents: { RUS: createBot({ seat: 'RUS', level: 2, seed: 7 }) } });
 * let move = director.nextMove(state);
 * while (move) { state = move.next; move = director.nextMove(state); }
 * // … the player acts …
 * state = director.finishTurn(state).state;
 */
export function createDirector(options: DirectorOptions): Director {
  const agents = options.agents ?? {};
  const seatCap = options.seatMovesPerTurn ?? DEFAULT_SEAT_MOVES;
  const maxMoves = options.maxMovesPerTurn ?? DEFAULT_MAX_MOVES;
  const people = SEATS.filter((seat) => agents[seat] === undefined);
  let random = options.seed | 0;
  let step = '';
  const passed = new Set<SeatId>();
  let peopleDone = false;
  let speaker = 0;

  const enterStep = (state: GameState): void => {
    const key = stepKey(state);
    if (key === step) return;
    step = key;
    passed.clear();
    peopleDone = false;
    random = (random + 0x6d2b79f5) | 0;
    speaker = (mix(random) >>> 0) % SEATS.length;
  };

  const firstLegal = (
    state: GameState,
    moves: readonly WorldMove[],
    timing: WorldMove['timing'],
  ): DirectedMove | null => {
    for (const move of moves) {
      if (move.timing !== timing) continue;
      const result = apply(state, move.intent);
      if (result.ok) return { intent: move.intent, by: 'world', why: move.why, next: result.state };
    }
    return null;
  };

  const seatMove = (state: GameState): DirectedMove | null => {
    const lines = seatLinesThisTurn(state);
    for (let offset = 0; offset < SEATS.length; offset++) {
      const index = (speaker + offset) % SEATS.length;
      const seat = SEATS[index]!;
      const agent = agents[seat];
      if (agent === undefined || passed.has(seat)) continue;
      if (lines[seat] >= seatCap) {
        passed.add(seat);
        continue;
      }
      const choices = legalActions(state, seat);
      const choice = choices.length === 0 ? null : agent.decide(view(state, seat), choices);
      const result = choice === null || choice.actor !== seat ? null : apply(state, choice);
      if (choice === null || result === null || !result.ok) {
        passed.add(seat);
        continue;
      }
      speaker = (index + 1) % SEATS.length;
      return { intent: choice, by: seat, why: `${seat} acts`, next: result.state };
    }
    return null;
  };

  const nextMove = (state: GameState, request: NextMoveOptions = {}): DirectedMove | null => {
    if (state.phase !== 'playing') return null;
    enterStep(state);
    if (request.proceed === true) peopleDone = true;
    const moves = worldMoves(state);
    const immediate = firstLegal(state, moves, 'now');
    if (immediate) return immediate;
    const seat = seatMove(state);
    if (seat) return seat;
    if (people.length > 0 && !peopleDone) return null;
    return firstLegal(state, moves, 'afterSeats');
  };

  return {
    nextMove,
    waitingFor: (state) => {
      if (state.phase !== 'playing') return null;
      const move = firstLegal(state, worldMoves(state), 'afterSeats');
      return move === null ? null : { intent: move.intent, timing: 'afterSeats', why: move.why };
    },
    finishTurn: (state) => {
      const moves: DirectedMove[] = [];
      let current = state;
      for (let count = 0; count < maxMoves; count++) {
        const move = nextMove(current, { proceed: true });
        if (move === null) break;
        moves.push(move);
        current = move.next;
      }
      if (current.phase !== 'playing') return { state: current, moves };
      const intent: IntentInput = { type: 'turn.ended', actor: HOST };
      const ended = apply(current, intent);
      if (!ended.ok)
        throw new Error(`finishTurn: the host could not end the turn: ${ended.error.message}`);
      moves.push({ intent, by: 'world', why: 'the host ends the turn', next: ended.state });
      return { state: ended.state, moves };
    },
  };
}

/** A well-mixed 32-bit number from the generator's state (mulberry32's output step). */
function mix(state: number): number {
  let value = Math.imul(state ^ (state >>> 15), state | 1);
  value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
  return value ^ (value >>> 14);
}
