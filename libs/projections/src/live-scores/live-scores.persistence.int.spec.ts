import { openSqlDatabase, type SqlClient } from '@kaoping/eventstore';
import { liveScoresPage, liveStandings } from '../queries/read-model.queries';
import { tableOf } from '../runner/read-model-sql';
import { LIVE_CATEGORIES_TABLE, LIVE_SCORES_TABLE, migrateLiveScores } from './live-scores.persistence';

const SCHEMA = 'kaoping';
const scores = tableOf(SCHEMA, LIVE_SCORES_TABLE);
const categories = tableOf(SCHEMA, LIVE_CATEGORIES_TABLE);

/** The tables as they were before a category kept its ranking: a rank on each unit's row. */
const createTablesOfBefore = async (db: SqlClient): Promise<void> => {
  await db.query(`CREATE SCHEMA IF NOT EXISTS "${SCHEMA}"`);
  await db.query(`CREATE TABLE ${scores} (
    cycle_id text NOT NULL, category_id text NOT NULL, unit_id text NOT NULL, unit_name text, total text NOT NULL, total_exact text NOT NULL,
    rank integer NOT NULL, grade_id text NOT NULL, grade jsonb NOT NULL, parts jsonb NOT NULL, bonus jsonb NOT NULL, deduction jsonb NOT NULL,
    flags jsonb NOT NULL, scheme_version integer NOT NULL, results_use jsonb NOT NULL DEFAULT '{"actions":[]}'::jsonb,
    PRIMARY KEY (cycle_id, category_id, unit_id))`);
  await db.query(`CREATE INDEX rm_live_scores_rank ON ${scores} (cycle_id, category_id, rank, unit_id)`);
  await db.query(`CREATE TABLE ${categories} (
    cycle_id text NOT NULL, category_id text NOT NULL, label jsonb, scheme_version integer, as_of text, position bigint, grades jsonb, warnings jsonb,
    published_event_id text, published_at text, ranking jsonb, scored_alone boolean NOT NULL DEFAULT false, PRIMARY KEY (cycle_id, category_id))`);
};

const unitRow = async (db: SqlClient, categoryId: string, unitId: string, total: string, rank: number): Promise<void> => {
  await db.query(
    `INSERT INTO ${scores} (cycle_id, category_id, unit_id, unit_name, total, total_exact, rank, grade_id, grade, parts, bonus, deduction, flags, scheme_version)
     VALUES ('c1', $1, $2, $2, $3, $3, $4, 'good', '{"id":"good"}', '[]', '[]', '[]', '[]', 1)`,
    [categoryId, unitId, total, rank],
  );
};

describe('live scores tables: a category keeps its ranking', () => {
  let db: SqlClient;
  beforeEach(async () => {
    db = await openSqlDatabase({ kind: 'embedded' });
  });
  afterEach(async () => {
    await db.close();
  });

  it('moves the ranks that rows of an earlier version kept into their categories, once, and reads them back in rank order', async () => {
    await createTablesOfBefore(db);
    await db.query(`INSERT INTO ${categories} (cycle_id, category_id, as_of, position) VALUES ('c1', 'towns', '2026-06-30T00:00:00.000Z', 10), ('c1', 'depts', '2026-06-30T00:00:00.000Z', 10)`);
    await unitRow(db, 'towns', 't-b', '90', 1);
    await unitRow(db, 'towns', 't-a', '90', 1);
    await unitRow(db, 'towns', 't-c', '80', 3);
    await unitRow(db, 'depts', 'd-a', '70', 1);

    await migrateLiveScores(db, SCHEMA);
    // A second process migrating after the first finds nothing left to move.
    await migrateLiveScores(db, SCHEMA);

    const columns = await db.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 AND column_name = 'rank'`, [SCHEMA, LIVE_SCORES_TABLE]);
    expect(columns).toEqual([]);
    const page = await liveScoresPage({ db, schema: SCHEMA }, { cycleId: 'c1', categoryId: 'towns' });
    expect(page.total).toBe(3);
    expect(page.units.map((unit) => [unit.unitId, unit.rank, unit.total])).toEqual([
      ['t-a', 1, '90'],
      ['t-b', 1, '90'],
      ['t-c', 3, '80'],
    ]);
    const standings = await liveStandings({ db, schema: SCHEMA }, { cycleId: 'c1' });
    expect(standings.map((line) => [line.unitId, line.rank])).toEqual([
      ['d-a', 1],
      ['t-a', 1],
      ['t-b', 1],
      ['t-c', 3],
    ]);
  });

  it('reads a page of a ranking, a page past its end (the count, no line), one unit, and a group of categories as one ranking', async () => {
    await migrateLiveScores(db, SCHEMA);
    const unit = async (categoryId: string, unitId: string, total: string): Promise<void> => {
      await db.query(
        `INSERT INTO ${scores} (cycle_id, category_id, unit_id, unit_name, total, total_exact, grade_id, grade, parts, bonus, deduction, flags, scheme_version)
         VALUES ('c1', $1, $2, $2, $3, $3, 'good', '{"id":"good"}', '[]', '[]', '[]', '[]', 1)`,
        [categoryId, unitId, total],
      );
    };
    await unit('towns', 't-1', '95');
    await unit('towns', 't-2', '85');
    await unit('towns', 't-3', '75');
    await unit('depts', 'd-1', '90');
    await db.query(
      `INSERT INTO ${categories} (cycle_id, category_id, ranked_units, ranks) VALUES ('c1', 'towns', ARRAY['t-1', 't-2', 't-3'], ARRAY[1, 3, 4]), ('c1', 'depts', ARRAY['d-1'], ARRAY[2])`,
    );
    const at = { db, schema: SCHEMA };

    const second = await liveScoresPage(at, { cycleId: 'c1', categoryId: 'towns', limit: 1, offset: 1 });
    expect(second).toEqual({ total: 3, units: [expect.objectContaining({ unitId: 't-2', rank: 3, total: '85' })] });
    expect(await liveScoresPage(at, { cycleId: 'c1', categoryId: 'towns', limit: 2, offset: 5 })).toEqual({ total: 3, units: [] });
    const one = await liveScoresPage(at, { cycleId: 'c1', categoryId: 'towns', unitId: 't-3' });
    expect(one.units.map((line) => [line.unitId, line.rank])).toEqual([['t-3', 4]]);
    const group = await liveScoresPage(at, { cycleId: 'c1', categoryId: 'group', categories: ['towns', 'depts'], limit: 3 });
    expect(group.total).toBe(4);
    expect(group.units.map((line) => [line.categoryId, line.unitId, line.rank])).toEqual([
      ['towns', 't-1', 1],
      ['depts', 'd-1', 2],
      ['towns', 't-2', 3],
    ]);
    expect(await liveScoresPage(at, { cycleId: 'c1', categoryId: 'none' })).toEqual({ total: 0, units: [] });
    expect((await liveScoresPage(at, { cycleId: 'c1', categoryId: 'towns' })).units.map((line) => line.unitId)).toEqual(['t-1', 't-2', 't-3']);
    expect((await liveScoresPage(at, { cycleId: 'c1', categoryId: 'towns', limit: 0 })).units).toEqual([]);
    // A category published before it was ever scored has a row and no ranking.
    await db.query(`INSERT INTO ${categories} (cycle_id, category_id, published_event_id) VALUES ('c1', 'early', 'e-1')`);
    expect(await liveScoresPage(at, { cycleId: 'c1', categoryId: 'early', limit: 20 })).toEqual({ total: 0, units: [] });
  });
});
