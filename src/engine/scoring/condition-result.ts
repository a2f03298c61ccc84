/** What checking a condition returns, and how its evidence quotes the record lines that met it. */
import type { RecordEntry } from '../state/game-state';
import { describeEntry } from './describe';

export interface ConditionResult {
  readonly met: boolean;
  /** Sentences naming the record lines that met it, or saying why it was not met. */
  readonly evidence: readonly string[];
}

/** How many record lines of evidence an explanation quotes at most. */
export const MAX_LINES = 4;

/** The record lines, described, up to `MAX_LINES`, and how many more there were. */
export function quote(lines: readonly RecordEntry[]): string[] {
  const shown = lines.slice(0, MAX_LINES).map(describeEntry);
  if (lines.length > MAX_LINES) shown.push(`… and ${lines.length - MAX_LINES} more.`);
  return shown;
}
