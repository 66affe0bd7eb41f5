import { openSqlDatabase } from '@kaoping/eventstore';
import { testDatabaseUrl } from '@kaoping/testing';
import { readModelProjections } from '../read-models';
import { rebuildProjections } from '../runner/rebuild';
import { projectSmallCycle } from '../testing/read-model-fixture';
import { useReadModelDatabasePerTest } from '../testing/read-model-database-per-test';
import { cycleById } from './directory.queries';
import { explainedScore, liveCategory, liveScoresPage } from './read-model.queries';

// The hot reads of the API (a ranking page, a category, an explained score, a cycle) are named
// statements on PostgreSQL: parsed and planned once per connection instead of at every request.

describe('read-model reads kept prepared on PostgreSQL', () => {
  const db = useReadModelDatabasePerTest('postgres', 'prepared_reads');

  it('prepares each hot read once per connection, plans the ranking page once, and reads the new tables after a rebuild drops and creates them again', async () => {
    const driver = await projectSmallCycle(db);
    const unitId = driver.units[0]?.unitId ?? '';

    // One connection, so that every read below meets the statements the earlier ones prepared.
    const client = await openSqlDatabase({ kind: 'postgres', connectionString: testDatabaseUrl(), poolSize: 1 });
    try {
      const reads = { db: client, schema: db.schema };
      const pages = [];
      for (let at = 0; at < 8; at += 1) pages.push(await liveScoresPage(reads, { cycleId: 'c1', categoryId: 'townships', limit: 2, offset: at % 2 }));
      expect(pages[0]?.units).toHaveLength(2);
      expect(pages[0]?.units[0]?.rank).toBe(1);
      expect(pages[1]?.units).toHaveLength(2);
      const category = await liveCategory(reads, { cycleId: 'c1', categoryId: 'townships' });
      const explained = await explainedScore({ ...reads, store: db.store }, { cycleId: 'c1', unitId });
      const cycle = await cycleById(reads, 'c1');
      expect(category?.categoryId).toBe('townships');
      expect(explained?.score.unitId).toBe(unitId);
      expect(Object.keys(explained?.events ?? {}).length).toBeGreaterThan(0);
      expect(cycle?.cycleId).toBe('c1');

      const statements = async () =>
        (await client.query(`SELECT name, statement, generic_plans, custom_plans FROM pg_prepared_statements WHERE name LIKE 'q\\_%' ORDER BY name`)).map((row) => ({
          name: String(row['name']),
          statement: String(row['statement']),
          runs: Number(row['generic_plans']) + Number(row['custom_plans']),
          generic: Number(row['generic_plans']),
        }));
      const prepared = await statements();
      const page = prepared.filter((row) => row.statement.includes('ranked_units[$3:$4]'));
      // The page's one statement ran eight times; after five plans for their values, PostgreSQL
      // runs it on its one generic plan (the reason for naming it: planning was most of its cost).
      expect(page).toEqual([expect.objectContaining({ runs: 8 })]);
      expect(page[0]?.generic).toBeGreaterThanOrEqual(3);
      for (const read of ['FROM "' + db.schema + '".rm_live_categories WHERE cycle_id = $1 AND (category_id = $2', 'proposals_known', 'ANY(ARRAY(', 'FROM "' + db.schema + '".rm_cycles WHERE cycle_id = $1']) {
        expect(prepared.filter((row) => row.statement.includes(read))).toHaveLength(1);
      }

      // A rebuild drops the read models' tables and creates them anew: the named statements, still
      // held by the connection, are planned again over the new tables and give the same answers.
      await rebuildProjections({ store: db.store, database: db.database, schema: db.schema, projections: readModelProjections(db) });
      expect(await liveScoresPage(reads, { cycleId: 'c1', categoryId: 'townships', limit: 2, offset: 0 })).toEqual(pages[0]);
      expect(await liveCategory(reads, { cycleId: 'c1', categoryId: 'townships' })).toEqual(category);
      expect(await explainedScore({ ...reads, store: db.store }, { cycleId: 'c1', unitId })).toEqual(explained);
      expect(await cycleById(reads, 'c1')).toEqual(cycle);
      const after = await statements();
      expect(after.map((row) => row.name)).toEqual(prepared.map((row) => row.name));
      expect(after.find((row) => row.statement.includes('ranked_units[$3:$4]'))?.runs).toBe(9);
    } finally {
      await client.close();
    }
  });
});
