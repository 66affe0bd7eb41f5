import { assertTestDatabaseReachable, freshTestSchema, runSql, testDatabaseUrl, uniqueSchemaName } from '@kaoping/testing';
import { describeEventStoreContract, type Tampering } from './contract/event-store.contract';
import { createEventStore } from './create-event-store';
import { EventStore } from './event-store';
import { IdempotencyMismatchError, WrongExpectedRevisionError } from './event-store.errors';
import type { NewEvent, RecordedEvent } from './event-store.port';
import { PgPoolSqlClient } from './sql/sql-client';
import { PGliteSqlClient } from './sql/pglite-sql-client';
import { SqlEventStoreAdapter } from './sql/sql-event-store.adapter';
import { InMemoryCheckpointStore } from './subscriptions/in-memory-checkpoint-store';

const sqlTampering = (run: (sql: string, params: string[]) => Promise<unknown>, schema: string): Tampering => ({
  alterData: async (eventId) => {
    await run(`UPDATE "${schema}".events SET data = '{"points": 99}' WHERE event_id = $1::uuid`, [eventId]);
  },
  deleteEvent: async (eventId) => {
    await run(`DELETE FROM "${schema}".events WHERE event_id = $1::uuid`, [eventId]);
  },
});

// ---- embedded: one in-memory PGlite for the file, a fresh schema per test ----
let pglite: Promise<PGliteSqlClient> | undefined;
// Starting PGlite (WASM initdb) takes seconds; do it once, before the first test's clock starts.
beforeAll(() => (pglite ??= PGliteSqlClient.open()));
afterAll(async () => {
  if (pglite) await (await pglite).close();
});

describeEventStoreContract('embedded (PGlite in memory)', {
  detectsIdsStoredInOtherStreams: true,
  notifiesAppends: true,
  create: async (options) => {
    const client = await (pglite ??= PGliteSqlClient.open());
    const schema = uniqueSchemaName('embedded');
    const store = new EventStore(
      await SqlEventStoreAdapter.open(client, { kind: 'embedded', schema, ownsClient: false }),
      options,
    );
    return {
      store,
      checkpoints: store.checkpointStore(),
      tamper: sqlTampering((sql, params) => client.query(sql, params), schema),
      dispose: async () => {
        await store.close();
        await client.query(`DROP SCHEMA "${schema}" CASCADE`);
      },
    };
  },
});

// ---- postgres: the real server, a fresh schema per test, dropped after ----
const databaseUrl = testDatabaseUrl();
let reachable: Promise<void> | undefined;

describeEventStoreContract('postgres (server at DATABASE_URL)', {
  detectsIdsStoredInOtherStreams: true,
  notifiesAppends: true,
  create: async (options) => {
    await (reachable ??= assertTestDatabaseReachable(databaseUrl));
    const schema = await freshTestSchema({ label: 'contract', url: databaseUrl });
    const store = await createEventStore(
      { kind: 'postgres', connectionString: databaseUrl, schema: schema.name, poolSize: 12 },
      options,
    );
    return {
      store,
      checkpoints: store.checkpointStore(),
      tamper: sqlTampering((sql, params) => runSql(databaseUrl, sql, params), schema.name),
      dispose: async () => {
        await store.close();
        await schema.drop();
      },
    };
  },
});

process.stdout.write(
  `EventStore contract suite runs against: embedded (PGlite in memory) and postgres (${databaseUrl.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')})\n`,
);

// ---- kurrentdb: only against a server someone started ----
const kurrentDbUrl = process.env['KURRENTDB_URL'];
if (kurrentDbUrl === undefined) {
  process.stdout.write('KurrentDB contract suite NOT RUN: set KURRENTDB_URL=esdb://localhost:2113?tls=false to run it\n');
} else {
  describeEventStoreContract('kurrentdb (server at KURRENTDB_URL)', {
    detectsIdsStoredInOtherStreams: false,
    notifiesAppends: false,
    create: async (options) => {
      const store = await createEventStore({ kind: 'kurrentdb', connectionString: kurrentDbUrl }, options);
      return { store, checkpoints: new InMemoryCheckpointStore(), tamper: null, dispose: () => store.close() };
    },
  });
}

// ---- the out-of-order commit trap, on a server where transactions really run concurrently ----
process.stdout.write(
  'embedded: the out-of-order commit proof does not apply (PGlite runs one transaction at a time); it runs on postgres\n',
);

/** Resolves once some session waits for a lock in a statement on `table` (or `until.done` is set). */
const someoneWaitsForLockOn = async (table: string, until: { done: boolean }): Promise<void> => {
  const pg = new PgPoolSqlClient({ connectionString: databaseUrl, poolSize: 1 });
  try {
    while (!until.done) {
      const rows = await pg.query(
        `SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND position($1 in query) > 0`,
        [table],
      );
      if (rows.length > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    await pg.close();
  }
};

/**
 * A point a writer stops at until the test lets it go on: `wait()` (called by the writer, e.g. from
 * the adapter's beforeCommit seam) marks it `reached` and waits for `open()`.
 */
const gate = (): Readonly<{ reached: Promise<void>; wait: () => Promise<void>; open: () => void }> => {
  let open = (): void => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  let reach = (): void => undefined;
  const reached = new Promise<void>((resolve) => (reach = resolve));
  return {
    reached,
    wait: async () => {
      reach();
      await opened;
    },
    open: () => open(),
  };
};

/** A PostgreSQL store with a pool of its own (to the database, another process) whose every append waits at `at` before its COMMIT. */
const storeWaitingAt = async (at: ReturnType<typeof gate>, schema: string): Promise<EventStore> =>
  new EventStore(await SqlEventStoreAdapter.open(new PgPoolSqlClient({ connectionString: databaseUrl, poolSize: 2 }), { kind: 'postgres', schema, beforeCommit: at.wait }));

/** Whether append B commits while A is held open, or someone waits for a lock on a relation whose name holds `lockedName`. */
const committedOrWaiting = (b: Promise<unknown>, lockedName: string, polling: { done: boolean }): Promise<'B committed' | 'B waits for A'> =>
  Promise.race([b.then(() => 'B committed' as const), someoneWaitsForLockOn(lockedName, polling).then(() => 'B waits for A' as const)]);

/** A subscription from the start of the log that pushes what it is delivered into `delivered`. */
const collecting = (store: EventStore, delivered: RecordedEvent[]): ReturnType<EventStore['subscribe']> =>
  store.subscribe({
    subscriptionId: 'projection',
    checkpoints: new InMemoryCheckpointStore(),
    pollIntervalMs: 5,
    handle: async (events) => {
      delivered.push(...events);
    },
  });

describe('postgres: concurrent appends commit in parallel, subscriptions skip nothing', () => {
  it('lets a later append commit while an earlier one is open, and delivers the earlier one first once it commits', async () => {
    await (reachable ??= assertTestDatabaseReachable(databaseUrl));
    const schema = await freshTestSchema({ label: 'order', url: databaseUrl });
    const gateA = gate();
    const adapter = await SqlEventStoreAdapter.open(new PgPoolSqlClient({ connectionString: databaseUrl, poolSize: 4 }), {
      kind: 'postgres',
      schema: schema.name,
      beforeCommit: async (events) => {
        if (events[0]?.streamId !== 'unit-a') return;
        await gateA.wait();
      },
    });
    const store = new EventStore(adapter);
    const delivered: RecordedEvent[] = [];
    const polling = { done: false };
    const fact = { type: 'DataSubmitted', data: {}, metadata: { actorId: 'p', role: 'provider' } };
    let subscription: ReturnType<EventStore['subscribe']> | undefined;
    try {
      const before = await store.appendToStream('unit-0', [fact], { expectedRevision: 'no_stream' });
      const a = store.appendToStream('unit-a', [fact], { expectedRevision: 'no_stream' });
      await gateA.reached;
      const b = store.appendToStream('unit-b', [fact], { expectedRevision: 'no_stream' });
      const whileAIsOpen = await committedOrWaiting(b, adapter.appendFunction, polling);
      expect(whileAIsOpen).toBe('B committed');
      const appendedB = await b;

      // B is committed with the higher position while A (lower) is still open. A subscription
      // started now must not move past A's position: with a bare sequence it delivers B here,
      // stores B's position as its checkpoint, and never delivers A.
      subscription = collecting(store, delivered);
      await subscription.caughtUpTo(before.lastGlobalPosition);
      expect(delivered.map((e) => e.streamId)).toEqual(['unit-0']);
      expect(await store.headPosition()).toBe(before.lastGlobalPosition);

      gateA.open();
      const appendedA = await a;
      await subscription.caughtUpTo(appendedB.lastGlobalPosition);

      expect(delivered.map((e) => e.streamId)).toEqual(['unit-0', 'unit-a', 'unit-b']);
      expect(appendedA.lastGlobalPosition).toBeLessThan(appendedB.lastGlobalPosition);
    } finally {
      polling.done = true;
      gateA.open();
      await store.close();
      await schema.drop();
    }
  });
});

describe('postgres: appends of two processes commit in parallel, subscriptions skip nothing', () => {
  it('commits while an earlier append of another process is open, and a subscription delivers the earlier one first', async () => {
    await (reachable ??= assertTestDatabaseReachable(databaseUrl));
    const schema = await freshTestSchema({ label: 'order-two', url: databaseUrl });
    const gateA = gate();
    // A is held open by the test seam of its process; B comes from another process.
    const holding = await storeWaitingAt(gateA, schema.name);
    const store = await createEventStore({ kind: 'postgres', connectionString: databaseUrl, schema: schema.name, poolSize: 2 });
    const delivered: RecordedEvent[] = [];
    const polling = { done: false };
    const fact = { type: 'DataSubmitted', data: {}, metadata: { actorId: 'p', role: 'provider' } };
    let subscription: ReturnType<EventStore['subscribe']> | undefined;
    try {
      const before = await store.appendToStream('unit-0', [fact], { expectedRevision: 'no_stream' });
      await store.appendToStream('unit-b', [fact], { expectedRevision: 'no_stream' });
      const a = holding.appendToStream('unit-a', [fact], { expectedRevision: 'no_stream' });
      await gateA.reached;
      const b = store.appendToStream('unit-b', [fact, fact], { expectedRevision: 0 });
      const whileAIsOpen = await committedOrWaiting(b, `"${schema.name}".`, polling);
      expect(whileAIsOpen).toBe('B committed');
      const appendedB = await b;

      subscription = collecting(store, delivered);
      await subscription.caughtUpTo(before.lastGlobalPosition + 1n);
      expect(delivered.map((e) => `${e.streamId}@${e.revision}`)).toEqual(['unit-0@0', 'unit-b@0']);
      expect(await store.headPosition()).toBe(before.lastGlobalPosition + 1n);

      gateA.open();
      const appendedA = await a;
      await subscription.caughtUpTo(appendedB.lastGlobalPosition);

      expect(delivered.map((e) => `${e.streamId}@${e.revision}`)).toEqual(['unit-0@0', 'unit-b@0', 'unit-a@0', 'unit-b@1', 'unit-b@2']);
      expect(appendedA.lastGlobalPosition).toBeLessThan(appendedB.lastGlobalPosition);
      expect((await store.verify()).ok).toBe(true);
    } finally {
      polling.done = true;
      gateA.open();
      await Promise.all([store.close(), holding.close()]);
      await schema.drop();
    }
  });
});

describe('postgres: the stable head waits only for appends to its own store', () => {
  it('passes over a running transaction elsewhere (another schema’s append, a plain write) that started before the last append', async () => {
    await (reachable ??= assertTestDatabaseReachable(databaseUrl));
    const mine = await freshTestSchema({ label: 'head-mine', url: databaseUrl });
    const theirs = await freshTestSchema({ label: 'head-theirs', url: databaseUrl });
    const otherGate = gate();
    const otherStore = await storeWaitingAt(otherGate, theirs.name);
    const store = new EventStore(
      await SqlEventStoreAdapter.open(new PgPoolSqlClient({ connectionString: databaseUrl, poolSize: 2 }), { kind: 'postgres', schema: mine.name }),
    );
    const plain = new PgPoolSqlClient({ connectionString: databaseUrl, poolSize: 1 });
    const plainGate = gate();
    const fact = { type: 'DataSubmitted', data: {}, metadata: { actorId: 'p', role: 'provider' } };
    try {
      await runSql(databaseUrl, `CREATE TABLE "${theirs.name}".scratch (n integer)`);
      const otherAppend = otherStore.appendToStream('unit-x', [fact], { expectedRevision: 'no_stream' });
      const plainWrite = plain.transaction(async (tx) => {
        await tx.query(`INSERT INTO "${theirs.name}".scratch VALUES (1)`);
        await plainGate.wait();
      });
      await Promise.all([otherGate.reached, plainGate.reached]);
      const appended = await store.appendToStream('unit-a', [fact], { expectedRevision: 'no_stream' });
      expect(await store.headPosition()).toBe(appended.lastGlobalPosition);
      otherGate.open();
      plainGate.open();
      await Promise.all([otherAppend, plainWrite]);
    } finally {
      otherGate.open();
      plainGate.open();
      await Promise.all([store.close(), otherStore.close(), plain.close()]);
      await Promise.all([mine.drop(), theirs.drop()]);
    }
  });
});

describe('postgres: concurrent appends of one process commit in groups, each decided on its own', () => {
  it('writes many concurrent appends in fewer transactions, and refuses a stale one and a duplicate id alone', async () => {
    await (reachable ??= assertTestDatabaseReachable(databaseUrl));
    const schema = await freshTestSchema({ label: 'group', url: databaseUrl });
    const store = await createEventStore({ kind: 'postgres', connectionString: databaseUrl, schema: schema.name, poolSize: 4 });
    const elsewhere = await createEventStore({ kind: 'postgres', connectionString: databaseUrl, schema: schema.name, poolSize: 1 });
    const sql = new PgPoolSqlClient({ connectionString: databaseUrl, poolSize: 1 });
    const fact = (id?: string): NewEvent => ({
      ...(id === undefined ? {} : { id }),
      type: 'DataSubmitted',
      data: {},
      metadata: { actorId: 'p', role: 'provider' },
    });
    const units = Array.from({ length: 40 }, (_, i) => `unit-${i}`);
    try {
      const taken = await store.appendToStream('unit-taken', [fact()], { expectedRevision: 'no_stream' });
      const takenId = taken.events[0]?.id;
      for (const unit of units) await store.appendToStream(unit, [fact()], { expectedRevision: 'no_stream' });
      // Another process moves unit-7 on: this store's remembered tip of it is now stale.
      await elsewhere.appendToStream('unit-7', [fact()], { expectedRevision: 0 });

      const wave = (revision: number, idOf: (unit: string) => string | undefined): Promise<unknown[]> =>
        Promise.all(
          units.map((unit) =>
            store
              .appendToStream(unit, [fact(idOf(unit))], { expectedRevision: revision })
              .then((result) => result.nextExpectedRevision, (error: unknown) => error),
          ),
        );

      const first = await wave(0, () => undefined);
      expect(first[7]).toBeInstanceOf(WrongExpectedRevisionError);
      expect(first.filter((o) => o === 1)).toHaveLength(units.length - 1);
      const [written] = await sql.query(
        `SELECT count(*)::integer AS appends, count(DISTINCT tx_id)::integer AS transactions
         FROM "${schema.name}".events WHERE revision = 1 AND stream_id <> 'unit-7'`,
      );
      expect(written?.['appends']).toBe(units.length - 1);
      expect(Number(written?.['transactions'])).toBeLessThan(units.length - 1);

      // A duplicate id makes the server refuse its whole group; the others are written again alone
      // (unit-7, at revision 1 since the other process's append, goes on like the rest).
      const second = await wave(1, (unit) => (unit === 'unit-9' ? takenId : undefined));
      expect(second[9]).toBeInstanceOf(IdempotencyMismatchError);
      expect(second.filter((o) => o === 2)).toHaveLength(units.length - 1);
      expect((await store.readStream('unit-9')).map((e) => e.revision)).toEqual([0, 1]);
      const report = await store.verify();
      expect(report.ok).toBe(true);
      expect(report.eventsChecked).toBe(1 + units.length + 1 + (units.length - 1) + (units.length - 1));
    } finally {
      await Promise.all([store.close(), elsewhere.close(), sql.close()]);
      await schema.drop();
    }
  });
});

describe('postgres: appends wake the subscriptions of other processes', () => {
  it('announces a burst of sequential appends to another process, its last append included, and a lone append after it', async () => {
    await (reachable ??= assertTestDatabaseReachable(databaseUrl));
    const schema = await freshTestSchema({ label: 'notify', url: databaseUrl });
    // One connection: the NOTIFY (committed without waiting for its flush) and the appends share it.
    const writerSql = new PgPoolSqlClient({ connectionString: databaseUrl, poolSize: 1 });
    const writer = new EventStore(await SqlEventStoreAdapter.open(writerSql, { kind: 'postgres', schema: schema.name, ownsClient: false }));
    const reader = await createEventStore({ kind: 'postgres', connectionString: databaseUrl, schema: schema.name, poolSize: 2 });
    const fact: NewEvent = { type: 'DataSubmitted', data: {}, metadata: { actorId: 'p', role: 'provider' } };
    const delivered: string[] = [];
    const subscription = reader.subscribe({
      subscriptionId: 'elsewhere',
      checkpoints: new InMemoryCheckpointStore(),
      pollIntervalMs: 600_000,
      handle: async (events) => {
        delivered.push(...events.map((e) => e.id));
      },
    });
    try {
      await subscription.caughtUpTo(0n);
      const appended: string[] = [];
      let last = 0n;
      // Several notification intervals long.
      for (const started = Date.now(); Date.now() - started < 150; ) {
        const result = await writer.appendToStream('unit-1', [fact], { expectedRevision: 'any' });
        appended.push(...result.events.map((e) => e.id));
        last = result.lastGlobalPosition;
      }
      await subscription.caughtUpTo(last);
      expect(delivered).toEqual(appended);

      await new Promise((resolve) => setTimeout(resolve, 50));
      const lone = await writer.appendToStream('unit-2', [fact], { expectedRevision: 'no_stream' });
      await subscription.caughtUpTo(lone.lastGlobalPosition);
      expect(delivered.at(-1)).toBe(lone.events[0]?.id);
      // The NOTIFY's asynchronous commit stays in its own transaction: appends still wait for theirs.
      expect(await writerSql.query('SHOW synchronous_commit')).toEqual([{ synchronous_commit: 'on' }]);
    } finally {
      await subscription.stop();
      await Promise.all([writer.close(), reader.close()]);
      await writerSql.close();
      await schema.drop();
    }
  });
});
