import { apply } from '../apply';
import type { SeatId } from '../ids';
import { isSeat, SEATS } from '../ids';
import type { Rejection } from '../intents/rejection';
import type { GameState } from '../state/game-state';
import { actorName } from '../state/names';
import { actionEffect } from './action-effects';
import { securityIndex } from './security-index';
import type { StandingDeltas, StandingGroup } from './standing';
import { GROUP_NAMES, STANDING_GROUPS } from './standing';

/** One seat's capital and standing before and after the intent. */
export interface SeatPreview {
  readonly capital: number;
  readonly standing: StandingDeltas;
}

export type ActionPreview =
  | {
      readonly ok: true;
      /** Capital the acting seat pays (0 for any other actor). */
      readonly cost: number;
      /** The actual change of each seat affected: capital and standing, after bounds. */
      readonly seats: Readonly<Partial<Record<SeatId, SeatPreview>>>;
      readonly tension: number;
      readonly debris: number;
      readonly securityIndexAfter: number;
      /** True if the intent would end the game in the shared loss. */
      readonly collapses: boolean;
      /** "Costs 3 capital.", "+2 with the Group of 21.", and why, as the screen shows them. */
      readonly summary: readonly string[];
    }
  | { readonly ok: false; readonly error: Rejection };

/**
 * What an intent would cost and change, before it is sent: the price in capital, the standing
 * won or lost with each group (the actor's and other seats'), tension, debris and the security
 * index after it — or the reason it would be refused (`not-enough-capital` included). It applies
 * the intent to a copy-on-write state and throws the result away, so the preview and `apply` can
 * never disagree.
 *
 * @example
 * const preview = actionPreview(state, { type: 'objection.raised', actor: 'USA', decision: 'CD-D/2008/2' });
 * if (preview.ok) preview.summary; // ['Costs 3 capital.', '−4 with the Group of 21.', …]
 */
export function actionPreview(state: GameState, intent: unknown): ActionPreview {
  const result = apply(state, intent);
  if (!result.ok) return result;
  const after = result.state;
  const effect = actionEffect(state, result.intent, result.events);
  const seats: Partial<Record<SeatId, SeatPreview>> = {};
  for (const seat of SEATS) {
    const standing: StandingDeltas = {};
    for (const group of STANDING_GROUPS) {
      const delta = after.seats[seat].standing[group] - state.seats[seat].standing[group];
      if (delta !== 0) standing[group] = delta;
    }
    const capital = after.seats[seat].capital - state.seats[seat].capital;
    if (capital !== 0 || Object.keys(standing).length > 0) seats[seat] = { capital, standing };
  }
  const actor = result.intent.actor;
  const own = isSeat(actor) ? seats[actor] : undefined;
  const summary: string[] = [];
  if (effect.cost > 0) summary.push(`Costs ${effect.cost} capital.`);
  if (own) summary.push(...standingLines(own.standing));
  const tension = after.tension - state.tension;
  const debris = after.debris - state.debris;
  if (tension !== 0) summary.push(`Tension ${signed(tension)}.`);
  if (debris !== 0) summary.push(`Debris ${signed(debris)}.`);
  for (const seat of SEATS) {
    const other = seats[seat];
    if (seat === actor || !other) continue;
    const parts = [
      ...(other.capital !== 0 ? [`${signed(other.capital)} capital`] : []),
      ...standingLines(other.standing).map((line) => line.slice(0, -1)),
    ];
    if (parts.length > 0) summary.push(`${actorName(seat)}: ${parts.join(', ')}.`);
  }
  summary.push(
    ...effect.changes.map((change) => change.why).filter((why, i, all) => all.indexOf(why) === i),
  );
  return {
    ok: true,
    cost: effect.cost,
    seats,
    tension,
    debris,
    securityIndexAfter: securityIndex(after),
    collapses: after.outcome === 'collapse' && state.outcome !== 'collapse',
    summary,
  };
}

function standingLines(standing: StandingDeltas): string[] {
  return (Object.entries(standing) as [StandingGroup, number][]).map(
    ([group, delta]) => `${signed(delta)} with ${GROUP_NAMES[group]}.`,
  );
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : `−${Math.abs(value)}`;
}
