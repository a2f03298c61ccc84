import type { SeatId } from './ids';
import { SEATS } from './ids';
import type { GameState, SeatState } from './state/game-state';
import type { GameView } from './view';

/** The generator state a belief state carries: a fixed value, never the real one. */
export const BELIEF_RANDOM = 0;

/**
 * A game state built only from what one viewer may see, for a bot to look ahead with `apply`,
 * `legalActions` and `scoreSeat` without ever touching hidden information: other seats'
 * objectives and instructions are empty, undelivered instructions, future timed events, private
 * drafts, consultations and joint statements of others are absent (as in the view), the record
 * holds only the lines the viewer saw (numbered again from 0, so the gaps left by private lines
 * tell nothing), and the generator state is a fixed value.
 *
 * @example
 * const belief = beliefState(view(state, 'RUS'));
 * const next = apply(belief, { type: 'moratorium.declared', actor: 'RUS' });
 */
export function beliefState(seen: GameView): GameState {
  const { viewer: _viewer, seats, record, ...rest } = seen;
  return {
    ...rest,
    random: BELIEF_RANDOM,
    seats: Object.fromEntries(
      SEATS.map((seat): [SeatId, SeatState] => [
        seat,
        {
          ...seats[seat],
          objectives: seats[seat].objectives ?? [],
          instructions: seats[seat].instructions ?? [],
        },
      ]),
    ) as Record<SeatId, SeatState>,
    record: record.map((entry, index) => (entry.index === index ? entry : { ...entry, index })),
  };
}
