import { logPages, type EventStore, type SqlClient } from '@kaoping/eventstore';
import { deleteCheckpoint, migrateCheckpoints, saveCheckpoints } from './checkpoint.persistence';
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
  // A projection told first that it rebuilds may create its tables for it (indexes made at the end).
  for (const projection of projections) projection.beginRebuild?.();
  for (const projection of projections) await projection.migrate(database);
  const started = now();
  const head = await store.headPosition();
  const prefixes = [...new Set(projections.flatMap((p) => p.filter.streamPrefixes ?? []))];
  const everything = projections.some((p) => p.filter.streamPrefixes === undefined);
  let events = 0;
  const batchSize = options.batchSize ?? 5000;
  // The next page is read while the read models apply this one, and the read models apply it side
  // by side (each its own transaction and checkpoint, in order for itself): the database and this
  // process work at once instead of in turn.
  for await (const page of logPages(store, { upTo: head, pageSize: batchSize, ...(everything ? {} : { filter: { streamPrefixes: prefixes } }) })) {
    const last = page.at(-1);
    if (last === undefined) break;
    const applied = await Promise.allSettled(projections.map((projection) => applyBatch({ database, schema, projection, batch: page.filter((event) => matchesFilter(projection.filter, event)) })));
    const failed = applied.find((outcome) => outcome.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
    events += page.length;
    options.onProgress?.({ position: last.globalPosition, head, events, elapsedMs: now() - started });
  }
  // Deferred work (each category scored once) lands in one transaction after the last batch; a rebuild
  // cut short before it leaves those rows unwritten: run it again (it starts by dropping the tables).
  // Every read model has then applied the log up to the head, those whose events ended before it
  // (or that took none at all) too: the runner starts them there, not from their last event
  // (without a checkpoint, a runner would read the whole log again for them).
  await database.transaction(async (tx) => {
    for (const projection of projections) await projection.finishRebuild?.(tx);
    if (head > 0n) await saveCheckpoints(tx, { schema, projections: projections.map((projection) => projection.name), position: head });
  });
  for (const projection of projections) projection.committed?.();
  const done = { position: head, head, events, elapsedMs: now() - started };
  options.onProgress?.(done);
  return done;
};
