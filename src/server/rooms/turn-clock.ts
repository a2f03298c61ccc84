import type { ClockStatus } from '../protocol/classroom-protocol';

export interface Timers {
  now(): number;
  setTimeout(callback: () => void, ms: number): { clear(): void };
}

export interface ClockSnapshot {
  readonly paused: boolean;
  readonly remainingMs: number | null;
  readonly savedAt: number;
}

/**
 * The turn's time limit, kept on the server's clock (a student's laptop clock decides nothing).
 * Pausing stops the count; extending adds to what is left; when it runs out `onExpired` is
 * called once.
 */
export class TurnClock {
  private deadline: number | null = null;
  private remainingWhenPaused: number | null = null;
  private paused = false;
  private timer: { clear(): void } | null = null;

  constructor(
    private readonly timers: Timers,
    private readonly turnMs: number | null,
    private readonly onExpired: () => void,
  ) {}

  /** A new turn: the full time again (the pause, if any, holds). */
  startTurn(): void {
    this.set(this.turnMs);
  }

  pause(): void {
    if (this.paused) return;
    this.remainingWhenPaused = this.remaining();
    this.paused = true;
    this.arm(null);
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.set(this.remainingWhenPaused);
  }

  extend(ms: number): void {
    const remaining = this.remaining();
    if (remaining === null) return;
    if (this.paused) this.remainingWhenPaused = remaining + ms;
    else this.set(remaining + ms);
  }

  stop(): void {
    this.arm(null);
    this.deadline = null;
    this.remainingWhenPaused = null;
  }

  isPaused(): boolean {
    return this.paused;
  }

  status(): ClockStatus {
    return { paused: this.paused, remainingMs: this.remaining() };
  }

  snapshot(): ClockSnapshot {
    return { paused: this.paused, remainingMs: this.remaining(), savedAt: this.timers.now() };
  }

  /**
   * Picks up after a restart. The time the server was down is not charged to the class, and at
   * least `graceMs` is left so that students can find their way back.
   */
  restore(snapshot: ClockSnapshot, graceMs: number): void {
    const remaining =
      snapshot.remainingMs === null ? null : Math.max(snapshot.remainingMs, graceMs);
    this.paused = snapshot.paused;
    if (this.paused) this.remainingWhenPaused = remaining;
    else this.set(remaining);
  }

  private remaining(): number | null {
    if (this.paused) return this.remainingWhenPaused;
    if (this.deadline === null) return null;
    return Math.max(0, this.deadline - this.timers.now());
  }

  private set(remainingMs: number | null): void {
    if (this.paused) {
      this.remainingWhenPaused = remainingMs;
      return;
    }
    this.deadline = remainingMs === null ? null : this.timers.now() + remainingMs;
    this.arm(remainingMs);
  }

  private arm(ms: number | null): void {
    this.timer?.clear();
    this.timer = null;
    if (ms === null) return;
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      this.onExpired();
    }, ms);
  }
}
