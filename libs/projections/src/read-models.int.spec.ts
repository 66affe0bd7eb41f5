import { eventIdOfFact, scoreCategory } from '@kaoping/evaluation';
import type { SqlQueryable } from '@kaoping/eventstore';
import { foldScoringView } from '@kaoping/cycle-log';
import { readModelProjections, READ_MODEL_NAMES } from './read-models';
import { applyBatch, ProjectionRunner } from './runner/projection-runner';
import { migrateCheckpoints } from './runner/checkpoint.persistence';
import { matchesFilter } from './runner/projection';
import { tableOf } from './runner/read-model-sql';
import { rebuildProjections } from './runner/rebuild';
import { auditTrail, explainedScore, liveScores, proposals, submissionStatus } from './queries/read-model.queries';
import { driveSmallCycle, projectSmallCycle, readModelRows } from './testing/read-model-fixture';
import { useReadModelDatabasePerTest } from './testing/read-model-database-per-test';

type Where = 'embedded' | 'postgres';

describe.each<Where>(['embedded', 'postgres'])('read models on %s', (where) => {
  const db = useReadModelDatabasePerTest(where, 'projections');

  it('computes live scores, statuses, proposals and the audit trail while commands arrive, and a rebuild from position 0 gives the same rows', async () => {
    const driver = await projectSmallCycle(db);
    const live = await readModelRows(db);

    const [first, second] = driver.units.map((u) => u.unitId);
    const ranked = await liveScores({ db: db.database, schema: db.schema }, { cycleId: 'c1', categoryId: 'townships' });
    expect(ranked).toHaveLength(3);
    expect(ranked.map((u) => u.rank)).toEqual([...ranked.map((u) => u.rank)].sort((a, b) => a - b));
    expect(ranked[0]?.rank).toBe(1);
    expect(ranked.every((u) => /^\d+\.\d{2}$/.test(u.total))).toBe(true);
    const explained = await explainedScore({ db: db.database, schema: db.schema, store: db.store }, { cycleId: 'c1', unitId: first ?? '' });
    expect(explained?.score.deduction).toMatchObject({ shown: '1.50' });
    const facts = Object.values(explained?.events ?? {});
    expect(facts.map((e) => e.type)).toEqual(expect.arrayContaining(['DataSubmitted', 'DataCorrected', 'RatingGiven', 'DeductionApproved', 'InspectionFindingRecorded']));
    const correction = facts.find((e) => e.type === 'DataCorrected');
    expect(correction).toMatchObject({ actorId: 'provider-1', role: 'data-provider', reason: '录入错误', pointsAt: { kind: 'supersedes' } });
    const finding = facts.find((e) => e.type === 'InspectionFindingRecorded');
    expect(finding).toMatchObject({ evidence: [`photo-${first}`], approvedBy: expect.any(String) });
    // Every fact id of the tree is an event of the audit trail.
    expect(Object.keys(explained?.events ?? {})).toEqual(expect.arrayContaining([...new Set(collectFactIds(explained?.explanation).map(eventIdOfFact))]));

    const reviewed = await proposals({ db: db.database, schema: db.schema }, { cycleId: 'c1' });
    expect(reviewed.map((p) => [p.unitId, p.status])).toEqual([
      [first, 'approved'],
      [second, 'revoked'],
      [driver.units.at(-1)?.unitId, 'not-upheld'],
    ]);
    // A complaint's evidence: the letter and what its investigation put on file, each once.
    expect(reviewed[2]?.evidence).toEqual(['doc-complaint-letter', 'doc-investigation-record']);
    expect(reviewed[1]?.revoked).toMatchObject({ actorId: 'member-1', role: 'committee', reason: '申诉成立' });

    // Year-end closed every period: the last unit's data and every self-assessment but the first unit's count as missing.
    const missing = await submissionStatus({ db: db.database, schema: db.schema }, { cycleId: 'c1', status: 'missing' });
    expect(new Set(missing.filter((s) => s.kind === 'data').map((s) => s.unitId))).toEqual(new Set([driver.units.at(-1)?.unitId]));
    expect(missing.filter((s) => s.kind === 'data').every((s) => s.providerId === 'stats-bureau' && s.phase !== '')).toBe(true);
    expect(missing.filter((s) => s.kind === 'self-assessment').map((s) => s.unitId)).not.toContain(first);
    const submitted = await submissionStatus({ db: db.database, schema: db.schema }, { cycleId: 'c1', unitId: first ?? '', status: 'submitted' });
    expect(submitted.map((s) => s.kind).sort()).toEqual(['data', 'data', 'data', 'self-assessment']);

    await rebuildProjections({ store: db.store, database: db.database, schema: db.schema, projections: readModelProjections(db) });
    expect(await readModelRows(db)).toEqual(live);
    // In small pages too: what a rebuild defers to its end comes out as the batches wrote it.
    await rebuildProjections({ store: db.store, database: db.database, schema: db.schema, projections: readModelProjections(db), batchSize: 5 });
    expect(await readModelRows(db)).toEqual(live);
    // The audit trail is indexed at the end of a rebuild (its rows are written unindexed first).
    const indexes = await db.database.query(`SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND tablename = 'rm_audit_trail' ORDER BY indexname`, [db.schema]);
    expect(indexes.map((row) => row['indexname'])).toEqual(['rm_audit_trail_actor', 'rm_audit_trail_indicator', 'rm_audit_trail_pkey', 'rm_audit_trail_unit']);
    // A unit's and an indicator's page of the trail walk their index in log order (no sort): the plans
    // of the very statements auditTrail sends, with sequential scans off (a table this small is read whole otherwise).
    const plans: string[] = [];
    const explaining: SqlQueryable = {
      query: async (sql, params) => {
        const rows = await db.database.transaction(async (tx) => {
          await tx.query('SET LOCAL enable_seqscan = off');
          return tx.query(`EXPLAIN ${sql}`, params);
        });
        plans.push(rows.map((row) => String(row['QUERY PLAN'])).join('\n'));
        return [];
      },
      copyRows: () => Promise.reject(new Error('the plans of reads only')),
    };
    await auditTrail({ db: explaining, schema: db.schema }, { cycleId: 'c1', unitId: first ?? '', limit: 50 });
    await auditTrail({ db: explaining, schema: db.schema }, { cycleId: 'c1', indicatorId: 'ind-1', after: '3', limit: 50 });
    expect(plans.map((plan) => [/Index Scan using (rm_audit_trail_\w+)/.exec(plan)?.[1], /\bSort\b/.test(plan)])).toEqual([
      ['rm_audit_trail_unit', false],
      ['rm_audit_trail_indicator', false],
    ]);
    // Its key too (written without it, each event once): the live run after the rebuild leaves an entry it sees again as it is.
    const keys = await db.database.query(`SELECT conname FROM pg_constraint WHERE conrelid = '${tableOf(db.schema, 'rm_audit_trail')}'::regclass AND contype = 'p'`);
    expect(keys.map((row) => row['conname'])).toEqual(['rm_audit_trail_pkey']);
    // The ids its key and indexes begin with compare byte by byte (cheaper to sort, to build the indexes over a row per event).
    const collated = await db.database.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'rm_audit_trail' AND collation_name = 'C' ORDER BY column_name`,
      [db.schema],
    );
    expect(collated.map((row) => row['column_name'])).toEqual(['actor_id', 'cycle_id', 'event_id', 'indicator_id', 'unit_id']);
    const again = new ProjectionRunner({ store: db.store, database: db.database, schema: db.schema, projections: readModelProjections(db), batchSize: 7, pollIntervalMs: 20 });
    await again.start();
    await again.caughtUpTo(await db.store.headPosition());
    await again.stop();
    await db.database.query(`DELETE FROM ${tableOf(db.schema, 'rm_checkpoints')} WHERE projection = 'audit-trail'`);
    const replay = new ProjectionRunner({ store: db.store, database: db.database, schema: db.schema, projections: readModelProjections(db, ['audit-trail']), batchSize: 7, pollIntervalMs: 20 });
    await replay.start();
    await replay.caughtUpTo(await db.store.headPosition());
    await replay.stop();
    expect(await readModelRows(db)).toEqual(live);
  });

  it("explains each unit's live score from the log at its category's position: the tree scoreCategory gives over the whole log, from the unit's own streams or from the category's", async () => {
    const driver = await projectSmallCycle(db);
    const categories = await db.database.query(`SELECT category_id, as_of, position::text AS position, scored_alone FROM ${tableOf(db.schema, 'rm_live_categories')} WHERE cycle_id = 'c1' ORDER BY category_id`);
    // The small cycle's corrections and revocations stay within their units: scored unit by unit.
    expect(categories.map((row) => [row['category_id'], row['scored_alone']])).toEqual([['departments', true], ['townships', true]]);
    const whole = await foldScoringView({ store: db.store, cycleId: 'c1', position: await db.store.headPosition() });
    const explainedOf = (unitId: string) => explainedScore({ db: db.database, schema: db.schema, store: db.store }, { cycleId: 'c1', unitId });
    for (const category of categories) {
      const expected = scoreCategory(whole, String(category['category_id']), String(category['as_of']));
      for (const unit of expected.units) {
        const explained = await explainedOf(unit.unitId);
        expect(explained?.score.totalExact).toBe(unit.totalExact);
        expect(explained?.explanation).toEqual(unit.explanation);
      }
    }
    // A category scored whole (marked so here) is explained from the category's streams, the same tree;
    // a row out of step with the log (its total changed under it) gets the log's tree too.
    const [first] = driver.units.map((u) => u.unitId);
    const expected = scoreCategory(whole, 'townships', String(categories[1]?.['as_of'])).units.find((unit) => unit.unitId === first);
    expect(expected?.explanation.children.length).toBeGreaterThan(0);
    // The unit's proposals come from the proposals read model when it has applied the log as far as
    // the row; behind it, every proposal of the cycle is read; a read model that lost the unit's
    // finding gives a total unlike the row's, and the category's streams are read: the same tree each time.
    const proposalsOf = await db.database.query(`SELECT proposal_id FROM ${tableOf(db.schema, 'rm_proposals')} WHERE cycle_id = 'c1' AND unit_id = $1`, [first ?? '']);
    expect(proposalsOf).toHaveLength(1);
    const checkpoints = tableOf(db.schema, 'rm_checkpoints');
    await db.database.query(`UPDATE ${checkpoints} SET position = 1 WHERE projection = 'proposals'`);
    expect((await explainedOf(first ?? ''))?.explanation).toEqual(expected?.explanation);
    await db.database.query(`UPDATE ${checkpoints} SET position = (SELECT max(position) FROM ${checkpoints}) WHERE projection = 'proposals'`);
    await db.database.query(`DELETE FROM ${tableOf(db.schema, 'rm_proposals')} WHERE cycle_id = 'c1' AND unit_id = $1`, [first ?? '']);
    const lost = await explainedOf(first ?? '');
    expect(lost?.score.deduction).toMatchObject({ shown: '1.50' });
    expect(lost?.explanation).toEqual(expected?.explanation);
    await db.database.query(`UPDATE ${tableOf(db.schema, 'rm_live_scores')} SET total_exact = '0' WHERE cycle_id = 'c1' AND unit_id = $1`, [first ?? '']);
    expect((await explainedOf(first ?? ''))?.explanation).toEqual(expected?.explanation);
    await db.database.query(`UPDATE ${tableOf(db.schema, 'rm_live_categories')} SET scored_alone = false WHERE cycle_id = 'c1'`);
    expect((await explainedOf(first ?? ''))?.explanation).toEqual(expected?.explanation);
  });

  it.each(READ_MODEL_NAMES)('applies the same batch twice to %s without changing a row (same process, and after a restart)', async (name) => {
    await driveSmallCycle(db.store);
    await migrateCheckpoints(db.database, db.schema);
    const [projection] = readModelProjections(db, [name]);
    if (projection === undefined) throw new Error(name);
    for (const other of readModelProjections(db)) await other.migrate(db.database);
    const log = (await db.store.readAll()).filter((event) => matchesFilter(projection.filter, event));
    const batches = Array.from({ length: Math.ceil(log.length / 25) }, (_, at) => log.slice(at * 25, at * 25 + 25));
    for (const batch of batches) await applyBatch({ database: db.database, schema: db.schema, projection, batch });
    const once = await readModelRows(db);
    const middle = batches[Math.floor(batches.length / 2)] ?? [];
    const last = batches.at(-1) ?? [];
    await applyBatch({ database: db.database, schema: db.schema, projection, batch: last });
    await applyBatch({ database: db.database, schema: db.schema, projection, batch: middle });
    await applyBatch({ database: db.database, schema: db.schema, projection, batch: last });
    expect(await readModelRows(db)).toEqual(once);
    const [restarted] = readModelProjections(db, [name]);
    if (restarted === undefined) throw new Error(name);
    await applyBatch({ database: db.database, schema: db.schema, projection: restarted, batch: last });
    expect(await readModelRows(db)).toEqual(once);
  });
});

type Tree = Readonly<{ factIds: readonly string[]; children: readonly Tree[] }>;
const collectFactIds = (node: Tree | undefined): string[] => (node === undefined ? [] : [...node.factIds, ...node.children.flatMap(collectFactIds)]);
