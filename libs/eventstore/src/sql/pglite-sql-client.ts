import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  BEGIN,
  copyStatement,
  copyText,
  plannerSettingsStatement,
  type CopyRow,
  type PlannerSettings,
  type SqlArrayRow,
  type SqlClient,
  type SqlParam,
  type SqlQueryable,
  type SqlRow,
  type SqlSession,
} from './sql-client';

/**
 * Runs in a worker thread. PGlite executes Postgres as WASM synchronously and loads it with
 * dynamic import(); in its own thread it neither blocks the caller's event loop nor depends on
 * the caller's module loader (Jest's, for one, cannot do dynamic import without a flag).
 * Plain JavaScript because a worker evaluates it without any TypeScript tooling.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
require('node:v8').setFlagsFromString('--wasm-num-compilation-tasks=' + workerData.wasmCompilationTasks);
const { PGlite } = require(workerData.pglitePath);
// A smaller buffer cache than PostgreSQL's 128MB: PGlite touches all of it at start, and the
// operating system caches the data directory's files anyway (county servers are small).
const startParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=' + workerData.sharedBuffers];
let db;
// V8's collector, as --expose-gc would install it, taken by one new context while the flag is set.
let gc;
const collect = () => {
  if (gc === undefined) {
    const v8 = require('node:v8');
    v8.setFlagsFromString('--expose-gc');
    try {
      gc = require('node:vm').runInNewContext('gc');
    } finally {
      v8.setFlagsFromString('--no-expose-gc');
    }
  }
  gc();
};
parentPort.on('message', async (message) => {
  const reply = (body) => parentPort.postMessage({ id: message.id, ...body });
  try {
    switch (message.op) {
      case 'open':
        db = await PGlite.create(message.dataDir, { startParams });
        return reply({ rows: [] });
      case 'query':
        return reply({ rows: (await db.query(message.sql, message.params)).rows });
      case 'arrays':
        if (message.prelude === undefined) return reply({ arrays: (await db.query(message.sql, message.params, { rowMode: 'array' })).rows });
        // The prelude's settings hold until the end of the transaction: this statement's.
        return reply({
          arrays: await db.transaction(async (tx) => {
            await tx.query(message.prelude.sql, message.prelude.params);
            return (await tx.query(message.sql, message.params, { rowMode: 'array' })).rows;
          }),
        });
      case 'copy':
        // PGlite reads COPY … FROM '/dev/blob' from the query's blob.
        await db.query(message.sql, [], { blob: new Blob([message.text]) });
        return reply({ rows: [] });
      case 'script':
        return reply({ results: (await db.exec(message.sql)).map((result) => result.rows) });
      case 'listen':
        await db.listen(message.channel, () => parentPort.postMessage({ notification: message.channel }));
        return reply({ rows: [] });
      case 'collect':
        collect();
        return reply({ rows: [] });
      case 'close':
        await db.close();
        return reply({ rows: [] });
    }
  } catch (error) {
    const e = error || {};
    reply({ error: { message: String(e.message || e), code: e.code, constraint: e.constraint, detail: e.detail } });
  }
});
`;

/**
 * Where PGlite's entry file is, resolved by Node itself: a bundler rewrites `require.resolve`
 * into a module id, which the worker (plain Node, no bundle) could not load.
 */
const pglitePath = (): string => createRequire(__filename).resolve('@electric-sql/pglite');

/**
 * PostgreSQL's shared_buffers in PGlite (PostgreSQL's default is 128MB). Resident from the start,
 * inside the WebAssembly memory (16MB: ~39 MiB of it resident, 32MB: ~57). A page not in it is
 * read from the data directory's file, which the operating system caches: the API under the
 * bench's load used no more CPU per request with 16MB than with 32MB.
 */
const SHARED_BUFFERS = '16MB';

/**
 * The worker's young generation (MB). Node gives a worker the main thread's (two 16 MB semi-spaces,
 * ~32 MiB resident once a catch-up has cycled through them); the worker's objects are the rows of
 * one reply at a time, copied out to the caller and dropped, so a small one costs only cheap
 * scavenges (its heap: ~46 → ~17 MiB).
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/**
 * How many of V8's background threads may compile PGlite's WebAssembly at once (V8's default: as
 * many as it has, four in Node). While the projections catch up, TurboFan recompiles PostgreSQL's
 * hot functions, some in zones of several megabytes; each thread takes them from a malloc arena of
 * its own, and glibc keeps what they free (it trims an arena's free top only past twice the largest
 * block freed so far, ~18 MB here), so the four threads' arenas held 60–90 MiB when idle, nearly
 * all of it free. One at a time leaves one such arena (~30 MiB) and the others at 3–10 MiB: the
 * API's resident memory idle after the bench's catch-up, median of eleven alternating runs, 329 →
 * 306 MiB (README, Speed). Set for the whole process (V8 flags are), before PGlite compiles its module.
 */
const WASM_COMPILATION_TASKS = 1;

const startWorker = (): Worker =>
  new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { pglitePath: pglitePath(), sharedBuffers: SHARED_BUFFERS, wasmCompilationTasks: WASM_COMPILATION_TASKS },
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });

type Request =
  | Readonly<{ op: 'open'; dataDir: string | undefined }>
  | Readonly<{ op: 'query'; sql: string; params: readonly SqlParam[] }>
  | Readonly<{ op: 'copy'; sql: string; text: string }>
  | Readonly<{ op: 'arrays'; sql: string; params: readonly SqlParam[]; prelude?: Readonly<{ sql: string; params: readonly string[] }> }>
  | Readonly<{ op: 'script'; sql: string }>
  | Readonly<{ op: 'listen'; channel: string }>
  | Readonly<{ op: 'collect' }>
  | Readonly<{ op: 'close' }>;

/** An error PGlite raised, with the SQLSTATE `code` and `constraint` the adapter looks at. */
export class PGliteError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly constraint: string | undefined,
    readonly detail: string | undefined,
  ) {
    super(message);
    this.name = 'PGliteError';
  }
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isRowList = (value: unknown): value is SqlRow[] => Array.isArray(value) && value.every(isRecord);

const optionalString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

const isArrayRowList = (value: unknown): value is SqlArrayRow[] => Array.isArray(value) && value.every(Array.isArray);

/** A reply of the worker: the rows of each statement, or the rows of one statement as arrays. */
type Reply = Readonly<{ results: readonly (readonly SqlRow[])[] }> | Readonly<{ arrays: readonly SqlArrayRow[] }>;

type Pending = Readonly<{ resolve: (reply: Reply) => void; reject: (error: Error) => void }>;

/**
 * {@link SqlClient} over PGlite (in memory, or in a data directory) running in a worker thread.
 * PGlite has one session, so transactions and statements are queued here: a transaction holds
 * the session from BEGIN to COMMIT.
 */
export class PGliteSqlClient implements SqlClient {
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Set<() => void>>();
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  private failure: Error | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: unknown) => this.receive(message));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`the PGlite worker exited (code ${code})`)));
  }

  /** Starts PGlite in a worker; `dataDir` undefined keeps the database in memory. */
  static async open(dataDir?: string): Promise<PGliteSqlClient> {
    if (dataDir !== undefined) {
      // PGlite creates the data directory itself but not its parents (.data/kaoping on a fresh clone).
      await mkdir(dirname(resolve(dataDir)), { recursive: true });
      // A new directory is made (initdb) by a worker of its own, which then ends: initdb grows
      // PGlite's WebAssembly memory to about 800 MB, and a WebAssembly memory never shrinks.
      if (!existsSync(join(dataDir, 'PG_VERSION'))) await PGliteSqlClient.initialise(dataDir);
    }
    const client = new PGliteSqlClient(startWorker());
    try {
      await client.call({ op: 'open', dataDir });
    } catch (error: unknown) {
      await client.worker.terminate();
      throw error;
    }
    return client;
  }

  private static async initialise(dataDir: string): Promise<void> {
    const maker = new PGliteSqlClient(startWorker());
    try {
      await maker.call({ op: 'open', dataDir });
      await maker.call({ op: 'close' });
    } finally {
      await maker.worker.terminate();
    }
  }

  async query(sql: string, params: readonly SqlParam[] = []): Promise<readonly SqlRow[]> {
    return this.exclusive(() => this.rows({ op: 'query', sql, params }));
  }

  copyRows(table: string, columns: readonly string[], rows: readonly CopyRow[]): Promise<void> {
    return this.exclusive(() => this.copy(table, columns, rows));
  }

  private async copy(table: string, columns: readonly string[], rows: readonly CopyRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.call({ op: 'copy', sql: copyStatement(table, columns, "'/dev/blob'"), text: copyText(rows) });
  }

  preparedQuery(_name: string, sql: string, params: readonly SqlParam[]): Promise<readonly SqlRow[]> {
    return this.query(sql, params);
  }

  preparedArrayQuery(_name: string, sql: string, params: readonly SqlParam[], settings?: PlannerSettings): Promise<readonly SqlArrayRow[]> {
    return this.exclusive(async () => {
      const reply = await this.send({ op: 'arrays', sql, params, ...(settings === undefined ? {} : { prelude: plannerSettingsStatement(settings) }) });
      if (!('arrays' in reply)) throw new Error('the PGlite worker sent a malformed reply');
      return reply.arrays;
    });
  }

  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    return this.session(async (session) => {
      await session.query(BEGIN);
      const result = await work(session);
      await session.query('COMMIT');
      return result;
    });
  }

  session<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      try {
        return await work({
          query: (sql, params = []) => this.rows({ op: 'query', sql, params }),
          copyRows: (table, columns, rows) => this.copy(table, columns, rows),
          script: (sql) => this.call({ op: 'script', sql }),
        });
      } catch (error: unknown) {
        await this.call({ op: 'query', sql: 'ROLLBACK', params: [] }).catch(() => undefined);
        throw error;
      }
    });
  }

  async listen(channel: string, onNotify: () => void): Promise<() => Promise<void>> {
    let callbacks = this.listeners.get(channel);
    if (callbacks === undefined) {
      callbacks = new Set();
      this.listeners.set(channel, callbacks);
      await this.exclusive(() => this.call({ op: 'listen', channel }));
    }
    callbacks.add(onNotify);
    const registered = callbacks;
    return async () => {
      registered.delete(onNotify);
    };
  }

  /** A full collection in the worker, queued like a statement. */
  async releaseMemory(): Promise<void> {
    await this.exclusive(() => this.call({ op: 'collect' }));
  }

  async close(): Promise<void> {
    if (this.failure === null) await this.exclusive(() => this.call({ op: 'close' }));
    await this.worker.terminate();
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async rows(request: Request): Promise<readonly SqlRow[]> {
    return (await this.call(request))[0] ?? [];
  }

  /** Sends one request to the worker; resolves with the rows of each statement. */
  private async call(request: Request): Promise<readonly (readonly SqlRow[])[]> {
    const reply = await this.send(request);
    if (!('results' in reply)) throw new Error('the PGlite worker sent a malformed reply');
    return reply.results;
  }

  private send(request: Request): Promise<Reply> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, ...request });
    });
  }

  private receive(message: unknown): void {
    if (!isRecord(message)) return;
    if (typeof message['notification'] === 'string') {
      for (const callback of this.listeners.get(message['notification']) ?? []) callback();
      return;
    }
    const id = message['id'];
    const pending = typeof id === 'number' ? this.pending.get(id) : undefined;
    if (pending === undefined || typeof id !== 'number') return;
    this.pending.delete(id);
    const error = message['error'];
    const rows = message['rows'];
    const results = message['results'];
    const arrays = message['arrays'];
    if (isRecord(error)) {
      pending.reject(
        new PGliteError(
          optionalString(error['message']) ?? 'PGlite failed',
          optionalString(error['code']),
          optionalString(error['constraint']),
          optionalString(error['detail']),
        ),
      );
    } else if (isRowList(rows)) {
      pending.resolve({ results: [rows] });
    } else if (Array.isArray(results) && results.every(isRowList)) {
      pending.resolve({ results });
    } else if (isArrayRowList(arrays)) {
      pending.resolve({ arrays });
    } else {
      pending.reject(new Error('the PGlite worker sent a malformed reply'));
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
