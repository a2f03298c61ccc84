import classroom2014 from '../../../../scenarios/classroom-2014.json';
import type { GameState, IntentInput, Viewer } from '../../../engine/index';
import {
  apply,
  createGame,
  legalActions,
  parseScenario,
  presidentNow,
  view,
} from '../../../engine/index';
import type { ClientUpdate, GameClient, SendResult } from '../../client/game-client';

/** A game in the page with no computer moves: enough to look at a screen (harness only). */
export class StateClient implements GameClient {
  readonly mode = 'solo' as const;
  private readonly listeners = new Set<(update: ClientUpdate) => void>();

  constructor(
    private state: GameState,
    private readonly seat: Viewer,
  ) {}

  viewer(): Viewer {
    return this.seat;
  }
  view() {
    return view(this.state, this.seat);
  }
  legalActions(): readonly IntentInput[] {
    return this.seat === 'public' ? [] : legalActions(this.state, this.seat);
  }
  send(intent: IntentInput): Promise<SendResult> {
    const result = apply(this.state, intent);
    if (!result.ok) return Promise.resolve({ ok: false, error: result.error });
    this.state = result.state;
    const update = {
      view: this.view(),
      fresh: result.events,
      move: { intent, by: 'world' as const },
    };
    for (const listener of this.listeners) listener(update);
    return Promise.resolve({ ok: true });
  }
  endTurn(): Promise<SendResult> {
    return this.send({ type: 'turn.ended', actor: 'host' });
  }
  subscribe(listener: (update: ClientUpdate) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  dispose(): void {
    this.listeners.clear();
  }
}

/**
 * The 2014 classroom game taken to a negotiating body on CD/1985 with a few amendments: one
 * incorporated, one kept in brackets against an objection, one still open.
 */
export function negotiationDemoState(): GameState {
  const loaded = parseScenario(classroom2014, 'classroom-2014.json');
  if (!loaded.ok) throw new Error('classroom-2014.json does not load');
  let state = createGame(loaded.scenario, 1);
  const run = (actor: string, intent: Record<string, unknown>): void => {
    const result = apply(state, { ...intent, actor });
    if (!result.ok) throw new Error(`${String(intent.type)}: ${result.error.message}`);
    state = result.state;
  };
  const president = (): string => presidentNow(state) ?? 'host';
  run(president(), { type: 'plenary.convened' });
  run(president(), { type: 'decision.proposed', subject: 'programmeOfWork' });
  run(president(), { type: 'decision.called', decision: 'CD-D/2014/1' });
  run(president(), {
    type: 'decision.proposed',
    subject: 'subsidiaryBody',
    body: { id: 'paros', agendaItem: 3, mandate: 'negotiate', basis: 'CD/1985' },
  });
  run(president(), { type: 'decision.called', decision: 'CD-D/2014/2' });
  run('RUS', {
    type: 'amendment.proposed',
    body: 'paros',
    article: 'VI',
    text: 'States Parties shall exchange information on their space policies and activities and may agree further transparency measures in an additional protocol.',
  });
  const first = amendmentIds(state)[0]!;
  run('CHN', { type: 'amendment.accepted', body: 'paros', amendment: first });
  run(president(), { type: 'amendment.settled', body: 'paros', amendment: first });
  run('USA', {
    type: 'amendment.proposed',
    body: 'paros',
    article: 'II',
    text: 'Not to test, produce or deploy any anti-satellite weapon, whether based on Earth or in outer space, and not to conduct any destructive test of such a weapon.',
  });
  const second = amendmentIds(state)[1]!;
  run('RUS', { type: 'amendment.objected', body: 'paros', amendment: second });
  run('CHN', { type: 'amendment.objected', body: 'paros', amendment: second });
  run(president(), { type: 'amendment.settled', body: 'paros', amendment: second });
  run('FRA', {
    type: 'amendment.proposed',
    body: 'paros',
    article: 'I',
    text: 'For the purposes of this Treaty, a weapon in outer space means any device placed in outer space and designed or modified to destroy, damage or disrupt the normal functioning of objects in outer space.',
  });
  run('DEU', { type: 'amendment.accepted', body: 'paros', amendment: amendmentIds(state)[2]! });
  return state;
}

function amendmentIds(state: GameState): string[] {
  const context = state.cd.negotiations.paros?.context as { amendments: { id: string }[] };
  return context.amendments.map((amendment) => amendment.id);
}

export function negotiationDemoClient(seat: Viewer = 'USA'): StateClient {
  return new StateClient(negotiationDemoState(), seat);
}
