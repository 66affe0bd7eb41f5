import type { Clock } from './clock.port';

/** The wall clock, for production. */
export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}
