import type { SqlQueryable } from '@kaoping/eventstore';
import { jsonParam, tableOf, unnestOf } from '../runner/read-model-sql';

export const CYCLES_TABLE = 'rm_cycles';
export const SCHEME_VERSIONS_TABLE = 'rm_scheme_versions';
export const UNITS_TABLE = 'rm_units';
export const ASSIGNMENTS_TABLE = 'rm_assignments';
export const RATERS_TABLE = 'rm_raters';
export const APPEALS_TABLE = 'rm_appeals';
export const RECTIFICATIONS_TABLE = 'rm_rectifications';
export const RESULTS_TABLE = 'rm_results';
export const SNAPSHOTS_TABLE = 'rm_snapshots';

export const DIRECTORY_TABLES = [CYCLES_TABLE, SCHEME_VERSIONS_TABLE, UNITS_TABLE, ASSIGNMENTS_TABLE, RATERS_TABLE, APPEALS_TABLE, RECTIFICATIONS_TABLE, RESULTS_TABLE, SNAPSHOTS_TABLE] as const;

export const migrateDirectory = async (db: SqlQueryable, schema: string): Promise<void> => {
  const t = (name: string): string => tableOf(schema, name);
  await db.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  await db.query(`CREATE TABLE IF NOT EXISTS ${t(CYCLES_TABLE)} (
    cycle_id text PRIMARY KEY, year integer NOT NULL, name text NOT NULL, status text NOT NULL, scheme_version integer,
    open_phases jsonb NOT NULL, phases jsonb NOT NULL, deadlines jsonb NOT NULL, closed_periods jsonb NOT NULL,
    created_at text NOT NULL, position bigint NOT NULL)`);
  await db.query(`CREATE TABLE IF NOT EXISTS ${t(SCHEME_VERSIONS_TABLE)} (
    cycle_id text NOT NULL, version integer NOT NULL, event_id text NOT NULL, type text NOT NULL, recorded_at text NOT NULL,
    actor_id text NOT NULL, role text NOT NULL, reason text, changes jsonb NOT NULL, document jsonb NOT NULL, outline jsonb,
    PRIMARY KEY (cycle_id, version))`);
  await db.query(`CREATE TABLE IF NOT EXISTS ${t(UNITS_TABLE)} (
    cycle_id text NOT NULL, unit_id text NOT NULL, name text NOT NULL, level text NOT NULL, category_id text,
    parent_unit_id text, status text NOT NULL, plan_status text NOT NULL, PRIMARY KEY (cycle_id, unit_id))`);
  // A county may be registered without a category (an unscored root); tables made before that held none.
  await db.query(`ALTER TABLE ${t(UNITS_TABLE)} ALTER COLUMN category_id DROP NOT NULL`);
  await db.query(`CREATE INDEX IF NOT EXISTS rm_units_category ON ${t(UNITS_TABLE)} (cycle_id, category_id, unit_id)`);
  await db.query(`CREATE INDEX IF NOT EXISTS rm_units_parent ON ${t(UNITS_TABLE)} (cycle_id, parent_unit_id)`);
  await db.query(`CREATE TABLE IF NOT EXISTS ${t(ASSIGNMENTS_TABLE)} (
    cycle_id text NOT NULL, unit_id text NOT NULL, indicator_id text NOT NULL, provider_id text, targets jsonb NOT NULL,
    event_id text NOT NULL, PRIMARY KEY (cycle_id, unit_id, indicator_id))`);
  await db.query(`CREATE INDEX IF NOT EXISTS rm_assignments_indicator ON ${t(ASSIGNMENTS_TABLE)} (cycle_id, indicator_id)`);
  await db.query(`CREATE INDEX IF NOT EXISTS rm_assignments_provider ON ${t(ASSIGNMENTS_TABLE)} (cycle_id, provider_id)`);
  await db.query(`CREATE TABLE IF NOT EXISTS ${t(RATERS_TABLE)} (
    cycle_id text NOT NULL, rater_id text NOT NULL, rater_role text NOT NULL, units jsonb NOT NULL, indicators jsonb,
    PRIMARY KEY (cycle_id, rater_id, rater_role))`);
  await db.query(`CREATE TABLE IF NOT EXISTS ${t(APPEALS_TABLE)} (
    cycle_id text NOT NULL, appeal_id text NOT NULL, unit_id text NOT NULL, status text NOT NULL, against jsonb NOT NULL,
    grounds text NOT NULL, filed_event_id text NOT NULL, filed_by text NOT NULL, filed_role text NOT NULL, filed_at text NOT NULL,
    outcome text, revokes jsonb, note text, decided_event_id text, decided_by text, decided_role text, decided_at text, decision_reason text,
    PRIMARY KEY (cycle_id, appeal_id))`);
  // What the unit attached to its appeal, and what the office attached to its decision (tables of
  // before these columns: a rebuild fills them from the events).
  await db.query(`ALTER TABLE ${t(APPEALS_TABLE)} ADD COLUMN IF NOT EXISTS filed_evidence jsonb NOT NULL DEFAULT '[]'::jsonb`);
  await db.query(`ALTER TABLE ${t(APPEALS_TABLE)} ADD COLUMN IF NOT EXISTS decided_evidence jsonb`);
  await db.query(`CREATE INDEX IF NOT EXISTS rm_appeals_status ON ${t(APPEALS_TABLE)} (cycle_id, status, filed_at)`);
  await db.query(`CREATE TABLE IF NOT EXISTS ${t(RECTIFICATIONS_TABLE)} (
    cycle_id text NOT NULL, order_id text NOT NULL, unit_id text NOT NULL, status text NOT NULL, reason text NOT NULL, due_at text NOT NULL,
    overdue boolean NOT NULL, ordered_event_id text NOT NULL, ordered_by text NOT NULL, ordered_at text NOT NULL,
    plan text, plan_documents jsonb, plan_event_id text, report text, report_documents jsonb, report_event_id text,
    accepted_event_id text, accepted_by text, updated_at text NOT NULL, PRIMARY KEY (cycle_id, order_id))`);
  await db.query(`CREATE INDEX IF NOT EXISTS rm_rectifications_status ON ${t(RECTIFICATIONS_TABLE)} (cycle_id, status, due_at)`);
  await db.query(`CREATE TABLE IF NOT EXISTS ${t(RESULTS_TABLE)} (
    cycle_id text NOT NULL, category_id text NOT NULL, status text NOT NULL, computed jsonb, published jsonb,
    published_event_id text, published_at text, notice_ends_at text, finalised_event_id text, finalised_at text,
    PRIMARY KEY (cycle_id, category_id))`);
  await db.query(`CREATE TABLE IF NOT EXISTS ${t(SNAPSHOTS_TABLE)} (
    cycle_id text NOT NULL, category_id text NOT NULL, phase text NOT NULL, event_id text NOT NULL, as_of_position text NOT NULL,
    as_of text NOT NULL, scheme_version integer NOT NULL, units jsonb NOT NULL, recorded_at text NOT NULL,
    PRIMARY KEY (cycle_id, category_id, phase, event_id))`);
};

export type CycleRow = Readonly<{
  cycleId: string;
  year: number;
  name: string;
  status: string;
  schemeVersion: number | null;
  openPhases: readonly string[];
  phases: readonly unknown[];
  deadlines: readonly unknown[];
  closedPeriods: readonly string[];
  createdAt: string;
  position: string;
}>;

/** The cycle's row as its state now stands (created_at kept from the first write). */
export const upsertCycle = async (db: SqlQueryable, schema: string, row: CycleRow): Promise<void> => {
  await db.query(
    `INSERT INTO ${tableOf(schema, CYCLES_TABLE)} (cycle_id, year, name, status, scheme_version, open_phases, phases, deadlines, closed_periods, created_at, position)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8::jsonb, $9::jsonb, $10, $11::bigint)
     ON CONFLICT (cycle_id) DO UPDATE SET year = EXCLUDED.year, name = EXCLUDED.name, status = EXCLUDED.status, scheme_version = EXCLUDED.scheme_version,
       open_phases = EXCLUDED.open_phases, phases = EXCLUDED.phases, deadlines = EXCLUDED.deadlines, closed_periods = EXCLUDED.closed_periods, position = EXCLUDED.position`,
    [row.cycleId, row.year, row.name, row.status, row.schemeVersion, jsonParam(row.openPhases), jsonParam(row.phases), jsonParam(row.deadlines), jsonParam(row.closedPeriods), row.createdAt, row.position],
  );
};

export type SchemeVersionRow = Readonly<{
  cycleId: string;
  version: number;
  eventId: string;
  type: string;
  recordedAt: string;
  actorId: string;
  role: string;
  reason: string | null;
  changes: readonly string[];
  document: unknown;
  outline: unknown;
}>;

export const insertSchemeVersion = async (db: SqlQueryable, schema: string, row: SchemeVersionRow): Promise<void> => {
  await db.query(
    `INSERT INTO ${tableOf(schema, SCHEME_VERSIONS_TABLE)} (cycle_id, version, event_id, type, recorded_at, actor_id, role, reason, changes, document, outline)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11::jsonb) ON CONFLICT (cycle_id, version) DO NOTHING`,
    [row.cycleId, row.version, row.eventId, row.type, row.recordedAt, row.actorId, row.role, row.reason, jsonParam(row.changes), jsonParam(row.document), row.outline === null ? null : jsonParam(row.outline)],
  );
};

/** categoryId null: an unscored root (a county registered without a category). */
export type UnitRow = Readonly<{ unitId: string; name: string; level: string; categoryId: string | null; parentUnitId: string | null; status: string; planStatus: string }>;
export type AssignmentRow = Readonly<{ unitId: string; indicatorId: string; providerId: string | null; targets: Readonly<Record<string, string>>; eventId: string }>;

/** Replaces the rows of these units (and their assignments) with their state now. */
export const replaceUnits = async (
  db: SqlQueryable,
  input: Readonly<{ schema: string; cycleId: string; unitIds: readonly string[]; units: readonly UnitRow[]; assignments: readonly AssignmentRow[] }>,
): Promise<void> => {
  const ids = [...input.unitIds];
  const units = tableOf(input.schema, UNITS_TABLE);
  const assignments = tableOf(input.schema, ASSIGNMENTS_TABLE);
  await db.query(`DELETE FROM ${units} WHERE cycle_id = $1 AND unit_id = ANY($2::text[])`, [input.cycleId, ids]);
  await db.query(`DELETE FROM ${assignments} WHERE cycle_id = $1 AND unit_id = ANY($2::text[])`, [input.cycleId, ids]);
  if (input.units.length > 0) {
    const { sql, params } = unnestOf(
      input.units.map((u) => [input.cycleId, u.unitId, u.name, u.level, u.categoryId, u.parentUnitId, u.status, u.planStatus]),
      ['text', 'text', 'text', 'text', 'text', 'text', 'text', 'text'],
    );
    await db.query(`INSERT INTO ${units} (cycle_id, unit_id, name, level, category_id, parent_unit_id, status, plan_status) ${sql}`, params);
  }
  if (input.assignments.length > 0) {
    const { sql, params } = unnestOf(
      input.assignments.map((a) => [input.cycleId, a.unitId, a.indicatorId, a.providerId, jsonParam(a.targets), a.eventId]),
      ['text', 'text', 'text', 'text', 'jsonb', 'text'],
    );
    await db.query(`INSERT INTO ${assignments} (cycle_id, unit_id, indicator_id, provider_id, targets, event_id) ${sql}`, params);
  }
};

export type RaterRow = Readonly<{ raterId: string; raterRole: string; units: unknown; indicators: readonly string[] | null }>;

export const replaceRaters = async (db: SqlQueryable, input: Readonly<{ schema: string; cycleId: string; raters: readonly RaterRow[] }>): Promise<void> => {
  const table = tableOf(input.schema, RATERS_TABLE);
  await db.query(`DELETE FROM ${table} WHERE cycle_id = $1`, [input.cycleId]);
  for (const rater of input.raters) {
    await db.query(`INSERT INTO ${table} (cycle_id, rater_id, rater_role, units, indicators) VALUES ($1, $2, $3, $4::jsonb, $5::jsonb)`, [
      input.cycleId,
      rater.raterId,
      rater.raterRole,
      jsonParam(rater.units),
      rater.indicators === null ? null : jsonParam(rater.indicators),
    ]);
  }
};
