import type { SqlParam, SqlQueryable } from '@kaoping/eventstore';
import { jsonParam, tableOf, valuesOf } from '../runner/read-model-sql';
import { type AuditEntry, LINK_COLUMNS } from './audit-trail.reducer';

export const AUDIT_TABLE = 'rm_audit_trail';

export const migrateAuditTrail = async (db: SqlQueryable, schema: string): Promise<void> => {
  const table = tableOf(schema, AUDIT_TABLE);
  await db.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  await db.query(`CREATE TABLE IF NOT EXISTS ${table} (
    event_id text PRIMARY KEY,
    position bigint NOT NULL,
    stream_id text NOT NULL,
    type text NOT NULL,
    cycle_id text,
    unit_id text,
    indicator_id text,
    period text,
    proposal_id text,
    actor_id text NOT NULL,
    role text NOT NULL,
    acting_for_unit text,
    acting_for_provider text,
    recorded_at text NOT NULL,
    effective_date text,
    reason text,
    evidence jsonb NOT NULL,
    link_kind text,
    link_event_id text,
    data jsonb NOT NULL,
    superseded_by text,
    approved_by text,
    rejected_by text,
    revoked_by text
  )`);
  await db.query(`CREATE INDEX IF NOT EXISTS rm_audit_trail_unit ON ${table} (cycle_id, unit_id, position)`);
  await db.query(`CREATE INDEX IF NOT EXISTS rm_audit_trail_indicator ON ${table} (cycle_id, indicator_id, position)`);
  await db.query(`CREATE INDEX IF NOT EXISTS rm_audit_trail_actor ON ${table} (actor_id, position)`);
};

const rowOf = (entry: AuditEntry): SqlParam[] => [
  entry.eventId,
  entry.position,
  entry.streamId,
  entry.type,
  entry.cycleId,
  entry.unitId,
  entry.indicatorId,
  entry.period,
  entry.proposalId,
  entry.actorId,
  entry.role,
  entry.actingForUnit,
  entry.actingForProvider,
  entry.recordedAt,
  entry.effectiveDate,
  entry.reason,
  jsonParam(entry.evidence),
  entry.link?.kind ?? null,
  entry.link?.eventId ?? null,
  jsonParam(entry.data),
];
const CASTS = ['', '::bigint', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '::jsonb', '', '', '::jsonb'];

/** Inserts the entries (an entry already there is left as it is) and marks the entries they point at. */
export const writeAuditEntries = async (db: SqlQueryable, input: Readonly<{ schema: string; entries: readonly AuditEntry[] }>): Promise<void> => {
  const table = tableOf(input.schema, AUDIT_TABLE);
  for (let at = 0; at < input.entries.length; at += 200) {
    const chunk = input.entries.slice(at, at + 200);
    const { sql, params } = valuesOf(chunk.map(rowOf), CASTS);
    await db.query(
      `INSERT INTO ${table} (event_id, position, stream_id, type, cycle_id, unit_id, indicator_id, period, proposal_id, actor_id, role,
        acting_for_unit, acting_for_provider, recorded_at, effective_date, reason, evidence, link_kind, link_event_id, data)
       VALUES ${sql} ON CONFLICT (event_id) DO NOTHING`,
      params,
    );
  }
  for (const entry of input.entries) {
    if (entry.link === null) continue;
    await db.query(`UPDATE ${table} SET ${LINK_COLUMNS[entry.link.kind]} = $1 WHERE event_id = $2`, [entry.eventId, entry.link.eventId]);
  }
};
