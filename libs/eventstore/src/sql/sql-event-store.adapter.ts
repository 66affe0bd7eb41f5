import { createHash } from 'node:crypto';
import type { AllFilter, CheckpointStore, PreparedEvent, RecordedEvent, StreamTip } from '../event-store.port';
import type {
  AdapterAppendRequest,
  AdapterAppendResult,
  AdapterReadAllRequest,
  AdapterReadStreamRequest,
  EventStoreAdapter,
} from '../event-store.adapter';
import { InvalidInputError } from '../event-store.errors';
import { parseEventMetadata, parseJson } from '../json.util';
import { BEGIN, sqlInteger, sqlLiteral, type SqlClient, type SqlParam, type SqlRow, type SqlSession } from './sql-client';
import { bigintColumn, intColumn, nullableBigintColumn, textColumn } from './sql-row.util';
import { SqlCheckpointStore } from './sql-checkpoint-store';

export const DEFAULT_SCHEMA = 'kaoping';

/** First key of the advisory lock that serializes migrations ('KP'); the second is derived from the schema. */
const MIGRATION_LOCK_NAMESPACE = 0x4b50;
const PAGE_SIZE = 500;

export type SqlEventStoreAdapterOptions = Readonly<{
  kind: 'embedded' | 'postgres';
  schema?: string;
  /** Whether `close()` also closes the client (default true). */
  ownsClient?: boolean;
  /**
   * Test seam: runs inside the append transaction after the events were inserted with their
   * global positions, before COMMIT. Lets a test hold a writer open at exactly that point.
   */
  beforeCommit?: (events: readonly RecordedEvent[]) => Promise<void>;
}>;

const schemaKey = (schema: string): number => createHash('sha256').update(schema).digest().readInt32BE(0);

/**
 * The event store on PostgreSQL, shared by the server adapter (pg pool) and the embedded one
 * (PGlite). All tables live in one schema.
 *
 * **Global order.** Global positions come from a one-row counter, `log_head`, which the append
 * increments in the same statement that inserts the events (`UPDATE log_head SET position =
 * position + n`). That row lock is held until COMMIT, so appends assign positions one at a time,
 * and PostgreSQL marks a transaction committed (visible to new snapshots) before it releases
 * its locks: the next writer gets the row, and so a higher position, only after the previous
 * writer is visible (or rolled back, in which case its increment is rolled back too). Hence
 * positions become visible in increasing order: a reader that sees position P already sees
 * every position below P, and no later commit can take a position below P. A subscription
 * reading `position > checkpoint` therefore never skips an event, unlike with a bare sequence,
 * where a transaction holding position 5 can commit after one holding 6 was read.
 * (READ COMMITTED matters: the waiting UPDATE re-reads the row as committed by the previous
 * writer.) Positions are dense: 1, 2, 3…
 *
 * To keep that global lock short, per-stream work comes first under a row lock on the stream
 * (`streams` table, `SELECT … FOR UPDATE`): tip, idempotency lookup, expected revision,
 * preparing and hashing the events. Then one statement takes the counter, inserts the events,
 * moves the stream's tip and queues the NOTIFY, sent together with COMMIT, so the counter is
 * held only while the server executes them (no round trip to this process in between). Lock
 * order is always stream row, then counter row, so appends cannot deadlock.
 */
export class SqlEventStoreAdapter implements EventStoreAdapter {
  readonly kind: 'embedded' | 'postgres';
  readonly schema: string;
  /** The counter row every append locks (`"schema".log_head`), e.g. to spot waiters in `pg_stat_activity`. */
  readonly logHeadTable: string;
  private readonly channel: string;
  private readonly checkpoints: SqlCheckpointStore;

  private constructor(
    private readonly client: SqlClient,
    private readonly options: SqlEventStoreAdapterOptions,
  ) {
    this.kind = options.kind;
    this.schema = options.schema ?? DEFAULT_SCHEMA;
    this.logHeadTable = `"${this.schema}".log_head`;
    this.channel = `kaoping_appended_${createHash('sha256').update(this.schema).digest('hex').slice(0, 16)}`;
    this.checkpoints = new SqlCheckpointStore(client, this.schema);
  }

  /** Creates the schema and tables if missing (idempotent), then returns the adapter. */
  static async open(client: SqlClient, options: SqlEventStoreAdapterOptions): Promise<SqlEventStoreAdapter> {
    const schema = options.schema ?? DEFAULT_SCHEMA;
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
      throw new InvalidInputError([
        { path: 'schema', rule: 'not-identifier', message: 'a schema is a lower-case SQL identifier (a-z, 0-9, _)' },
      ]);
    }
    const adapter = new SqlEventStoreAdapter(client, { ...options, schema });
    await adapter.migrate();
    return adapter;
  }

  private get t(): Readonly<{ events: string; streams: string; checkpoints: string; logHead: string }> {
    return {
      events: `"${this.schema}".events`,
      streams: `"${this.schema}".streams`,
      checkpoints: `"${this.schema}".checkpoints`,
      logHead: this.logHeadTable,
    };
  }

  private async migrate(): Promise<void> {
    const { events, streams, checkpoints, logHead } = this.t;
    await this.client.transaction(async (tx) => {
      // Concurrent CREATE … IF NOT EXISTS can still collide on the catalog; serialize startups.
      await tx.query('SELECT pg_advisory_xact_lock($1, $2)', [MIGRATION_LOCK_NAMESPACE, schemaKey(this.schema)]);
      await tx.query(`CREATE SCHEMA IF NOT EXISTS "${this.schema}"`);
      await tx.query(`CREATE TABLE IF NOT EXISTS ${streams} (
        stream_id text PRIMARY KEY,
        last_revision integer NOT NULL,
        last_hash text NOT NULL,
        last_position bigint NOT NULL
      )`);
      // data and metadata are json, not jsonb: json keeps the text exactly as written (key
      // order, number spelling, escapes), so reads are byte-exact; it can still be queried.
      await tx.query(`CREATE TABLE IF NOT EXISTS ${events} (
        global_position bigint PRIMARY KEY,
        stream_id text NOT NULL,
        revision integer NOT NULL,
        event_id uuid NOT NULL UNIQUE,
        type text NOT NULL,
        data json NOT NULL,
        metadata json NOT NULL,
        recorded_at timestamptz NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        UNIQUE (stream_id, revision)
      )`);
      await tx.query(`CREATE INDEX IF NOT EXISTS events_recorded_at_idx ON ${events} (recorded_at)`);
      await tx.query(`CREATE TABLE IF NOT EXISTS ${logHead} (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        position bigint NOT NULL
      )`);
      await tx.query(
        `INSERT INTO ${logHead} (position) SELECT coalesce(max(global_position), 0) FROM ${events} ON CONFLICT DO NOTHING`,
      );
      await tx.query(`CREATE TABLE IF NOT EXISTS ${checkpoints} (
        subscription_id text PRIMARY KEY,
        position bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    });
  }

  async append(request: AdapterAppendRequest): Promise<AdapterAppendResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.client.session((session) => this.appendInSession(session, request));
      } catch (error: unknown) {
        // Two appends to different streams with the same caller-given event id pass their
        // stream locks at once; the loser retries and then sees the id as stored.
        if (attempt < 3 && isUniqueViolationOnEventId(error)) continue;
        throw error;
      }
    }
  }

  /**
   * Two round trips: (1) BEGIN, lock the stream row (creating it if new), look up the ids;
   * (2) take the counter, insert, move the tip, NOTIFY, and COMMIT — sent together, so the
   * counter's lock is never held across a round trip to this process. Values are inlined as
   * literals because the simple protocol that allows several statements takes no parameters.
   */
  private async appendInSession(session: SqlSession, request: AdapterAppendRequest): Promise<AdapterAppendResult> {
    const { events, streams, logHead } = this.t;
    const streamId = sqlLiteral(request.streamId);
    const [, , tipRows, storedRows] = await session.script(
      [
        BEGIN,
        `INSERT INTO ${streams} (stream_id, last_revision, last_hash, last_position) VALUES (${streamId}, -1, '', 0)
         ON CONFLICT (stream_id) DO NOTHING`,
        `SELECT last_revision, last_hash, last_position::text AS last_position FROM ${streams}
         WHERE stream_id = ${streamId} FOR UPDATE`,
        ...(request.idsMayBeStored
          ? [`${this.selectEvents()} WHERE event_id IN (${request.eventIds.map((id) => `${sqlLiteral(id)}::uuid`).join(', ')})`]
          : []),
      ].join(';\n'),
    );
    const tipRow = tipRows?.[0];
    if (tipRow === undefined) throw new Error(`the stream row of '${request.streamId}' is missing after its upsert`);
    const decision = request.decide({ tip: tipOf(tipRow), storedWithSameIds: (storedRows ?? []).map(toRecordedEvent) });
    if (decision.kind === 'already-appended') {
      await session.query('ROLLBACK');
      return { alreadyAppended: true, events: decision.events };
    }

    const prepared = decision.events;
    const last = prepared.at(-1);
    if (last === undefined) {
      await session.query('ROLLBACK');
      return { alreadyAppended: false, events: [] };
    }
    const count = sqlInteger(prepared.length);
    const write = `WITH head AS (
        UPDATE ${logHead} SET position = position + ${count} RETURNING position - ${count} AS base
      ), inserted AS (
        INSERT INTO ${events} (global_position, stream_id, revision, event_id, type, data, metadata, recorded_at, prev_hash, hash)
        SELECT head.base + v.ord, v.stream_id, v.revision, v.event_id, v.type, v.data, v.metadata, v.recorded_at, v.prev_hash, v.hash
        FROM head, (VALUES ${prepared.map(eventTuple).join(',\n')})
          AS v (ord, stream_id, revision, event_id, type, data, metadata, recorded_at, prev_hash, hash)
      ), tip AS (
        UPDATE ${streams}
        SET last_revision = ${sqlInteger(last.revision)}, last_hash = ${sqlLiteral(last.hash)},
            last_position = (SELECT base FROM head) + ${count}
        WHERE stream_id = ${streamId}
      )
      SELECT base::text AS base, pg_notify(${sqlLiteral(this.channel)}, (base + ${count})::text) FROM head`;
    const hold = this.options.beforeCommit;
    const [written] = hold ? await session.script(write) : await session.script(`${write};\nCOMMIT`);
    const head = written?.[0];
    if (head === undefined) throw new Error(`${logHead} has no row; the migration did not run`);
    const base = bigintColumn(head, 'base');
    const recorded: RecordedEvent[] = prepared.map((event, i) => ({ ...event, globalPosition: base + BigInt(i + 1) }));
    if (hold) {
      await hold(recorded);
      await session.query('COMMIT');
    }
    return { alreadyAppended: false, events: recorded };
  }

  async readStream(request: AdapterReadStreamRequest): Promise<readonly RecordedEvent[]> {
    const params: SqlParam[] = [request.streamId];
    const where = ['stream_id = $1'];
    const param = (value: SqlParam): string => `$${params.push(value)}`;
    const forwards = request.direction === 'forwards';
    if (request.fromRevision !== undefined) {
      where.push(`revision ${forwards ? '>=' : '<='} ${param(request.fromRevision)}::integer`);
    }
    if (request.toRevision !== undefined) {
      where.push(`revision ${forwards ? '<=' : '>='} ${param(request.toRevision)}::integer`);
    }
    if (request.upToPosition !== undefined) {
      where.push(`global_position <= ${param(request.upToPosition.toString())}::bigint`);
    }
    const limit = request.maxCount === undefined ? '' : ` LIMIT ${param(request.maxCount)}::bigint`;
    const rows = await this.client.query(
      `${this.selectEvents()} WHERE ${where.join(' AND ')} ORDER BY e.revision ${forwards ? 'ASC' : 'DESC'}${limit}`,
      params,
    );
    return rows.map(toRecordedEvent);
  }

  async readAll(request: AdapterReadAllRequest): Promise<readonly RecordedEvent[]> {
    const params: SqlParam[] = [];
    const param = (value: SqlParam): string => `$${params.push(value)}`;
    const where = [`global_position > ${param((request.after ?? 0n).toString())}::bigint`];
    if (request.upTo !== undefined) where.push(`global_position <= ${param(request.upTo.toString())}::bigint`);
    where.push(...filterClauses(request.filter, param));
    const rows = await this.client.query(
      `${this.selectEvents()} WHERE ${where.join(' AND ')} ORDER BY e.global_position LIMIT ${param(request.maxCount)}::bigint`,
      params,
    );
    return rows.map(toRecordedEvent);
  }

  async streamTip(streamId: string): Promise<StreamTip | null> {
    const [row] = await this.client.query(
      `SELECT last_revision, last_hash, last_position::text AS last_position FROM ${this.t.streams} WHERE stream_id = $1`,
      [streamId],
    );
    return row === undefined ? null : tipOf(row);
  }

  async headPosition(): Promise<bigint> {
    const [row] = await this.client.query(`SELECT position::text AS head FROM ${this.t.logHead}`);
    return row === undefined ? 0n : bigintColumn(row, 'head');
  }

  async positionAtTime(time: string): Promise<bigint | null> {
    const [row] = await this.client.query(
      `SELECT max(global_position)::text AS position FROM ${this.t.events} WHERE recorded_at <= $1::timestamptz`,
      [time],
    );
    return row === undefined ? null : nullableBigintColumn(row, 'position');
  }

  async *iterateAll(filter?: AllFilter): AsyncIterable<RecordedEvent> {
    let after = 0n;
    for (;;) {
      const page = await this.readAll({ after, maxCount: PAGE_SIZE, filter });
      yield* page;
      const last = page.at(-1);
      if (last === undefined || page.length < PAGE_SIZE) return;
      after = last.globalPosition;
    }
  }

  async watchAppends(onAppended: () => void): Promise<() => Promise<void>> {
    return this.client.listen(this.channel, onAppended);
  }

  checkpointStore(): CheckpointStore {
    return this.checkpoints;
  }

  async close(): Promise<void> {
    if (this.options.ownsClient ?? true) await this.client.close();
  }

  /** Selects events as `e`; order by `e.` columns, since the output columns are text. */
  private selectEvents(): string {
    return `SELECT global_position::text AS global_position, stream_id, revision, event_id::text AS event_id, type,
      data::text AS data, metadata::text AS metadata,
      to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS recorded_at,
      prev_hash, hash
      FROM ${this.t.events} e`;
  }
}

const filterClauses = (filter: AllFilter | undefined, param: (value: SqlParam) => string): string[] => {
  const clauses: string[] = [];
  if (filter?.streamPrefixes !== undefined) {
    const prefixes = filter.streamPrefixes.map((prefix) => `starts_with(stream_id, ${param(prefix)})`);
    clauses.push(prefixes.length === 0 ? 'false' : `(${prefixes.join(' OR ')})`);
  }
  if (filter?.eventTypes !== undefined) {
    const types = filter.eventTypes.map((type) => param(type));
    clauses.push(types.length === 0 ? 'false' : `type IN (${types.join(', ')})`);
  }
  return clauses;
};

/** One VALUES row for an event; `ord` is its 1-based place in the append (position = counter base + ord). */
const eventTuple = (event: PreparedEvent, index: number): string =>
  `(${sqlInteger(index + 1)}::bigint, ${sqlLiteral(event.streamId)}, ${sqlInteger(event.revision)}::integer, ` +
  `${sqlLiteral(event.id)}::uuid, ${sqlLiteral(event.type)}, ${sqlLiteral(JSON.stringify(event.data))}::json, ` +
  `${sqlLiteral(JSON.stringify(event.metadata))}::json, ${sqlLiteral(event.recordedAt)}::timestamptz, ` +
  `${sqlLiteral(event.prevHash)}, ${sqlLiteral(event.hash)})`;

const tipOf = (row: SqlRow): StreamTip | null => {
  const revision = intColumn(row, 'last_revision');
  if (revision < 0) return null;
  return { revision, hash: textColumn(row, 'last_hash'), globalPosition: bigintColumn(row, 'last_position') };
};

const toRecordedEvent = (row: SqlRow): RecordedEvent => {
  const id = textColumn(row, 'event_id');
  const event: PreparedEvent = {
    id,
    streamId: textColumn(row, 'stream_id'),
    revision: intColumn(row, 'revision'),
    type: textColumn(row, 'type'),
    data: parseJson(textColumn(row, 'data')),
    metadata: parseEventMetadata(textColumn(row, 'metadata'), id),
    recordedAt: textColumn(row, 'recorded_at'),
    prevHash: textColumn(row, 'prev_hash'),
    hash: textColumn(row, 'hash'),
  };
  return { ...event, globalPosition: bigintColumn(row, 'global_position') };
};

const isUniqueViolationOnEventId = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  error.code === '23505' &&
  'constraint' in error &&
  typeof error.constraint === 'string' &&
  error.constraint.includes('event_id');
