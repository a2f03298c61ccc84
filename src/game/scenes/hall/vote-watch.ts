import type { GameClient } from '../../client/game-client';
import { ReplayClient } from '../../replay/replay-client';
import type { DraftContext } from './hall-model';
import { VoteMemory } from './hall-model';

const memories = new WeakMap<GameClient, VoteMemory>();

/**
 * The roll calls of one game, remembered from the moment any play screen first asks: the engine
 * keeps each member's vote only while the vote is open, and the board shows them afterwards.
 * In a replay the record itself is read (every `rollCall.recorded` step up to the position), so
 * jumping ahead loses nothing.
 */
export function votesOf(client: GameClient): VoteMemory {
  const known = memories.get(client);
  if (known) return known;
  if (client instanceof ReplayClient) {
    let scanned = 0;
    const scan = (): void => {
      const { controller } = client;
      for (; scanned < controller.position; scanned++) {
        const step = controller.stepAt(scanned);
        if (step?.intent.type !== 'rollCall.recorded' && step?.intent.type !== 'vote.cast')
          continue;
        const after = controller.state(scanned + 1);
        for (const key of after.unga.draftOrder) {
          const context = after.unga.drafts[key]?.context as DraftContext | undefined;
          if (context?.currentVote)
            memory.remember(key, context.results.length, context.currentVote);
        }
      }
    };
    const memory: VoteMemory = new VoteMemory(scan);
    memories.set(client, memory);
    return memory;
  }
  const memory = new VoteMemory();
  memories.set(client, memory);
  memory.rememberView(client.view());
  client.subscribe((update) => memory.rememberView(update.view));
  return memory;
}
