import { isUnMember, memberName } from '../data/members';
import { CHAIR, HOST } from '../ids';
import type { Confidence } from '../scenario/scenario.schema';
import type { GameState, RecordEntry } from '../state/game-state';
import type { Viewer } from '../view';
import { view } from '../view';
import type { ReplayedStep } from './replay-history';

/** Where a line of the transcript happened, as a reader names it. */
export type TranscriptForum =
  'CD' | 'First Committee' | 'General Assembly' | 'GGE' | 'world' | 'capital';

/** One line of the transcript, as plain JSON (the machine form; `formatTranscriptLine` reads it). */
export interface TranscriptLine {
  /** The line's index in the game's record. */
  readonly index: number;
  readonly date: string;
  readonly forum: TranscriptForum;
  /** Who acted, by code (`'RUS'`, `'chair'`, `'host'`). */
  readonly actor: string;
  /** Who acted, by name: `'Russian Federation'`, `'the chair'`, `'the host'`. */
  readonly actorName: string;
  /** What kind of line it is (`'document.submitted'`, `'vote.recorded'` …). */
  readonly kind: string;
  /** What happened, as the record says it. */
  readonly text: string;
  readonly symbol?: string;
  readonly tally?: RecordEntry['tally'];
  /** For a private line: who may see it (consultations, instructions, drafts). */
  readonly seenBy?: readonly string[];
  /** For a line that came from a step of the historical log: the step and how sure it is. */
  readonly step?: number;
  readonly confidence?: Confidence;
  readonly source?: string;
  readonly note?: string;
}

/**
 * The record as readable lines, seen by one viewer: a seat sees only what it may (`view` takes
 * out other delegations' consultations, drafts and instructions), the host sees everything.
 * Given the steps of a historical replay, each line that came from a step carries the step's
 * index, confidence, source and note.
 *
 * @example
 * const lines = transcriptOf(replayed.state, 'USA', replayed.steps);
 * lines.map(formatTranscriptLine).forEach((line) => console.log(line));
 */
export function transcriptOf(
  state: GameState,
  viewer: Viewer,
  steps: readonly ReplayedStep[] = [],
): TranscriptLine[] {
  const stepOfLine = new Map<number, ReplayedStep>();
  for (const step of steps) for (const event of step.events) stepOfLine.set(event.index, step);
  return view(state, viewer).record.map((entry) => {
    const step = stepOfLine.get(entry.index);
    return {
      index: entry.index,
      date: entry.date,
      forum: forumOf(state, entry),
      actor: entry.actor,
      actorName: nameOf(entry.actor),
      kind: entry.kind,
      text: entry.summary,
      ...(entry.symbol === undefined ? {} : { symbol: entry.symbol }),
      ...(entry.tally === undefined ? {} : { tally: entry.tally }),
      ...(entry.visibleTo === 'all' ? {} : { seenBy: entry.visibleTo }),
      ...(step === undefined
        ? {}
        : {
            step: step.index,
            confidence: step.confidence,
            source: step.source,
            ...(step.note === undefined ? {} : { note: step.note }),
          }),
    };
  });
}

/**
 * One transcript line as text: date, forum, actor, what happened, symbol, tally, who may see a
 * private line, and a trailing mark for a step the record is not sure of:
 * `2014-12-02  General Assembly  the chair: Recorded vote … — adopted.  A/C.1/69/L.48  126–4–46 (absent 17)  [uncertain]`
 */
export function formatTranscriptLine(line: TranscriptLine): string {
  const parts = [`${line.date}  ${line.forum}  ${line.actorName}: ${line.text}`];
  if (line.symbol !== undefined) parts.push(line.symbol);
  if (line.tally !== undefined) parts.push(formatTally(line.tally));
  if (line.seenBy !== undefined) parts.push(`(seen by ${line.seenBy.join(', ')})`);
  if (line.confidence !== undefined && line.confidence !== 'verified') {
    parts.push(`[${line.confidence}]`);
  }
  return parts.join('  ');
}

/** `yes–no–abstain (absent n)`: `177–1–1 (absent 13)`. */
export function formatTally(tally: NonNullable<RecordEntry['tally']>): string {
  return `${tally.yes}–${tally.no}–${tally.abstain} (absent ${tally.absent})`;
}

function forumOf(state: GameState, entry: RecordEntry): TranscriptForum {
  switch (entry.forum) {
    case 'cd':
      return 'CD';
    case 'gge':
      return 'GGE';
    case 'world':
      return 'world';
    case 'capital':
      return 'capital';
    case 'unga': {
      const turn = state.calendar[Math.min(entry.turn, state.calendar.length - 1)];
      return turn?.forum === 'unga' && turn.stage === 'firstCommittee'
        ? 'First Committee'
        : 'General Assembly';
    }
  }
}

function nameOf(actor: string): string {
  if (actor === CHAIR) return 'the chair';
  if (actor === HOST) return 'the host';
  return actor === 'EU' || isUnMember(actor) ? memberName(actor) : actor;
}
