import type { SqlQueryable } from '@kaoping/eventstore';
import { tableOf, unnestOf } from '../runner/read-model-sql';
import type { SubmissionItem } from './submission-status.reducer';

export const SUBMISSION_TABLE = 'rm_submission_status';

export const migrateSubmissionStatus = async (db: SqlQueryable, schema: string): Promise<void> => {
  const table = tableOf(schema, SUBMISSION_TABLE);
  await db.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  await db.query(`CREATE TABLE IF NOT EXISTS ${table} (
    cycle_id text NOT NULL,
    unit_id text NOT NULL,
    deadline_id text NOT NULL,
    indicator_id text NOT NULL,
    kind text NOT NULL,
    period text NOT NULL,
    phase text NOT NULL,
    due_at text NOT NULL,
    provider_id text,
    status text NOT NULL,
    submitted_event_id text,
    PRIMARY KEY (cycle_id, unit_id, deadline_id, indicator_id)
  )`);
  // The value a data item was delivered with (added later: rows written before hold null until their unit changes or a rebuild).
  await db.query(`ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS value text`);
  await db.query(`CREATE INDEX IF NOT EXISTS rm_submission_status_deadline ON ${table} (cycle_id, deadline_id, status)`);
  await db.query(`CREATE INDEX IF NOT EXISTS rm_submission_status_phase ON ${table} (cycle_id, phase, status)`);
  await db.query(`CREATE INDEX IF NOT EXISTS rm_submission_status_provider ON ${table} (cycle_id, provider_id)`);
};

const ITEM_COLUMNS = 'cycle_id, unit_id, deadline_id, indicator_id, kind, period, phase, due_at, provider_id, status, submitted_event_id, value';
const ITEM_TYPES = ['text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text'] as const;
const itemRow = (item: SubmissionItem): (string | null)[] => [
  item.cycleId,
  item.unitId,
  item.deadlineId,
  item.indicatorId,
  item.kind,
  item.period,
  item.phase,
  item.dueAt,
  item.providerId,
  item.status,
  item.submittedEventId,
  item.value,
];

/** Replaces the items of the given units of a cycle with `items`. */
export const replaceSubmissionItems = async (
  db: SqlQueryable,
  input: Readonly<{ schema: string; cycleId: string; unitIds: readonly string[]; items: readonly SubmissionItem[] }>,
): Promise<void> => {
  const table = tableOf(input.schema, SUBMISSION_TABLE);
  await db.query(`DELETE FROM ${table} WHERE cycle_id = $1 AND unit_id = ANY($2::text[])`, [input.cycleId, [...input.unitIds]]);
  if (input.items.length === 0) return;
  const { sql, params } = unnestOf(input.items.map(itemRow), ITEM_TYPES);
  await db.query(`INSERT INTO ${table} (${ITEM_COLUMNS}) ${sql}`, params);
};

/** Writes the items that changed (new or different) and deletes those gone (by unit, deadline and indicator). */
export const updateSubmissionItems = async (
  db: SqlQueryable,
  input: Readonly<{ schema: string; cycleId: string; changed: readonly SubmissionItem[]; gone: readonly SubmissionItem[] }>,
): Promise<void> => {
  const table = tableOf(input.schema, SUBMISSION_TABLE);
  if (input.gone.length > 0) {
    await db.query(
      `DELETE FROM ${table} AS row USING unnest($2::text[], $3::text[], $4::text[]) AS gone (unit_id, deadline_id, indicator_id)
       WHERE row.cycle_id = $1 AND row.unit_id = gone.unit_id AND row.deadline_id = gone.deadline_id AND row.indicator_id = gone.indicator_id`,
      [input.cycleId, input.gone.map((item) => item.unitId), input.gone.map((item) => item.deadlineId), input.gone.map((item) => item.indicatorId)],
    );
  }
  if (input.changed.length === 0) return;
  const { sql, params } = unnestOf(input.changed.map(itemRow), ITEM_TYPES);
  await db.query(
    `INSERT INTO ${table} (${ITEM_COLUMNS}) ${sql}
     ON CONFLICT (cycle_id, unit_id, deadline_id, indicator_id) DO UPDATE SET kind = excluded.kind, period = excluded.period, phase = excluded.phase,
       due_at = excluded.due_at, provider_id = excluded.provider_id, status = excluded.status, submitted_event_id = excluded.submitted_event_id,
       value = excluded.value`,
    params,
  );
};
