/**
 * The economy a scenario plays with: how much diplomatic capital each seat receives at the start
 * of every turn, how much it may hold, whether an action it cannot pay for is refused, and the
 * space-security index below which space becomes unusable and the game ends in a shared loss.
 */
export interface EconomySettings {
  /** Capital each seat receives when a new turn begins. */
  readonly income: number;
  /** The most capital a seat may hold; income beyond it is lost. */
  readonly cap: number;
  /**
   * True in play: a seat that cannot pay is refused (`not-enough-capital`). The historical
   * replay sets it false: the record's delegations did what they did, and the replay must accept
   * every step; their capital then simply stays at 0.
   */
  readonly refuseWhenShort: boolean;
  /** The game ends in a shared loss as soon as the space-security index falls below this. */
  readonly collapseBelow: number;
  /**
   * Goodwill fades: at each new turn a seat's standing above neutral with a group loses this
   * share of its lead (rounded), so standing must be kept up, not banked once. Grudges (standing
   * below neutral) do not fade by themselves.
   */
  readonly standingFade: number;
}

export const DEFAULT_ECONOMY: EconomySettings = {
  income: 3,
  cap: 20,
  refuseWhenShort: true,
  collapseBelow: 20,
  standingFade: 0.1,
};
