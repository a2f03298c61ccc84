import type { GameState } from '../../engine/index';
import { CHAIR } from '../../engine/index';
import { gges } from './read-state';
import type { WorldMove } from './world-move';
import { afterSeats } from './world-move';

/**
 * The chair of a Group of Governmental Experts set up in the game: one session a turn until the
 * sessions its mandate plans are held, then the draft report, then the call for consensus once
 * the experts have had their say (RECORD.md 4.4: the TCBM group met three times and adopted its
 * report by consensus; the 2018–2019 PAROS group ended without one). The experts the computer
 * runs raise no objection: silence is consent.
 */
export function ggeMoves(state: GameState): WorldMove[] {
  const moves: WorldMove[] = [];
  for (const group of gges(state)) {
    const gge = group.id;
    const openedThisTurn = state.record.some(
      (line) =>
        line.turn === state.turn &&
        line.kind === 'gge.sessionOpened' &&
        line.summary.includes(`(${gge})`),
    );
    const sessionsLeft = group.sessionsHeld < group.sessionsPlanned;
    switch (group.status) {
      case 'established':
      case 'betweenSessions':
        if (sessionsLeft && !openedThisTurn)
          moves.push(
            afterSeats(
              { type: 'gge.sessionOpened', actor: CHAIR, gge },
              `${gge} meets for session ${group.sessionsHeld + 1} of ${group.sessionsPlanned}`,
            ),
          );
        if (!sessionsLeft)
          moves.push(
            afterSeats(
              { type: 'gge.reportDrafted', actor: CHAIR, gge, symbol: `${gge}/report` },
              `${gge} has held its sessions: the chair circulates a draft report`,
            ),
          );
        break;
      case 'inSession':
        moves.push(
          afterSeats({ type: 'gge.sessionClosed', actor: CHAIR, gge }, `${gge} closes its session`),
        );
        break;
      case 'reportConsultations':
        moves.push(
          afterSeats(
            { type: 'gge.decisionCalled', actor: CHAIR, gge },
            `the chair of ${gge} calls for consensus on the report`,
          ),
        );
        break;
      default:
        break;
    }
  }
  return moves;
}
