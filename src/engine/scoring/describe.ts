import type { RecordEntry } from '../state/game-state';

/**
 * Words for the score explanations, written for a student of fifteen: what a record line says,
 * when, and the names of documents, resolutions and actions.
 */

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
]; // prettier-ignore

/** '2008-02-29' → '29 February 2008'. */
export function longDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

const LONGEST = 220;

/** A record line as evidence: its date and what happened ("12 February 2008: Russia …"). */
export function describeEntry(entry: RecordEntry): string {
  const summary =
    entry.summary.length > LONGEST
      ? `${entry.summary.slice(0, LONGEST - 1).trimEnd()}…`
      : entry.summary;
  return `${longDate(entry.date)}: ${summary}`;
}

export const KIND_NAMES = {
  draftTreaty: 'draft treaty',
  workingPaper: 'working paper',
  comments: 'written comments',
  answers: 'written answers',
  letter: 'letter',
} as const;

export const RESOLUTION_NAMES = {
  PAROS: 'the resolution on preventing an arms race in outer space (PAROS)',
  NFP: 'the resolution on no first placement of weapons in outer space',
  TCBM: 'the resolution on transparency and confidence-building in space activities',
  FPM: 'the resolution on further practical measures against an arms race in space',
  NORMS: 'the resolution on norms of responsible behaviour in space',
  DAASAT: 'the resolution against destructive anti-satellite missile tests',
  OTHER: 'another resolution',
} as const;

/** What each action is, as a verb phrase in the past ("Russia never … during the game"). */
export const ACTION_PHRASES: Readonly<Record<string, string>> = {
  'statement.made': 'made a statement in the Conference',
  'consultation.held': 'held private consultations',
  'document.submitted': 'circulated a document',
  'consensus.joined': 'joined a consensus',
  'consensus.joinedWithDissociation': 'let a decision pass while dissociating itself from it',
  'objection.raised': 'objected to a decision of the Conference',
  'objection.withdrawn': 'withdrew an objection',
  'amendment.proposed': 'proposed an amendment to a treaty text',
  'amendment.accepted': 'accepted an amendment',
  'amendment.objected': 'objected to an amendment',
  'text.joined': 'joined the consensus on a treaty text',
  'text.objected': 'objected to a treaty text',
  'draft.tabled': 'tabled a draft resolution',
  'coSponsor.added': 'co-sponsored a draft resolution',
  'vote.requested': 'asked for a recorded vote',
  'paragraphVote.requested': 'asked for a separate vote on a paragraph',
  'vote.explained': 'explained its vote',
  'gge.joined': 'supported the report of a group of experts',
  'gge.objected': 'objected to the report of a group of experts',
  'asatTest.destructive': 'blew up a satellite in an anti-satellite missile test',
  'asatTest.nonDestructive': 'tested an anti-satellite weapon without destroying a satellite',
  'moratorium.declared': 'promised to stop destructive anti-satellite missile tests',
  'launch.conducted': 'launched a satellite',
  'jointStatement.issued': 'issued a joint statement',
};

/** 'made a statement in the Conference or objected to a decision of the Conference'. */
export function describeList(kinds: readonly string[]): string {
  const phrases = kinds.map((kind) => ACTION_PHRASES[kind] ?? kind);
  return phrases.length <= 1
    ? (phrases[0] ?? '')
    : `${phrases.slice(0, -1).join(', ')} or ${phrases.at(-1)}`;
}
