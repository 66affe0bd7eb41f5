import type { Clock } from '../clock/clock.port';
import { InvalidJobError, PermanentJobError } from './job.errors';

/** Tries and backoff, resolved from the options with their defaults. */
export type RetryPolicy = Readonly<{ attempts: number; backoffMs: number }>;

export const DEFAULT_ATTEMPTS = 5;
export const DEFAULT_BACKOFF_MS = 1000;
export const DEFAULT_IDLE_TIMEOUT_MS = 10_000;

export const retryPolicyOf = (options: Readonly<{ attempts?: number; backoffMs?: number }>): RetryPolicy => {
  const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
  const backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError(`attempts must be an integer >= 1, got ${attempts}`);
  if (!Number.isFinite(backoffMs) || backoffMs < 0) throw new RangeError(`backoffMs must be >= 0, got ${backoffMs}`);
  return { attempts, backoffMs };
};

/** The wait before retry number `failedAttempts` (1 after the first failure): base × 2^(n-1), as BullMQ's exponential backoff. */
export const backoffDelayMs = (policy: RetryPolicy, failedAttempts: number): number =>
  Math.round(policy.backoffMs * 2 ** (failedAttempts - 1));

export const assertJobId = (jobId: string): void => {
  if (typeof jobId !== 'string' || jobId.length === 0) throw new InvalidJobError('jobId must be a non-empty string');
};

/** When a job is due and how long from the clock's now that is (0 when due already). */
export const scheduleOf = (clock: Clock, runAt: Date | undefined): Readonly<{ scheduledFor: Date; delayMs: number }> => {
  const now = clock.now();
  if (runAt === undefined) return { scheduledFor: now, delayMs: 0 };
  if (!(runAt instanceof Date) || Number.isNaN(runAt.getTime())) throw new InvalidJobError('runAt must be a valid Date');
  return { scheduledFor: new Date(runAt.getTime()), delayMs: Math.max(0, runAt.getTime() - now.getTime()) };
};

/** A `PermanentJobError`, or what the application's `isPermanent` says no retry can fix. */
export const isPermanentFailure = (error: unknown, isPermanent: ((error: unknown) => boolean) | undefined): boolean =>
  error instanceof PermanentJobError || (isPermanent?.(error) ?? false);

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
