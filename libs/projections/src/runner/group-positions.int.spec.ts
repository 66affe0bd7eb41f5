import type { SqlQueryable } from '@kaoping/eventstore';
import { useReadModelDatabasePerTest } from '../testing/read-model-database-per-test';
import { loadCheckpoint } from './checkpoint.persistence';
import type { Projection } from './projection';
import { MAX_BATCH_FACTOR, ProjectionRunner } from './projection-runner';
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

  it('work off a backlog in batches growing to MAX_BATCH_FACTOR × batchSize, each event once and in order, and small batches once caught up', async () => {
    await db.store.appendToStream('note-1', notes(30), { expectedRevision: 'no_stream' });
    const sizes: number[] = [];
    const notesModel = recording(db.schema, 'notes', 'note-');
    const sized: Projection = {
      ...notesModel,
      apply: async (batch, tx) => {
        sizes.push(batch.length);
        await notesModel.apply(batch, tx);
      },
    };
    const runner = runnerOf([sized]);
    await runner.start();
    try {
      await runner.caughtUpTo(await db.store.headPosition());
      const positions = notesModel.applied;
      expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
      expect(new Set(positions).size).toBe(30);
      // batchSize 2: 2, 4, 8, then 8 at most (MAX_BATCH_FACTOR 4).
      expect(MAX_BATCH_FACTOR).toBe(4);
      expect(sizes.slice(0, 4)).toEqual([2, 4, 8, 8]);
      expect(Math.max(...sizes)).toBe(8);
      const before = sizes.length;
      await db.store.appendToStream('note-1', notes(1, 30), { expectedRevision: 29 });
      await runner.caughtUpTo(await db.store.headPosition());
      expect(sizes.slice(before)).toEqual([1]);
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

describe.each<Where>(['embedded', 'postgres'])('a rebuild of read models out of step, on %s', (where) => {
  const db = useReadModelDatabasePerTest(where, 'steps');

  it('lets a read model apply later pages while another still applies an earlier one, each page once and in log order', async () => {
    await db.store.appendToStream('note-1', notes(12), { expectedRevision: 'no_stream' });
    const head = await db.store.headPosition();
    const fast = recording(db.schema, 'fast', 'note-');
    const slow = recording(db.schema, 'slow', 'note-');
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let fastAppliedWhenSlowWent = 0;
    const projections: Projection[] = [
      {
        ...fast,
        // Its second page applied (pages of 3): the slow one may go on.
        apply: async (batch, tx) => {
          await fast.apply(batch, tx);
          if (fast.applied.length >= 6) release();
        },
      },
      {
        ...slow,
        // Its first page waits for the fast one to be a page ahead (at most 5 s: a rebuild in step would
        // wait it out), before its transaction (the embedded database has one session).
        prepare: async () => {
          if (slow.applied.length > 0) return;
          let timer: ReturnType<typeof setTimeout> | undefined;
          await Promise.race([released, new Promise((resolve) => (timer = setTimeout(resolve, 5_000)))]);
          clearTimeout(timer);
          fastAppliedWhenSlowWent = fast.applied.length;
        },
      },
    ];
    await rebuildProjections({ store: db.store, database: db.database, schema: db.schema, projections, batchSize: 3 });
    expect(fastAppliedWhenSlowWent).toBeGreaterThanOrEqual(6);
    const positions = Array.from({ length: 12 }, (_, at) => head - 11n + BigInt(at));
    expect(fast.applied).toEqual(positions);
    expect(slow.applied).toEqual(positions);
    expect(await loadCheckpoint(db.database, { schema: db.schema, projection: 'slow' })).toBe(head);
    expect(await db.database.query(`SELECT count(*)::int AS n FROM ${tableOf(db.schema, 'rm_slow')}`)).toEqual([{ n: 12 }]);
  });

  it('tells the time of its pages apart from the finishing work deferred to its end', async () => {
    await db.store.appendToStream('note-1', notes(7), { expectedRevision: 'no_stream' });
    // A clock the read model moves: 10 ms a page applied, 1,000 ms for its finishing work.
    let clock = 0;
    const timed = recording(db.schema, 'timed', 'note-');
    const projection: Projection = {
      ...timed,
      apply: async (batch, tx) => {
        clock += 10;
        await timed.apply(batch, tx);
      },
      finishRebuild: async () => {
        clock += 1_000;
      },
    };
    const done = await rebuildProjections({ store: db.store, database: db.database, schema: db.schema, projections: [projection], batchSize: 3, now: () => clock });
    // Seven events in pages of three: three pages.
    expect({ events: done.events, elapsedMs: done.elapsedMs, pagesMs: done.pagesMs, finishingMs: done.finishingMs }).toEqual({ events: 7, elapsedMs: 1_030, pagesMs: 30, finishingMs: 1_000 });
  });

  it('fails with the error of a read model that fails, once the pages in flight end; it applies nothing after, and no read model is left at the head', async () => {
    await db.store.appendToStream('note-1', notes(15), { expectedRevision: 'no_stream' });
    const head = await db.store.headPosition();
    const steady = recording(db.schema, 'steady', 'note-');
    const failing = recording(db.schema, 'failing', 'note-');
    let pages = 0;
    const projections: Projection[] = [
      steady,
      {
        ...failing,
        apply: async (batch, tx) => {
          pages += 1;
          if (pages === 2) throw new Error('the second page does not apply');
          await failing.apply(batch, tx);
        },
      },
    ];
    await expect(rebuildProjections({ store: db.store, database: db.database, schema: db.schema, projections, batchSize: 3 })).rejects.toThrow('the second page does not apply');
    expect(pages).toBe(2);
    expect(failing.applied).toEqual([head - 14n, head - 13n, head - 12n]);
    expect(await loadCheckpoint(db.database, { schema: db.schema, projection: 'failing' })).toBe(head - 12n);
    const steadyAt = await loadCheckpoint(db.database, { schema: db.schema, projection: 'steady' });
    expect(steadyAt).not.toBeNull();
    expect(steadyAt ?? head).toBeLessThan(head);
  });
});
