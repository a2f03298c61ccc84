import type { GameState } from '../../engine/index';
import { SEATS } from '../../engine/index';

/**
 * The game as the world may read it. The world is the game master — it sees the whole board,
 * private consultations included (the States in them know) — but never what a seat's capital
 * told it alone: every seat's objectives and instructions are emptied (and the record's lines
 * that carry them dropped), and so are instructions still to be delivered and joint statements
 * two seats are still discussing in private.
 *
 * The world decides on this copy only, so two games that differ in those hidden fields get the
 * same moves from it.
 */
export function blindState(state: GameState): GameState {
  const seats = Object.fromEntries(
    SEATS.map((seat) => [seat, { ...state.seats[seat], objectives: [], instructions: [] }]),
  ) as unknown as GameState['seats'];
  const record = state.record.filter((line) => !line.kind.startsWith('instruction.'));
  const blinded: Record<string, unknown> = { ...state, seats, record };
  if (Array.isArray(blinded.instructionSchedule)) blinded.instructionSchedule = [];
  if (Array.isArray(blinded.jointStatements)) {
    blinded.jointStatements = (blinded.jointStatements as { status?: unknown }[]).filter(
      (statement) => statement.status !== 'proposed',
    );
  }
  return blinded as unknown as GameState;
}
