import type { GameState, HistoryLog, ReplayedStep, Scenario, Viewer } from '../../engine/index';
import { apply, createGame, HistoryError } from '../../engine/index';

/** Steps per second the replay can play at. */
export const REPLAY_SPEEDS = [1, 2, 4, 8, 16, 32] as const;
export type ReplaySpeed = (typeof REPLAY_SPEEDS)[number];

/** A clock the controller plays by: the browser's timers, or a hand-driven one in tests. */
export interface ReplayTicker {
  start(everyMs: number, tick: () => void): () => void;
}

export const browserTicker: ReplayTicker = {
  start(everyMs, tick) {
    const handle = globalThis.setInterval(tick, everyMs);
    return () => globalThis.clearInterval(handle);
  },
};

/** What changed: how the position moved, and the step just replayed when it moved by one. */
export interface ReplayChange {
  readonly position: number;
  readonly previous: number;
  /** The step replayed, when the position moved forward by exactly one. */
  readonly step?: ReplayedStep;
  readonly playing: boolean;
}

/**
 * The historical record as a film: positions 0 (the scenario's start) to `length` (every step
 * replayed), played, paused, stepped, sped up, or jumped to a symbol or a date. Each state is
 * computed once through the engine's `apply` and kept (Immer shares what did not change), so
 * stepping back is free. The engine decides every step; a step it refuses is a fault of the
 * log and is reported with its index, as `replayHistory` does.
 */
export class ReplayController {
  readonly length: number;
  private readonly states: GameState[];
  private readonly steps: ReplayedStep[] = [];
  private current = 0;
  private viewerNow: Viewer = 'host';
  private speedNow: ReplaySpeed = 4;
  private stopTicker: (() => void) | null = null;
  private readonly listeners = new Set<(change: ReplayChange) => void>();

  constructor(
    readonly scenario: Scenario,
    readonly log: HistoryLog,
    private readonly ticker: ReplayTicker = browserTicker,
  ) {
    if (log.scenario !== scenario.id)
      throw new HistoryError(
        'wrong-scenario',
        `the log is of scenario "${log.scenario}", not "${scenario.id}"`,
      );
    this.length = log.steps.length;
    this.states = [createGame(scenario, log.seed)];
  }

  get position(): number {
    return this.current;
  }

  get playing(): boolean {
    return this.stopTicker !== null;
  }

  get speed(): ReplaySpeed {
    return this.speedNow;
  }

  get viewer(): Viewer {
    return this.viewerNow;
  }

  /** The state after `position` steps (the current one by default). */
  state(position = this.current): GameState {
    this.computeUpTo(position);
    return this.states[position]!;
  }

  /** The steps replayed so far, up to the current position (for the transcript's sources). */
  stepsSoFar(): readonly ReplayedStep[] {
    this.computeUpTo(this.current);
    return this.steps.slice(0, this.current);
  }

  /** The step at an index of the log, replayed (its intent, confidence, source, record lines). */
  stepAt(index: number): ReplayedStep | undefined {
    if (index < 0 || index >= this.length) return undefined;
    this.computeUpTo(index + 1);
    return this.steps[index];
  }

  subscribe(listener: (change: ReplayChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setViewer(viewer: Viewer): void {
    this.viewerNow = viewer;
    this.notify(this.current);
  }

  /** Moves to a position (clamped to 0 … length). */
  seek(position: number): void {
    const target = Math.max(0, Math.min(this.length, Math.trunc(position)));
    const previous = this.current;
    this.computeUpTo(target);
    this.current = target;
    if (target === this.length) this.pause();
    this.notify(previous);
  }

  forward(): void {
    this.seek(this.current + 1);
  }

  back(): void {
    this.seek(this.current - 1);
  }

  /** Replays steps until the calendar's turn changes (or the record ends). */
  nextTurn(): void {
    const turn = this.state().turn;
    let target = this.current;
    while (target < this.length && this.state(target).turn === turn) target++;
    this.seek(target);
  }

  /**
   * Jumps to just after the step whose record lines first carry a symbol (CD/1985,
   * A/RES/69/32), or to just before the first step that moves the date past a date
   * (YYYY-MM-DD): the same stops as `replayHistory`'s `until`. Returns the new position, or
   * null when nothing in the record matches (the position does not change then).
   */
  jumpTo(target: string): number | null {
    const text = target.trim();
    if (text === '') return null;
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
      for (let index = 0; index < this.length; index++) {
        if (this.state(index + 1).date > text) {
          this.seek(index);
          return index;
        }
      }
      this.seek(this.length);
      return this.length;
    }
    const wanted = text.toUpperCase();
    for (let index = 0; index < this.length; index++) {
      const step = this.stepAt(index)!;
      if (step.events.some((event) => event.symbol?.toUpperCase() === wanted)) {
        this.seek(index + 1);
        return index + 1;
      }
    }
    return null;
  }

  setSpeed(speed: ReplaySpeed): void {
    this.speedNow = speed;
    if (this.playing) {
      this.stopTicker?.();
      this.stopTicker = this.ticker.start(1000 / speed, () => this.forward());
    }
    this.notify(this.current);
  }

  play(): void {
    if (this.playing || this.current >= this.length) return;
    this.stopTicker = this.ticker.start(1000 / this.speedNow, () => this.forward());
    this.notify(this.current);
  }

  pause(): void {
    if (!this.stopTicker) return;
    this.stopTicker();
    this.stopTicker = null;
    this.notify(this.current);
  }

  dispose(): void {
    this.pause();
    this.listeners.clear();
  }

  private computeUpTo(position: number): void {
    const target = Math.max(0, Math.min(this.length, position));
    while (this.states.length <= target) {
      const index = this.states.length - 1;
      const logged = this.log.steps[index]!;
      const result = apply(this.states[index]!, logged.intent);
      if (!result.ok) {
        const type = typeof logged.intent.type === 'string' ? logged.intent.type : 'intent';
        throw new HistoryError(
          'refused-step',
          `step ${index} (${type}) is refused: ${result.error.code}: ${result.error.message}`,
          { index, type, rejection: result.error },
        );
      }
      this.states.push(result.state);
      this.steps.push({
        index,
        intent: result.intent,
        confidence: logged.confidence,
        source: logged.source,
        ...(logged.note === undefined ? {} : { note: logged.note }),
        events: result.events,
      });
    }
  }

  private notify(previous: number): void {
    const step = this.current === previous + 1 ? this.steps[previous] : undefined;
    const change: ReplayChange = {
      position: this.current,
      previous,
      playing: this.playing,
      ...(step === undefined ? {} : { step }),
    };
    for (const listener of this.listeners) listener(change);
  }
}
