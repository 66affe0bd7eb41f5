import { sqlLiteral, type SqlParam, type SqlQueryable } from '@kaoping/eventstore';
import type { CategoryResult, UnitResult } from '@kaoping/scoring';
import { jsonParam, tableOf, textOf, unnestOf, type UnnestType } from '../runner/read-model-sql';

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
  // The category's ranking, in rank order (ties by unit id): one row written per scoring, where a rank
  // on each unit's row made one unit's move rewrite every row it passed (hundreds per batch).
  await db.query(`ALTER TABLE ${categories} ADD COLUMN IF NOT EXISTS ranked_units text[]`);
  await db.query(`ALTER TABLE ${categories} ADD COLUMN IF NOT EXISTS ranks integer[]`);
  // Rows written before kept their rank: it moves to their category's ranking once, in one statement
  // that two processes starting together run one after the other (the second finds no column).
  await db.query(`DO $migrate$ BEGIN
    PERFORM pg_advisory_xact_lock(hashtext(${sqlLiteral(`${schema}.${LIVE_SCORES_TABLE}.rank`)}));
    IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = ${sqlLiteral(schema)} AND table_name = ${sqlLiteral(LIVE_SCORES_TABLE)} AND column_name = 'rank') THEN
      UPDATE ${categories} AS category SET ranked_units = ranking.units, ranks = ranking.ranks
      FROM (SELECT cycle_id, category_id, array_agg(unit_id ORDER BY rank, unit_id) AS units, array_agg(rank ORDER BY rank, unit_id) AS ranks FROM ${scores} GROUP BY cycle_id, category_id) AS ranking
      WHERE category.cycle_id = ranking.cycle_id AND category.category_id = ranking.category_id AND category.ranked_units IS NULL;
      ALTER TABLE ${scores} DROP COLUMN rank;
    END IF;
  END $migrate$`);
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

/** A unit's row (its rank is its category's ranking; the moment and position it reflects are its category's, in rm_live_categories). */
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
const SCORE_TYPES: readonly UnnestType[] = ['text', 'text', 'text', 'text', 'text', 'text', 'text', 'jsonb', 'jsonb', 'jsonb', 'jsonb', 'jsonb', 'integer', 'jsonb'];

/** A unit's grade, flags and results use, for a row whose score stays (see {@link writeLiveStandings}). */
export const liveStandingRow = (unit: UnitResult): SqlParam[] => [unit.unitId, unit.grade.id, jsonParam(unit.grade), jsonParam(unit.flags), jsonParam(unit.resultsUse)];
const STANDING_TYPES: readonly UnnestType[] = ['text', 'text', 'jsonb', 'jsonb', 'jsonb'];

/** Updates the grade, flags and results use of rows whose score stays (another unit's total moved them past a quota). */
export const writeLiveStandings = async (
  db: SqlQueryable,
  input: Readonly<{ schema: string; cycleId: string; categoryId: string; rows: readonly (readonly SqlParam[])[] }>,
): Promise<void> => {
  if (input.rows.length === 0) return;
  const { sql, params } = unnestOf(input.rows, STANDING_TYPES, 3);
  await db.query(
    `UPDATE ${tableOf(input.schema, LIVE_SCORES_TABLE)} AS row SET grade_id = standing.c1, grade = standing.c2, flags = standing.c3, results_use = standing.c4
     FROM (${sql}) AS standing (c0, c1, c2, c3, c4)
     WHERE row.cycle_id = $1 AND row.category_id = $2 AND row.unit_id = standing.c0`,
    [input.cycleId, input.categoryId, ...params],
  );
};

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
  if (input.rows.length > 0) {
    const { sql, params } = unnestOf(input.rows, SCORE_TYPES);
    await db.query(
      `INSERT INTO ${table} (cycle_id, category_id, unit_id, unit_name, total, total_exact, grade_id, grade, parts, bonus, deduction, flags, scheme_version, results_use)
       ${sql}
       ON CONFLICT (cycle_id, category_id, unit_id) DO UPDATE SET unit_name = excluded.unit_name, total = excluded.total, total_exact = excluded.total_exact,
         grade_id = excluded.grade_id, grade = excluded.grade, parts = excluded.parts, bonus = excluded.bonus, deduction = excluded.deduction,
         flags = excluded.flags, scheme_version = excluded.scheme_version,
         results_use = excluded.results_use`,
      params,
    );
  }
  if (input.removed !== undefined) {
    if (input.removed.length > 0) {
      await db.query(`DELETE FROM ${table} WHERE cycle_id = $1 AND category_id = $2 AND unit_id = ANY($3::text[])`, [input.cycleId, input.categoryId, [...input.removed]]);
    }
    return;
  }
  await db.query(`DELETE FROM ${table} WHERE cycle_id = $1 AND category_id = $2 AND NOT (unit_id = ANY($3::text[]))`, [input.cycleId, input.categoryId, [...input.unitIds]]);
};

export const writeLiveCategory = async (
  db: SqlQueryable,
  input: Readonly<{ schema: string; cycleId: string; categoryId: string; result: CategoryResult | null; asOf: string; position: bigint; scoredAlone: boolean }>,
): Promise<void> => {
  const { result } = input;
  // In rank order, ties by unit id: a page of the ranking is a slice of it.
  const ranking = [...(result?.units ?? [])].sort((a, b) => a.rank - b.rank || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
  await db.query(
    `INSERT INTO ${tableOf(input.schema, LIVE_CATEGORIES_TABLE)} (cycle_id, category_id, label, scheme_version, as_of, position, grades, warnings, ranking, scored_alone, ranked_units, ranks)
     VALUES ($1, $2, $3::jsonb, $4, $5, $6::bigint, $7::jsonb, $8::jsonb, $9::jsonb, $10, $11::text[], $12::integer[])
     ON CONFLICT (cycle_id, category_id) DO UPDATE SET label = excluded.label, scheme_version = excluded.scheme_version, as_of = excluded.as_of,
       position = excluded.position, grades = excluded.grades, warnings = excluded.warnings, ranking = excluded.ranking, scored_alone = excluded.scored_alone,
       ranked_units = excluded.ranked_units, ranks = excluded.ranks`,
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
      ranking.map((unit) => unit.unitId),
      ranking.map((unit) => unit.rank),
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
