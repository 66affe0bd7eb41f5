import type { ActingUser } from '@kaoping/identity';
import { QUERY_ROLES } from '../queries/query-access';
import type { ErrorBody } from './error-body';

/** Roles that read every event (the audit trail of any indicator): they see a conflict's events in full. */
const READS_EVERY_EVENT: readonly string[] = QUERY_ROLES.ReadIndicatorAuditTrail;

type AppendedSince = Readonly<{ actorId?: unknown; revision?: unknown }>;

const isConflictDetails = (
  details: ErrorBody['details'],
): details is Readonly<{ streamId: string; expectedRevision: unknown; actualRevision: unknown; appendedSince: readonly AppendedSince[] }> =>
  typeof details === 'object' && details !== null && !Array.isArray(details) && 'appendedSince' in details && Array.isArray(details.appendedSince) && 'streamId' in details;

/**
 * A concurrency conflict lists the events appended since the revision the writer read: who,
 * in which role, when. Only a role that may read every event sees them all; anyone else sees
 * their own events and a count of the others (never the type, actor, role or time of events of
 * a unit they may not read).
 */
export function scopedToReader(body: ErrorBody, actor: ActingUser | undefined): ErrorBody {
  if (body.code !== 'concurrency-conflict' || !isConflictDetails(body.details)) return body;
  if (actor !== undefined && READS_EVERY_EVENT.includes(actor.role)) return body;
  const { appendedSince, ...rest } = body.details;
  const own = appendedSince.filter((event) => actor !== undefined && event.actorId === actor.userId);
  const hidden = appendedSince.length - own.length;
  return {
    ...body,
    message:
      `stream '${rest.streamId}' is at revision ${String(rest.actualRevision)}, not ${String(rest.expectedRevision)}: ` +
      `${appendedSince.length} event(s) appended since; nothing was written. Read again and retry.`,
    details: { ...rest, appendedSince: own, ...(hidden > 0 ? { othersAppendedSince: hidden } : {}) },
  };
}
