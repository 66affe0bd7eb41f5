import type { SqlQueryable } from '@kaoping/eventstore';
import { useReadModelDatabasePerTest } from '../testing/read-model-database-per-test';
import { loadCheckpoint } from './checkpoint.persistence';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { tableOf } from './read-model-sql';
import { rebuildProjections } from './rebuild';

type Where = 'embedded' | 'postgres';

/** A read model of the streams starting with `prefix` that remembers the position of every event it was handed (in this process, committed or not). */
const recording = (schema: string, name: string, prefix: string): Projection & { readonly applied: bigint[] } => {
  const applied: bigint[] = [];
  return {
    name,
    applied,
    filter: { streamPrefixes: [prefix] },
    tables: [`rm_${name}`],
    migrate: async (db: SqlQueryable) => {
      await db.query(`CREATE TABLE IF NOT EXISTS ${tableOf(schema, `rm_${name}`)} (id text PRIMARY KEY)`);
    },
    apply: async (batch, tx) => {
      for (const event of batch) {
        applied.push(event.globalPosition);
        await tx.query(`INSERT INTO ${tableOf(schema, `rm_${name}`)} (id) VALUES ($1)`, [event.id]);
      }
    },
  };
};

const metadata = { actorId: 'tester', role: 'office' };
const notes = (count: number, from = 0) => Array.from({ length: count }, (_, at) => ({ type: 'NoteWritten', data: { text: `note ${from + at}` }, metadata }));

describe.each<Where>(['embedded', 'postgres'])('read models that read the log together, on %s', (where) => {
  const db = useReadModelDatabasePerTest(where, 'group');

  const runnerOf = (projections: readonly Projection[]) =>
    new ProjectionRunner({ store: db.store, database: db.database, schema: db.schema, projections, batchSize: 2, pollIntervalMs: 10, pacing: false });

  it('start after a rebuild at the head, a read model that took no event of the log too, and apply only what comes after', async () => {
    await db.store.appendToStream('note-1', notes(7), { expectedRevision: 'no_stream' });
    const head = await db.store.headPosition();
    // The second takes streams the log does not have (as proposals in a cycle without any).
    await rebuildProjections({ store: db.store, database: db.database, schema: db.schema, projections: [recording(db.schema, 'notes', 'note-'), recording(db.schema, 'quiet', 'quiet-')], batchSize: 3 });
    expect(await loadCheckpoint(db.database, { schema: db.schema, projection: 'notes' })).toBe(head);
    expect(await loadCheckpoint(db.database, { schema: db.schema, projection: 'quiet' })).toBe(head);

    const live = recording(db.schema, 'notes', 'note-');
    const runner = runnerOf([live, recording(db.schema, 'quiet', 'quiet-')]);
    await runner.start();
    try {
      await db.store.appendToStream('note-1', notes(1, 7), { expectedRevision: 6 });
      const after = await db.store.headPosition();
      await runner.caughtUpTo(after);
      expect(live.applied).toEqual([after]);
    } finally {
      await runner.stop();
    }
  });

  it('start from the earliest checkpoint when a read model joins late, and each of the others applies no event again', async () => {
    await db.store.appendToStream('note-1', notes(6), { expectedRevision: 'no_stream' });
    const first = runnerOf([recording(db.schema, 'notes', 'note-')]);
    await first.start();
    await first.caughtUpTo(await db.store.headPosition());
    await first.stop();
    await db.store.appendToStream('note-1', notes(1, 6), { expectedRevision: 5 });
    const head = await db.store.headPosition();

    // A new read model of the same streams, with no checkpoint: the group reads from the start, in batches of 2.
    const again = recording(db.schema, 'notes', 'note-');
    const joined = recording(db.schema, 'joined', 'note-');
    const runner = runnerOf([again, joined]);
    await runner.start();
    try {
      await runner.caughtUpTo(head);
      expect(joined.applied).toHaveLength(7);
      expect(again.applied).toEqual([head]);
      expect(runner.committedPosition('notes')).toBe(head);
      expect(await db.database.query(`SELECT count(*)::int AS n FROM ${tableOf(db.schema, 'rm_notes')}`)).toEqual([{ n: 7 }]);
    } finally {
      await runner.stop();
    }
  });
});
