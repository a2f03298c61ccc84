import type { ResolutionKind } from '../voting/index';
import { isKind, predictVotes, VOTING_DATA } from '../voting/index';

/** Share of Yes among Yes and No (abstentions do not count in the General Assembly). */
const forecasts = new Map<string, number>();

/**
 * The share of Yes votes the voting model of the other States (src/ai/voting) forecasts for a
 * text of this kind, this year, with these sponsors. Public knowledge: the model reads only the
 * record of earlier years. Forecasts are kept, since the same question recurs in every game.
 */
export function predictedShare(
  kind: ResolutionKind | 'OTHER',
  year: number,
  sponsors: readonly string[],
): number {
  if (!isKind(kind)) return 0.6;
  const key = `${kind}|${year}|${[...sponsors].sort().join(',')}`;
  const known = forecasts.get(key);
  if (known !== undefined) return known;
  const members = sponsors.filter((sponsor) => sponsor !== 'EU');
  const predictions = predictVotes(VOTING_DATA, {
    kind,
    year,
    ...(members.length > 0 ? { sponsors: members } : {}),
  });
  let yes = 0;
  let no = 0;
  for (const prediction of predictions) {
    if (prediction.vote === 'yes') yes += 1;
    else if (prediction.vote === 'no') no += 1;
  }
  const share = yes + no === 0 ? 0.5 : yes / (yes + no);
  forecasts.set(key, share);
  return share;
}

/** True when the model forecasts a simple majority of those voting for the text. */
export function predictedPassing(
  kind: ResolutionKind | 'OTHER',
  year: number,
  sponsors: readonly string[],
): boolean {
  return predictedShare(kind, year, sponsors) > 0.5;
}
