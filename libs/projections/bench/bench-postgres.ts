import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openReadModelDatabase, type ReadModelDatabase } from '../src/testing/read-model-fixture';

/**
 * Runs `work` on read models in a fresh PostgreSQL schema at `url`, dropped afterwards (kept, and
 * named on stderr, with BENCH_KEEP_SCHEMA=1: to run the CLI on what a bench generated); prints
 * `postgres: NOT RUN` (and runs nothing) when no PostgreSQL answers there.
 */
export const onThrowawayPostgres = async (url: string, work: (db: ReadModelDatabase) => Promise<void>): Promise<void> => {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
  } catch {
    process.stdout.write(`postgres: NOT RUN (no PostgreSQL at ${url})\n`);
    return;
  }
  const db = await openReadModelDatabase({ kind: 'postgres', url, schema });
  try {
    await work(db);
  } finally {
    await db.close();
    if (process.env['BENCH_KEEP_SCHEMA'] === '1') process.stderr.write(`schema kept: ${schema}\n`);
    else await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
  }
};
