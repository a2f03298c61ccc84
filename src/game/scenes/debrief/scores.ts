import type { GameState, GameView, SeatId, SeatScore } from '../../../engine/index';
import { SEATS, scoreGame, scoreSeat } from '../../../engine/index';
import { safeName } from '../hall/hall-model';
import { tv } from '../chamber/surface/views-i18n';
import { escapeHtml } from './html';

/** The scores part of the debrief, as HTML, and which seats it could score. */
export interface ScoreSection {
  readonly scored: readonly SeatId[];
  readonly html: string;
}

/**
 * The engine's scores, explained, for every seat whose objectives this view shows: all four for
 * the host (and the game's end for everyone once the shell shows the host's view), the own seat
 * for a delegation. A seat whose objectives are hidden is said to be hidden, never guessed.
 * The view is the state minus the generator and other seats' secrets; scoring reads neither
 * the generator nor the secrets of seats it is not asked to score.
 */
export function scoreSection(view: GameView): ScoreSection {
  const visible = SEATS.filter((seat) => view.seats[seat].objectives !== null);
  const state = view as unknown as GameState;
  const parts: string[] = [];
  if (visible.length === SEATS.length) {
    const game = scoreGame(state);
    parts.push(
      `<p><strong>${escapeHtml(tv(`debrief.outcome_.${game.outcome}`))}</strong> · ${escapeHtml(tv('debrief.securityIndex', { index: game.securityIndex }))}</p>`,
      ...game.explanation.slice(0, 1).map((line) => `<p>${escapeHtml(line)}</p>`),
    );
  }
  const seats = visible.map((seat) => scoreSeat(state, seat));
  if (seats.length > 0) {
    parts.push(
      `<table><thead><tr>${[
        tv('debrief.seat'),
        tv('debrief.objectivePoints'),
        tv('debrief.standingBonus'),
        tv('debrief.capitalBonus'),
        tv('debrief.total'),
      ]
        .map((header) => `<th scope="col">${escapeHtml(header)}</th>`)
        .join('')}</tr></thead><tbody>${seats.map(scoreRow).join('')}</tbody></table>`,
    );
    for (const score of seats) parts.push(explanation(score));
  }
  const hidden = SEATS.filter((seat) => !visible.includes(seat));
  if (hidden.length > 0)
    parts.push(
      `<p>${escapeHtml(tv('debrief.hiddenScores', { names: hidden.map(safeName).join(', ') }))}</p>`,
    );
  return { scored: visible, html: parts.join('\n') };
}

function scoreRow(score: SeatScore): string {
  const cells = [
    safeName(score.seat),
    `${score.objectivePoints} / ${score.possible}`,
    signed(score.standingBonus),
    signed(score.capitalBonus),
    String(score.total),
  ];
  return `<tr>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`;
}

function explanation(score: SeatScore): string {
  const items = score.explanation
    .map((line) => `<li>${escapeHtml(line.replace(/^\s+–\s*/, '– '))}</li>`)
    .join('');
  return `<h3>${escapeHtml(safeName(score.seat))}</h3><ul>${items}</ul>`;
}

function signed(value: number): string {
  return value >= 0 ? `+${value}` : String(value);
}
