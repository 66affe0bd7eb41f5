import { unitStreamId } from '@kaoping/evaluation';
import { createEventStore, openSqlDatabase, type EventStore, type SqlClient } from '@kaoping/eventstore';
import { readModelProjections } from '../read-models';
import { ProjectionRunner } from '../runner/projection-runner';
import { tableOf } from '../runner/read-model-sql';
import { ScenarioDriver, scenarioYear, type ScenarioShape } from './evaluation-scenario';

export type ReadModelDatabase = Readonly<{ store: EventStore; database: SqlClient; schema: string; close: () => Promise<void> }>;

/** An event store and read-model database on embedded PGlite (in memory) or PostgreSQL (a fresh schema). */
export const openReadModelDatabase = async (
  where: Readonly<{ kind: 'embedded' }> | Readonly<{ kind: 'postgres'; url: string; schema: string }>,
): Promise<ReadModelDatabase> => {
  const database = where.kind === 'embedded' ? await openSqlDatabase({ kind: 'embedded' }) : await openSqlDatabase({ kind: 'postgres', connectionString: where.url, poolSize: 4 });
  const schema = where.kind === 'embedded' ? 'kaoping' : where.schema;
  const store = await createEventStore({ kind: 'sql', client: database, dialect: where.kind, schema });
  return {
    store,
    database,
    schema,
    close: async () => {
      await store.close();
      await database.close();
    },
  };
};

const ORDER: Readonly<Record<string, string>> = {
  rm_audit_trail: 'event_id',
  rm_proposals: 'cycle_id, proposal_id',
  rm_live_scores: 'cycle_id, category_id, unit_id',
  rm_live_categories: 'cycle_id, category_id',
  rm_submission_status: 'cycle_id, unit_id, deadline_id, indicator_id',
  rm_cycles: 'cycle_id',
  rm_scheme_versions: 'cycle_id, version',
  rm_units: 'cycle_id, unit_id',
  rm_assignments: 'cycle_id, unit_id, indicator_id',
  rm_raters: 'cycle_id, rater_id, rater_role',
  rm_appeals: 'cycle_id, appeal_id',
  rm_rectifications: 'cycle_id, order_id',
  rm_results: 'cycle_id, category_id',
  rm_snapshots: 'cycle_id, category_id, phase, event_id',
};

/** Every row of the read models' tables, in key order (to compare a live run with a rebuild). */
export const readModelRows = async (db: ReadModelDatabase): Promise<Readonly<Record<string, readonly unknown[]>>> => {
  const tables = readModelProjections({ schema: db.schema, store: db.store }).flatMap((p) => p.tables);
  const entries = await Promise.all(tables.map(async (table) => [table, await db.database.query(`SELECT * FROM ${tableOf(db.schema, table)} ORDER BY ${ORDER[table] ?? '1'}`)] as const));
  return Object.fromEntries(entries);
};

/** {@link driveSmallCycle} while every read model runs (small batches), until they have applied all of it. */
export const projectSmallCycle = async (db: ReadModelDatabase): Promise<ScenarioDriver> => {
  const runner = new ProjectionRunner({ store: db.store, database: db.database, schema: db.schema, projections: readModelProjections(db), batchSize: 7, pollIntervalMs: 20 });
  await runner.start();
  const driver = await driveSmallCycle(db.store);
  await runner.caughtUpTo(await db.store.headPosition());
  await runner.stop();
  return driver;
};

/**
 * A small cycle with one of each: data (one unit's missing at the deadline), a correction with a
 * reason, ratings, a self-assessment, two findings approved and one revoked with a reason, a
 * complaint not upheld.
 */
export const driveSmallCycle = async (store: EventStore, shape: ScenarioShape = { cycleId: 'c1', categories: ['townships', 'departments'], unitsPerCategory: 3, indicators: 3 }): Promise<ScenarioDriver> => {
  const driver = new ScenarioDriver(store, shape);
  await driver.setUp();
  const units = driver.units.map((u) => u.unitId);
  const late = units.at(-1) ?? '';
  const [first, second] = units;
  if (first === undefined || second === undefined) throw new Error('the small cycle needs two units');
  await driver.submitData(units.slice(0, -1));
  await driver.recordFinding(first);
  await driver.recordFinding(second, '2');
  // A complaint about the late unit with the letter on file, found not upheld with the
  // investigation's record (and the letter again).
  const hotline = { userId: 'hotline-1', role: 'complaint-handler' } as const;
  await driver.send(hotline, () => ({ type: 'RegisterComplaint', data: { proposalId: 'cmp-1', unitId: late, summary: '群众投诉办事拖延' } }), { evidence: ['doc-complaint-letter'] });
  await driver.send(hotline, () => ({ type: 'RecordComplaintFinding', data: { proposalId: 'cmp-1', unitId: late, upheld: false, findings: '经查不属实' } }), {
    evidence: ['doc-investigation-record', 'doc-complaint-letter'],
  });
  const submitted = (await store.readStream(unitStreamId(shape.cycleId, first))).find((event) => event.type === 'DataSubmitted')?.id;
  await driver.send({ userId: 'provider-1', role: 'data-provider', providerId: 'stats-bureau' }, () => ({ type: 'CorrectData', data: { unitId: first, supersedes: submitted ?? '', value: '95' } }), { reason: '录入错误' });
  await driver.phase('monitoring', 'close');
  await driver.phase('year-end', 'open');
  for (const unitId of units) {
    await driver.send({ userId: 'member-1', role: 'committee' }, () => ({ type: 'RateUnit', data: { unitId, indicatorId: 'committee', raterRole: 'committee-member', grade: unitId === first ? 'fair' : 'good' } }));
  }
  await driver.send({ userId: `reporter-${first}`, role: 'unit-reporter', unitId: first }, () => ({ type: 'SubmitSelfAssessment', data: { unitId: first, period: 'year', narrative: '全面完成', selfScore: '95' } }));
  await driver.send({ userId: 'system', role: 'system' }, () => ({ type: 'RecordDeadlinePassed', data: { deadlineId: 'year-data', overdue: [{ unitId: late, period: 'year' }] } }), { now: `${scenarioYear(shape) + 1}-01-21T00:00:00.000Z` });
  await driver.phase('year-end', 'close');
  await driver.phase('review', 'open');
  await driver.send({ userId: 'member-1', role: 'committee' }, () => ({ type: 'ApproveDeduction', data: { proposalId: `f-${first}` } }));
  await driver.send({ userId: 'member-1', role: 'committee' }, () => ({ type: 'ApproveDeduction', data: { proposalId: `f-${second}` } }));
  await driver.phase('review', 'close');
  await driver.phase('publication', 'open');
  await driver.send({ userId: 'member-1', role: 'committee' }, () => ({ type: 'RevokeDeduction', data: { proposalId: `f-${second}` } }), { reason: '申诉成立' });
  return driver;
};
