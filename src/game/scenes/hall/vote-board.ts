import type { BoardBallot, Tally } from './hall-model';

export interface BoardCell {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The vote board's grid: members in roll-call order (the electorate's order, alphabetical by
 * name), filled row by row, as many columns as fit cells at least `minWidth` wide.
 */
export function boardLayout(
  count: number,
  area: { x: number; y: number; width: number; height: number },
  minWidth = 60,
): BoardCell[] {
  if (count === 0) return [];
  const columns = Math.max(1, Math.min(count, Math.floor(area.width / minWidth)));
  const rows = Math.ceil(count / columns);
  const width = area.width / columns;
  const height = area.height / rows;
  return Array.from({ length: count }, (_, index) => ({
    x: area.x + (index % columns) * width,
    y: area.y + Math.floor(index / columns) * height,
    width,
    height,
  }));
}

/** The members whose light must change, in roll-call order: the order the board lights them. */
export function changedCells(
  shown: readonly BoardBallot[],
  target: readonly BoardBallot[],
): number[] {
  const changed: number[] = [];
  for (let index = 0; index < target.length; index++)
    if (shown[index] !== target[index]) changed.push(index);
  return changed;
}

/** The running count of what the board shows now (absent and pending are not votes). */
export function tallyShown(shown: readonly BoardBallot[]): Omit<Tally, 'absent'> {
  let yes = 0;
  let no = 0;
  let abstain = 0;
  for (const ballot of shown) {
    if (ballot === 'yes') yes++;
    else if (ballot === 'no') no++;
    else if (ballot === 'abstain') abstain++;
  }
  return { yes, no, abstain };
}

/**
 * How many lights to turn on in one frame so that a whole roll call takes about `totalMs`
 * (at least one a frame): 193 members over 2.4 s at 60 frames a second is about 2 a frame.
 */
export function revealsPerFrame(pending: number, frameMs: number, totalMs = 2400): number {
  if (pending <= 0) return 0;
  return Math.max(1, Math.ceil((pending * frameMs) / totalMs));
}
