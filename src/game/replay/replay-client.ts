import type { GameView, IntentInput, RecordEntry, Viewer } from '../../engine/index';
import { view as viewOf } from '../../engine/index';
import type { ClientUpdate, GameClient, SendResult } from '../client/game-client';
import type { ReplayController } from './replay-controller';

const READ_ONLY: SendResult = {
  ok: false,
  error: {
    code: 'procedure-refused',
    message: 'The historical record is being replayed: take over a seat to play from here.',
  },
};

/**
 * The replay seen through the same door as a game: the chamber, the hall and the reader draw a
 * replay exactly as they draw play. It sends nothing (the record decides every move); ending the
 * turn plays the record on to the next turn.
 */
export class ReplayClient implements GameClient {
  readonly mode = 'replay' as const;
  private readonly unsubscribe: () => void;
  private readonly listeners = new Set<(update: ClientUpdate) => void>();

  constructor(readonly controller: ReplayController) {
    this.unsubscribe = controller.subscribe((change) => {
      const fresh: RecordEntry[] = [];
      const visible = (entry: RecordEntry): boolean => {
        const viewer = controller.viewer;
        return (
          entry.visibleTo === 'all' ||
          viewer === 'host' ||
          (viewer !== 'public' && entry.visibleTo.includes(viewer))
        );
      };
      if (change.step) fresh.push(...change.step.events.filter(visible));
      const update: ClientUpdate = {
        view: this.view(),
        fresh,
        ...(change.step
          ? { move: { intent: change.step.intent, by: moveAuthor(change.step.intent.actor) } }
          : {}),
      };
      for (const listener of this.listeners) listener(update);
    });
  }

  viewer(): Viewer {
    return this.controller.viewer;
  }

  view(): GameView {
    return viewOf(this.controller.state(), this.controller.viewer);
  }

  legalActions(): readonly IntentInput[] {
    return [];
  }

  send(_intent: IntentInput): Promise<SendResult> {
    return Promise.resolve(READ_ONLY);
  }

  endTurn(): Promise<SendResult> {
    this.controller.nextTurn();
    return Promise.resolve({ ok: true });
  }

  subscribe(listener: (update: ClientUpdate) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.unsubscribe();
    this.listeners.clear();
  }
}

function moveAuthor(actor: string): ClientUpdate extends { move?: { by: infer B } } ? B : never {
  if (actor === 'host') return 'host';
  if (actor === 'CHN' || actor === 'RUS' || actor === 'USA' || actor === 'EU') return actor;
  return 'world';
}
