import { createHash } from 'node:crypto';
import type { AllFilter, CheckpointStore, PreparedEvent, RecordedEvent, StreamTip } from '../event-store.port';
import type {
  AdapterAppendRequest,
  AdapterAppendResult,
  AdapterReadAllRequest,
  AdapterReadStreamRequest,
  AppendState,
  EventStoreAdapter,
  EventTexts,
} from '../event-store.adapter';
import { AdapterFailureError, InvalidInputError } from '../event-store.errors';
import * as json from '../json.util';
import { BEGIN, integerArrayLiteral, textArrayLiteral, type PlannerSettings, type SqlArrayRow, type SqlClient, type SqlParam, type SqlRow } from './sql-client';
import * as sqlRow from './sql-row.util';
import { SqlCheckpointStore } from './sql-checkpoint-store';
import { SqlLogLedger } from './sql-log-ledger';
import { GroupCommit, type GroupedAppend } from './group-commit';
import * as storedData from '../stored-data.util';

// Read once when the module loads. Run from per-file CommonJS (tsx runs the benches and the CLI
// so), every use of a named import is a call through two export getters; these are used for
// every column of every event read (see the note in libs/scoring/src/decimal/rational.ts).
const { parseEventMetadata, parseJson } = json;
const { keepStoredData } = storedData;
const { bigintColumn, bigintOf, intAt, intColumn, nullableBigintColumn, textAt, textColumn } = sqlRow;

export const DEFAULT_SCHEMA = 'kaoping';

/** First key of the advisory lock that serializes migrations ('KP'); the second is derived from the schema. */
const MIGRATION_LOCK_NAMESPACE = 0x4b50;
/** First key of the advisory lock held while an append takes its transaction id and positions ('KQ'). */
const POSITION_LOCK_NAMESPACE = 0x4b51;
/**
 * First key of the shared advisory lock an append holds from before it has a transaction id
 * until it ends ('KR'): it tells the stable head which running transactions write this store.
 */
const APPENDING_LOCK_NAMESPACE = 0x4b52;
const PAGE_SIZE = 500;
/** At most one NOTIFY of appends every this many milliseconds (subscriptions elsewhere also poll). */
const NOTIFY_INTERVAL_MS = 20;
/**
 * The NOTIFY of appends, in a transaction of its own that commits without waiting for its WAL
 * flush (`synchronous_commit` off for it alone): it writes no data, only wakes listeners, which
 * PostgreSQL does at commit whether flushed or not. Flushed, it was one more flush per interval,
 * which sequential appends waited behind (and the notify lock held through it).
 */
const NOTIFY_SQL = `SELECT set_config('synchronous_commit', 'off', true), pg_notify($1, $2)`;

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

/** How many stream tips an adapter remembers from its own appends and reads (oldest forgotten first). */
const TIP_CACHE_SIZE = 20_000;
/** Attempts of an append that keeps meeting concurrent appends to its stream before giving up. */
const MAX_APPEND_ATTEMPTS = 50;

/** The tip an append was decided on; `null` is "the stream does not exist". */
type KnownTip = StreamTip | null;

/** An append as the group commit carries it: the tip it was decided on and its events. */
type PendingWrite = Readonly<{ tip: KnownTip; events: readonly PreparedEvent[]; texts: readonly EventTexts[] }>;

/**
 * Groups of appends written at the same time by one adapter. With more, a group is smaller;
 * with one, an append held up (a row lock of another process's append) would hold up all.
 */
const GROUPS_RUNNING = 2;
/** Bounds of one group: appends, and events (kept well below what one statement should carry). */
const GROUP_MAX_APPENDS = 64;
const GROUP_MAX_EVENTS = 2_000;

/**
 * The event store on PostgreSQL, shared by the server adapter (pg pool) and the embedded one
 * (PGlite). All tables live in one schema.
 *
 * **Global order without a global lock.** An append is written by one call of the schema's
 * `append_events` function, one statement in its own transaction, together with the appends of
 * this process that arrived while earlier ones were being written ({@link GroupCommit}: one
 * transaction, one WAL flush for the group; each append still decided on its own). It first reserves its global
 * positions: under a session advisory lock held for microseconds (released before any row is
 * written, never across a round trip), it takes its transaction id (`pg_current_xact_id()`,
 * assigned right there, since it is the transaction's first write) and the next positions of a
 * sequence. So among appends, positions grow with transaction ids. Each event row keeps its
 * writer's transaction id (`tx_id`). The appends then write their rows and commit in parallel,
 * in any order.
 *
 * A reader that must not skip anything (a catch-up subscription, a rebuild) reads only up to
 * the **stable head**: the highest position written by a transaction older than every running
 * one (`tx_id < pg_snapshot_xmin(pg_current_snapshot())`). Every transaction still running has
 * a larger id, hence (reserved later) larger positions; so every position at or below the
 * stable head is final: committed and visible, or never to exist (a rolled-back or refused
 * append leaves a gap in the numbering, which is harmless). A subscription reading
 * `position > checkpoint AND position <= stable head` therefore never skips an event that
 * commits later, unlike with a bare sequence, where a transaction holding position 5 can commit
 * after one holding 6 was read. The one-row counter locked until COMMIT that this replaces
 * made every append wait for the previous one's commit.
 *
 * **Per stream.** `append_events` moves the stream's tip (`streams` table) only if it is still
 * the tip the events were prepared against (revision and hash); otherwise it writes nothing and
 * answers NULL, and the append is decided again against the tip as stored. The adapter
 * remembers the tips it wrote or read, so an append to a stream it knows is one round trip;
 * an unknown stream costs one read more. Revisions and hashes are computed above, in
 * {@link EventStore}, identically for every adapter.
 */
export class SqlEventStoreAdapter implements EventStoreAdapter {
  readonly kind: 'embedded' | 'postgres';
  readonly schema: string;
  /** The schema's append function (`"schema".append_events`), e.g. to spot it in `pg_stat_activity`. */
  readonly appendFunction: string;
  private readonly channel: string;
  private readonly checkpoints: SqlCheckpointStore;
  readonly ledger: SqlLogLedger;
  private readonly tips = new Map<string, KnownTip>();
  private readonly group: GroupCommit<PendingWrite>;
  private readonly localWatchers = new Set<() => void>();
  /** A NOTIFY is being sent / another one is owed for appends made meanwhile. */
  private notifying = false;
  private notifyOwed = false;
  private lastNotifyAt = 0;
  /** The pause before the next NOTIFY, cut short by `close()`. */
  private notifyWait: Readonly<{ timer: ReturnType<typeof setTimeout>; resolve: () => void }> | undefined;
  private closing = false;
  /** The stable-head read running, and the one that starts after it for the callers that asked meanwhile. */
  private headRead: Promise<bigint> | undefined;
  private headNext: Promise<bigint> | undefined;
  /** The whole-stream read, in the columns {@link streamEventOf} reads. */
  private readonly readStreamSql: string;
  /** The same from a revision on (see {@link readStreamSinceSql}). */
  private readonly readStreamSinceSql: string;
  /** A page of the log (see {@link readPageSql}). */
  private readonly readPageSql: string;

  private constructor(
    private readonly client: SqlClient,
    private readonly options: SqlEventStoreAdapterOptions,
  ) {
    this.kind = options.kind;
    this.schema = options.schema ?? DEFAULT_SCHEMA;
    this.appendFunction = `"${this.schema}".append_events`;
    this.readStreamSql = readStreamSql(this.t.events);
    this.readStreamSinceSql = readStreamSinceSql(this.t.events);
    this.readPageSql = readPageSql(this.t.events);
    this.channel = `kaoping_appended_${createHash('sha256').update(this.schema).digest('hex').slice(0, 16)}`;
    this.checkpoints = new SqlCheckpointStore(client, this.schema);
    this.ledger = new SqlLogLedger(client, this.schema);
    this.group = new GroupCommit<PendingWrite>({
      commit: (group) => this.commitGroup(group),
      maxRunning: GROUPS_RUNNING,
      maxAppends: GROUP_MAX_APPENDS,
      maxEvents: GROUP_MAX_EVENTS,
      retryAlone: rolledBackByConflict,
    });
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

  private get t(): Readonly<{ events: string; streams: string; checkpoints: string; positions: string }> {
    return {
      events: `"${this.schema}".events`,
      streams: `"${this.schema}".streams`,
      checkpoints: `"${this.schema}".checkpoints`,
      positions: `"${this.schema}".global_position_seq`,
    };
  }

  private async migrate(): Promise<void> {
    const { events, streams, checkpoints, positions } = this.t;
    const lockKey = schemaKey(this.schema);
    await this.client.transaction(async (tx) => {
      // Concurrent CREATE … IF NOT EXISTS can still collide on the catalog; serialize startups.
      await tx.query('SELECT pg_advisory_xact_lock($1, $2)', [MIGRATION_LOCK_NAMESPACE, lockKey]);
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
      // Stores created before the watermark: their rows were all committed long ago (id 0).
      await tx.query(`ALTER TABLE ${events} ADD COLUMN IF NOT EXISTS tx_id xid8 NOT NULL DEFAULT '0'::xid8`);
      await tx.query(`CREATE INDEX IF NOT EXISTS events_recorded_at_idx ON ${events} (recorded_at)`);
      await tx.query(`CREATE SEQUENCE IF NOT EXISTS ${positions} AS bigint MINVALUE 1`);
      await tx.query(
        `SELECT setval('${positions}', m) FROM (SELECT max(global_position) AS m FROM ${events}) t
         WHERE m IS NOT NULL AND m > (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM ${positions})`,
      );
      await tx.query(`DROP TABLE IF EXISTS "${this.schema}".log_head`);
      await tx.query(`CREATE TABLE IF NOT EXISTS ${checkpoints} (
        subscription_id text PRIMARY KEY,
        position bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
      for (const statement of SqlLogLedger.migrations(this.schema)) await tx.query(statement);
      await tx.query(appendFunctionSql({ ...this.t, fn: this.appendFunction, lockKey }));
      // The read function of stores made before 2026-12-04 (see readAll).
      await tx.query(`DROP FUNCTION IF EXISTS "${this.schema}".read_filtered(bigint, bigint, text[], text[], bigint)`);
    });
  }

  /**
   * Decides the append on the tip this adapter remembers (or, for 'no_stream', on "new"), and
   * writes it in one call; when the stored tip turns out to differ (another process wrote, or
   * the ids were stored before), reads the tip and the ids and decides again.
   */
  async append(request: AdapterAppendRequest): Promise<AdapterAppendResult> {
    const guess = this.guessTip(request);
    if (guess !== undefined) {
      const decided = attempt(() => request.decide({ tip: guess, storedWithSameIds: [] }));
      // A guess may be stale: its verdict (a conflict) only counts once checked against the store.
      if (decided !== undefined && decided.kind === 'write') {
        const written = await this.write(request.streamId, guess, decided.events, decided.texts).catch((error: unknown) => {
          if (isUniqueViolationOnEventId(error)) return null;
          throw error;
        });
        if (written !== null) return { alreadyAppended: false, events: written };
      }
    }
    for (let attemptNo = 1; ; attemptNo++) {
      const state = await this.readAppendState(request);
      const decision = request.decide(state);
      if (decision.kind === 'already-appended') return { alreadyAppended: true, events: decision.events };
      const written = await this.write(request.streamId, state.tip, decision.events, decision.texts).catch((error: unknown) => {
        // Two appends to different streams with the same caller-given id: the loser decides again.
        if (isUniqueViolationOnEventId(error) && attemptNo < MAX_APPEND_ATTEMPTS) return null;
        throw error;
      });
      if (written !== null) return { alreadyAppended: false, events: written };
      if (attemptNo >= MAX_APPEND_ATTEMPTS) {
        throw new AdapterFailureError(`the append to '${request.streamId}' kept meeting concurrent appends`, {
          streamId: request.streamId,
        });
      }
    }
  }

  private guessTip(request: AdapterAppendRequest): KnownTip | undefined {
    const known = this.tips.get(request.streamId);
    if (known !== undefined) return known;
    return request.expectedRevision === 'no_stream' ? null : undefined;
  }

  private remember(streamId: string, tip: KnownTip): void {
    this.tips.delete(streamId);
    this.tips.set(streamId, tip);
    if (this.tips.size > TIP_CACHE_SIZE) {
      const oldest = this.tips.keys().next();
      if (oldest.done !== true) this.tips.delete(oldest.value);
    }
  }

  private async readAppendState(request: AdapterAppendRequest): Promise<AppendState> {
    const [tipRows, storedRows] = await Promise.all([
      this.client.preparedQuery(
        `${this.schema}.tip`,
        `SELECT last_revision, last_hash, last_position::text AS last_position FROM ${this.t.streams} WHERE stream_id = $1`,
        [request.streamId],
      ),
      request.idsMayBeStored
        ? this.client.query(`${this.selectEvents()} WHERE event_id = ANY($1::uuid[])`, [request.eventIds])
        : Promise.resolve([]),
    ]);
    const tipRow = tipRows[0];
    const tip = tipRow === undefined ? null : tipOf(tipRow);
    this.remember(request.streamId, tip);
    return { tip, storedWithSameIds: storedRows.map(toRecordedEvent) };
  }

  /**
   * Writes `prepared` if the stream's tip is still `tip`; null (nothing written) otherwise.
   * Goes with the next group of appends of this process (see {@link GroupCommit}).
   */
  private async write(
    streamId: string,
    tip: KnownTip,
    prepared: readonly PreparedEvent[],
    texts: readonly EventTexts[],
  ): Promise<RecordedEvent[] | null> {
    if (prepared.length === 0) return [];
    const base = await this.group.write({ streamId, size: prepared.length, request: { tip, events: prepared, texts } });
    if (base === null) {
      this.tips.delete(streamId);
      return null;
    }
    // One bigint addition per event (`base + BigInt(i)` made a bigint of i and added it).
    const recorded = new Array<RecordedEvent>(prepared.length);
    let position = base;
    for (let i = 0; i < prepared.length; i++, position++) {
      const event = prepared[i];
      if (event !== undefined) recorded[i] = withPosition(event, position);
    }
    const last = recorded[recorded.length - 1];
    if (last !== undefined) this.remember(streamId, { revision: last.revision, hash: last.hash, globalPosition: last.globalPosition });
    this.announceAppend();
    return recorded;
  }

  /**
   * Writes a group of appends in one call of the append function: one statement in its own
   * transaction, unless the test seam holds the transaction open. Answers each append's first
   * position, or null where its tip moved.
   */
  private async commitGroup(group: readonly GroupedAppend<PendingWrite>[]): Promise<readonly (bigint | null)[]> {
    const sql = `SELECT array_to_string(${this.appendFunction}($1::text[], $2::integer[], $3::text[], $4::timestamptz[], $5::integer[], $6::uuid[], $7::text[], $8::json, $9::json, $10::text[]), ',', '') AS firsts`;
    const params: SqlParam[] = appendParams(group);
    const hold = this.options.beforeCommit;
    if (hold === undefined) return firstsOf((await this.client.preparedArrayQuery(`${this.schema}.append`, sql, params))[0]?.[0], group.length);
    return this.client.session(async (session) => {
      await session.query(BEGIN);
      const firsts = firstsOf((await session.query(sql, params))[0]?.['firsts'], group.length);
      const written = group.flatMap((append, i) => {
        const base = firsts[i];
        return base === null || base === undefined
          ? []
          : append.request.events.map((event, j) => withPosition(event, base + BigInt(j)));
      });
      if (written.length > 0) await hold(written);
      await session.query('COMMIT');
      return firsts;
    });
  }

  /**
   * Wakes this process's subscriptions at once, and the other processes' with a NOTIFY sent
   * after the commit, coalesced: at most one in flight, and at most one every
   * {@link NOTIFY_INTERVAL_MS} (a later one is sent at the end of the interval, so the last append
   * is always announced). NOTIFY is kept out of the append's transaction on purpose: PostgreSQL
   * serializes the commits of all notifying transactions of a database (a lock held through the
   * WAL flush), which would undo parallel commits. Sent for every append, it was a second
   * statement (and transaction) per sequential append. Its own transaction commits without
   * waiting for the WAL flush (see {@link NOTIFY_SQL}).
   */
  private announceAppend(): void {
    for (const watcher of this.localWatchers) watcher();
    this.notifyOwed = true;
    if (this.notifying) return;
    this.notifying = true;
    void this.sendNotifications();
  }

  private async sendNotifications(): Promise<void> {
    while (this.notifyOwed && !this.closing) {
      const wait = this.lastNotifyAt + NOTIFY_INTERVAL_MS - Date.now();
      if (wait > 0) {
        await new Promise<void>((resolve) => {
          this.notifyWait = { timer: setTimeout(resolve, wait), resolve };
        });
        this.notifyWait = undefined;
      }
      this.notifyOwed = false;
      this.lastNotifyAt = Date.now();
      await this.notify();
    }
    this.notifying = false;
  }

  private async notify(): Promise<void> {
    await this.client.preparedQuery(`${this.schema}.notify`, NOTIFY_SQL, [this.channel, 'appended']).catch(() => undefined);
  }

  async readStream(request: AdapterReadStreamRequest): Promise<readonly RecordedEvent[]> {
    const forwards = request.direction === 'forwards';
    if (forwards && request.toRevision === undefined && request.upToPosition === undefined && request.maxCount === undefined) {
      return request.fromRevision === undefined
        ? this.readPrepared('read_stream', this.readStreamSql, request.streamId, [null])
        : this.readPrepared('read_stream_since', this.readStreamSinceSql, request.streamId, [request.fromRevision, null]);
    }
    const params: SqlParam[] = [request.streamId];
    const where = ['stream_id = $1'];
    const param = (value: SqlParam): string => `$${params.push(value)}`;
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
    const sql = `${this.selectEvents()} WHERE ${where.join(' AND ')} ORDER BY e.revision ${forwards ? 'ASC' : 'DESC'}${limit}`;
    return (await this.client.query(sql, params)).map(toRecordedEvent);
  }

  /**
   * The two plain forward reads of a stream: whole (every aggregate load) and since a revision
   * (what a kept fold or the cached cycle has not seen: every command reads its stream's and the
   * cycle's, most often nothing). Kept prepared, its rows read as arrays, without the stream id (the
   * one asked for). The read since a revision was parsed and planned at every command: 100 µs of
   * the server's CPU for an empty answer against 30 prepared (2026-12-05, 1,000 reads alternating).
   * Two statements, not one with `revision >= 0` for the whole stream: that one read bench:eventstore's
   * D 15 % slower (six runs alternating, medians).
   */
  private async readPrepared(name: string, sql: string, streamId: string, rest: readonly SqlParam[]): Promise<readonly RecordedEvent[]> {
    const rows = await this.client.preparedArrayQuery(`${this.schema}.${name}`, sql, [streamId, ...rest]);
    const events = new Array<RecordedEvent>(rows.length);
    for (let i = 0; i < rows.length; i++) events[i] = streamEventOf(rows[i] ?? [], streamId);
    return events;
  }

  /**
   * A page of the log. The planner guesses how many rows of the range match a filter. Without
   * fresh statistics (an embedded store never has autovacuum; a server may not have run it since
   * a bulk load) it guesses few, and sorts every matching row of the range for each page (113 ms
   * against 0.6 ms for a page of 1,000 at 70k events ahead; a rebuild of 1.3 million events
   * 113-124 s against 39-46 s). Walking the position index in order and stopping at `maxCount` is
   * never much worse, so it is the plan, whatever the statistics say: sorting and bitmap scans are
   * off for this statement ({@link LOG_PAGE_PLAN}), set in the same round trip.
   *
   * A function with those settings (SET clauses) did the same until 2026-12-04, but PostgreSQL
   * cannot inline such a function: it ran apart and handed its rows over in a tuplestore, a copy
   * of each row (a read of the 1.3 million events page by page: 7.3 s of the server against 1.2 s
   * for the statement itself).
   *
   * Its rows come as arrays, in the columns of a stream's read and the stream id after them: a
   * rebuild reads the whole log through here, and an object per row with a parser looked up for
   * each of its columns cost more than reading the event out of it.
   */
  async readAll(request: AdapterReadAllRequest): Promise<readonly RecordedEvent[]> {
    const after = (request.after ?? 0n).toString();
    const upTo = (request.upTo ?? MAX_POSITION).toString();
    const streamPrefixes = request.filter?.streamPrefixes;
    const rows = await this.client.preparedArrayQuery(
      `${this.schema}.log_page`,
      this.readPageSql,
      [after, upTo, streamPrefixes === undefined ? null : streamPrefixes.map(likePrefix), request.filter?.eventTypes ?? null, request.maxCount],
      LOG_PAGE_PLAN,
    );
    const events = new Array<RecordedEvent>(rows.length);
    // Each event keeps its data's text as stored: a rebuild writes it into the audit trail as it came.
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] ?? [];
      events[i] = keepStoredData(streamEventOf(row, textAt(row, STREAM_EVENT_COLUMN_COUNT, 'stream_id')), textAt(row, 4, 'data'));
    }
    return events;
  }

  async streamTip(streamId: string): Promise<StreamTip | null> {
    const [row] = await this.client.query(
      `SELECT last_revision, last_hash, last_position::text AS last_position FROM ${this.t.streams} WHERE stream_id = $1`,
      [streamId],
    );
    return row === undefined ? null : tipOf(row);
  }

  /**
   * The stable head: the highest position written by a transaction older than every running
   * append to this store. Everything at or below it is final (see the class comment); an append
   * acknowledged a moment ago may lie above it until the appends older than it end.
   *
   * Only appends to this store hold it back, not every transaction of the cluster (other
   * schemas, other databases, a long report): a running transaction of the snapshot is passed
   * over when one scan of the lock table shows it alive (its own transaction-id lock) and not
   * holding this store's appending lock, which an append takes before it has an id and keeps
   * until it ends. Such a transaction reserves any positions after the scan, hence after the
   * snapshot, hence above every position the snapshot sees. A transaction the scan no longer
   * shows may have committed positions the snapshot does not see: it holds the head back.
   * At commit PostgreSQL frees the transaction-id lock before advisory locks, and both live in
   * the main lock table (never fast-path), which the scan reads at one instant.
   */
  headPosition(): Promise<bigint> {
    // The process's subscriptions all wake on the same append and ask at once: they share one
    // scan of the lock table. Each caller gets a read that began after it asked (one already
    // running may have missed the append that woke it): callers that arrive while a read runs
    // share the next one.
    if (this.headNext !== undefined) return this.headNext;
    if (this.headRead === undefined) return this.startHeadRead();
    this.headNext = this.headRead.then(
      () => this.startHeadRead(),
      () => this.startHeadRead(),
    );
    return this.headNext;
  }

  private startHeadRead(): Promise<bigint> {
    this.headNext = undefined;
    const read = this.readHeadPosition().finally(() => {
      if (this.headRead === read) this.headRead = undefined;
    });
    this.headRead = read;
    return read;
  }

  // The newest row below the bound, found from the end of the position index (the bound as one
  // value, so the planner walks the index back and stops at the first row under it): a max() over
  // a join with the bound read every row of the log (2 s at 1.3 million events, at every wake-up).
  private async readHeadPosition(): Promise<bigint> {
    const [row] = await this.client.preparedQuery(
      `${this.schema}.stable_head`,
      `WITH snap AS (SELECT pg_current_snapshot() AS s),
       locks AS MATERIALIZED (
         SELECT locktype, mode, granted, transactionid::text AS xid, virtualtransaction, classid, objid, objsubid FROM pg_locks
       ),
       alive_elsewhere AS (
         SELECT t.xid FROM locks t
         WHERE t.locktype = 'transactionid' AND t.mode = 'ExclusiveLock' AND t.granted
           AND NOT EXISTS (
             SELECT 1 FROM locks a
             WHERE a.locktype = 'advisory' AND a.virtualtransaction = t.virtualtransaction
               AND a.classid = ${APPENDING_LOCK_NAMESPACE} AND a.objid = ${schemaKey(this.schema) >>> 0} AND a.objsubid = 2
           )
       ),
       bound AS (
         SELECT coalesce(min(x), (SELECT pg_snapshot_xmax(s) FROM snap)) AS b
         FROM snap, pg_snapshot_xip(snap.s) AS x
         WHERE ((x::text::numeric % 4294967296)::text) NOT IN (SELECT xid FROM alive_elsewhere)
       )
       SELECT coalesce((SELECT global_position FROM ${this.t.events} WHERE tx_id < (SELECT b FROM bound) ORDER BY global_position DESC LIMIT 1), 0)::text AS head`,
      [],
    );
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
    this.localWatchers.add(onAppended);
    const unlisten = await this.client.listen(this.channel, onAppended);
    return async () => {
      this.localWatchers.delete(onAppended);
      await unlisten();
    };
  }

  checkpointStore(): CheckpointStore {
    return this.checkpoints;
  }

  async close(): Promise<void> {
    // An append announced but not yet notified is notified now, before the client closes.
    const owed = this.notifyOwed;
    this.closing = true;
    if (this.notifyWait !== undefined) {
      clearTimeout(this.notifyWait.timer);
      this.notifyWait.resolve();
    }
    if (owed) await this.notify();
    if (this.options.ownsClient ?? true) await this.client.close();
  }

  /** Selects events as `e`; order by `e.` columns, since the output columns are text. */
  private selectEvents(): string {
    return `SELECT global_position::text AS global_position, stream_id, revision, event_id::text AS event_id, type,
      data::text AS data, metadata::text AS metadata,
      ${RECORDED_AT_TEXT} AS recorded_at,
      prev_hash, hash
      FROM ${this.t.events} e`;
  }
}

const attempt = <T>(work: () => T): T | undefined => {
  try {
    return work();
  } catch {
    return undefined;
  }
};

/**
 * The append function of a schema (see {@link SqlEventStoreAdapter}), for a group of appends to
 * distinct streams written in one transaction: reserves the group's positions in transaction-id
 * order, then, append by append, moves the stream's tip if it is still `p_revisions[i]`/`p_hashes[i]`
 * (-1: the stream must not exist), and inserts the events of the appends whose tip was moved,
 * with their chain (each event's previous hash is the one before it in `p_event_hashes`, or, for
 * the first of an append, its tip's). Events are given flat, in append order, `p_owners` naming each one's append;
 * their data and metadata as two JSON arrays of the texts as stored (no escaping, one parse).
 * Answers, per append, its first position, or NULL (nothing written for it) when its tip moved.
 */
const appendFunctionSql = (
  t: Readonly<{ fn: string; events: string; streams: string; positions: string; lockKey: number }>,
): string => `CREATE OR REPLACE FUNCTION ${t.fn}(
    p_streams text[], p_revisions integer[], p_hashes text[], p_recorded_at timestamptz[],
    p_owners integer[], p_ids uuid[], p_types text[], p_data json, p_metadata json, p_event_hashes text[]
  ) RETURNS bigint[] LANGUAGE plpgsql AS $fn$
  DECLARE
    n integer := cardinality(p_ids);
    x xid8;
    first bigint;
    firsts bigint[] := '{}';
    starts integer[] := '{}';
    e integer := 1;
    k integer;
  BEGIN
    IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
      RAISE EXCEPTION 'append_events must be the first write of its transaction';
    END IF;
    -- Marks this transaction as a writer of this store before it has an id (see stable_head).
    PERFORM pg_advisory_xact_lock_shared(${APPENDING_LOCK_NAMESPACE}, ${t.lockKey});
    -- Transaction id and positions together, so that positions grow with transaction ids.
    PERFORM pg_advisory_lock(${POSITION_LOCK_NAMESPACE}, ${t.lockKey});
    BEGIN
      x := pg_current_xact_id();
      first := nextval('${t.positions}');
      IF n > 1 THEN PERFORM setval('${t.positions}', first + n - 1); END IF;
    EXCEPTION WHEN OTHERS THEN
      PERFORM pg_advisory_unlock(${POSITION_LOCK_NAMESPACE}, ${t.lockKey});
      RAISE;
    END;
    PERFORM pg_advisory_unlock(${POSITION_LOCK_NAMESPACE}, ${t.lockKey});
    FOR i IN 1 .. cardinality(p_streams) LOOP
      -- Its events: from e up to the first event of the next append (one expression, not a loop per event).
      k := coalesce(array_position(p_owners, i + 1, e), n + 1) - e;
      IF p_revisions[i] < 0 THEN
        INSERT INTO ${t.streams} (stream_id, last_revision, last_hash, last_position)
        VALUES (p_streams[i], k - 1, p_event_hashes[e + k - 1], first + e + k - 2) ON CONFLICT (stream_id) DO NOTHING;
      ELSE
        UPDATE ${t.streams} SET last_revision = p_revisions[i] + k, last_hash = p_event_hashes[e + k - 1], last_position = first + e + k - 2
        WHERE stream_id = p_streams[i] AND last_revision = p_revisions[i] AND last_hash = p_hashes[i];
      END IF;
      firsts[i] := CASE WHEN FOUND THEN first + e - 1 END;
      starts[i] := e;
      e := e + k;
    END LOOP;
    INSERT INTO ${t.events} (global_position, stream_id, revision, event_id, type, data, metadata, recorded_at, prev_hash, hash, tx_id)
    SELECT first + u.ord - 1, p_streams[u.owner], p_revisions[u.owner] + (u.ord - starts[u.owner] + 1)::integer, u.id, u.type,
           u.data, u.metadata, p_recorded_at[u.owner],
           CASE WHEN u.ord = starts[u.owner] THEN CASE WHEN p_revisions[u.owner] < 0 THEN '${'0'.repeat(64)}' ELSE p_hashes[u.owner] END
                ELSE p_event_hashes[u.ord - 1] END,
           u.hash, x
    FROM ROWS FROM (unnest(p_owners, p_ids, p_types, p_event_hashes), json_array_elements(p_data), json_array_elements(p_metadata))
      WITH ORDINALITY AS u (owner, id, type, hash, data, metadata, ord)
    WHERE firsts[u.owner] IS NOT NULL;
    RETURN firsts;
  END
  $fn$`;

/** An event's recorded time as text, the way JavaScript's toISOString writes it (UTC, milliseconds, Z). */
const RECORDED_AT_TEXT = `to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The columns {@link streamEventOf} reads, in its order, as a stream's read and a page of the log
 * select them (the page has the stream id after them): texts but the revision.
 */
const STREAM_EVENT_COLUMNS = ['global_position::text', 'revision', 'event_id::text', 'type', 'data::text', 'metadata::text', RECORDED_AT_TEXT, 'prev_hash', 'hash'];
const STREAM_EVENT_SELECT = STREAM_EVENT_COLUMNS.join(', ');
/** Where a page of the log has the stream id: after the event's columns. */
const STREAM_EVENT_COLUMN_COUNT = STREAM_EVENT_COLUMNS.length;

/** The highest position there can be (bigint's largest value): what a position given from outside may be at most. */
export const MAX_POSITION = 9_223_372_036_854_775_807n;

/** A LIKE pattern that matches the texts starting with `prefix` (its `\`, `%` and `_` taken as they are). */
const likePrefix = (prefix: string): string => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** How the planner must plan {@link readPageSql}: walk the position index in order (see readAll). */
const LOG_PAGE_PLAN: PlannerSettings = { enable_sort: 'off', enable_bitmapscan: 'off' };

/**
 * A page of the log: events after `$1` and at most `$2` whose stream matches one of `$3` (LIKE
 * patterns, see likePrefix) and whose type is one of `$4` (NULL: any), in log order, at most `$5`;
 * the columns {@link streamEventOf} reads, then the stream id.
 */
const readPageSql = (events: string): string => `SELECT ${STREAM_EVENT_SELECT}, stream_id
    FROM ${events} e
    WHERE e.global_position > $1::bigint AND e.global_position <= $2::bigint
      AND ($3::text[] IS NULL OR e.stream_id LIKE ANY ($3::text[]))
      AND ($4::text[] IS NULL OR e.type = ANY ($4::text[]))
    ORDER BY e.global_position
    LIMIT $5::bigint`;

/**
 * The parameters of the append function (see {@link appendFunctionSql}) for `group`: its arrays
 * written as array literals in one pass over the events (no array per column to build and hand
 * to pg, which would quote each element with two regular expressions).
 */
const appendParams = (group: readonly GroupedAppend<PendingWrite>[]): SqlParam[] => {
  const streams: string[] = [];
  const revisions: number[] = [];
  const hashes: string[] = [];
  const recordedAts: string[] = [];
  const owners: number[] = [];
  const ids: string[] = [];
  const types: string[] = [];
  const eventHashes: string[] = [];
  let data = '[';
  let metadata = '[';
  for (let i = 0; i < group.length; i++) {
    const append = group[i];
    if (append === undefined) continue;
    const { tip, events, texts } = append.request;
    const first = events[0];
    if (first === undefined) throw new AdapterFailureError('an append without events reached the append function', { streamId: append.streamId });
    streams.push(append.streamId);
    revisions.push(tip === null ? -1 : tip.revision);
    hashes.push(tip === null ? '' : tip.hash);
    recordedAts.push(first.recordedAt);
    for (let j = 0; j < events.length; j++) {
      const event = events[j];
      const text = texts[j];
      if (event === undefined || text === undefined) continue;
      owners.push(i + 1);
      ids.push(event.id);
      types.push(event.type);
      eventHashes.push(event.hash);
      if (data.length > 1) {
        data += ',';
        metadata += ',';
      }
      data += text.data;
      metadata += text.metadata;
    }
  }
  return [
    textArrayLiteral(streams),
    integerArrayLiteral(revisions),
    textArrayLiteral(hashes),
    textArrayLiteral(recordedAts),
    integerArrayLiteral(owners),
    textArrayLiteral(ids),
    textArrayLiteral(types),
    `${data}]`,
    `${metadata}]`,
    textArrayLiteral(eventHashes),
  ];
};

/** The event as recorded at `globalPosition` (written out, not spread: once per event appended). */
const withPosition = (event: PreparedEvent, globalPosition: bigint): RecordedEvent => ({
  id: event.id,
  streamId: event.streamId,
  type: event.type,
  data: event.data,
  metadata: event.metadata,
  revision: event.revision,
  globalPosition,
  recordedAt: event.recordedAt,
  prevHash: event.prevHash,
  hash: event.hash,
});

const tipOf = (row: SqlRow): StreamTip | null => {
  const revision = intColumn(row, 'last_revision');
  if (revision < 0) return null;
  return { revision, hash: textColumn(row, 'last_hash'), globalPosition: bigintColumn(row, 'last_position') };
};

/**
 * A stream's events, whole, in order: the columns of an event but its stream id, as arrays.
 * `LIMIT $2` is given NULL (no limit). A limit it cannot see makes the planner expect a tenth of
 * the rows, so the generic plan the prepared statement settles on walks the (stream_id, revision)
 * index in order. Without it PostgreSQL bitmap-scans the stream's rows and sorts them, with or
 * without statistics (a stream's rows are scattered over the table): ~10 % more server CPU for a
 * read of 20 events (backend CPU time, alternating: ~40 against ~36 µs).
 */
const readStreamSql = (events: string): string => `SELECT ${STREAM_EVENT_SELECT}
    FROM ${events} WHERE stream_id = $1 ORDER BY revision LIMIT $2`;

/** The same from revision `$2` on (`LIMIT $3`, NULL, for the same reason). */
const readStreamSinceSql = (events: string): string => `SELECT ${STREAM_EVENT_SELECT}
    FROM ${events} WHERE stream_id = $1 AND revision >= $2::integer ORDER BY revision LIMIT $3`;

/** A row of {@link readStreamSql} (or of {@link readPageSql}) as an event of `streamId`. */
const streamEventOf = (row: SqlArrayRow, streamId: string): RecordedEvent => {
  const id = textAt(row, 2, 'event_id');
  return {
    id,
    streamId,
    revision: intAt(row, 1, 'revision'),
    type: textAt(row, 3, 'type'),
    data: parseJson(textAt(row, 4, 'data')),
    metadata: parseEventMetadata(textAt(row, 5, 'metadata'), id),
    recordedAt: textAt(row, 6, 'recorded_at'),
    prevHash: textAt(row, 7, 'prev_hash'),
    hash: textAt(row, 8, 'hash'),
    globalPosition: bigintOf(textAt(row, 0, 'global_position')),
  };
};

const toRecordedEvent = (row: SqlRow): RecordedEvent => {
  const id = textColumn(row, 'event_id');
  return {
    id,
    streamId: textColumn(row, 'stream_id'),
    revision: intColumn(row, 'revision'),
    type: textColumn(row, 'type'),
    data: parseJson(textColumn(row, 'data')),
    metadata: parseEventMetadata(textColumn(row, 'metadata'), id),
    recordedAt: textColumn(row, 'recorded_at'),
    prevHash: textColumn(row, 'prev_hash'),
    hash: textColumn(row, 'hash'),
    globalPosition: bigintColumn(row, 'global_position'),
  };
};

/**
 * The function's answer, its positions joined by commas (`array_to_string`, NULL as ''): one first
 * position, or null, per append of the group.
 */
const firstsOf = (column: unknown, appends: number): (bigint | null)[] => {
  const firsts = typeof column === 'string' ? column.split(',') : [];
  if (firsts.length !== appends || !firsts.every((first) => first === '' || /^\d+$/.test(first))) {
    throw new AdapterFailureError('the append function answered no position per append', { appends });
  }
  return firsts.map((first) => (first === '' ? null : bigintOf(first)));
};

/**
 * A group that failed on a conflict of one of its appends (a unique event id, a deadlock): the
 * server reported it, so the transaction was rolled back and nothing of the group is stored.
 * Any other failure (a lost connection) may have come after the commit: not retried.
 */
const rolledBackByConflict = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  typeof error.code === 'string' &&
  /^(23|40)[0-9A-Z]{3}$/.test(error.code);

const isUniqueViolationOnEventId = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  error.code === '23505' &&
  'constraint' in error &&
  typeof error.constraint === 'string' &&
  error.constraint.includes('event_id');
