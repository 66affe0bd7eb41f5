import type { EventStore, RecordedEvent, SqlQueryable } from '@kaoping/eventstore';
import type { Projection } from './projection';
import { numberOf, optionalTextOf, tableOf, textOf } from './read-model-sql';

/**
 * A projection that could not apply an event: it stops there (its checkpoint stays before the
 * event) and retries with a growing pause until the event applies. Kept in
 * `<schema>.rm_projection_faults`, beside the checkpoints, so every process (the API's /health,
 * the metrics) sees what the worker that runs the projection found.
 */
export type ProjectionFault = Readonly<{
  projection: string;
  /** The event that does not apply (or the first of the batch when it could not be isolated). */
  position: string;
  eventId: string | null;
  eventType: string | null;
  streamId: string | null;
  error: string;
  since: string;
  attempts: number;
  nextAttemptAt: string | null;
}>;

/** An event a projection cannot apply, with the event named. */
export class ProjectionEventFailed extends Error {
  constructor(
    readonly projection: string,
    readonly event: RecordedEvent,
    readonly failure: unknown,
  ) {
    super(
      `projection ${projection} cannot apply event ${event.globalPosition.toString()} (${event.type} ${event.id} in ${event.streamId}): ${failure instanceof Error ? failure.message : String(failure)}`,
    );
    this.name = 'ProjectionEventFailed';
  }
}

const FAULTS = 'rm_projection_faults';

export const migrateFaults = async (db: SqlQueryable, schema: string): Promise<void> => {
  await db.query(
    `CREATE TABLE IF NOT EXISTS ${tableOf(schema, FAULTS)} (projection text PRIMARY KEY, position bigint NOT NULL, event_id text, event_type text, stream_id text,
       error text NOT NULL, since timestamptz NOT NULL DEFAULT now(), attempts integer NOT NULL DEFAULT 1, next_attempt_at timestamptz)`,
  );
};

/** Text PostgreSQL can store (an error message may quote the very character that broke the event). */
const storable = (text: string): string => text.replace(/\u0000/g, '\\u0000').replace(/[\uD800-\uDFFF]/g, '\uFFFD').slice(0, 4000);

/** Records (or counts again) the fault of a projection; returns how many attempts have failed. */
export const recordFault = async (
  db: SqlQueryable,
  input: Readonly<{ schema: string; projection: string; position: bigint; event?: RecordedEvent; error: string; nextAttemptAt: Date }>,
): Promise<number> => {
  const [row] = await db.query(
    `INSERT INTO ${tableOf(input.schema, FAULTS)} (projection, position, event_id, event_type, stream_id, error, next_attempt_at)
     VALUES ($1, $2::bigint, $3, $4, $5, $6, $7::timestamptz)
     ON CONFLICT (projection) DO UPDATE SET
       attempts = CASE WHEN ${tableOf(input.schema, FAULTS)}.position = excluded.position THEN ${tableOf(input.schema, FAULTS)}.attempts + 1 ELSE 1 END,
       since = CASE WHEN ${tableOf(input.schema, FAULTS)}.position = excluded.position THEN ${tableOf(input.schema, FAULTS)}.since ELSE now() END,
       position = excluded.position, event_id = excluded.event_id, event_type = excluded.event_type, stream_id = excluded.stream_id,
       error = excluded.error, next_attempt_at = excluded.next_attempt_at
     RETURNING attempts`,
    [
      input.projection,
      input.position.toString(),
      input.event?.id ?? null,
      input.event?.type ?? null,
      input.event?.streamId ?? null,
      storable(input.error),
      input.nextAttemptAt.toISOString(),
    ],
  );
  return row === undefined ? 1 : numberOf(row, 'attempts');
};

/** Forgets the fault of a projection (it applied past it); true when there was one. */
export const clearFault = async (db: SqlQueryable, input: Readonly<{ schema: string; projection: string }>): Promise<boolean> => {
  const rows = await db.query(`DELETE FROM ${tableOf(input.schema, FAULTS)} WHERE projection = $1 RETURNING projection`, [input.projection]);
  return rows.length > 0;
};

const isoOf = (value: unknown): string | null =>
  value === null || value === undefined ? null : value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();

export const loadFaults = async (db: SqlQueryable, schema: string): Promise<readonly ProjectionFault[]> => {
  const rows = await db.query(
    `SELECT projection, position::text AS position, event_id, event_type, stream_id, error, since, attempts, next_attempt_at FROM ${tableOf(schema, FAULTS)} ORDER BY projection`,
  );
  return rows.map((row) => ({
    projection: textOf(row, 'projection'),
    position: textOf(row, 'position'),
    eventId: optionalTextOf(row, 'event_id'),
    eventType: optionalTextOf(row, 'event_type'),
    streamId: optionalTextOf(row, 'stream_id'),
    error: textOf(row, 'error'),
    since: isoOf(row.since) ?? '',
    attempts: numberOf(row, 'attempts'),
    nextAttemptAt: isoOf(row.next_attempt_at),
  }));
};

/** Where a projection stands: its checkpoint, the oldest event it has not handled yet, and its fault. */
export type ProjectionState = Readonly<{
  projection: string;
  /** Every matching event up to here is in its rows (null: none handled yet). */
  position: string | null;
  /** Global positions between the checkpoint and the head of the log (0 when nothing matching waits). */
  behind: string;
  /** Seconds since the oldest matching event it has not handled was recorded (0: caught up). */
  lagSeconds: number;
  fault: ProjectionFault | null;
}>;

/**
 * The state of each projection as the database and the log show it, whichever process runs it:
 * used by /health (stopped or lagging: degraded) and the metrics (lag per projection).
 */
export const projectionStates = async (
  input: Readonly<{ db: SqlQueryable; schema: string; store: EventStore; projections: readonly Pick<Projection, 'name' | 'filter'>[]; now?: Date }>,
): Promise<readonly ProjectionState[]> => {
  const { db, schema, store } = input;
  const now = input.now ?? new Date();
  const [checkpoints, faults, head] = await Promise.all([
    db.query(`SELECT projection, position::text AS position FROM ${tableOf(schema, 'rm_checkpoints')}`).catch(() => []),
    loadFaults(db, schema).catch(() => []),
    store.headPosition(),
  ]);
  const positionOf = new Map(checkpoints.map((row) => [textOf(row, 'projection'), textOf(row, 'position')]));
  return Promise.all(
    input.projections.map(async ({ name, filter }) => {
      const position = positionOf.get(name) ?? null;
      const after = position === null ? undefined : BigInt(position);
      const [oldest] = await store.readAll({ ...(after === undefined ? {} : { after }), filter, maxCount: 1 });
      const lagSeconds = oldest === undefined ? 0 : Math.max(0, (now.getTime() - Date.parse(oldest.recordedAt)) / 1000);
      return {
        projection: name,
        position,
        behind: oldest === undefined ? '0' : (head - (after ?? 0n)).toString(),
        lagSeconds: Math.round(lagSeconds * 10) / 10,
        fault: faults.find((f) => f.projection === name) ?? null,
      };
    }),
  );
};
