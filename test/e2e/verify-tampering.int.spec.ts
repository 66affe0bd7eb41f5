import { verifyLog } from '@kaoping/audit';
import { createEventStore, openSqlDatabase, type EventStore, type SqlClient } from '@kaoping/eventstore';
import { assertTestDatabaseReachable, freshTestSchema, testDatabaseUrl, type TestSchema } from '@kaoping/testing';
import { EXIT_BROKEN, createVerifyCommand } from '../../apps/cli/src/commands/verify.command';

const meta = { actorId: 'wang.office', role: 'office' } as const;

describe.each(['embedded', 'postgres'] as const)('verify on %s, after an event is altered in the database', (kind) => {
  let client: SqlClient;
  let store: EventStore;
  let schema: TestSchema | undefined;
  let schemaName = 'kaoping';
  beforeAll(async () => {
    if (kind === 'postgres') {
      const url = testDatabaseUrl();
      await assertTestDatabaseReachable(url);
      schema = await freshTestSchema({ label: 'verify', url });
      schemaName = schema.name;
      client = await openSqlDatabase({ kind: 'postgres', connectionString: url });
    } else {
      client = await openSqlDatabase({ kind: 'embedded' });
    }
    store = await createEventStore({ kind: 'sql', client, dialect: kind, schema: schemaName });
    await store.appendToStream('cycle-t1', [{ type: 'CycleCreated', data: { cycleId: 't1' }, metadata: meta }], { expectedRevision: 'no_stream' });
    await store.appendToStream(
      'unit-t1-xinchengpu',
      [
        { type: 'DataSubmitted', data: { cycleId: 't1', unitId: 'xinchengpu', value: '5100' }, metadata: meta },
        { type: 'DataSubmitted', data: { cycleId: 't1', unitId: 'xinchengpu', value: '610' }, metadata: meta },
      ],
      { expectedRevision: 'no_stream' },
    );
    await store.appendToStream('unit-t2-nanniu', [{ type: 'DataSubmitted', data: { cycleId: 't2', unitId: 'nanniu', value: '1' }, metadata: meta }], { expectedRevision: 'no_stream' });
  });
  afterAll(async () => {
    await store.close();
    await client.close();
    await schema?.drop();
  });

  it('reports an untouched log as whole', async () => {
    const report = await verifyLog({ store, cycleId: 't1' });
    expect([report.ok, report.streamsChecked, report.eventsChecked, report.brokenLinks]).toEqual([true, 2, 3, 0]);
  });

  it('finds the altered event as the first broken link, in the cycle and in the whole log, and the CLI exits 3', async () => {
    await client.query(`UPDATE "${schemaName}".events SET data = '{"cycleId":"t1","unitId":"xinchengpu","value":"9100"}' WHERE stream_id = 'unit-t1-xinchengpu' AND revision = 0`);
    const cycle = await verifyLog({ store, cycleId: 't1' });
    expect(cycle).toEqual(
      expect.objectContaining({
        ok: false,
        brokenLinks: 1,
        firstBroken: expect.objectContaining({ streamId: 'unit-t1-xinchengpu', revision: 0, problem: 'hash-mismatch' }),
      }),
    );
    const whole = await verifyLog({ store });
    expect([whole.ok, whole.eventsChecked, whole.firstBroken?.streamId]).toEqual([false, 4, 'unit-t1-xinchengpu']);
    expect((await verifyLog({ store, cycleId: 't2' })).ok).toBe(true);

    const out: string[] = [];
    const verify = createVerifyCommand(async () => ({ store, close: async () => undefined }));
    const code = await verify.run(['--cycle', 't1'], { out: (line) => out.push(line), err: (line) => out.push(line), readFile: () => '' });
    expect(code).toBe(EXIT_BROKEN);
    expect(out[0]).toMatch(/^BROKEN: cycle t1, 2 streams, 3 events checked up to position \d+, 1 broken links$/);
    expect(out[1]).toMatch(/^first broken link: hash-mismatch at unit-t1-xinchengpu revision 0 /);
  });
});
