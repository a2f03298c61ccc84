import type { GameState } from '../state/game-state';

/**
 * The shared space-security index, 0 (space unusable) to 100 (calm and clean): 100 minus the
 * mean of tension and debris, both 0–100. Tension can fall again (a moratorium, a joint
 * statement across the divide); debris only rises, as it does in orbit, so every destructive
 * test brings the common loss closer for good. Below the scenario's `economy.collapseBelow` the
 * game ends and no one wins.
 *
 * @example
 * securityIndex({ tension: 40, debris: 30 }); // 65
 */
export function securityIndex(state: Pick<GameState, 'tension' | 'debris'>): number {
  return Math.round(100 - (state.tension + state.debris) / 2);
}
