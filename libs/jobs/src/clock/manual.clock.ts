import type { Clock } from './clock.port';

/**
 * A clock that only moves when told to, so a test can walk through a year of a cycle's
 * calendar in seconds. Pair it with `JobQueue.runDue()` (or {@link tick}): moving the clock
 * does not by itself run anything; `runDue()` then starts every scheduled job whose time has
 * come by this clock.
 */
export class ManualClock implements Clock {
  private current: number;

  constructor(start: Date | string = '2025-01-01T00:00:00.000Z') {
    this.current = toMillis(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Sets the time. Going backwards is allowed (a test may replay a calendar). */
  set(date: Date | string): void {
    this.current = toMillis(date);
  }

  /** Moves the time forward by `ms` milliseconds and returns the new time. */
  advance(ms: number): Date {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`ManualClock.advance needs a finite ms >= 0, got ${ms}`);
    this.current += ms;
    return this.now();
  }
}

const toMillis = (date: Date | string): number => {
  const ms = typeof date === 'string' ? Date.parse(date) : date.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`ManualClock needs a valid date, got ${String(date)}`);
  return ms;
};
