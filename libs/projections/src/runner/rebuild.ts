import { logPages, type EventStore, type SqlClient } from '@kaoping/eventstore';
import { deleteCheckpoint, migrateCheckpoints, saveCheckpoint } from './checkpoint.persistence';
import { type Projection, matchesFilter } from './projection';
import { applyBatch } from './projection-runner';
import { tableOf } from './read-model-sql';

/** Pages read and not yet applied by every read model, at most (5,000 events each by default). */
const PAGES_IN_FLIGHT = 3;

export type RebuildProgress = Readonly<{ position: bigint; head: bigint; events: number; elapsedMs: number }>;

/**
 * A rebuild done: its last progress, and how its time split between the pages (the log read and
 * applied by every read model) and the finishing work deferred to the end (each category scored
 * once, the audit trail keyed and indexed), which the pages' rate does not show.
 */
export type RebuildResult = RebuildProgress & Readonly<{ pagesMs: number; finishingMs: number }>;

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
export const rebuildProjections = async (options: RebuildOptions): Promise<RebuildResult> => {
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
  // Each read model applies the pages in log order, each page in its own transaction with its
  // checkpoint, but not in step with the others: while one waits for its commit, another folds its
  // page, and the next page is read meanwhile (read models that share a cycle's fold share it
  // whatever page each is at: a fold is keyed by the view it starts from and the events folded).
  // At most PAGES_IN_FLIGHT pages are held at once; a page is done when every read model applied it.
  // Each read model's last page applied, by its place in `projections`.
  const chains = projections.map((): Promise<void> => Promise.resolve());
  const inFlight: Promise<void>[] = [];
  let failure: { reason: unknown } | undefined;
  for await (const page of logPages(store, { upTo: head, pageSize: batchSize, ...(everything ? {} : { filter: { streamPrefixes: prefixes } }) })) {
    const last = page.at(-1);
    if (last === undefined) break;
    const applied = projections.map((projection, at) => {
      // A read model whose earlier page failed applies nothing more (its chain stays rejected).
      const next = (chains[at] ?? Promise.resolve()).then(() =>
        applyBatch({ database, schema, projection, batch: page.filter((event) => matchesFilter(projection.filter, event)) }),
      );
      chains[at] = next;
      return next;
    });
    // Never rejects: a failure is kept and thrown once every page in flight has ended.
    inFlight.push(
      Promise.allSettled(applied).then((outcomes) => {
        const failed = outcomes.find((outcome) => outcome.status === 'rejected');
        if (failed !== undefined) failure ??= { reason: failed.reason };
        if (failure !== undefined) return;
        events += page.length;
        options.onProgress?.({ position: last.globalPosition, head, events, elapsedMs: now() - started });
      }),
    );
    if (inFlight.length >= PAGES_IN_FLIGHT) await inFlight.shift();
    if (failure !== undefined) break;
  }
  await Promise.all(inFlight);
  if (failure !== undefined) throw failure.reason;
  const pagesDone = now();
  // Deferred work (each category scored once, the audit trail's key built) lands after the last
  // page, each read model's in one transaction with its checkpoint at the head, side by side (one
  // scores while the database builds another's index). Every read model has then applied the log up
  // to the head, those whose events ended before it (or that took none at all) too: the runner starts
  // them there, not from their last event (without a checkpoint, a runner would read the whole log
  // again for them). A rebuild cut short before this leaves those rows unwritten: run it again (it
  // starts by dropping the tables).
  const finished = await Promise.allSettled(
    projections.map((projection) =>
      database.transaction(async (tx) => {
        await projection.finishRebuild?.(tx);
        if (head > 0n) await saveCheckpoint(tx, { schema, projection: projection.name, position: head });
      }),
    ),
  );
  const unfinished = finished.find((outcome) => outcome.status === 'rejected');
  if (unfinished !== undefined) throw unfinished.reason;
  for (const projection of projections) projection.committed?.();
  const ended = now();
  const done = { position: head, head, events, elapsedMs: ended - started };
  options.onProgress?.(done);
  return { ...done, pagesMs: pagesDone - started, finishingMs: ended - pagesDone };
};
