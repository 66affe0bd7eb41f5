import { assertIntactUpTo, verifyLog, type AuditVerifyReport } from '@kaoping/audit';
import {
  LogSigner,
  createEventStore,
  eventHash,
  logChainHash,
  openSqlDatabase,
  startLogSealer,
  type EventStore,
  type RecordedEvent,
  type SqlClient,
} from '@kaoping/eventstore';
import { KAOPING_CONFIG, SQL_DATABASE, type KaopingConfig, type SqlDatabase } from '@kaoping/runtime';
import { assertTestDatabaseReachable, freshTestSchema, testDatabaseUrl, uniqueSchemaName } from '@kaoping/testing';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogCommand } from '../../apps/cli/src/commands/log.command';
import { EXIT_BROKEN, createVerifyCommand } from '../../apps/cli/src/commands/verify.command';
import { startKaoping, type Kaoping } from './support/kaoping';

const meta = { actorId: 'wang.office', role: 'office' } as const;
const signer = LogSigner.generate();

type Kind = 'embedded' | 'postgres';

/** A store in its own schema, with a signer, seeded and sealed, and the means to attack it in SQL. */
type Subject = Readonly<{
  store: EventStore;
  sql: (text: string, params?: readonly (string | number)[]) => Promise<readonly Readonly<Record<string, unknown>>[]>;
  schema: string;
  /** The seeded log: cycle-t1 (1), unit-t1-a (2), unit-t1-b (1), unit-t1-c (2), in this order. */
  log: readonly RecordedEvent[];
  dispose: () => Promise<void>;
}>;

// Starting PGlite or an API on a loaded machine takes seconds; hooks get the int tier's 60 s.
jest.setTimeout(60_000);

let pglite: Promise<SqlClient> | undefined;
afterAll(async () => {
  if (pglite) await (await pglite).close();
});

const open = async (kind: Kind): Promise<Readonly<{ client: SqlClient; schema: string; drop: () => Promise<void> }>> => {
  if (kind === 'embedded') {
    const client = await (pglite ??= openSqlDatabase({ kind: 'embedded' }));
    const schema = uniqueSchemaName('tamper');
    return { client, schema, drop: async () => void (await client.query(`DROP SCHEMA "${schema}" CASCADE`)) };
  }
  const url = testDatabaseUrl();
  await assertTestDatabaseReachable(url);
  const fresh = await freshTestSchema({ label: 'tamper', url });
  const client = await openSqlDatabase({ kind: 'postgres', connectionString: url });
  return {
    client,
    schema: fresh.name,
    drop: async () => {
      await client.close();
      await fresh.drop();
    },
  };
};

const seeded = async (kind: Kind): Promise<Subject> => {
  const { client, schema, drop } = await open(kind);
  const store = await createEventStore({ kind: 'sql', client, dialect: kind, schema }, { signer });
  const fact = (unitId: string, value: string) => ({ type: 'DataSubmitted', data: { cycleId: 't1', unitId, value }, metadata: meta });
  await store.appendToStream('cycle-t1', [{ type: 'CycleCreated', data: { cycleId: 't1' }, metadata: meta }], { expectedRevision: 'no_stream' });
  await store.appendToStream('unit-t1-a', [fact('a', '5100'), fact('a', '610')], { expectedRevision: 'no_stream' });
  await store.appendToStream('unit-t1-b', [fact('b', '77')], { expectedRevision: 'no_stream' });
  await store.appendToStream('unit-t1-c', [fact('c', '1'), fact('c', '2')], { expectedRevision: 'no_stream' });
  const sealed = await store.seal();
  expect(sealed.checkpoint).toBeDefined();
  return {
    store,
    schema,
    sql: (text, params = []) => client.query(text, [...params]),
    log: await store.readAll(),
    dispose: async () => {
      await store.close();
      await drop();
    },
  };
};

const at = (log: readonly RecordedEvent[], streamId: string, revision: number): RecordedEvent => {
  const found = log.find((e) => e.streamId === streamId && e.revision === revision);
  if (found === undefined) throw new Error(`no ${streamId}@${revision} in the seeded log`);
  return found;
};

/**
 * The attacker who knows our hash functions: after changing rows, recomputes every stream hash
 * and every global-chain link, and fixes the stream table, so that all chains hold again.
 */
const recomputeEverything = async (s: Subject): Promise<void> => {
  const events = await s.store.readAll();
  const streamTip = new Map<string, string>();
  let link = '0'.repeat(64);
  for (const event of events) {
    const prevHash = streamTip.get(event.streamId) ?? '0'.repeat(64);
    const hash = eventHash(prevHash, event);
    streamTip.set(event.streamId, hash);
    await s.sql(`UPDATE "${s.schema}".events SET prev_hash = $1, hash = $2 WHERE event_id = $3::uuid`, [prevHash, hash, event.id]);
    await s.sql(`UPDATE "${s.schema}".streams SET last_hash = $1, last_revision = $2, last_position = $3::bigint WHERE stream_id = $4`, [
      hash,
      event.revision,
      event.globalPosition.toString(),
      event.streamId,
    ]);
    link = logChainHash(link, event.globalPosition, hash);
    await s.sql(`UPDATE "${s.schema}".log_chain SET chain_hash = $1 WHERE global_position = $2::bigint`, [link, event.globalPosition.toString()]);
  }
  await s.sql(`DELETE FROM "${s.schema}".log_chain WHERE global_position NOT IN (SELECT global_position FROM "${s.schema}".events)`);
  await s.sql(`DELETE FROM "${s.schema}".streams WHERE stream_id NOT IN (SELECT stream_id FROM "${s.schema}".events)`);
};

const deleteEvent = (s: Subject, event: RecordedEvent) => s.sql(`DELETE FROM "${s.schema}".events WHERE event_id = $1::uuid`, [event.id]);
const editEvent = (s: Subject, event: RecordedEvent, value: string) =>
  s.sql(`UPDATE "${s.schema}".events SET data = $1::json WHERE event_id = $2::uuid`, [JSON.stringify({ ...(event.data as object), value }), event.id]);

const firstBroken = (report: AuditVerifyReport): readonly unknown[] => [report.ok, report.firstBroken?.problem, report.firstBroken?.globalPosition];

describe.each(['embedded', 'postgres'] as const)('tamper evidence on %s: verify names each attack', (kind) => {
  let s: Subject;
  beforeEach(async () => {
    s = await seeded(kind);
  });
  afterEach(async () => {
    await s.dispose();
  });

  it('finds a sealed and signed log whole', async () => {
    const report = await verifyLog({ store: s.store });
    expect(report).toMatchObject({ ok: true, brokenLinks: 0, eventsChecked: 6, sealedEvents: 6, checkpointsChecked: 1, signatureKey: 'configured' });
    expect(report.signedPosition).toBe(report.sealedPosition);
  });

  it('an edited event: hash-mismatch at that event, in the log and in its cycle; the CLI exits 3', async () => {
    const a0 = at(s.log, 'unit-t1-a', 0);
    await editEvent(s, a0, '9100');
    const whole = await verifyLog({ store: s.store });
    expect(firstBroken(whole)).toEqual([false, 'hash-mismatch', a0.globalPosition.toString()]);
    expect(whole.firstBroken).toMatchObject({ streamId: 'unit-t1-a', revision: 0, eventId: a0.id });
    expect(firstBroken(await verifyLog({ store: s.store, cycleId: 't1' }))).toEqual([false, 'hash-mismatch', a0.globalPosition.toString()]);

    const out: string[] = [];
    const verify = createVerifyCommand(async () => ({ store: s.store, close: async () => undefined }));
    const code = await verify.run(['--cycle', 't1'], { out: (line) => out.push(line), err: (line) => out.push(line), readFile: () => '' });
    expect(code).toBe(EXIT_BROKEN);
    expect(out[0]).toMatch(/^BROKEN: cycle t1, 4 streams, 6 events checked up to position \d+, 1 broken links$/);
    expect(out[2]).toMatch(new RegExp(`^first broken link: hash-mismatch at position ${a0.globalPosition} of unit-t1-a revision 0, event ${a0.id}`));
  });

  it('an event deleted in the middle of a stream: missing-event at its position', async () => {
    const c0 = at(s.log, 'unit-t1-c', 0);
    await deleteEvent(s, c0);
    expect(firstBroken(await verifyLog({ store: s.store }))).toEqual([false, 'missing-event', c0.globalPosition.toString()]);
  });

  it('the last event of a stream deleted: missing-event, and the stream table still knows it (stream-tail-missing)', async () => {
    const a1 = at(s.log, 'unit-t1-a', 1);
    await deleteEvent(s, a1);
    const report = await verifyLog({ store: s.store });
    expect(firstBroken(report)).toEqual([false, 'missing-event', a1.globalPosition.toString()]);
    expect(report.brokenLinks).toBe(3); // the missing event, the stream's tail, and every checkpoint after it
  });

  it('the last event of a stream deleted with the global chain and checkpoints: the stream table still knows it (stream-tail-missing)', async () => {
    const a1 = at(s.log, 'unit-t1-a', 1);
    await deleteEvent(s, a1);
    await s.sql(`DELETE FROM "${s.schema}".log_chain`);
    await s.sql(`DELETE FROM "${s.schema}".log_checkpoints`);
    expect(firstBroken(await verifyLog({ store: s.store }))).toEqual([false, 'stream-tail-missing', a1.globalPosition.toString()]);
  });

  it('the last event of the log deleted: missing-event at the end', async () => {
    const last = s.log[s.log.length - 1];
    if (last === undefined) throw new Error('empty log');
    await deleteEvent(s, last);
    expect(firstBroken(await verifyLog({ store: s.store }))).toEqual([false, 'missing-event', last.globalPosition.toString()]);
  });

  it('a whole stream removed (its only event and its stream row): missing-event at its position', async () => {
    const b0 = at(s.log, 'unit-t1-b', 0);
    await deleteEvent(s, b0);
    await s.sql(`DELETE FROM "${s.schema}".streams WHERE stream_id = 'unit-t1-b'`);
    expect(firstBroken(await verifyLog({ store: s.store }))).toEqual([false, 'missing-event', b0.globalPosition.toString()]);
  });

  it('a whole stream removed and every chain recomputed: only the signed checkpoint catches it', async () => {
    await deleteEvent(s, at(s.log, 'unit-t1-b', 0));
    await recomputeEverything(s);
    const report = await verifyLog({ store: s.store });
    expect(firstBroken(report)).toEqual([false, 'checkpoint-mismatch', report.sealedPosition]);
  });

  it('a value changed and every chain recomputed with our own hash functions: checkpoint-mismatch', async () => {
    await editEvent(s, at(s.log, 'unit-t1-a', 0), '9100');
    await recomputeEverything(s);
    const report = await verifyLog({ store: s.store });
    const last = s.log[s.log.length - 1]?.globalPosition.toString();
    expect(firstBroken(report)).toEqual([false, 'checkpoint-mismatch', last]);
    expect(report.brokenLinks).toBe(1);
  });

  it('a truncated log (the last events, their links and stream row gone): truncated', async () => {
    await deleteEvent(s, at(s.log, 'unit-t1-c', 1));
    await deleteEvent(s, at(s.log, 'unit-t1-c', 0));
    await recomputeEverything(s);
    const report = await verifyLog({ store: s.store });
    const last = s.log[s.log.length - 1]?.globalPosition.toString();
    expect(firstBroken(report)).toEqual([false, 'truncated', last]);
  });

  it('a checkpoint signed with another key (a forged head): bad-signature', async () => {
    const forger = LogSigner.generate();
    const forged = forger.sign({ position: 1n, chainHash: 'f'.repeat(64), signedAt: new Date().toISOString(), reason: 'periodic' });
    await s.sql(
      `INSERT INTO "${s.schema}".log_checkpoints (global_position, chain_hash, signed_at, reason, public_key, signature) VALUES (1, $1, $2, $3, $4, $5)`,
      [forged.chainHash, forged.signedAt, forged.reason, forged.publicKey, forged.signature],
    );
    expect(firstBroken(await verifyLog({ store: s.store }))).toEqual([false, 'bad-signature', '1']);
  });

  it('serves no value as of a moment after a broken link, and still serves the moments before it', async () => {
    const b0 = at(s.log, 'unit-t1-b', 0);
    await editEvent(s, b0, '99');
    await expect(assertIntactUpTo(s.store, b0.globalPosition - 1n)).resolves.toBeUndefined();
    await expect(assertIntactUpTo(s.store, b0.globalPosition)).rejects.toMatchObject({ code: 'log-broken' });
  });

  it('does not call an unknown cycle whole: NotFound, and the CLI does not exit 0', async () => {
    await expect(verifyLog({ store: s.store, cycleId: 'typo' })).rejects.toMatchObject({ code: 'cycle-not-found' });
    const err: string[] = [];
    const verify = createVerifyCommand(async () => ({ store: s.store, close: async () => undefined }));
    const code = await verify.run(['--cycle', 'typo'], { out: () => undefined, err: (line) => err.push(line), readFile: () => '' });
    expect(code).toBe(EXIT_BROKEN);
    expect(err.join('\n')).toMatch(/typo/);
  });

  it('seals a publication of results with a signed head that verifies, and fails to after any change', async () => {
    const published = await s.store.appendToStream(
      'results-t1-departments',
      [{ type: 'ResultsPublished', data: { cycleId: 't1', categoryId: 'departments' }, metadata: meta }],
      { expectedRevision: 'no_stream' },
    );
    const sealer = startLogSealer(s.store, { checkpoints: s.store.checkpointStore(), sealEveryMs: 60_000 });
    try {
      let rows: readonly Readonly<Record<string, unknown>>[] = [];
      for (let tries = 0; tries < 600 && rows.length === 0; tries++) {
        rows = await s.sql(`SELECT global_position::text AS position, reason FROM "${s.schema}".log_checkpoints WHERE reason LIKE 'ResultsPublished%'`);
        if (rows.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(rows).toEqual([{ position: published.lastGlobalPosition.toString(), reason: `ResultsPublished results-t1-departments @ ${published.lastGlobalPosition}` }]);
    } finally {
      await sealer.stop();
    }
    const sealed = await verifyLog({ store: s.store });
    expect([sealed.ok, sealed.signedPosition]).toEqual([true, published.lastGlobalPosition.toString()]);

    const [publication] = await s.store.readStream('results-t1-departments');
    if (publication === undefined) throw new Error('the publication is gone');
    await s.sql(`UPDATE "${s.schema}".events SET data = '{"cycleId":"t1","categoryId":"townships"}' WHERE event_id = $1::uuid`, [publication.id]);
    await recomputeEverything(s);
    expect(firstBroken(await verifyLog({ store: s.store }))).toEqual([false, 'checkpoint-mismatch', published.lastGlobalPosition.toString()]);
  });
});

describe.each(['embedded', 'postgres'] as const)('GET /audit/verify on %s', (kind) => {
  let k: Kaoping;
  beforeAll(async () => {
    k = await startKaoping(kind);
  });
  afterAll(async () => {
    await k.close();
  });

  it('answers 200 with ok:false and the first broken link (position as a string) after a value is altered; 404 for an unknown cycle', async () => {
    const store = k.api.store;
    await store.appendToStream('cycle-t9', [{ type: 'CycleCreated', data: { cycleId: 't9' }, metadata: meta }], { expectedRevision: 'no_stream' });
    const appended = await store.appendToStream('unit-t9-a', [{ type: 'DataSubmitted', data: { value: '1' }, metadata: meta }], { expectedRevision: 'no_stream' });
    await store.seal();
    const schema = k.api.app.get<KaopingConfig>(KAOPING_CONFIG).databaseSchema;
    const { client } = k.api.app.get<SqlDatabase>(SQL_DATABASE);
    await client.query(`UPDATE "${schema}".events SET data = '{"value":"2"}' WHERE stream_id = 'unit-t9-a'`);

    const auditor = await k.asAuditor();
    const res = await k.api.http().get('/audit/verify').set(auditor);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      ok: false,
      firstBroken: { problem: 'hash-mismatch', streamId: 'unit-t9-a', globalPosition: appended.lastGlobalPosition.toString() },
    });
    const cycle = await k.api.http().get('/audit/verify?cycleId=t9').set(auditor);
    expect([cycle.status, cycle.body.ok]).toEqual([200, false]);
    const unknown = await k.api.http().get('/audit/verify?cycleId=no-such-cycle').set(auditor);
    expect([unknown.status, unknown.body.ok]).toEqual([404, undefined]);
  });
});

describe.each(['embedded', 'postgres'] as const)('backup and restore on %s: log export → log import', (kind) => {
  it('round-trips the whole log with its chains and signatures into an empty store, which verifies; refuses an altered file and a non-empty store, writing nothing', async () => {
    const source = await seeded(kind);
    const target = await open(kind);
    const restored = await createEventStore({ kind: 'sql', client: target.client, dialect: kind, schema: target.schema }, { signer });
    const dir = await mkdtemp(join(tmpdir(), 'kaoping-backup-'));
    try {
      await source.store.appendToStream('unit-t1-b', [{ type: 'DataSubmitted', data: { value: 'after the seal' }, metadata: meta }], { expectedRevision: 0 });
      const file = join(dir, 'log.ndjson');
      const io = (out: string[]) => ({ out: (line: string) => out.push(line), err: (line: string) => out.push(line), readFile: (path: string) => readFileSync(path, 'utf8') });
      const exported: string[] = [];
      expect(await createLogCommand(async () => ({ store: source.store, close: async () => undefined })).run(['export', '--out', file], io(exported))).toBe(0);
      const lines = readFileSync(file, 'utf8').trim().split('\n');
      expect(lines).toHaveLength(1 + 7 + 1);

      // An altered file: nothing is written.
      const altered = join(dir, 'altered.ndjson');
      writeFileSync(altered, lines.map((line) => line.replace('"value":"5100"', '"value":"9100"')).join('\n'));
      const refused: string[] = [];
      const importInto = createLogCommand(async () => ({ store: restored, close: async () => undefined }));
      expect(await importInto.run(['import', '--in', altered], io(refused))).toBe(1);
      expect(refused.join('\n')).toMatch(/hash-mismatch/);
      expect(await restored.readAll()).toEqual([]);

      const imported: string[] = [];
      expect(await importInto.run(['import', '--in', file], io(imported))).toBe(0);
      expect(imported[0]).toMatch(/^imported and verified: 7 events, 1 signed checkpoints/);
      expect(await restored.readAll()).toEqual(await source.store.readAll());
      const report = await verifyLog({ store: restored });
      expect([report.ok, report.sealedEvents, report.checkpointsChecked, report.signatureKey]).toEqual([true, 7, 1, 'configured']);
      // The restored store goes on: appends continue after the imported positions, and verify.
      const next = await restored.appendToStream('unit-t1-b', [{ type: 'DataSubmitted', data: { value: 'restored' }, metadata: meta }], { expectedRevision: 1 });
      expect(next.lastGlobalPosition).toBeGreaterThan(source.log[source.log.length - 1]?.globalPosition ?? 0n);
      expect((await verifyLog({ store: restored })).ok).toBe(true);
      expect(await importInto.run(['import', '--in', file], io([]))).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await restored.close();
      await target.drop();
      await source.dispose();
    }
  });
});
