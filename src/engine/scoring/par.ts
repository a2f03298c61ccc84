import type { SeatId } from '../ids';
import { SEATS } from '../ids';
import type { SeatState } from '../state/game-state';

/**
 * Where a total stands among the scores standard computer delegations made in the same seat:
 * the share of them it beats, a tie counting half, from 0 to 100. Null when the scenario
 * measured none.
 *
 * @example
 * parPercentile(83, [67, 67, 83, 83, 97]); // 60: beats two of five and ties two (half each)
 */
export function parPercentile(
  total: number,
  parScores: readonly number[] | undefined,
): number | null {
  if (parScores === undefined || parScores.length === 0) return null;
  let below = 0;
  let equal = 0;
  for (const score of parScores) {
    if (score < total) below += 1;
    else if (score === total) equal += 1;
  }
  return (100 * (below + equal / 2)) / parScores.length;
}

/**
 * The seats in the lead. With measured scores for every seat, the lead is the highest
 * percentile against one's own seat (`parPercentile`); otherwise the largest margin over par
 * (the highest total when no par is set). Ties share the lead.
 */
export function leadersOf(
  totals: Readonly<Record<SeatId, number>>,
  seats: Readonly<Record<SeatId, Pick<SeatState, 'par' | 'parScores'>>>,
): SeatId[] {
  const byPercentile = SEATS.every((seat) => (seats[seat].parScores?.length ?? 0) > 0);
  const value = (seat: SeatId): number =>
    byPercentile
      ? (parPercentile(totals[seat], seats[seat].parScores) ?? 0)
      : totals[seat] - seats[seat].par;
  const top = Math.max(...SEATS.map(value));
  return SEATS.filter((seat) => Math.abs(value(seat) - top) < 1e-9);
}
