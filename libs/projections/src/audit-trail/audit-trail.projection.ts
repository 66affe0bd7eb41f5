import type { RecordedEvent, SqlQueryable } from '@kaoping/eventstore';
import { EVALUATION_STREAMS, type Projection, type ProjectionContext } from '../runner/projection';
import { AUDIT_TABLE, type AuditLinks, collectAuditLinks, indexAuditTrail, insertAuditEntries, markAuditLinks, migrateAuditTrail, writeAuditEntries } from './audit-trail.persistence';
import { auditEntryOf } from './audit-trail.reducer';

export const AUDIT_TRAIL = 'audit-trail';

/** Every lifecycle fact with who, role, when, why and evidence, linked to what approved, corrected or revoked it. */
export const auditTrailProjection = (context: ProjectionContext): Projection => {
  // While rebuilding: the links of the entries written so far (committed), and of this batch (staged).
  let deferred: AuditLinks | undefined;
  let staged: AuditLinks = new Map();
  return {
    name: AUDIT_TRAIL,
    filter: EVALUATION_STREAMS,
    tables: [AUDIT_TABLE],
    migrate: (db: SqlQueryable) => migrateAuditTrail(db, context.schema, { indexes: deferred === undefined }),
    apply: async (batch: readonly RecordedEvent[], tx: SqlQueryable) => {
      const entries = batch.map(auditEntryOf);
      if (deferred === undefined) return writeAuditEntries(tx, { schema: context.schema, entries });
      staged = collectAuditLinks(entries);
      await insertAuditEntries(tx, { schema: context.schema, entries, keyed: false });
    },
    committed: () => {
      if (deferred !== undefined) {
        for (const [kind, byTarget] of staged) {
          const kept = deferred.get(kind) ?? new Map<string, string>();
          for (const [target, by] of byTarget) kept.set(target, by);
          deferred.set(kind, kept);
        }
      }
      staged = new Map();
    },
    discarded: () => {
      staged = new Map();
    },
    // A rebuild writes the rows first (each event once, into the table without its key), then keys
    // and indexes them once, and marks the entries pointed at (found by the key) at its end.
    beginRebuild: () => {
      deferred = new Map();
      staged = new Map();
    },
    finishRebuild: async (tx: SqlQueryable) => {
      const links = deferred ?? new Map();
      deferred = undefined;
      await indexAuditTrail(tx, context.schema);
      await markAuditLinks(tx, { schema: context.schema, links });
    },
  };
};
