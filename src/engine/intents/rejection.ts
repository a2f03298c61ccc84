/**
 * Why an intent was refused. The codes are a closed list so that the game can show (and
 * translate) a reason; the message names the intent, the field or the rule concerned.
 */
export type RejectionCode =
  | 'malformed-intent'
  | 'game-over'
  | 'unknown-actor'
  | 'not-the-host'
  | 'not-the-chair'
  | 'not-the-president'
  | 'not-a-member'
  | 'not-a-voter'
  | 'not-an-author'
  | 'not-a-sponsor'
  | 'not-an-expert'
  | 'wrong-forum'
  | 'not-in-plenary'
  | 'no-agenda'
  | 'no-programme-of-work'
  | 'unknown-decision'
  | 'unknown-document'
  | 'unknown-body'
  | 'unknown-draft'
  | 'unknown-gge'
  | 'unknown-member'
  | 'mandate-not-adopted'
  | 'symbol-out-of-sequence'
  | 'sponsor-cannot-explain'
  | 'procedure-refused'
  | 'not-enough-capital'
  | 'not-a-seat'
  | 'no-asat-capability'
  | 'unknown-statement';

export interface Rejection {
  readonly code: RejectionCode;
  readonly message: string;
}

export function rejection(code: RejectionCode, message: string): Rejection {
  return { code, message };
}
