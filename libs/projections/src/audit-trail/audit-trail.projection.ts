import type { RecordedEvent, SqlQueryable } from '@kaoping/eventstore';
import { EVALUATION_STREAMS, type Projection, type ProjectionContext } from '../runner/projection';
import { AUDIT_TABLE, indexAuditTrail, migrateAuditTrail, writeAuditEntries } from './audit-trail.persistence';
import { auditEntryOf } from './audit-trail.reducer';

export const AUDIT_TRAIL = 'audit-trail';

/** Every lifecycle fact with who, role, when, why and evidence, linked to what approved, corrected or revoked it. */
export const auditTrailProjection = (context: ProjectionContext): Projection => {
  let rebuilding = false;
  return {
    name: AUDIT_TRAIL,
    filter: EVALUATION_STREAMS,
    tables: [AUDIT_TABLE],
    migrate: (db: SqlQueryable) => migrateAuditTrail(db, context.schema, { indexes: !rebuilding }),
    apply: (batch: readonly RecordedEvent[], tx: SqlQueryable) => writeAuditEntries(tx, { schema: context.schema, entries: batch.map(auditEntryOf) }),
    // A rebuild writes the rows first and indexes them once, at its end.
    beginRebuild: () => {
      rebuilding = true;
    },
    finishRebuild: async (tx: SqlQueryable) => {
      rebuilding = false;
      await indexAuditTrail(tx, context.schema);
    },
  };
};
