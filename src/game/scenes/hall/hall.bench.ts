import { bench, describe } from 'vitest';
import { view } from '../../../engine/index';
import { ReplayController } from '../../replay/replay-controller';
import { ppwtHistory } from '../../replay/history-fixture';
import { VoteMemory, hallModel } from './hall-model';
import { changedCells } from './vote-board';

// The hall's per-update work outside the renderer: reading the 193-member board from a view
// and finding the lights to change. The frame times of the drawing itself are measured in the
// browser (hall-frames.ts; see the report for how to run it).
const source = ppwtHistory();
const controller = new ReplayController(source.scenario, source.log);
let position = 0;
for (; position < controller.length; position++)
  if (controller.stepAt(position)!.intent.type === 'rollCall.recorded') break;
const open = view(controller.state(position + 1), 'public');
const memory = new VoteMemory();
const blank = hallModel(view(controller.state(position), 'public'), memory).draft!.members.map(
  () => 'pending' as const,
);

describe('hall board', () => {
  bench('hallModel + changedCells for a full roll call', () => {
    const model = hallModel(open, memory);
    changedCells(
      blank,
      model.draft!.members.map((member) => member.ballot),
    );
  });
});
