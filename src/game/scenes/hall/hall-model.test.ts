import { describe, expect, test } from 'vitest';
import { view } from '../../../engine/index';
import { ReplayClient } from '../../replay/replay-client';
import { ReplayController } from '../../replay/replay-controller';
import { ppwtHistory } from '../../replay/history-fixture';
import { VoteMemory, hallModel } from './hall-model';
import { boardLayout, changedCells, revealsPerFrame, tallyShown } from './vote-board';
import { votesOf } from './vote-watch';

const source = ppwtHistory();

/** The position right after the first roll call of the record, and the one after it closes. */
function firstRollCall(controller: ReplayController): number {
  for (let index = 0; index < controller.length; index++)
    if (controller.stepAt(index)!.intent.type === 'rollCall.recorded') return index + 1;
  throw new Error('no roll call in the record');
}

describe('hallModel', () => {
  test('lights every member of the electorate during a roll call, and counts as the engine does', () => {
    const controller = new ReplayController(source.scenario, source.log);
    controller.seek(firstRollCall(controller));
    const model = hallModel(view(controller.state(), 'public'), new VoteMemory());
    const draft = model.draft!;
    expect(draft.voting).toBe(true);
    expect(draft.members.length).toBe(191);
    const counted = tallyShown(draft.members.map((member) => member.ballot));
    expect(counted).toEqual({
      yes: draft.tally.yes,
      no: draft.tally.no,
      abstain: draft.tally.abstain,
    });
    expect(draft.members.find((member) => member.code === 'USA')?.ballot).toBe('abstain');
  });

  test('after the vote closes, the board shows the remembered roll call and the recorded totals', () => {
    const controller = new ReplayController(source.scenario, source.log);
    const client = new ReplayClient(controller);
    const memory = votesOf(client);
    controller.seek(firstRollCall(controller) + 1);
    const model = hallModel(client.view(), memory);
    const draft = model.draft!;
    expect(draft.voting).toBe(false);
    expect(draft.result?.method).toBe('recorded');
    const shown = tallyShown(draft.members.map((member) => member.ballot));
    expect(shown).toEqual({
      yes: draft.result!.yes,
      no: draft.result!.no,
      abstain: draft.result!.abstain,
    });
    expect(draft.members.filter((member) => member.ballot === 'absent')).toHaveLength(
      draft.result!.absent,
    );
  });

  test('without a remembered roll call the board says so: nobody is shown voting', () => {
    const controller = new ReplayController(source.scenario, source.log);
    controller.seek(firstRollCall(controller) + 1);
    const draft = hallModel(view(controller.state(), 'public'), new VoteMemory()).draft!;
    expect(draft.members.every((member) => member.ballot === 'unknown')).toBe(true);
    expect(draft.tally.yes).toBeGreaterThan(0);
  });
});

describe('vote board', () => {
  test('lays the 193 members out in rows inside the board, none overlapping', () => {
    const area = { x: 14, y: 132, width: 856, height: 470 };
    const cells = boardLayout(193, area, 60);
    expect(cells).toHaveLength(193);
    for (const cell of cells) {
      expect(cell.x + cell.width).toBeLessThanOrEqual(area.x + area.width + 0.001);
      expect(cell.y + cell.height).toBeLessThanOrEqual(area.y + area.height + 0.001);
      expect(cell.width).toBeGreaterThanOrEqual(60);
    }
    expect(new Set(cells.map((cell) => `${cell.x},${cell.y}`)).size).toBe(193);
  });

  test('lights only what changed, in roll-call order, over about the chosen time', () => {
    expect(changedCells(['yes', 'pending', 'pending'], ['yes', 'no', 'abstain'])).toEqual([1, 2]);
    expect(revealsPerFrame(193, 16.7)).toBe(2);
    expect(revealsPerFrame(1, 16.7)).toBe(1);
    expect(revealsPerFrame(0, 16.7)).toBe(0);
  });
});
