import type { IntentInput } from '../../engine/index';

/**
 * When a world move may be made:
 * - 'now': at once, whatever the seats are doing (a State answers a proposal, the chair records
 *   the roll call, the President opens a meeting);
 * - 'afterSeats': only once the seats have had their say at this step of the procedure (the
 *   President calls for a decision, the chair opens voting): the director asks the computer
 *   seats first and waits for the people at the others.
 */
export type Timing = 'now' | 'afterSeats';

/** One move of the computer-run world, with the reason it is made (shown to players, tested). */
export interface WorldMove {
  readonly intent: IntentInput;
  readonly timing: Timing;
  readonly why: string;
}

export function now(intent: IntentInput, why: string): WorldMove {
  return { intent, timing: 'now', why };
}

export function afterSeats(intent: IntentInput, why: string): WorldMove {
  return { intent, timing: 'afterSeats', why };
}
