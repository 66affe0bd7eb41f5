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
  await db.query(`CREATE INDEX IF NOT EXISTS rm_submission_status_deadline ON ${table} (cycle_id, deadline_id, status)`);
  await db.query(`CREATE INDEX IF NOT EXISTS rm_submission_status_phase ON ${table} (cycle_id, phase, status)`);
  await db.query(`CREATE INDEX IF NOT EXISTS rm_submission_status_provider ON ${table} (cycle_id, provider_id)`);
};

/** Replaces the items of the given units of a cycle with `items`. */
export const replaceSubmissionItems = async (
  db: SqlQueryable,
  input: Readonly<{ schema: string; cycleId: string; unitIds: readonly string[]; items: readonly SubmissionItem[] }>,
): Promise<void> => {
  const table = tableOf(input.schema, SUBMISSION_TABLE);
  await db.query(`DELETE FROM ${table} WHERE cycle_id = $1 AND unit_id = ANY($2::text[])`, [input.cycleId, [...input.unitIds]]);
  if (input.items.length === 0) return;
  const { sql, params } = unnestOf(
    input.items.map((item) => [item.cycleId, item.unitId, item.deadlineId, item.indicatorId, item.kind, item.period, item.phase, item.dueAt, item.providerId, item.status, item.submittedEventId]),
    ['text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text'],
  );
  await db.query(`INSERT INTO ${table} (cycle_id, unit_id, deadline_id, indicator_id, kind, period, phase, due_at, provider_id, status, submitted_event_id) ${sql}`, params);
};
