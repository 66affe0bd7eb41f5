import type { SqlQueryable } from '@kaoping/eventstore';
import { jsonParam, tableOf, unnestOf, type UnnestType } from '../runner/read-model-sql';
import { type AuditEntry, type AuditLinkKind, LINK_COLUMNS } from './audit-trail.reducer';

export const AUDIT_TABLE = 'rm_audit_trail';

/**
 * Creates the table and, unless `indexes` is false (a rebuild, which makes them once at its end:
 * see {@link indexAuditTrail}), its key and indexes.
 *
 * The ids the key and the indexes begin with compare byte by byte (`COLLATE "C"`): they are ids,
 * compared for equality, never sorted for people. Under a database's own collation (C.UTF-8 on
 * ours, en_US on many servers) PostgreSQL compares each pair with strcoll and cannot sort by
 * abbreviated keys. Over a rebuilt province's audit trail of 1.3 million rows (C.UTF-8, 2026-12-04)
 * the key builds in 1.2–1.3 s against 1.7–1.8 s; the other three indexes, whose ids are short, take
 * about the same 4.0–4.3 s either way. A rebuild builds them over a row per event.
 */
export const migrateAuditTrail = async (db: SqlQueryable, schema: string, options: Readonly<{ indexes: boolean }> = { indexes: true }): Promise<void> => {
  const table = tableOf(schema, AUDIT_TABLE);
  await db.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  await db.query(`CREATE TABLE IF NOT EXISTS ${table} (
    event_id text COLLATE "C" ${options.indexes ? 'PRIMARY KEY' : 'NOT NULL'},
    position bigint NOT NULL,
    stream_id text NOT NULL,
    type text NOT NULL,
    cycle_id text COLLATE "C",
    unit_id text COLLATE "C",
    indicator_id text COLLATE "C",
    period text,
    proposal_id text,
    actor_id text COLLATE "C" NOT NULL,
    role text NOT NULL,
    acting_for_unit text,
    acting_for_provider text,
    recorded_at text NOT NULL,
    effective_date text,
    reason text,
    evidence jsonb NOT NULL,
    link_kind text,
    link_event_id text,
    data json NOT NULL,
    superseded_by text,
    approved_by text,
    rejected_by text,
    revoked_by text
  )`);
  if (options.indexes) await indexAuditTrail(db, schema);
};

/**
 * The key (event_id, the primary key `rm_audit_trail_pkey` as the table is created with) and the
 * indexes the reads use (a unit's, an indicator's, an actor's entries in log order). A rebuild
 * writes a row per event: kept up row by row they cost about ten times the rows themselves (the
 * key most, its ids in no order: at a province's millions of rows each insert lands on a page
 * of its own), built once over the rows they cost a sort.
 *
 * A unit's and an indicator's index begin with the id that tells their rows apart, then the cycle:
 * the reads give both (equal), so either order serves them, but a sort compares the first bytes of
 * the first column before anything else, and a cycle's id is the same in nearly every row. Over a
 * rebuilt province's 13 million rows (2026-12-04) the unit's index builds in 9.3 s against 12.0 s
 * with the cycle first, the indicator's in 12.6 s against 14.8 s. A database indexed before keeps
 * its indexes (same names) until its next rebuild; they serve the same reads.
 */
export const indexAuditTrail = async (db: SqlQueryable, schema: string): Promise<void> => {
  const table = tableOf(schema, AUDIT_TABLE);
  await db.query(`CREATE UNIQUE INDEX IF NOT EXISTS rm_audit_trail_pkey ON ${table} (event_id)`);
  await db.query(`DO $do$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = '${table}'::regclass AND contype = 'p') THEN
      ALTER TABLE ${table} ADD CONSTRAINT rm_audit_trail_pkey PRIMARY KEY USING INDEX rm_audit_trail_pkey;
    END IF;
  END $do$`);
  await db.query(`CREATE INDEX IF NOT EXISTS rm_audit_trail_unit ON ${table} (unit_id, cycle_id, position)`);
  await db.query(`CREATE INDEX IF NOT EXISTS rm_audit_trail_indicator ON ${table} (indicator_id, cycle_id, position)`);
  await db.query(`CREATE INDEX IF NOT EXISTS rm_audit_trail_actor ON ${table} (actor_id, position)`);
};

const rowOf = (entry: AuditEntry): (string | null)[] => [
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
  entry.dataJson,
];
const TYPES: readonly UnnestType[] = ['text', 'bigint', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'jsonb', 'text', 'text', 'json'];
const COLUMN_NAMES = [
  'event_id', 'position', 'stream_id', 'type', 'cycle_id', 'unit_id', 'indicator_id', 'period', 'proposal_id', 'actor_id', 'role',
  'acting_for_unit', 'acting_for_provider', 'recorded_at', 'effective_date', 'reason', 'evidence', 'link_kind', 'link_event_id', 'data',
] as const;
const COLUMNS = COLUMN_NAMES.join(', ');
const CHUNK = 2000;

/** What entries point at, by kind of link and pointed-at entry: the later pointer of the same kind wins (as in log order). */
export type AuditLinks = Map<AuditLinkKind, Map<string, string>>;

/** Adds the links of `entries` (in log order) to `into`. */
export const collectAuditLinks = (entries: readonly AuditEntry[], into: AuditLinks = new Map()): AuditLinks => {
  for (const entry of entries) {
    if (entry.link === null) continue;
    const byTarget = into.get(entry.link.kind) ?? new Map<string, string>();
    byTarget.set(entry.link.eventId, entry.eventId);
    into.set(entry.link.kind, byTarget);
  }
  return into;
};

/** Marks the pointed-at entries with who pointed at them: each kind of link in one statement. */
export const markAuditLinks = async (db: SqlQueryable, input: Readonly<{ schema: string; links: AuditLinks }>): Promise<void> => {
  const table = tableOf(input.schema, AUDIT_TABLE);
  for (const [kind, byTarget] of input.links) {
    await db.query(
      `UPDATE ${table} AS target SET ${LINK_COLUMNS[kind]} = link.by FROM unnest($1::text[], $2::text[]) AS link (target_id, by) WHERE target.event_id = link.target_id`,
      [[...byTarget.keys()], [...byTarget.values()]],
    );
  }
};

/**
 * Inserts the entries. `keyed`: an entry already there is left as it is (the live run, which may
 * see a batch again): rows go column by column, one array each (unnest), a few thousand to a
 * statement, several times fewer parameters to bind than rows of values. A rebuild, which writes
 * each event once into a table without its key yet, says false: its rows go by COPY, which
 * PostgreSQL reads for a third of the CPU (100,000 rows of a province's audit trail, 2026-12-04:
 * 0.5–0.7 s of the machine against 1.6–2.2 s through unnest).
 */
export const insertAuditEntries = async (db: SqlQueryable, input: Readonly<{ schema: string; entries: readonly AuditEntry[]; keyed: boolean }>): Promise<void> => {
  const table = tableOf(input.schema, AUDIT_TABLE);
  if (!input.keyed) {
    await db.copyRows(table, COLUMN_NAMES, input.entries.map(rowOf));
    return;
  }
  for (let at = 0; at < input.entries.length; at += CHUNK) {
    const { sql, params } = unnestOf(input.entries.slice(at, at + CHUNK).map(rowOf), TYPES);
    await db.query(`INSERT INTO ${table} (${COLUMNS}) ${sql} ON CONFLICT (event_id) DO NOTHING`, params);
  }
};

/** Inserts the entries (an entry already there is left as it is) and marks the entries they point at. */
export const writeAuditEntries = async (db: SqlQueryable, input: Readonly<{ schema: string; entries: readonly AuditEntry[] }>): Promise<void> => {
  await insertAuditEntries(db, { ...input, keyed: true });
  await markAuditLinks(db, { schema: input.schema, links: collectAuditLinks(input.entries) });
};
