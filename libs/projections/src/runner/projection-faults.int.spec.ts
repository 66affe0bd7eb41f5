import type { SqlQueryable } from '@kaoping/eventstore';
import { useReadModelDatabasePerTest } from '../testing/read-model-database-per-test';
import { loadFaults, projectionStates } from './projection-faults';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { tableOf } from './read-model-sql';

type Where = 'embedded' | 'postgres';

/** A read model that stores each note's text; while `broken`, a note saying "poison" cannot be applied. */
const notesProjection = (schema: string, state: { broken: boolean }): Projection => ({
  name: 'notes',
  filter: { streamPrefixes: ['note-'] },
  tables: ['rm_notes'],
  migrate: async (db: SqlQueryable) => {
    await db.query(`CREATE TABLE IF NOT EXISTS ${tableOf(schema, 'rm_notes')} (id text PRIMARY KEY, text text NOT NULL)`);
  },
  apply: async (batch, tx) => {
    for (const event of batch) {
      const text = String((event.data as { text?: unknown }).text);
      if (state.broken && text === 'poison') throw new Error('cannot store this note');
      await tx.query(`INSERT INTO ${tableOf(schema, 'rm_notes')} (id, text) VALUES ($1, $2)`, [event.id, text]);
    }
  },
});

const waitUntil = async (what: string, check: () => Promise<boolean> | boolean, ms = 20_000): Promise<void> => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe.each<Where>(['embedded', 'postgres'])('a projection that cannot apply an event, on %s', (where) => {
  const db = useReadModelDatabasePerTest(where, 'faults');

  it('lets the projections beside it carry on: they read and apply together, and the one that cannot leaves the group', async () => {
    const state = { broken: true };
    // Counts every note (applied together with the notes, in one transaction per batch).
    const tally: Projection = {
      name: 'tally',
      filter: { streamPrefixes: ['note-'] },
      tables: ['rm_tally'],
      migrate: async (tx: SqlQueryable) => {
        await tx.query(`CREATE TABLE IF NOT EXISTS ${tableOf(db.schema, 'rm_tally')} (id text PRIMARY KEY)`);
      },
      apply: async (batch, tx) => {
        for (const event of batch) await tx.query(`INSERT INTO ${tableOf(db.schema, 'rm_tally')} (id) VALUES ($1)`, [event.id]);
      },
    };
    const errors: string[] = [];
    const resumed: string[] = [];
    const runner = new ProjectionRunner({
      store: db.store,
      database: db.database,
      schema: db.schema,
      projections: [notesProjection(db.schema, state), tally],
      batchSize: 10,
      pollIntervalMs: 10,
      restartDelayMs: 40,
      maxRestartDelayMs: 160,
      onError: (name) => errors.push(name),
      onResumed: (name) => resumed.push(name),
    });
    const metadata = { actorId: 'tester', role: 'office' };
    const note = (text: string) => ({ type: 'NoteWritten', data: { text }, metadata });
    await db.store.appendToStream('note-1', [note('first'), note('second')], { expectedRevision: 'no_stream' });
    await runner.start();
    try {
      await runner.caughtUpTo(await db.store.headPosition());
      await db.store.appendToStream('note-1', [note('poison'), note('after')], { expectedRevision: 1 });
      const head = await db.store.headPosition();
      await runner.caughtUpTo(head, ['tally']);
      await waitUntil('the notes projection failed', () => errors.length >= 1);
      expect(new Set(errors)).toEqual(new Set(['notes']));
      expect(await db.database.query(`SELECT count(*)::int AS n FROM ${tableOf(db.schema, 'rm_tally')}`)).toEqual([{ n: 4 }]);
      expect(runner.committedPosition('tally')).toBe(head);
      // Its stored checkpoint (its lone subscription may not have loaded it into memory yet).
      expect(await runner.position('notes')).toBeLessThan(head);
      expect((await db.database.query(`SELECT text FROM ${tableOf(db.schema, 'rm_notes')} ORDER BY text`)).map((r) => r.text)).toEqual(['first', 'second']);
      state.broken = false;
      await waitUntil('resumed', () => resumed.length === 1);
      await runner.caughtUpTo(head);
    } finally {
      await runner.stop();
    }
    expect((await db.database.query(`SELECT text FROM ${tableOf(db.schema, 'rm_notes')} ORDER BY text`)).map((r) => r.text)).toEqual(['after', 'first', 'poison', 'second']);
    expect(await loadFaults(db.database, db.schema)).toEqual([]);
  });

  it('stops at that event with the event named, retries with a doubling pause (not a silent loop), and resumes once it applies', async () => {
    const state = { broken: true };
    const errors: { attempts: number; delayMs: number; message: string }[] = [];
    const resumed: string[] = [];
    const runner = new ProjectionRunner({
      store: db.store,
      database: db.database,
      schema: db.schema,
      projections: [notesProjection(db.schema, state)],
      batchSize: 10,
      pollIntervalMs: 10,
      restartDelayMs: 40,
      maxRestartDelayMs: 160,
      onError: (_name, error, retry) => errors.push({ ...retry, message: error instanceof Error ? error.message : String(error) }),
      onResumed: (name) => resumed.push(name),
    });
    const metadata = { actorId: 'tester', role: 'office' };
    const note = (text: string) => ({ type: 'NoteWritten', data: { text }, metadata });
    await db.store.appendToStream('note-1', [note('first'), note('poison'), note('after')], { expectedRevision: 'no_stream' });
    const poison = (await db.store.readStream('note-1'))[1];
    await runner.start();
    try {
      await waitUntil('four failures', () => errors.length >= 4);

      // The event before the bad one is kept; the fault names the bad one; the pauses double up to the cap.
      expect(await db.database.query(`SELECT text FROM ${tableOf(db.schema, 'rm_notes')}`)).toEqual([{ text: 'first' }]);
      expect(errors[0]?.message).toContain(`event ${poison?.globalPosition.toString()} (NoteWritten ${poison?.id} in note-1)`);
      expect(errors.slice(0, 4).map((e) => [e.attempts, e.delayMs])).toEqual([[1, 40], [2, 80], [3, 160], [4, 160]]);
      const [fault] = await loadFaults(db.database, db.schema);
      expect(fault).toMatchObject({ projection: 'notes', position: poison?.globalPosition.toString(), eventId: poison?.id, eventType: 'NoteWritten', streamId: 'note-1', error: 'cannot store this note' });
      expect(fault?.attempts).toBeGreaterThanOrEqual(4);
      const [stopped] = await projectionStates({ db: db.database, schema: db.schema, store: db.store, projections: [{ name: 'notes', filter: { streamPrefixes: ['note-'] } }] });
      expect(stopped?.fault?.eventId).toBe(poison?.id);
      expect(stopped?.behind).not.toBe('0');

      // Fixed: it applies the event, carries on, and the fault is gone.
      state.broken = false;
      await waitUntil('resumed', () => resumed.length === 1);
      await runner.caughtUpTo(await db.store.headPosition());
    } finally {
      await runner.stop();
    }
    expect((await db.database.query(`SELECT text FROM ${tableOf(db.schema, 'rm_notes')} ORDER BY text`)).map((r) => r.text)).toEqual(['after', 'first', 'poison']);
    expect(await loadFaults(db.database, db.schema)).toEqual([]);
    const [running] = await projectionStates({ db: db.database, schema: db.schema, store: db.store, projections: [{ name: 'notes', filter: { streamPrefixes: ['note-'] } }] });
    expect(running).toMatchObject({ behind: '0', lagSeconds: 0, fault: null });
  });
});
