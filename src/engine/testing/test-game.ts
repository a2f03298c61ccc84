import { expect } from 'vitest';
import classroom2008 from '../../../scenarios/classroom-2008.json';
import classroom2014 from '../../../scenarios/classroom-2014.json';
import { apply } from '../apply';
import { createGame } from '../create-game';
import { HOST, type ActorId } from '../ids';
import { presidentNow, sessionContext } from '../intents/cd-session.handlers';
import type { Intent, IntentInput } from '../intents/intent.schema';
import type { RejectionCode } from '../intents/rejection';
import { hashState } from '../log/hash';
import type { AnnualSessionContext } from '../procedures/cd/annual-session.machine';
import type { ConsensusDecisionContext } from '../procedures/cd/consensus-decision.machine';
import type { TreatyNegotiationContext } from '../procedures/cd/treaty-negotiation.machine';
import type { DocumentLifecycleContext } from '../procedures/documents/document-lifecycle.machine';
import type { GgeContext } from '../procedures/gge/gge.machine';
import type { DraftResolutionContext } from '../procedures/unga/draft-resolution.machine';
import { formatProblems, parseScenario } from '../scenario/load-scenario';
import type { Scenario } from '../scenario/scenario.schema';
import { findDocument } from '../state/documents';
import type { GameState } from '../state/game-state';
import { view, type Viewer } from '../view';

const FILES = { 'classroom-2008': classroom2008, 'classroom-2014': classroom2014 };
export type ScenarioName = keyof typeof FILES;
type WithoutActor<T> = T extends unknown ? Omit<T, 'actor'> : never;
/** An intent as a test writes it: the actor comes from `.as(…)`. */
export type Move = WithoutActor<IntentInput>;

/** A scenario of `scenarios/`, validated; throws with the loader's problems if it is broken. */
export function loadScenario(name: ScenarioName): Scenario {
  const loaded = parseScenario(FILES[name], `scenarios/${name}.json`);
  if (!loaded.ok) throw new Error(formatProblems(loaded.file, loaded.problems));
  return loaded.scenario;
}

const PROCEDURES = {
  decision: (state: GameState, id: string) => state.cd.decisions[id],
  document: (state: GameState, id: string) => findDocument(state, id)?.procedure,
  draft: (state: GameState, id: string) => state.unga.drafts[id],
  negotiation: (state: GameState, id: string) => state.cd.negotiations[id],
  gge: (state: GameState, id: string) => state.gges[id],
};

/**
 * A game driven the way a transcript reads: `game('classroom-2008').as('RUS').does({…})`. It
 * hides setup (loading, filling in the actor, keeping the log), not assertions.
 */
export class TestGame {
  private actor: ActorId = '';

  constructor(
    readonly scenario: Scenario,
    readonly seed: number,
    public state: GameState,
    readonly intents: Intent[] = [],
  ) {}

  /** Who acts next: a member, 'EU', 'chair', 'host', or 'president' for whoever presides now. */
  as(actor: ActorId): this {
    this.actor = actor === 'president' ? this.president : actor;
    return this;
  }

  /** Applies the moves for the current actor; throws with the rejection if the rules refuse one. */
  does(...moves: Move[]): this {
    for (const move of moves) {
      const result = apply(this.state, { ...move, actor: this.actor });
      if (!result.ok) {
        const { code, message } = result.error;
        throw new Error(`${this.actor}: ${move.type} refused (${code}): ${message}`);
      }
      this.state = result.state;
      this.intents.push(result.intent);
    }
    return this;
  }

  /** Asserts the move is refused with `code` and leaves the state as it was. */
  isRefused(move: Move, code: RejectionCode): this {
    const [before, hash] = [this.state, hashState(this.state)];
    const result = apply(before, { ...move, actor: this.actor });
    expect(result.ok ? 'accepted' : result.error.code, `${this.actor}: ${move.type}`).toBe(code);
    expect(this.state).toBe(before);
    expect(hashState(this.state)).toBe(hash);
    return this;
  }

  get host() {
    return {
      endsTurn: (times = 1): this => {
        for (let turn = 0; turn < times; turn++) this.as(HOST).does({ type: 'turn.ended' });
        return this;
      },
    };
  }

  /** A recorded vote: each listed member answers as its key says, in order. */
  votes(draft: string, ballots: { yes?: string[]; no?: string[]; abstain?: string[] }): this {
    for (const vote of ['yes', 'no', 'abstain'] as const)
      for (const member of ballots[vote] ?? [])
        this.as(member).does({ type: 'vote.cast', draft, vote });
    return this;
  }

  /** A copy that goes on separately from here: the same state and log, its own future. */
  fork(): TestGame {
    return new TestGame(this.scenario, this.seed, this.state, [...this.intents]);
  }

  /** The member presiding over the Conference now, and the annual session's context. */
  get president(): string {
    return presidentNow(this.state) ?? 'none';
  }
  get session(): AnnualSessionContext {
    return sessionContext(this.state);
  }

  /** The transcript, one summary a line. */
  get record(): string[] {
    return this.state.record.map((entry) => entry.summary);
  }

  view = (viewer: Viewer) => view(this.state, viewer);

  /** The machine contexts of the procedures under way, by id, symbol or body. */
  decision = (id: string) => this.snapshot('decision', id).context as ConsensusDecisionContext;
  document = (id: string) => this.snapshot('document', id).context as DocumentLifecycleContext;
  draft = (id: string) => this.snapshot('draft', id).context as DraftResolutionContext;
  negotiation = (id: string) =>
    this.snapshot('negotiation', id).context as TreatyNegotiationContext;
  gge = (id: string) => this.snapshot('gge', id).context as GgeContext;

  /** The state a procedure is in: `status('document', 'CD/1839')` → 'underNegotiation'. */
  status(kind: keyof typeof PROCEDURES, id: string): unknown {
    return this.snapshot(kind, id).value;
  }

  private snapshot(kind: keyof typeof PROCEDURES, id: string) {
    const found = PROCEDURES[kind](this.state, id);
    if (!found) throw new Error(`no ${kind} ${id} in the game`);
    return found;
  }
}

/** A new game of a scenario in `scenarios/`, with its seed (1 unless given). */
export function game(name: ScenarioName, { seed = 1 }: { seed?: number } = {}): TestGame {
  const scenario = loadScenario(name);
  return new TestGame(scenario, seed, createGame(scenario, seed));
}
