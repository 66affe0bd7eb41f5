/**
 * Event store benchmark: `npm run bench:eventstore`.
 * EVENTS (20000) events in STREAMS (1000) streams, CONCURRENCY (16) workers, against the
 * embedded store (PGlite in memory; in a data directory too with BENCH_DATADIR=1) and
 * PostgreSQL (DATABASE_URL, in a fresh schema dropped afterwards). BENCH_TARGETS picks among
 * embedded, postgres and floor (A and C as bare INSERTs on the same server: see runFloor).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { LogSigner, createEventStore, type EventStore, type EventStoreConfig, type NewEvent, type RecordedEvent } from '../src/index';

const EVENTS = Number(process.env['EVENTS'] ?? 20_000);
const STREAMS = Number(process.env['STREAMS'] ?? 1_000);
const CONCURRENCY = Number(process.env['CONCURRENCY'] ?? 16);
const DATABASE_URL = process.env['DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const PER_STREAM = Math.floor(EVENTS / STREAMS);

/**
 * The event of Emmett's workload (/work/shared/bench/emmett/bench.mjs, `mkEvent`): the same
 * data, built the same way (a fresh time per event), and the same metadata plus the role ours
 * requires, so that both stores write, hash and read back the same amount per event.
 */
const fact = (stream: number, n: number): NewEvent => ({
  type: 'ScoreDeducted',
  data: { submissionId: `sub-${stream}`, seq: n, points: (n % 7) + 1, reason: 'late delivery', at: new Date().toISOString() },
  metadata: { correlationId: `c-${stream}-${n}`, actorId: 'bench', role: 'bench' },
});

/** Emmett's fold of scenario D: the points and the number of events, a new state per event. */
type Tally = Readonly<{ points: number; n: number }>;
const tally = (state: Tally, event: RecordedEvent): Tally => {
  const data = event.data;
  const points = typeof data === 'object' && data !== null && !Array.isArray(data) ? data['points'] : undefined;
  return { points: state.points + (typeof points === 'number' ? points : 0), n: state.n + 1 };
};

const print = (name: string, value: number, unit: string): void => {
  process.stdout.write(`${name}: ${Math.round(value)} ${unit}\n`);
};

const timed = async (work: () => Promise<void>): Promise<number> => {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

const report = (target: string, figure: string, events: number, ms: number): void => {
  print(`${target}.${figure}`, (events / ms) * 1000, 'events/s');
  print(`${target}.${figure}.total`, ms, 'ms');
};

/** Appends PER_STREAM single events to each of `streams`, one by one, each with its expected revision. */
const appendOneByOne = async (store: EventStore, streams: readonly Readonly<{ id: string; n: number }>[]): Promise<void> => {
  for (let round = 0; round < PER_STREAM; round++) {
    for (const stream of streams) {
      await store.appendToStream(stream.id, [fact(stream.n, round)], { expectedRevision: round === 0 ? 'no_stream' : round - 1 });
    }
  }
};

const streamNames = (prefix: string): { id: string; n: number }[] => Array.from({ length: STREAMS }, (_, n) => ({ id: `${prefix}-${n}`, n }));

const run = async (target: string, config: EventStoreConfig): Promise<void> => {
  const store = await createEventStore(config, { signer: LogSigner.generate() });
  try {
    const total = PER_STREAM * STREAMS;

    report(target, 'A.sequential_append', total, await timed(() => appendOneByOne(store, streamNames('a'))));

    const bStreams = streamNames('b');
    const workers = Array.from({ length: CONCURRENCY }, (_, w) => bStreams.filter((_, i) => i % CONCURRENCY === w));
    report(
      target,
      'B.concurrent_append',
      total,
      await timed(async () => {
        await Promise.all(workers.map((streams) => appendOneByOne(store, streams)));
      }),
    );

    report(
      target,
      'C.append_whole_stream',
      total,
      await timed(async () => {
        for (const stream of streamNames('c')) {
          const events = Array.from({ length: PER_STREAM }, (_, n) => fact(stream.n, n));
          await store.appendToStream(stream.id, events, { expectedRevision: 'no_stream' });
        }
      }),
    );

    let folded = 0;
    const readMs = await timed(async () => {
      for (const stream of streamNames('a')) {
        folded += (await store.readStream(stream.id)).reduce(tally, { points: 0, n: 0 }).n;
      }
    });
    report(target, 'D.read_and_fold', total, readMs);
    print(`${target}.D.read_and_fold.folded`, folded, 'events');

    const conflictMs = await timed(async () => {
      try {
        await store.appendToStream('a-0', [fact(0, -1)], { expectedRevision: 0 });
        process.stdout.write(`${target}.E.stale_expected_revision: NOT REFUSED (bug)\n`);
      } catch (error: unknown) {
        process.stdout.write(`${target}.E.stale_expected_revision: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
      }
    });
    print(`${target}.E.stale_expected_revision.total`, conflictMs, 'ms');

    // The sealer's work: the global chain over the whole log, and a signed checkpoint of its head.
    let sealed = 0;
    const sealMs = await timed(async () => {
      sealed = (await store.seal({ reason: 'bench' })).sealedEvents;
    });
    report(target, 'seal', sealed, sealMs);

    // verify checks the stream chains, the global chain and the signed checkpoints.
    let checked = 0;
    const verifyMs = await timed(async () => {
      const result = await store.verify();
      checked = result.eventsChecked;
      if (!result.ok) process.stdout.write(`${target}.verify: BROKEN ${JSON.stringify(result.firstBroken, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))}\n`);
    });
    report(target, 'verify', checked, verifyMs);
  } finally {
    await store.close();
  }
};

/**
 * The floor of A and C on this server: what any store that acknowledges each append after its own
 * commit (one round trip, one WAL flush) cannot beat. The same events' data, a bare INSERT into a
 * table without index or function: one row per append for A, one INSERT of the stream's rows for C.
 */
const runFloor = async (): Promise<void> => {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  const table = `"floor_${randomBytes(5).toString('hex')}"`;
  await client.query(`CREATE TABLE ${table} (stream_id text NOT NULL, n integer NOT NULL, data json NOT NULL, metadata json NOT NULL)`);
  try {
    const total = PER_STREAM * STREAMS;
    const aStreams = streamNames('a');
    report(
      'floor',
      'A.sequential_append',
      total,
      await timed(async () => {
        for (let round = 0; round < PER_STREAM; round++) {
          for (const stream of aStreams) {
            const event = fact(stream.n, round);
            await client.query({
              name: 'floor-a',
              text: `INSERT INTO ${table} VALUES ($1, $2, $3, $4)`,
              values: [stream.id, round, JSON.stringify(event.data), JSON.stringify(event.metadata)],
            });
          }
        }
      }),
    );
    report(
      'floor',
      'C.append_whole_stream',
      total,
      await timed(async () => {
        for (const stream of streamNames('c')) {
          const events = Array.from({ length: PER_STREAM }, (_, n) => fact(stream.n, n));
          await client.query({
            name: 'floor-c',
            text: `INSERT INTO ${table} SELECT $1, n::integer - 1, d, m FROM ROWS FROM (json_array_elements($2::json), json_array_elements($3::json)) WITH ORDINALITY AS u (d, m, n)`,
            values: [stream.id, JSON.stringify(events.map((e) => e.data)), JSON.stringify(events.map((e) => e.metadata))],
          });
        }
      }),
    );
  } finally {
    await client.query(`DROP TABLE ${table}`);
    await client.end();
  }
};

const main = async (): Promise<void> => {
  process.stdout.write(`events=${PER_STREAM * STREAMS} streams=${STREAMS} concurrency=${CONCURRENCY}\n`);
  // BENCH_TARGETS=postgres runs only the server; postgres,floor adds the floor (the side-by-side run against Emmett).
  const targets = (process.env['BENCH_TARGETS'] ?? 'embedded,postgres').split(',');
  if (targets.includes('embedded')) await run('embedded', { kind: 'embedded' });

  if (process.env['BENCH_DATADIR'] === '1') {
    const dataDir = await mkdtemp(join(tmpdir(), 'kaoping-bench-'));
    try {
      await run('embedded_datadir', { kind: 'embedded', dataDir });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }

  if (targets.includes('postgres')) {
    const schema = `bench_${randomBytes(5).toString('hex')}`;
    try {
      await run('postgres', { kind: 'postgres', connectionString: DATABASE_URL, schema, poolSize: CONCURRENCY });
    } finally {
      const admin = new pg.Client({ connectionString: DATABASE_URL });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.end();
    }
  }
  if (targets.includes('floor')) await runFloor();
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
