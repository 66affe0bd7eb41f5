import type { SqlQueryable } from '@kaoping/eventstore';
import type { EvaluationEvent, Recorded } from '@kaoping/evaluation';
import { jsonParam, tableOf } from '../runner/read-model-sql';
import { APPEALS_TABLE, RECTIFICATIONS_TABLE, RESULTS_TABLE, SNAPSHOTS_TABLE } from './directory.persistence';

/**
 * The rows kept from the events themselves (appeals, rectification orders, results, snapshots):
 * each write is keyed by the stream's id and sets the values its event fixes, so writing the same
 * event again changes nothing.
 */
export const writeDirectoryEvent = async (db: SqlQueryable, schema: string, event: Recorded<EvaluationEvent>): Promise<void> => {
  const { metadata: meta } = event;
  switch (event.type) {
    case 'AppealFiled': {
      const d = event.data;
      await db.query(
        `INSERT INTO ${tableOf(schema, APPEALS_TABLE)} (cycle_id, appeal_id, unit_id, status, against, grounds, filed_event_id, filed_by, filed_role, filed_at, filed_evidence)
         VALUES ($1, $2, $3, 'filed', $4::jsonb, $5, $6, $7, $8, $9, $10::jsonb) ON CONFLICT (cycle_id, appeal_id) DO NOTHING`,
        [d.cycleId, d.appealId, d.unitId, jsonParam(d.against), d.grounds, event.id, meta.actorId, meta.role, meta.recordedAt, jsonParam(meta.evidence ?? [])],
      );
      return;
    }
    case 'AppealDecided': {
      const d = event.data;
      await db.query(
        `UPDATE ${tableOf(schema, APPEALS_TABLE)} SET status = 'decided', outcome = $3, revokes = $4::jsonb, note = $5, decided_event_id = $6, decided_by = $7,
           decided_role = $8, decided_at = $9, decision_reason = $10, decided_evidence = $11::jsonb WHERE cycle_id = $1 AND appeal_id = $2`,
        [d.cycleId, d.appealId, d.outcome, jsonParam(d.revokes), d.note ?? null, event.id, meta.actorId, meta.role, meta.recordedAt, meta.reason ?? null, jsonParam(meta.evidence ?? [])],
      );
      return;
    }
    case 'RectificationOrdered': {
      const d = event.data;
      await db.query(
        `INSERT INTO ${tableOf(schema, RECTIFICATIONS_TABLE)} (cycle_id, order_id, unit_id, status, reason, due_at, overdue, ordered_event_id, ordered_by, ordered_at, updated_at)
         VALUES ($1, $2, $3, 'ordered', $4, $5, false, $6, $7, $8, $8) ON CONFLICT (cycle_id, order_id) DO NOTHING`,
        [d.cycleId, d.orderId, d.unitId, d.reason, d.dueAt, event.id, meta.actorId, meta.recordedAt],
      );
      return;
    }
    case 'RectificationPlanSubmitted': {
      const d = event.data;
      await db.query(
        `UPDATE ${tableOf(schema, RECTIFICATIONS_TABLE)} SET status = 'planned', plan = $3, plan_documents = $4::jsonb, plan_event_id = $5, updated_at = $6 WHERE cycle_id = $1 AND order_id = $2`,
        [d.cycleId, d.orderId, d.plan, jsonParam(d.documents), event.id, meta.recordedAt],
      );
      return;
    }
    case 'RectificationCompleted': {
      const d = event.data;
      await db.query(
        `UPDATE ${tableOf(schema, RECTIFICATIONS_TABLE)} SET status = 'reported', report = $3, report_documents = $4::jsonb, report_event_id = $5, updated_at = $6 WHERE cycle_id = $1 AND order_id = $2`,
        [d.cycleId, d.orderId, d.report, jsonParam(d.documents), event.id, meta.recordedAt],
      );
      return;
    }
    case 'RectificationAccepted': {
      const d = event.data;
      await db.query(
        `UPDATE ${tableOf(schema, RECTIFICATIONS_TABLE)} SET status = 'accepted', accepted_event_id = $3, accepted_by = $4, updated_at = $5 WHERE cycle_id = $1 AND order_id = $2`,
        [d.cycleId, d.orderId, event.id, meta.actorId, meta.recordedAt],
      );
      return;
    }
    case 'RectificationOverdue': {
      const d = event.data;
      await db.query(`UPDATE ${tableOf(schema, RECTIFICATIONS_TABLE)} SET overdue = true WHERE cycle_id = $1 AND order_id = $2`, [d.cycleId, d.orderId]);
      return;
    }
    case 'SnapshotTaken': {
      const d = event.data;
      await db.query(
        `INSERT INTO ${tableOf(schema, SNAPSHOTS_TABLE)} (cycle_id, category_id, phase, event_id, as_of_position, as_of, scheme_version, units, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9) ON CONFLICT (cycle_id, category_id, phase, event_id) DO NOTHING`,
        [d.cycleId, d.categoryId, d.phase, event.id, d.asOfPosition, d.asOf, d.schemeVersion, jsonParam(d.units), meta.recordedAt],
      );
      return;
    }
    case 'ResultsComputed': {
      const d = event.data;
      const computed = { eventId: event.id, asOfPosition: d.asOfPosition, asOf: d.asOf, schemeVersion: d.schemeVersion, appealId: d.appealId ?? null, computedAt: meta.recordedAt, units: d.units };
      // After publication a recomputation (an appeal decision) waits to be published again: the status stays.
      await db.query(
        `INSERT INTO ${tableOf(schema, RESULTS_TABLE)} AS r (cycle_id, category_id, status, computed) VALUES ($1, $2, 'computed', $3::jsonb)
         ON CONFLICT (cycle_id, category_id) DO UPDATE SET computed = EXCLUDED.computed,
           status = CASE WHEN r.status IN ('published', 'finalised') THEN r.status ELSE 'computed' END`,
        [d.cycleId, d.categoryId, jsonParam(computed)],
      );
      return;
    }
    case 'ResultsPublished': {
      const d = event.data;
      await db.query(
        `UPDATE ${tableOf(schema, RESULTS_TABLE)} SET status = 'published', published = computed, published_event_id = $3, published_at = $4, notice_ends_at = $5
         WHERE cycle_id = $1 AND category_id = $2 AND computed->>'eventId' = $6`,
        [d.cycleId, d.categoryId, event.id, meta.recordedAt, d.noticeEndsAt, d.computed],
      );
      return;
    }
    case 'ResultsFinalised': {
      const d = event.data;
      await db.query(`UPDATE ${tableOf(schema, RESULTS_TABLE)} SET status = 'finalised', finalised_event_id = $3, finalised_at = $4 WHERE cycle_id = $1 AND category_id = $2`, [
        d.cycleId,
        d.categoryId,
        event.id,
        meta.recordedAt,
      ]);
      return;
    }
    default:
      return;
  }
};
