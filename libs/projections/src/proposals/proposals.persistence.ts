import type { SqlQueryable } from '@kaoping/eventstore';
import { jsonParam, tableOf } from '../runner/read-model-sql';
import type { ProposalChange } from './proposal-life.reducer';

export const PROPOSALS_TABLE = 'rm_proposals';

export const migrateProposals = async (db: SqlQueryable, schema: string): Promise<void> => {
  const table = tableOf(schema, PROPOSALS_TABLE);
  await db.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  await db.query(`CREATE TABLE IF NOT EXISTS ${table} (
    cycle_id text NOT NULL,
    proposal_id text NOT NULL,
    unit_id text NOT NULL,
    kind text NOT NULL,
    status text NOT NULL,
    what text NOT NULL,
    terms jsonb NOT NULL,
    evidence jsonb NOT NULL,
    recorded_event_id text NOT NULL,
    recorded_by text NOT NULL,
    recorded_role text NOT NULL,
    recorded_at text NOT NULL,
    decided_event_id text,
    decided_by text,
    decided_role text,
    decided_at text,
    decision_reason text,
    revoked_event_id text,
    revoked_by text,
    revoked_role text,
    revoked_at text,
    revoke_reason text,
    appeal_id text,
    position bigint NOT NULL,
    PRIMARY KEY (cycle_id, proposal_id)
  )`);
  await db.query(`CREATE INDEX IF NOT EXISTS rm_proposals_status ON ${table} (cycle_id, status, recorded_at)`);
  await db.query(`CREATE INDEX IF NOT EXISTS rm_proposals_unit ON ${table} (cycle_id, unit_id)`);
  await db.query(`CREATE INDEX IF NOT EXISTS rm_proposals_recorder ON ${table} (recorded_by, recorded_at)`);
};

/** Applies one change; each is keyed by the proposal and sets fixed values, so applying it again changes nothing. */
export const writeProposalChange = async (db: SqlQueryable, input: Readonly<{ schema: string; change: ProposalChange }>): Promise<void> => {
  const table = tableOf(input.schema, PROPOSALS_TABLE);
  const { change } = input;
  const { step } = change;
  switch (change.kind) {
    case 'recorded':
      await db.query(
        `INSERT INTO ${table} (cycle_id, proposal_id, unit_id, kind, status, what, terms, evidence, recorded_event_id, recorded_by, recorded_role, recorded_at, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10, $11, $12, $13::bigint)
         ON CONFLICT (cycle_id, proposal_id) DO NOTHING`,
        [change.cycleId, change.proposalId, change.unitId, change.proposalKind, change.status, change.what, jsonParam(change.terms), jsonParam(change.evidence), step.eventId, step.actorId, step.role, step.at, change.position],
      );
      return;
    case 'decided':
      await db.query(
        // Evidence the step adds follows the proposal's own, each reference once.
        `UPDATE ${table} SET status = $3, terms = CASE WHEN $4::jsonb IS NULL THEN terms ELSE terms || $4::jsonb END,
           evidence = evidence || coalesce((SELECT jsonb_agg(added.e ORDER BY added.n) FROM jsonb_array_elements($11::jsonb) WITH ORDINALITY AS added (e, n)
                                            WHERE NOT evidence @> jsonb_build_array(added.e)), '[]'::jsonb),
           decided_event_id = $5, decided_by = $6, decided_role = $7, decided_at = $8, decision_reason = $9, position = $10::bigint
         WHERE cycle_id = $1 AND proposal_id = $2 AND decided_event_id IS DISTINCT FROM $5`,
        [
          change.cycleId,
          change.proposalId,
          change.status,
          change.terms === undefined ? null : jsonParam(change.terms),
          step.eventId,
          step.actorId,
          step.role,
          step.at,
          step.reason,
          change.position,
          jsonParam(change.evidence ?? []),
        ],
      );
      return;
    case 'revoked':
      await db.query(
        `UPDATE ${table} SET status = $3, revoked_event_id = $4, revoked_by = $5, revoked_role = $6, revoked_at = $7, revoke_reason = $8, appeal_id = $9, position = $10::bigint
         WHERE cycle_id = $1 AND proposal_id = $2`,
        [change.cycleId, change.proposalId, change.status, step.eventId, step.actorId, step.role, step.at, step.reason, change.appealId ?? null, change.position],
      );
      return;
  }
};
