import type { EventStore, SqlClient } from '@kaoping/eventstore';
import { deleteCheckpoint, migrateCheckpoints } from './checkpoint.persistence';
import { type Projection, matchesFilter } from './projection';
import { applyBatch } from './projection-runner';
import { tableOf } from './read-model-sql';

export type RebuildProgress = Readonly<{ position: bigint; head: bigint; events: number; elapsedMs: number }>;

export type RebuildOptions = Readonly<{
  store: EventStore;
  database: SqlClient;
  schema: string;
  /** Fresh projection instances (no memory of an earlier run). */
  projections: readonly Projection[];
  batchSize?: number;
  onProgress?: (progress: RebuildProgress) => void;
  now?: () => number;
}>;

/**
 * Drops the projections' tables and checkpoints and replays the log from position 0: the log is
 * read once, each batch goes to every projection whose filter it matches, each in one transaction
 * with its checkpoint (as the live runner does); work only the final state needs is deferred to
 * the end (see {@link Projection.beginRebuild}). Stop the processes that run these projections first.
 */
export const rebuildProjections = async (options: RebuildOptions): Promise<RebuildProgress> => {
  const { store, database, schema, projections } = options;
  const now = options.now ?? (() => performance.now());
  await migrateCheckpoints(database, schema);
  await database.transaction(async (tx) => {
    for (const projection of projections) {
      for (const table of projection.tables) await tx.query(`DROP TABLE IF EXISTS ${tableOf(schema, table)}`);
      await deleteCheckpoint(tx, { schema, projection: projection.name });
    }
  });
  for (const projection of projections) await projection.migrate(database);
  const started = now();
  const head = await store.headPosition();
  for (const projection of projections) projection.beginRebuild?.();
  const prefixes = [...new Set(projections.flatMap((p) => p.filter.streamPrefixes ?? []))];
  const everything = projections.some((p) => p.filter.streamPrefixes === undefined);
  let after = 0n;
  let events = 0;
  const batchSize = options.batchSize ?? 1000;
  for (;;) {
    const page = await store.readAll({ after, maxCount: batchSize, asOf: { position: head }, ...(everything ? {} : { filter: { streamPrefixes: prefixes } }) });
    const last = page.at(-1);
    if (last === undefined) break;
    for (const projection of projections) {
      const batch = page.filter((event) => matchesFilter(projection.filter, event));
      await applyBatch({ database, schema, projection, batch });
    }
    after = last.globalPosition;
    events += page.length;
    options.onProgress?.({ position: after, head, events, elapsedMs: now() - started });
    if (page.length < batchSize) break;
  }
  // Deferred work (each category scored once) lands in one transaction after the last batch; a rebuild
  // cut short before it leaves those rows unwritten: run it again (it starts by dropping the tables).
  await database.transaction(async (tx) => {
    for (const projection of projections) await projection.finishRebuild?.(tx);
  });
  for (const projection of projections) projection.committed?.();
  const done = { position: head, head, events, elapsedMs: now() - started };
  options.onProgress?.(done);
  return done;
};
