import type { SqlParam, SqlQueryable } from '@kaoping/eventstore';
import type { CategoryResult, UnitResult } from '@kaoping/scoring';
import { jsonParam, tableOf, textOf, valuesOf } from '../runner/read-model-sql';

export const LIVE_SCORES_TABLE = 'rm_live_scores';
export const LIVE_CATEGORIES_TABLE = 'rm_live_categories';

export const migrateLiveScores = async (db: SqlQueryable, schema: string): Promise<void> => {
  const scores = tableOf(schema, LIVE_SCORES_TABLE);
  const categories = tableOf(schema, LIVE_CATEGORIES_TABLE);
  await db.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  await db.query(`CREATE TABLE IF NOT EXISTS ${scores} (
    cycle_id text NOT NULL,
    category_id text NOT NULL,
    unit_id text NOT NULL,
    unit_name text,
    total text NOT NULL,
    total_exact text NOT NULL,
    rank integer NOT NULL,
    grade_id text NOT NULL,
    grade jsonb NOT NULL,
    parts jsonb NOT NULL,
    bonus jsonb NOT NULL,
    deduction jsonb NOT NULL,
    flags jsonb NOT NULL,
    scheme_version integer NOT NULL,
    PRIMARY KEY (cycle_id, category_id, unit_id)
  )`);
  // Results use (pay factor, excellence ratio, actions, rank change against last year): added later.
  await db.query(`ALTER TABLE ${scores} ADD COLUMN IF NOT EXISTS results_use jsonb NOT NULL DEFAULT '{"actions":[]}'::jsonb`);
  // Rows no longer keep their explanation (thousands of nodes a unit): it is scored from the log on demand (explainedScore).
  await db.query(`ALTER TABLE ${scores} DROP COLUMN IF EXISTS explanation`);
  await db.query(`CREATE INDEX IF NOT EXISTS rm_live_scores_rank ON ${scores} (cycle_id, category_id, rank, unit_id)`);
  await db.query(`CREATE INDEX IF NOT EXISTS rm_live_scores_unit ON ${scores} (cycle_id, unit_id)`);
  await db.query(`CREATE TABLE IF NOT EXISTS ${categories} (
    cycle_id text NOT NULL,
    category_id text NOT NULL,
    label jsonb,
    scheme_version integer,
    as_of text,
    position bigint,
    grades jsonb,
    warnings jsonb,
    published_event_id text,
    published_at text,
    PRIMARY KEY (cycle_id, category_id)
  )`);
  // The ranking group a category is ranked in ({ id, label, units }; null: ranked on its own).
  await db.query(`ALTER TABLE ${categories} ADD COLUMN IF NOT EXISTS ranking jsonb`);
  // Its units were each scored from their own facts: a unit's explanation needs only its own streams (see scoreUnitFromLog).
  await db.query(`ALTER TABLE ${categories} ADD COLUMN IF NOT EXISTS scored_alone boolean NOT NULL DEFAULT false`);
};

/** The moment and position a category was last scored at (null before). */
export const loadCategoryClock = async (
  db: SqlQueryable,
  input: Readonly<{ schema: string; cycleId: string; categoryId: string }>,
): Promise<Readonly<{ asOf: string; position: bigint }> | null> => {
  const [row] = await db.query(
    `SELECT as_of, position::text AS position FROM ${tableOf(input.schema, LIVE_CATEGORIES_TABLE)} WHERE cycle_id = $1 AND category_id = $2 AND as_of IS NOT NULL`,
    [input.cycleId, input.categoryId],
  );
  return row === undefined ? null : { asOf: textOf(row, 'as_of'), position: BigInt(textOf(row, 'position')) };
};

/** A unit's row (the moment and position it reflects are its category's, in rm_live_categories). */
export const liveScoreRow = (
  input: Readonly<{ cycleId: string; categoryId: string; schemeVersion: number; unit: UnitResult }>,
): SqlParam[] => {
  const { unit } = input;
  return [
    input.cycleId,
    input.categoryId,
    unit.unitId,
    unit.name ?? null,
    unit.total,
    unit.totalExact,
    unit.rank,
    unit.grade.id,
    jsonParam(unit.grade),
    jsonParam(unit.parts),
    jsonParam(unit.bonus),
    jsonParam(unit.deduction),
    jsonParam(unit.flags),
    input.schemeVersion,
    jsonParam(unit.resultsUse),
  ];
};
/** A unit's rank, grade, flags and results use, for a row whose score stays (see {@link writeLiveStandings}). */
export const liveStandingRow = (unit: UnitResult): SqlParam[] => [unit.unitId, unit.rank, unit.grade.id, jsonParam(unit.grade), jsonParam(unit.flags), jsonParam(unit.resultsUse)];

/** Updates the rank, grade, flags and results use of rows whose score stays (another unit's total moved them). */
export const writeLiveStandings = async (
  db: SqlQueryable,
  input: Readonly<{ schema: string; cycleId: string; categoryId: string; rows: readonly (readonly SqlParam[])[] }>,
): Promise<void> => {
  const table = tableOf(input.schema, LIVE_SCORES_TABLE);
  for (let at = 0; at < input.rows.length; at += 200) {
    const { sql, params } = valuesOf(input.rows.slice(at, at + 200), ['', '::integer', '', '::jsonb', '::jsonb', '::jsonb']);
    const cycle = params.length + 1;
    await db.query(
      `UPDATE ${table} AS row SET rank = standing.rank, grade_id = standing.grade_id, grade = standing.grade, flags = standing.flags, results_use = standing.results_use
       FROM (VALUES ${sql}) AS standing (unit_id, rank, grade_id, grade, flags, results_use)
       WHERE row.cycle_id = $${cycle} AND row.category_id = $${cycle + 1} AND row.unit_id = standing.unit_id`,
      [...params, input.cycleId, input.categoryId],
    );
  }
};

const CASTS = ['', '', '', '', '', '', '', '', '::jsonb', '::jsonb', '::jsonb', '::jsonb', '::jsonb', '', '::jsonb'];

/**
 * Upserts the given unit rows and removes the category's units that are no longer scored in it:
 * the `removed` ones when the caller knows them, else every unit not in `unitIds`.
 */
export const writeLiveScores = async (
  db: SqlQueryable,
  input: Readonly<{
    schema: string;
    cycleId: string;
    categoryId: string;
    rows: readonly (readonly SqlParam[])[];
    unitIds: readonly string[];
    removed?: readonly string[];
  }>,
): Promise<void> => {
  const table = tableOf(input.schema, LIVE_SCORES_TABLE);
  for (let at = 0; at < input.rows.length; at += 100) {
    const { sql, params } = valuesOf(input.rows.slice(at, at + 100), CASTS);
    await db.query(
      `INSERT INTO ${table} (cycle_id, category_id, unit_id, unit_name, total, total_exact, rank, grade_id, grade, parts, bonus, deduction, flags, scheme_version, results_use)
       VALUES ${sql}
       ON CONFLICT (cycle_id, category_id, unit_id) DO UPDATE SET unit_name = excluded.unit_name, total = excluded.total, total_exact = excluded.total_exact,
         rank = excluded.rank, grade_id = excluded.grade_id, grade = excluded.grade, parts = excluded.parts, bonus = excluded.bonus, deduction = excluded.deduction,
         flags = excluded.flags, scheme_version = excluded.scheme_version,
         results_use = excluded.results_use`,
      params,
    );
  }
  if (input.removed !== undefined) {
    if (input.removed.length > 0) {
      await db.query(`DELETE FROM ${table} WHERE cycle_id = $1 AND category_id = $2 AND unit_id IN (SELECT jsonb_array_elements_text($3::jsonb))`, [
        input.cycleId,
        input.categoryId,
        jsonParam(input.removed),
      ]);
    }
    return;
  }
  await db.query(
    `DELETE FROM ${table} WHERE cycle_id = $1 AND category_id = $2 AND unit_id NOT IN (SELECT jsonb_array_elements_text($3::jsonb))`,
    [input.cycleId, input.categoryId, jsonParam(input.unitIds)],
  );
};

export const writeLiveCategory = async (
  db: SqlQueryable,
  input: Readonly<{ schema: string; cycleId: string; categoryId: string; result: CategoryResult | null; asOf: string; position: bigint; scoredAlone: boolean }>,
): Promise<void> => {
  const { result } = input;
  await db.query(
    `INSERT INTO ${tableOf(input.schema, LIVE_CATEGORIES_TABLE)} (cycle_id, category_id, label, scheme_version, as_of, position, grades, warnings, ranking, scored_alone)
     VALUES ($1, $2, $3::jsonb, $4, $5, $6::bigint, $7::jsonb, $8::jsonb, $9::jsonb, $10)
     ON CONFLICT (cycle_id, category_id) DO UPDATE SET label = excluded.label, scheme_version = excluded.scheme_version, as_of = excluded.as_of,
       position = excluded.position, grades = excluded.grades, warnings = excluded.warnings, ranking = excluded.ranking, scored_alone = excluded.scored_alone`,
    [
      input.cycleId,
      input.categoryId,
      result === null ? null : jsonParam(result.label),
      result === null ? null : result.schemeVersion,
      input.asOf,
      input.position.toString(),
      jsonParam(result?.grades ?? []),
      jsonParam(result?.warnings ?? []),
      result?.ranking === undefined ? null : jsonParam(result.ranking),
      input.scoredAlone,
    ],
  );
};

export const markPublished = async (
  db: SqlQueryable,
  input: Readonly<{ schema: string; cycleId: string; categoryId: string; eventId: string; at: string }>,
): Promise<void> => {
  await db.query(
    `INSERT INTO ${tableOf(input.schema, LIVE_CATEGORIES_TABLE)} (cycle_id, category_id, published_event_id, published_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (cycle_id, category_id) DO UPDATE SET published_event_id = excluded.published_event_id, published_at = excluded.published_at`,
    [input.cycleId, input.categoryId, input.eventId, input.at],
  );
};
