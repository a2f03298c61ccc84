import { describe, expect, test } from 'vitest';
import type { Timers } from './turn-clock';
import { TurnClock } from './turn-clock';

/** A clock the test moves by hand: no real time passes. */
function manualTimers() {
  let now = 0;
  let pending: { at: number; callback: () => void }[] = [];
  const timers: Timers = {
    now: () => now,
    setTimeout(callback, ms) {
      const entry = { at: now + ms, callback };
      pending.push(entry);
      return { clear: () => (pending = pending.filter((other) => other !== entry)) };
    },
  };
  const advance = (ms: number) => {
    now += ms;
    const due = pending.filter((entry) => entry.at <= now);
    pending = pending.filter((entry) => entry.at > now);
    for (const entry of due) entry.callback();
  };
  return { timers, advance };
}

describe('the turn clock', () => {
  test('runs out once, after the turn time', () => {
    const { timers, advance } = manualTimers();
    let expired = 0;
    const clock = new TurnClock(timers, 60_000, () => expired++);
    clock.startTurn();
    advance(59_000);
    expect([expired, clock.status()]).toEqual([0, { paused: false, remainingMs: 1000 }]);
    advance(1000);
    expect(expired).toBe(1);
  });

  test('a pause stops the count and an extension adds to what is left', () => {
    const { timers, advance } = manualTimers();
    let expired = 0;
    const clock = new TurnClock(timers, 60_000, () => expired++);
    clock.startTurn();
    advance(20_000);
    clock.pause();
    advance(600_000);
    expect([expired, clock.status()]).toEqual([0, { paused: true, remainingMs: 40_000 }]);
    clock.extend(30_000);
    clock.resume();
    advance(69_000);
    expect(expired).toBe(0);
    advance(1000);
    expect(expired).toBe(1);
  });

  test('after a restart at least the grace time is left, and the downtime is not charged', () => {
    const { timers, advance } = manualTimers();
    let expired = 0;
    const clock = new TurnClock(timers, 60_000, () => expired++);
    clock.restore({ paused: false, remainingMs: 5000, savedAt: 0 }, 30_000);
    expect(clock.status().remainingMs).toBe(30_000);
    advance(30_000);
    expect(expired).toBe(1);
  });

  test('without a time limit nothing ever runs out', () => {
    const { timers, advance } = manualTimers();
    const clock = new TurnClock(timers, null, () => {
      throw new Error('no limit was set');
    });
    clock.startTurn();
    advance(10 * 3600_000);
    expect(clock.status()).toEqual({ paused: false, remainingMs: null });
  });
});
