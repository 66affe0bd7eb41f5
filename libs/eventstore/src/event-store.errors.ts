import type { ExpectedRevision } from './event-store.port';

/** What kind of failure an {@link EventStoreError} is; the API layer maps kinds to HTTP statuses. */
export type EventStoreErrorCode =
  | 'invalid-input'
  | 'wrong-expected-revision'
  | 'idempotency-mismatch'
  | 'unsupported'
  | 'adapter-failure';

/** Plain JSON-friendly details: no bigints, no class instances. */
export type EventStoreErrorDetails = Readonly<Record<string, unknown>>;

/**
 * Base class of every error the event store throws on purpose.
 * `code` says the kind, `details` carries plain data (field paths, expected/actual revision)
 * so that an exception filter can render `{ code, message, details }` as is.
 */
export class EventStoreError extends Error {
  constructor(
    readonly code: EventStoreErrorCode,
    message: string,
    readonly details: EventStoreErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }

  /** The error as plain data, e.g. for an HTTP body or a log line. */
  toJSON(): Readonly<{ code: EventStoreErrorCode; message: string; details: EventStoreErrorDetails }> {
    return { code: this.code, message: this.message, details: this.details };
  }
}

/** One broken rule: where (a field path like `events[0].data.items[2]`) and which rule. */
export type Violation = Readonly<{ path: string; rule: string; message: string }>;

/** The input breaks a rule; nothing was written. */
export class InvalidInputError extends EventStoreError {
  constructor(readonly violations: readonly Violation[]) {
    super(
      'invalid-input',
      violations.map((v) => `${v.path}: ${v.message}`).join('; '),
      { violations: violations.map((v) => ({ ...v })) },
    );
  }
}

/** The stream's last revision is not what the caller expected; nothing was written. */
export class WrongExpectedRevisionError extends EventStoreError {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream',
  ) {
    super(
      'wrong-expected-revision',
      `stream '${streamId}': expected revision ${String(expected)}, actual ${String(actual)}`,
      { streamId, expected, actual },
    );
  }
}

/**
 * Some event ids of an append are already stored, but not all of them, or not all in this
 * stream: it is neither a new append nor a retry of an earlier one. Nothing was written.
 */
export class IdempotencyMismatchError extends EventStoreError {
  constructor(
    readonly streamId: string,
    readonly storedIds: readonly Readonly<{ id: string; streamId: string }>[],
    readonly newIds: readonly string[],
  ) {
    super(
      'idempotency-mismatch',
      `stream '${streamId}': ${storedIds.length} of ${storedIds.length + newIds.length} event ids are already stored` +
        (storedIds.some((s) => s.streamId !== streamId) ? ' (some in another stream)' : '') +
        '; an append must be either entirely new or an exact retry',
      { streamId, storedIds: storedIds.map((s) => ({ ...s })), newIds: [...newIds] },
    );
  }
}

/** The adapter cannot do what was asked (e.g. a capability the backend lacks). */
export class UnsupportedOperationError extends EventStoreError {
  constructor(message: string, details: EventStoreErrorDetails = {}) {
    super('unsupported', message, details);
  }
}

/** The database returned something the store did not write (corrupt row, unexpected shape). */
export class AdapterFailureError extends EventStoreError {
  constructor(message: string, details: EventStoreErrorDetails = {}, cause?: unknown) {
    super('adapter-failure', message, details, { cause });
  }
}
