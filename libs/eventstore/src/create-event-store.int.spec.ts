import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDatabaseUrl, useFreshSchemaPerTest } from '@kaoping/testing';
import { createEventStore, openSqlDatabase } from './create-event-store';
import { InvalidInputError } from './event-store.errors';

const fact = { type: 'UnitRegistered', data: { name: '城关镇' }, metadata: { actorId: 'office-01', role: 'office' } };

describe('createEventStore', () => {
  it('keeps an embedded store’s events, hash chain and checkpoints in its data directory (parents created) across a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'kaoping-embedded-'));
    try {
      const first = await createEventStore({ kind: 'embedded', dataDir: join(dataDir, 'nested', 'kaoping') });
      const appended = await first.appendToStream('unit-1', [fact], { expectedRevision: 'no_stream' });
      await first.checkpointStore().store('projection', appended.lastGlobalPosition);
      await first.close();

      const reopened = await createEventStore({ kind: 'embedded', dataDir: join(dataDir, 'nested', 'kaoping') });
      try {
        expect(await reopened.readStream('unit-1')).toEqual(appended.events);
        expect(await reopened.checkpointStore().load('projection')).toBe(appended.lastGlobalPosition);
        expect((await reopened.verify()).ok).toBe(true);
      } finally {
        await reopened.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  describe('on postgres', () => {
    const schema = useFreshSchemaPerTest('migrate');
    const url = testDatabaseUrl();

    it('migrates a schema idempotently, also when two processes start at once', async () => {
      const [one, two] = await Promise.all([
        createEventStore({ kind: 'postgres', connectionString: url, schema: schema().name }),
        createEventStore({ kind: 'postgres', connectionString: url, schema: schema().name }),
      ]);
      await one.appendToStream('unit-1', [fact], { expectedRevision: 'no_stream' });
      const again = await createEventStore({ kind: 'postgres', connectionString: url, schema: schema().name });

      try {
        expect((await two.readStream('unit-1')).map((e) => e.type)).toEqual(['UnitRegistered']);
        expect(await again.headPosition()).toBe(1n);
      } finally {
        await Promise.all([one.close(), two.close(), again.close()]);
      }
    });
  });

  it('shares a SQL database it does not own: closing the store leaves the database open for read models', async () => {
    const database = await openSqlDatabase({ kind: 'embedded' });
    try {
      const store = await createEventStore({ kind: 'sql', client: database, dialect: 'embedded' });
      await store.appendToStream('unit-1', [fact], { expectedRevision: 'no_stream' });
      await store.close();

      const rows = await database.query('SELECT count(*)::int AS n FROM kaoping.events');
      expect(rows).toEqual([{ n: 1 }]);
    } finally {
      await database.close();
    }
  });

  it('refuses a schema name that is not a plain SQL identifier', async () => {
    const error = await createEventStore({
      kind: 'postgres',
      connectionString: testDatabaseUrl(),
      schema: 'kaoping"; DROP TABLE x; --',
    }).then(
      () => null,
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error).toMatchObject({ details: { violations: [{ path: 'schema', rule: 'not-identifier' }] } });
  });
});
