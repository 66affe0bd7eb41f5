import { DomainError } from '@kaoping/evaluation';
import { IdempotencyKeyReused } from '@kaoping/cycle-log';

const PERMANENT_KINDS: ReadonlySet<string> = new Set(['rule-violated', 'forbidden', 'invalid-input']);

/**
 * Errors no retry can fix: a refused command (rule violated, forbidden, invalid input) and a
 * job id reused for another request. Everything else (a concurrency conflict, a lost
 * connection, not found yet) is retried with backoff.
 */
export const isPermanentPhaseJobError = (error: unknown): boolean =>
  (error instanceof DomainError && PERMANENT_KINDS.has(error.kind)) || error instanceof IdempotencyKeyReused;
