import type { Draft } from 'immer';
import { current, isDraft } from 'immer';
import { HOST, isSeat, SEATS } from '../ids';
import type { Intent } from '../intents/intent.schema';
import type { Rejection } from '../intents/rejection';
import { rejection } from '../intents/rejection';
import type { GameState, RecordEntry } from '../state/game-state';
import { actorName } from '../state/names';
import { record } from '../state/record';
import type { SeatChange } from './action-effects';
import { actionEffect, hasContextualEffect } from './action-effects';
import { securityIndex } from './security-index';
import { clampStanding, movesStanding, STANDING_GROUPS, STANDING_NEUTRAL } from './standing';

/**
 * Settles the economy of an intent the rules have just accepted, inside the same Immer recipe:
 * the acting seat pays (or, if it cannot and the scenario refuses short seats, the intent is
 * refused and nothing changes), standing, tension and debris move, a new turn pays each seat its
 * income, and a space-security index fallen below the threshold ends the game in a shared loss.
 */
export function settleEconomy(
  before: GameState,
  draft: Draft<GameState>,
  intent: Intent,
): Rejection | undefined {
  // Most intents of a replayed record come from States, the chair and the host: nothing to pay,
  // nothing to move, and only the calendar can fire events that move tension and debris.
  const calendar = intent.type === 'turn.ended' || intent.type === 'date.advanced';
  if (!isSeat(intent.actor) && !calendar && !hasContextualEffect(intent.type)) return undefined;
  const effect = actionEffect(before, intent, addedLines(before, draft, intent));
  if (effect.cost > 0 && isSeat(intent.actor)) {
    const { capital } = before.seats[intent.actor];
    if (effect.cost > capital && before.economy.refuseWhenShort) {
      return rejection(
        'not-enough-capital',
        `${intent.type}: this costs ${effect.cost} capital and ${actorName(intent.actor)} has ${capital}`,
      );
    }
    draft.seats[intent.actor].capital = Math.max(0, capital - effect.cost);
  }
  for (const change of effect.changes) applyChange(draft, change);
  if (effect.tension !== 0) draft.tension = clamp(draft.tension + effect.tension);
  if (effect.debris !== 0) draft.debris = clamp(draft.debris + effect.debris);
  if (intent.type === 'turn.ended' && draft.phase === 'playing') {
    payIncome(draft, before);
    fadeStanding(draft, before);
  }
  if (draft.tension !== before.tension || draft.debris !== before.debris) checkCollapse(draft);
  return undefined;
}

/** Only a called decision or a closed stage needs the lines the intent added (how it ended). */
function addedLines(
  before: GameState,
  draft: Draft<GameState>,
  intent: Intent,
): readonly RecordEntry[] {
  if (intent.type !== 'decision.called' && intent.type !== 'stage.closed') return [];
  const lines = isDraft(draft.record) ? current(draft.record) : draft.record;
  return lines.slice(before.record.length);
}

function applyChange(draft: Draft<GameState>, change: SeatChange): void {
  const seat = draft.seats[change.seat];
  if (change.capital !== 0)
    seat.capital = Math.max(0, Math.min(draft.economy.cap, seat.capital + change.capital));
  for (const [group, delta] of Object.entries(change.standing) as [
    keyof typeof seat.standing,
    number,
  ][]) {
    if (delta === 0 || !movesStanding(change.seat, group)) continue;
    seat.standing[group] = clampStanding(seat.standing[group] + delta);
  }
}

/** Each seat receives the scenario's income at the start of a turn, up to the cap. */
function payIncome(draft: Draft<GameState>, before: GameState): void {
  const { income, cap } = before.economy;
  if (income === 0) return;
  for (const seat of SEATS) {
    const capital = before.seats[seat].capital;
    const paid = Math.max(capital, Math.min(cap, capital + income));
    if (paid !== capital) draft.seats[seat].capital = paid;
  }
}

/** Standing above neutral loses the scenario's share of its lead at each new turn. */
function fadeStanding(draft: Draft<GameState>, before: GameState): void {
  const fade = before.economy.standingFade;
  if (!(fade > 0)) return;
  for (const seat of SEATS) {
    const standing = draft.seats[seat].standing;
    for (const group of STANDING_GROUPS) {
      const lead = standing[group] - STANDING_NEUTRAL;
      if (lead <= 0 || !movesStanding(seat, group)) continue;
      standing[group] = STANDING_NEUTRAL + lead - Math.max(1, Math.round(lead * fade));
    }
  }
}

function checkCollapse(draft: Draft<GameState>): void {
  if (draft.phase !== 'playing') return;
  const index = securityIndex(draft);
  if (index >= draft.economy.collapseBelow) return;
  draft.phase = 'ended';
  draft.outcome = 'collapse';
  record(draft, {
    forum: 'world',
    actor: HOST,
    kind: 'game.collapsed',
    summary: `Space has become too dangerous to use: tension ${draft.tension}, debris ${draft.debris}, security index ${index}, below ${draft.economy.collapseBelow}. The game ends and every delegation loses.`,
  });
}

function clamp(value: number): number {
  return Math.max(0, Math.min(100, value));
}
