import type { Draft } from 'immer';
import { HOST } from '../ids';
import type { ScheduledInstruction } from '../scenario/scenario.schema';
import type { GameState } from './game-state';
import { actorName } from './names';
import type { NewRecordEntry } from './record';
import { record } from './record';

/** The record line that hands an instruction to its seat: seen by that seat only. */
export function deliveryLine(
  instruction: ScheduledInstruction,
): Omit<NewRecordEntry, 'visibleTo' | 'date'> {
  return {
    forum: 'capital',
    actor: HOST,
    kind: 'instruction.received',
    ref: instruction.id,
    summary: `Instructions from capital to ${actorName(instruction.seat)}: ${instruction.text}${instruction.objective ? ` New objective: ${instruction.objective.text}` : ''}`,
  };
}

/**
 * Delivers every scheduled instruction dated on or before `date`: it leaves the schedule, joins
 * its seat's instructions (and objectives, if it adds one), and a private record line tells the
 * seat. Read from the base state, like the timed events, so the schedule is only copied when
 * something falls due.
 */
export function deliverDueInstructions(
  draft: Draft<GameState>,
  base: GameState,
  date: string,
): void {
  const schedule = base.instructionSchedule;
  if (schedule.length === 0 || schedule[0]!.date > date) return;
  const due = schedule.filter((instruction) => instruction.date <= date);
  draft.instructionSchedule = schedule.filter((instruction) => instruction.date > date);
  for (const instruction of due) {
    const seat = draft.seats[instruction.seat];
    seat.instructions.push(instruction.text);
    if (instruction.objective) seat.objectives.push(instruction.objective);
    record(draft, { ...deliveryLine(instruction), visibleTo: [instruction.seat] });
  }
}
