import type { ActorId, SeatId } from './ids';
import { SEATS } from './ids';
import type { DocumentLifecycleContext } from './procedures/documents/document-lifecycle.machine';
import type { GameState, SeatState } from './state/game-state';

/** Who is looking: a seat, the host (the teacher sees everything) or the public (the projector). */
export type Viewer = SeatId | 'host' | 'public';

/** What one viewer may see of a seat: another seat's objectives and instructions are withheld. */
export type SeatView = Omit<SeatState, 'objectives' | 'instructions'> & {
  readonly objectives: SeatState['objectives'] | null;
  readonly instructions: SeatState['instructions'] | null;
};

export type GameView = Omit<GameState, 'random' | 'seats'> & {
  readonly viewer: Viewer;
  readonly seats: Readonly<Record<SeatId, SeatView>>;
};

/**
 * The game as one viewer may see it. Hidden objectives and instructions of other seats, private
 * consultations the viewer was not part of, drafts other delegations have not yet submitted and
 * the random generator's state are removed, and so are timed events still to come, instructions
 * from capital not yet delivered and joint statements proposed between other delegations. Capital,
 * standing and moratoria are public. The host sees everything but the generator.
 *
 * @example
 * const usa = view(state, 'USA'); // usa.seats.RUS.objectives === null
 */
export function view(state: GameState, viewer: Viewer): GameView {
  const { random: _random, ...rest } = state;
  if (viewer === 'host') return { ...rest, viewer, seats: state.seats };
  const sees = (visibleTo: 'all' | readonly ActorId[]): boolean =>
    visibleTo === 'all' || (viewer !== 'public' && visibleTo.includes(viewer));
  const seats = Object.fromEntries(
    SEATS.map((seat) => {
      const own = seat === viewer;
      const seatState = state.seats[seat];
      return [
        seat,
        {
          ...seatState,
          objectives: own ? seatState.objectives : null,
          instructions: own ? seatState.instructions : null,
        },
      ];
    }),
  ) as Record<SeatId, SeatView>;
  const visibleDocuments = state.documentOrder.filter((id) => {
    const entry = state.documents[id];
    if (!entry) return false;
    const context = entry.procedure.context as DocumentLifecycleContext;
    return context.symbol !== null || (viewer !== 'public' && context.authors.includes(viewer));
  });
  return {
    ...rest,
    viewer,
    seats,
    documents: Object.fromEntries(visibleDocuments.map((id) => [id, state.documents[id]!])),
    documentOrder: visibleDocuments,
    consultations: state.consultations.filter(
      (consultation) => viewer !== 'public' && consultation.participants.includes(viewer),
    ),
    record: state.record.filter((entry) => sees(entry.visibleTo)),
    events: state.events.filter((event) => state.firedEvents.includes(event.id)),
    instructionSchedule: [],
    jointStatements: state.jointStatements.filter(
      (statement) =>
        statement.status === 'issued' ||
        (viewer !== 'public' && (statement.proposer === viewer || statement.partner === viewer)),
    ),
  };
}
