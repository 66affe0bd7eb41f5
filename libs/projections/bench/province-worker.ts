// The worker's part of `npm run bench:province` (live lag), in a process of its own as apps/worker
// runs it beside the API: every read model on the projection runner (its default batch size and
// poll interval), on the bench's PostgreSQL schema (DATABASE_URL, BENCH_SCHEMA). Tells the bench
// over IPC when it has caught up with the log; on 'catch-up' (a position) it answers once its read
// models have reached it; on 'stop' it stops and answers its CPU seconds.
import { readModelProjections } from '../src/read-models';
import { ProjectionRunner } from '../src/runner/projection-runner';
import { openReadModelDatabase } from '../src/testing/read-model-fixture';

export type WorkerMessage = Readonly<{ kind: 'caught-up' }> | Readonly<{ kind: 'stopped'; cpuSeconds: number }> | Readonly<{ kind: 'failed'; error: string }>;

/** What the bench asks of the worker: to say when its read models have reached a position (as text), or to stop. */
export type WorkerRequest = 'stop' | Readonly<{ kind: 'catch-up'; position: string }>;

const tell = (message: WorkerMessage): Promise<void> => new Promise((resolve) => process.send?.(message, () => resolve()) ?? resolve());

const main = async (): Promise<void> => {
  const url = process.env['DATABASE_URL'];
  const schema = process.env['BENCH_SCHEMA'];
  if (url === undefined || schema === undefined) throw new Error('DATABASE_URL and BENCH_SCHEMA are set by bench:province');
  const db = await openReadModelDatabase({ kind: 'postgres', url, schema });
  const runner = new ProjectionRunner({ store: db.store, database: db.database, schema: db.schema, projections: readModelProjections({ schema: db.schema, store: db.store }) });
  const cpu = process.cpuUsage();
  await runner.start();
  await runner.caughtUpTo(await db.store.headPosition());
  process.on('message', (request: WorkerRequest) => {
    if (request !== 'stop') {
      runner.caughtUpTo(BigInt(request.position)).then(
        () => tell({ kind: 'caught-up' }),
        (error: unknown) => tell({ kind: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      );
      return;
    }
    void (async () => {
      await runner.stop();
      const used = process.cpuUsage(cpu);
      await db.close();
      await tell({ kind: 'stopped', cpuSeconds: (used.user + used.system) / 1e6 });
      process.exit(0);
    })();
  });
  await tell({ kind: 'caught-up' });
};

main().catch(async (error: unknown) => {
  await tell({ kind: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
