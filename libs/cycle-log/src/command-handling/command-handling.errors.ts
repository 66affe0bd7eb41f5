/** An event appended to a stream after the revision a writer based its decision on. */
export type AppendedSince = Readonly<{
  eventId: string;
  type: string;
  revision: number;
  actorId: string;
  role: string;
  commandId: string | null;
  recordedAt: string;
}>;

/**
 * The stream moved on since the writer read it (or since the revision the client said it saw):
 * nothing was written. Says what changed: expected and actual revision and the events between.
 */
export class ConcurrencyConflict extends Error {
  readonly kind = 'conflict';
  readonly code = 'concurrency-conflict';
  readonly details: Readonly<{
    streamId: string;
    expectedRevision: number | 'no_stream';
    actualRevision: number | 'no_stream';
    appendedSince: readonly AppendedSince[];
  }>;

  constructor(input: ConcurrencyConflict['details']) {
    const actors = [...new Set(input.appendedSince.map((e) => `${e.actorId} (${e.role})`))].join(', ');
    super(
      `stream '${input.streamId}' is at revision ${String(input.actualRevision)}, not ${String(input.expectedRevision)}: ` +
        `${input.appendedSince.length} event(s) appended since` +
        (actors === '' ? '' : ` by ${actors}`) +
        '; nothing was written. Read again and retry.',
    );
    this.name = 'ConcurrencyConflict';
    this.details = input;
  }
}

/** An idempotency key (command id) came back with a different request, or on another stream. Nothing was written. */
export class IdempotencyKeyReused extends Error {
  readonly kind = 'conflict';
  readonly code = 'idempotency-key-reused';
  readonly details: readonly Readonly<{ path: string; rule: string; message: string }>[];

  constructor(readonly commandId: string, why: string) {
    super(`idempotency key '${commandId}' was already used for ${why}; use a new key for a new request`);
    this.name = 'IdempotencyKeyReused';
    this.details = [{ path: 'Idempotency-Key', rule: 'reused', message: this.message }];
  }
}
