import { type SqlParam, type SqlQueryable, type SqlRow, queryPrepared } from '@kaoping/eventstore';
import type { ResultLine } from '@kaoping/evaluation';
import {
  APPEALS_TABLE,
  ASSIGNMENTS_TABLE,
  CYCLES_TABLE,
  RATERS_TABLE,
  RECTIFICATIONS_TABLE,
  RESULTS_TABLE,
  SCHEME_VERSIONS_TABLE,
  SNAPSHOTS_TABLE,
  UNITS_TABLE,
} from '../directory/directory.persistence';
import { jsonOf, numberOf, optionalTextOf, tableOf, textOf } from '../runner/read-model-sql';
import { SUBMISSION_TABLE } from '../submission-status/submission-status.persistence';
import { PROPOSALS_TABLE } from '../proposals/proposals.persistence';
import { proposalOfRow, type ProposalView } from './read-model.queries';

type Db = Readonly<{ db: SqlQueryable; schema: string }>;

/** A page of a list that can grow: the total that matches, and the items from `offset`. */
export type Page<T> = Readonly<{ total: number; limit: number; offset: number; items: readonly T[] }>;
export type Paging = Readonly<{ limit: number; offset: number }>;

/** WHERE clauses built from optional filters: `filters` maps a column to a value (undefined: no filter). */
const whereOf = (filters: Readonly<Record<string, string | readonly string[] | undefined>>, params: SqlParam[]): string => {
  const clauses: string[] = [];
  for (const [column, value] of Object.entries(filters)) {
    if (value === undefined) continue;
    if (typeof value === 'string') {
      params.push(value);
      clauses.push(`${column} = $${params.length}`);
    } else {
      params.push(JSON.stringify(value));
      clauses.push(`${column} IN (SELECT jsonb_array_elements_text($${params.length}::jsonb))`);
    }
  }
  return clauses.length === 0 ? 'TRUE' : clauses.join(' AND ');
};

const pageOf = async <T>(
  { db }: Db,
  query: Readonly<{ from: string; where: string; params: SqlParam[]; orderBy: string; columns?: string; paging: Paging; map: (row: SqlRow) => T }>,
): Promise<Page<T>> => {
  const [count] = await db.query(`SELECT count(*)::int AS total FROM ${query.from} WHERE ${query.where}`, query.params);
  const params = [...query.params, query.paging.limit, query.paging.offset];
  const rows = await db.query(
    `SELECT ${query.columns ?? '*'} FROM ${query.from} WHERE ${query.where} ORDER BY ${query.orderBy} LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return { total: count === undefined ? 0 : numberOf(count, 'total'), limit: query.paging.limit, offset: query.paging.offset, items: rows.map(query.map) };
};

// Cycles

export type PhaseView = Readonly<{ id: string; status: string; openedAt: string | null; closedAt: string | null; start?: string; end?: string }>;
export type DeadlineView = Readonly<{ id: string; kind: string; period: string | null; dueAt: string; passed: boolean }>;
export type CycleSummary = Readonly<{
  cycleId: string;
  year: number;
  name: string;
  /** created (no scheme yet) | active */
  status: string;
  schemeVersion: number | null;
  openPhases: readonly string[];
  phases: readonly PhaseView[];
  deadlines: readonly DeadlineView[];
  closedPeriods: readonly string[];
  createdAt: string;
  position: string;
}>;

const cycleOfRow = (row: SqlRow): CycleSummary => ({
  cycleId: textOf(row, 'cycle_id'),
  year: numberOf(row, 'year'),
  name: textOf(row, 'name'),
  status: textOf(row, 'status'),
  schemeVersion: row['scheme_version'] === null ? null : numberOf(row, 'scheme_version'),
  openPhases: jsonOf(row, 'open_phases') as readonly string[],
  phases: jsonOf(row, 'phases') as readonly PhaseView[],
  deadlines: jsonOf(row, 'deadlines') as readonly DeadlineView[],
  closedPeriods: jsonOf(row, 'closed_periods') as readonly string[],
  createdAt: textOf(row, 'created_at'),
  position: textOf(row, 'position'),
});

const CYCLE_COLUMNS = 'cycle_id, year, name, status, scheme_version, open_phases, phases, deadlines, closed_periods, created_at, position::text AS position';

/** Every cycle, newest year first. */
export const listCycles = (db: Db, query: Readonly<{ year?: string } & Paging>): Promise<Page<CycleSummary>> => {
  const params: SqlParam[] = [];
  const where = whereOf({ 'year::text': query.year }, params);
  return pageOf(db, { from: tableOf(db.schema, CYCLES_TABLE), where, params, orderBy: 'year DESC, cycle_id', columns: CYCLE_COLUMNS, paging: query, map: cycleOfRow });
};

export const cycleById = async ({ db, schema }: Db, cycleId: string): Promise<CycleSummary | null> => {
  const [row] = await queryPrepared(db, `SELECT ${CYCLE_COLUMNS} FROM ${tableOf(schema, CYCLES_TABLE)} WHERE cycle_id = $1`, [cycleId]);
  return row === undefined ? null : cycleOfRow(row);
};

// Scheme versions

export type SchemeVersionSummary = Readonly<{ version: number; eventId: string; type: string; recordedAt: string; actorId: string; role: string; reason: string | null; changes: readonly string[] }>;
export type SchemeVersionView = SchemeVersionSummary & Readonly<{ document: unknown; outline: unknown }>;

const versionOfRow = (row: SqlRow): SchemeVersionSummary => ({
  version: numberOf(row, 'version'),
  eventId: textOf(row, 'event_id'),
  type: textOf(row, 'type'),
  recordedAt: textOf(row, 'recorded_at'),
  actorId: textOf(row, 'actor_id'),
  role: textOf(row, 'role'),
  reason: optionalTextOf(row, 'reason'),
  changes: jsonOf(row, 'changes') as readonly string[],
});

export const schemeVersions = async ({ db, schema }: Db, cycleId: string): Promise<readonly SchemeVersionSummary[]> => {
  const rows = await db.query(
    `SELECT version, event_id, type, recorded_at, actor_id, role, reason, changes FROM ${tableOf(schema, SCHEME_VERSIONS_TABLE)} WHERE cycle_id = $1 ORDER BY version`,
    [cycleId],
  );
  return rows.map(versionOfRow);
};

/** A scheme version with its document and outline (the latest when no version is given). */
export const schemeVersion = async ({ db, schema }: Db, query: Readonly<{ cycleId: string; version?: number }>): Promise<SchemeVersionView | null> => {
  const [row] = await db.query(
    `SELECT * FROM ${tableOf(schema, SCHEME_VERSIONS_TABLE)} WHERE cycle_id = $1 AND ($2::int IS NULL OR version = $2) ORDER BY version DESC LIMIT 1`,
    [query.cycleId, query.version ?? null],
  );
  return row === undefined ? null : { ...versionOfRow(row), document: jsonOf(row, 'document'), outline: jsonOf(row, 'outline') };
};

// Units and assignments

/** categoryId null: an unscored root (a county registered without a category). */
export type UnitView = Readonly<{ unitId: string; name: string; level: string; categoryId: string | null; parentUnitId: string | null; status: string; planStatus: string }>;
export type AssignmentView = Readonly<{ unitId: string; indicatorId: string; providerId: string | null; targets: Readonly<Record<string, string>>; eventId: string }>;

const unitOfRow = (row: SqlRow): UnitView => ({
  unitId: textOf(row, 'unit_id'),
  name: textOf(row, 'name'),
  level: textOf(row, 'level'),
  categoryId: optionalTextOf(row, 'category_id'),
  parentUnitId: optionalTextOf(row, 'parent_unit_id'),
  status: textOf(row, 'status'),
  planStatus: textOf(row, 'plan_status'),
});

export type UnitFilter = Readonly<{ cycleId: string; unitIds?: readonly string[]; categoryId?: string; parentUnitId?: string; level?: string; status?: string; search?: string }>;

/** Units of a cycle by filter; `search` matches the id or the name (case-insensitive, anywhere). */
export const listUnits = (db: Db, query: UnitFilter & Paging): Promise<Page<UnitView>> => {
  const params: SqlParam[] = [];
  let where = whereOf(
    { cycle_id: query.cycleId, unit_id: query.unitIds, category_id: query.categoryId, parent_unit_id: query.parentUnitId, level: query.level, status: query.status },
    params,
  );
  if (query.search !== undefined) {
    params.push(`%${query.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where += ` AND (lower(unit_id) LIKE $${params.length} OR lower(name) LIKE $${params.length})`;
  }
  return pageOf(db, { from: tableOf(db.schema, UNITS_TABLE), where, params, orderBy: 'category_id, unit_id', paging: query, map: unitOfRow });
};

export const unitById = async ({ db, schema }: Db, query: Readonly<{ cycleId: string; unitId: string }>): Promise<UnitView | null> => {
  const [row] = await db.query(`SELECT * FROM ${tableOf(schema, UNITS_TABLE)} WHERE cycle_id = $1 AND unit_id = $2`, [query.cycleId, query.unitId]);
  return row === undefined ? null : unitOfRow(row);
};

/** Which units report which indicator, with provider and targets. */
export const listAssignments = (db: Db, query: Readonly<{ cycleId: string; unitId?: string; indicatorId?: string; providerId?: string } & Paging>): Promise<Page<AssignmentView>> => {
  const params: SqlParam[] = [];
  const where = whereOf({ cycle_id: query.cycleId, unit_id: query.unitId, indicator_id: query.indicatorId, provider_id: query.providerId }, params);
  return pageOf(db, {
    from: tableOf(db.schema, ASSIGNMENTS_TABLE),
    where,
    params,
    orderBy: 'unit_id, indicator_id',
    paging: query,
    map: (row) => ({
      unitId: textOf(row, 'unit_id'),
      indicatorId: textOf(row, 'indicator_id'),
      providerId: optionalTextOf(row, 'provider_id'),
      targets: jsonOf(row, 'targets') as Readonly<Record<string, string>>,
      eventId: textOf(row, 'event_id'),
    }),
  });
};

// Raters

export type RaterView = Readonly<{ raterId: string; raterRole: string; units: 'all' | readonly string[]; indicators: readonly string[] | null }>;

export const listRaters = async ({ db, schema }: Db, query: Readonly<{ cycleId: string; raterId?: string }>): Promise<readonly RaterView[]> => {
  // units and indicators as their JSON text: a rater of every unit has the JSON string "all", which
  // the drivers hand back parsed ('all'), and jsonOf would then parse again (a 500 for every reader).
  const rows = await db.query(
    `SELECT rater_id, rater_role, units::text AS units, indicators::text AS indicators FROM ${tableOf(schema, RATERS_TABLE)}
     WHERE cycle_id = $1 AND ($2::text IS NULL OR rater_id = $2) ORDER BY rater_id, rater_role`,
    [query.cycleId, query.raterId ?? null],
  );
  return rows.map((row) => ({
    raterId: textOf(row, 'rater_id'),
    raterRole: textOf(row, 'rater_role'),
    units: jsonOf(row, 'units') as 'all' | readonly string[],
    indicators: jsonOf(row, 'indicators') as readonly string[] | null,
  }));
};

// Appeals

export type AppealView = Readonly<{
  appealId: string;
  unitId: string;
  status: string;
  against: unknown;
  grounds: string;
  filed: Readonly<{ eventId: string; actorId: string; role: string; at: string; evidence: unknown }>;
  decided: Readonly<{ eventId: string; actorId: string; role: string; at: string; outcome: string; revokes: unknown; note: string | null; reason: string | null; evidence: unknown }> | null;
}>;

const appealOfRow = (row: SqlRow): AppealView => {
  const decided = optionalTextOf(row, 'decided_event_id');
  return {
    appealId: textOf(row, 'appeal_id'),
    unitId: textOf(row, 'unit_id'),
    status: textOf(row, 'status'),
    against: jsonOf(row, 'against'),
    grounds: textOf(row, 'grounds'),
    filed: {
      eventId: textOf(row, 'filed_event_id'),
      actorId: textOf(row, 'filed_by'),
      role: textOf(row, 'filed_role'),
      at: textOf(row, 'filed_at'),
      evidence: jsonOf(row, 'filed_evidence'),
    },
    decided:
      decided === null
        ? null
        : {
            eventId: decided,
            actorId: textOf(row, 'decided_by'),
            role: textOf(row, 'decided_role'),
            at: textOf(row, 'decided_at'),
            outcome: textOf(row, 'outcome'),
            revokes: jsonOf(row, 'revokes'),
            note: optionalTextOf(row, 'note'),
            reason: optionalTextOf(row, 'decision_reason'),
            evidence: jsonOf(row, 'decided_evidence') ?? [],
          },
  };
};

export const listAppeals = (db: Db, query: Readonly<{ cycleId: string; status?: string; unitId?: string; appealId?: string } & Paging>): Promise<Page<AppealView>> => {
  const params: SqlParam[] = [];
  const where = whereOf({ cycle_id: query.cycleId, status: query.status, unit_id: query.unitId, appeal_id: query.appealId }, params);
  return pageOf(db, { from: tableOf(db.schema, APPEALS_TABLE), where, params, orderBy: 'filed_at, appeal_id', paging: query, map: appealOfRow });
};

// Rectification orders

export type RectificationView = Readonly<{
  orderId: string;
  unitId: string;
  status: string;
  reason: string;
  dueAt: string;
  overdue: boolean;
  ordered: Readonly<{ eventId: string; actorId: string; at: string }>;
  plan: Readonly<{ eventId: string; text: string; documents: readonly string[] }> | null;
  report: Readonly<{ eventId: string; text: string; documents: readonly string[] }> | null;
  accepted: Readonly<{ eventId: string; actorId: string }> | null;
  updatedAt: string;
}>;

const rectificationOfRow = (row: SqlRow): RectificationView => {
  const planEvent = optionalTextOf(row, 'plan_event_id');
  const reportEvent = optionalTextOf(row, 'report_event_id');
  const acceptedEvent = optionalTextOf(row, 'accepted_event_id');
  return {
    orderId: textOf(row, 'order_id'),
    unitId: textOf(row, 'unit_id'),
    status: textOf(row, 'status'),
    reason: textOf(row, 'reason'),
    dueAt: textOf(row, 'due_at'),
    overdue: row['overdue'] === true,
    ordered: { eventId: textOf(row, 'ordered_event_id'), actorId: textOf(row, 'ordered_by'), at: textOf(row, 'ordered_at') },
    plan: planEvent === null ? null : { eventId: planEvent, text: textOf(row, 'plan'), documents: jsonOf(row, 'plan_documents') as readonly string[] },
    report: reportEvent === null ? null : { eventId: reportEvent, text: textOf(row, 'report'), documents: jsonOf(row, 'report_documents') as readonly string[] },
    accepted: acceptedEvent === null ? null : { eventId: acceptedEvent, actorId: textOf(row, 'accepted_by') },
    updatedAt: textOf(row, 'updated_at'),
  };
};

export const listRectifications = (
  db: Db,
  query: Readonly<{ cycleId: string; status?: string; unitId?: string; orderId?: string; overdue?: boolean } & Paging>,
): Promise<Page<RectificationView>> => {
  const params: SqlParam[] = [];
  let where = whereOf({ cycle_id: query.cycleId, status: query.status, unit_id: query.unitId, order_id: query.orderId }, params);
  if (query.overdue !== undefined) where += query.overdue ? ' AND overdue' : ' AND NOT overdue';
  return pageOf(db, { from: tableOf(db.schema, RECTIFICATIONS_TABLE), where, params, orderBy: 'due_at, order_id', paging: query, map: rectificationOfRow });
};

// Results and snapshots

/** A recorded result line as its event holds it (with results use, flags and carried rectification where recorded). */
export type ResultLineView = ResultLine;
export type ComputedView = Readonly<{ eventId: string; asOfPosition: string; asOf: string; schemeVersion: number; appealId: string | null; computedAt: string; units: readonly ResultLineView[] }>;
export type ResultsView = Readonly<{
  categoryId: string;
  /** computed (provisional) | published (on notice) | finalised */
  status: string;
  computed: ComputedView | null;
  published: (ComputedView & Readonly<{ publishedEventId: string; publishedAt: string; noticeEndsAt: string }>) | null;
  finalised: Readonly<{ eventId: string; at: string }> | null;
}>;

const onlyUnit = <T extends Readonly<{ units: readonly ResultLineView[] }>>(value: T | null, unitId: string | undefined): T | null =>
  value === null || unitId === undefined ? value : { ...value, units: value.units.filter((line) => line.unitId === unitId) };

/** Results per category (optionally one category; optionally only one unit's lines). */
export const listResults = async ({ db, schema }: Db, query: Readonly<{ cycleId: string; categoryId?: string; unitId?: string }>): Promise<readonly ResultsView[]> => {
  const rows = await db.query(`SELECT * FROM ${tableOf(schema, RESULTS_TABLE)} WHERE cycle_id = $1 AND ($2::text IS NULL OR category_id = $2) ORDER BY category_id`, [
    query.cycleId,
    query.categoryId ?? null,
  ]);
  return rows.map((row) => {
    const computed = jsonOf(row, 'computed') as ComputedView | null;
    const published = jsonOf(row, 'published') as ComputedView | null;
    const finalised = optionalTextOf(row, 'finalised_event_id');
    return {
      categoryId: textOf(row, 'category_id'),
      status: textOf(row, 'status'),
      computed: onlyUnit(computed, query.unitId),
      published:
        published === null
          ? null
          : { ...(onlyUnit(published, query.unitId) ?? published), publishedEventId: textOf(row, 'published_event_id'), publishedAt: textOf(row, 'published_at'), noticeEndsAt: textOf(row, 'notice_ends_at') },
      finalised: finalised === null ? null : { eventId: finalised, at: textOf(row, 'finalised_at') },
    };
  });
};

export type SnapshotView = Readonly<{ categoryId: string; phase: string; eventId: string; asOfPosition: string; asOf: string; schemeVersion: number; recordedAt: string; units: readonly ResultLineView[] }>;

export const listSnapshots = async ({ db, schema }: Db, query: Readonly<{ cycleId: string; categoryId?: string; phase?: string; unitId?: string }>): Promise<readonly SnapshotView[]> => {
  const rows = await db.query(
    `SELECT * FROM ${tableOf(schema, SNAPSHOTS_TABLE)} WHERE cycle_id = $1 AND ($2::text IS NULL OR category_id = $2) AND ($3::text IS NULL OR phase = $3) ORDER BY recorded_at, category_id, phase`,
    [query.cycleId, query.categoryId ?? null, query.phase ?? null],
  );
  return rows.map((row) => {
    const units = jsonOf(row, 'units') as readonly ResultLineView[];
    return {
      categoryId: textOf(row, 'category_id'),
      phase: textOf(row, 'phase'),
      eventId: textOf(row, 'event_id'),
      asOfPosition: textOf(row, 'as_of_position'),
      asOf: textOf(row, 'as_of'),
      schemeVersion: numberOf(row, 'scheme_version'),
      recordedAt: textOf(row, 'recorded_at'),
      units: query.unitId === undefined ? units : units.filter((line) => line.unitId === query.unitId),
    };
  });
};

// Phase board

export type DeadlineBoardRow = Readonly<{ deadlineId: string; kind: string; period: string; phase: string; dueAt: string; units: number; submitted: number; pending: number; overdue: number; missing: number }>;

/**
 * Per deadline, how many units have everything submitted, and how many still owe an item
 * (pending, overdue, missing — a unit counts once, under its worst item). Drill down with the
 * submission-status read (deadlineId and status filters).
 */
export const phaseBoard = async ({ db, schema }: Db, query: Readonly<{ cycleId: string; phase?: string; unitIds?: readonly string[]; providerId?: string }>): Promise<readonly DeadlineBoardRow[]> => {
  const rows = await db.query(
    `WITH per_unit AS (
       SELECT deadline_id, min(kind) AS kind, min(period) AS period, min(phase) AS phase, min(due_at) AS due_at, unit_id,
         CASE WHEN bool_or(status = 'missing') THEN 'missing' WHEN bool_or(status = 'overdue') THEN 'overdue' WHEN bool_or(status = 'pending') THEN 'pending' ELSE 'submitted' END AS worst
       FROM ${tableOf(schema, SUBMISSION_TABLE)}
       WHERE cycle_id = $1 AND ($2::text IS NULL OR phase = $2) AND ($3::jsonb IS NULL OR unit_id IN (SELECT jsonb_array_elements_text($3::jsonb)))
         AND ($4::text IS NULL OR provider_id = $4)
       GROUP BY deadline_id, unit_id)
     SELECT deadline_id, min(kind) AS kind, min(period) AS period, min(phase) AS phase, min(due_at) AS due_at, count(*)::int AS units,
       count(*) FILTER (WHERE worst = 'submitted')::int AS submitted, count(*) FILTER (WHERE worst = 'pending')::int AS pending,
       count(*) FILTER (WHERE worst = 'overdue')::int AS overdue, count(*) FILTER (WHERE worst = 'missing')::int AS missing
     FROM per_unit GROUP BY deadline_id ORDER BY min(due_at), deadline_id`,
    [query.cycleId, query.phase ?? null, query.unitIds === undefined ? null : JSON.stringify(query.unitIds), query.providerId ?? null],
  );
  return rows.map((row) => ({
    deadlineId: textOf(row, 'deadline_id'),
    kind: textOf(row, 'kind'),
    period: textOf(row, 'period'),
    phase: textOf(row, 'phase'),
    dueAt: textOf(row, 'due_at'),
    units: numberOf(row, 'units'),
    submitted: numberOf(row, 'submitted'),
    pending: numberOf(row, 'pending'),
    overdue: numberOf(row, 'overdue'),
    missing: numberOf(row, 'missing'),
  }));
};

// Proposals

/** Proposals by status, kind, unit or recorder ("what I recorded and what became of each"), a page at a time. */
export const listProposals = (
  db: Db,
  query: Readonly<{ cycleId: string; status?: string; kind?: string; unitId?: string; recordedBy?: string; proposalId?: string } & Paging>,
): Promise<Page<ProposalView>> => {
  const params: SqlParam[] = [];
  const where = whereOf({ cycle_id: query.cycleId, status: query.status, kind: query.kind, unit_id: query.unitId, recorded_by: query.recordedBy, proposal_id: query.proposalId }, params);
  return pageOf(db, { from: tableOf(db.schema, PROPOSALS_TABLE), where, params, orderBy: 'recorded_at DESC, proposal_id', paging: query, map: proposalOfRow });
};
