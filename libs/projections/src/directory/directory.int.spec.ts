import { readModelProjections } from '../read-models';
import { migrateCheckpoints } from '../runner/checkpoint.persistence';
import { matchesFilter } from '../runner/projection';
import { ProjectionRunner, applyBatch } from '../runner/projection-runner';
import { rebuildProjections } from '../runner/rebuild';
import { listAppeals, listCycles, listRectifications, listResults, listSnapshots, listUnits, schemeVersion } from '../queries/directory.queries';
import { scenarioYear } from '../testing/evaluation-scenario';
import { driveSmallCycle, readModelRows, type ReadModelDatabase } from '../testing/read-model-fixture';
import { useReadModelDatabasePerTest } from '../testing/read-model-database-per-test';
import { directoryProjection } from './directory.projection';

jest.setTimeout(180_000);

type Where = 'embedded' | 'postgres';

const SHAPE = { cycleId: 'c1', categories: ['townships', 'departments'], unitsPerCategory: 3, indicators: 3 } as const;

/** The small cycle, then everything that lands only in the directory: a snapshot, results computed, published and recomputed on appeal, an appeal, a rectification order with its plan. */
const driveToRectification = async (db: ReadModelDatabase): Promise<void> => {
  const driver = await driveSmallCycle(db.store, SHAPE);
  const office = { userId: 'office-1', role: 'office' } as const;
  const lines = [
    { unitId: 'townships-001', total: '91.50', grade: 'good', rank: 1 },
    { unitId: 'townships-002', total: '88.00', grade: 'good', rank: 2 },
    { unitId: 'townships-003', total: '60.25', grade: 'fair', rank: 3 },
  ];
  const scored = { categoryId: 'townships', asOfPosition: '40', asOf: `${scenarioYear(SHAPE) + 1}-01-22T00:00:00.000Z`, schemeVersion: 1, units: lines };
  await driver.send(office, () => ({ type: 'TakeSnapshot', data: { ...scored, phase: 'year-end' } }));
  await driver.send(office, () => ({ type: 'ComputeResults', data: scored }));
  await driver.send(office, () => ({ type: 'PublishResults', data: { categoryId: 'townships', noticeEndsAt: '2100-12-31' } }));
  await driver.send({ userId: 'reporter-townships-001', role: 'unit-reporter', unitId: 'townships-001' }, () => ({
    type: 'FileAppeal',
    data: { appealId: 'a1', unitId: 'townships-001', against: { kind: 'proposal', proposalId: 'f-townships-001' }, grounds: '扣分依据不足' },
  }));
  await driver.send({ userId: 'member-1', role: 'committee' }, () => ({ type: 'DecideAppeal', data: { appealId: 'a1', outcome: 'dismissed' } }), { reason: '证据充分' });
  await driver.phase('publication', 'close');
  await driver.phase('results', 'open');
  await driver.send(office, () => ({ type: 'OrderRectification', data: { orderId: 'o1', unitId: 'townships-002', reason: '整改窗口服务', dueAt: '2100-03-31' } }));
  await driver.send({ userId: 'reporter-townships-002', role: 'unit-reporter', unitId: 'townships-002' }, () => ({
    type: 'SubmitRectificationPlan',
    data: { orderId: 'o1', unitId: 'townships-002', plan: '增设窗口', documents: ['sha256:ab'] },
  }));
};

/** The cycle driven to rectification, the read models' tables made, a fresh directory and the log it reads. */
const directoryLog = async (db: ReadModelDatabase) => {
  await driveToRectification(db);
  await migrateCheckpoints(db.database, db.schema);
  for (const projection of readModelProjections(db)) await projection.migrate(db.database);
  const projection = directoryProjection(db);
  return { projection, log: (await db.store.readAll()).filter((event) => matchesFilter(projection.filter, event)) };
};

describe.each<Where>(['embedded', 'postgres'])('the directory read model on %s', (where) => {
  const db = useReadModelDatabasePerTest(where, 'directory');

  it('follows the cycle live (cycles, scheme, units, appeals, orders, results, snapshots) and a rebuild from position 0 gives the same rows', async () => {
    for (const projection of readModelProjections(db)) await projection.migrate(db.database);
    const runner = new ProjectionRunner({ store: db.store, database: db.database, schema: db.schema, projections: [directoryProjection(db)], batchSize: 9, pollIntervalMs: 20 });
    await runner.start();
    await driveToRectification(db);
    await runner.caughtUpTo(await db.store.headPosition());
    await runner.stop();
    const read = { db: db.database, schema: db.schema };

    const cycles = await listCycles(read, { limit: 10, offset: 0 });
    expect(cycles.items).toEqual([expect.objectContaining({ cycleId: 'c1', status: 'active', openPhases: ['results'], schemeVersion: 1 })]);
    expect((await schemeVersion(read, { cycleId: 'c1' }))?.outline).toMatchObject({ categories: expect.arrayContaining([expect.objectContaining({ id: 'townships' })]) });
    expect((await listUnits(read, { cycleId: 'c1', categoryId: 'townships', limit: 10, offset: 0 })).total).toBe(3);
    expect((await listAppeals(read, { cycleId: 'c1', limit: 10, offset: 0 })).items).toEqual([
      expect.objectContaining({ appealId: 'a1', status: 'decided', decided: expect.objectContaining({ outcome: 'dismissed', reason: '证据充分', role: 'committee' }) }),
    ]);
    expect((await listRectifications(read, { cycleId: 'c1', limit: 10, offset: 0 })).items).toEqual([
      expect.objectContaining({ orderId: 'o1', status: 'planned', plan: expect.objectContaining({ text: '增设窗口', documents: ['sha256:ab'] }) }),
    ]);
    const [results] = await listResults(read, { cycleId: 'c1' });
    expect(results).toMatchObject({ categoryId: 'townships', status: 'published', published: { noticeEndsAt: '2100-12-31', units: expect.arrayContaining([expect.objectContaining({ total: '91.50' })]) } });
    expect((await listSnapshots(read, { cycleId: 'c1', unitId: 'townships-003' }))[0]?.units).toEqual([{ unitId: 'townships-003', total: '60.25', grade: 'fair', rank: 3 }]);

    const live = await readModelRows(db);
    await rebuildProjections({ store: db.store, database: db.database, schema: db.schema, projections: [directoryProjection(db)] });
    expect(await readModelRows(db)).toEqual(live);
  });

  it('writes the same rows whatever the batches: one event at a time, and a rebuild in one batch', async () => {
    const { projection, log } = await directoryLog(db);
    for (const event of log) await applyBatch({ database: db.database, schema: db.schema, projection, batch: [event] });
    const eventByEvent = await readModelRows(db);
    expect((eventByEvent['rm_cycles'] ?? []).length).toBe(1);
    await rebuildProjections({ store: db.store, database: db.database, schema: db.schema, projections: [directoryProjection(db)], batchSize: 10_000 });
    expect(await readModelRows(db)).toEqual(eventByEvent);
  });

  it('applies the same batches again (same process, and after a restart) without changing a row', async () => {
    const { projection, log } = await directoryLog(db);
    const batches = Array.from({ length: Math.ceil(log.length / 10) }, (_, at) => log.slice(at * 10, at * 10 + 10));
    for (const batch of batches) await applyBatch({ database: db.database, schema: db.schema, projection, batch });
    const once = await readModelRows(db);
    expect((once['rm_appeals'] ?? []).length).toBe(1);
    for (const batch of [...batches].reverse()) await applyBatch({ database: db.database, schema: db.schema, projection, batch });
    expect(await readModelRows(db)).toEqual(once);
    const restarted = directoryProjection(db);
    for (const batch of batches.slice(-3)) await applyBatch({ database: db.database, schema: db.schema, projection: restarted, batch });
    expect(await readModelRows(db)).toEqual(once);
  });
});
