import { storedDataOf, type RecordedEvent } from '@kaoping/eventstore';

/** How an event points at an earlier one (a correction, a decision, a revocation). */
export type AuditLinkKind = 'supersedes' | 'approves' | 'rejects' | 'revokes';

/** One fact of the log as the audit trail shows it: what, who, in which role, when, why, with what evidence. */
export type AuditEntry = Readonly<{
  eventId: string;
  position: string;
  streamId: string;
  type: string;
  cycleId: string | null;
  unitId: string | null;
  indicatorId: string | null;
  period: string | null;
  proposalId: string | null;
  actorId: string;
  role: string;
  actingForUnit: string | null;
  actingForProvider: string | null;
  recordedAt: string;
  effectiveDate: string | null;
  reason: string | null;
  evidence: readonly string[];
  /** The earlier event this one points at, and how. */
  link: Readonly<{ kind: AuditLinkKind; eventId: string }> | null;
  /** The data as JSON text: as stored, where the event was read as text (see storedDataOf). */
  dataJson: string;
}>;

/** The column of the pointed-at entry that records who pointed at it. */
export const LINK_COLUMNS: Readonly<Record<AuditLinkKind, string>> = {
  supersedes: 'superseded_by',
  approves: 'approved_by',
  rejects: 'rejected_by',
  revokes: 'revoked_by',
};

const field = (data: unknown, name: string): string | null => {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const value: unknown = (data as Readonly<Record<string, unknown>>)[name];
  return typeof value === 'string' ? value : null;
};

const linkOf = (data: unknown): AuditEntry['link'] => {
  for (const kind of ['supersedes', 'approves', 'rejects', 'revokes'] as const) {
    const eventId = field(data, kind);
    if (eventId !== null) return { kind, eventId };
  }
  return null;
};

const extraText = (event: RecordedEvent, name: string): string | null => {
  const value = event.metadata.extra?.[name];
  return typeof value === 'string' ? value : null;
};

/** The audit entry of an event (pure). */
export const auditEntryOf = (event: RecordedEvent): AuditEntry => {
  const deduction: unknown = typeof event.data === 'object' && event.data !== null && !Array.isArray(event.data) ? event.data['deduction'] : null;
  return {
    eventId: event.id,
    position: event.globalPosition.toString(),
    streamId: event.streamId,
    type: event.type,
    cycleId: field(event.data, 'cycleId'),
    unitId: field(event.data, 'unitId'),
    indicatorId: field(event.data, 'indicatorId') ?? field(deduction, 'indicatorId'),
    period: field(event.data, 'period'),
    proposalId: field(event.data, 'proposalId'),
    actorId: event.metadata.actorId,
    role: event.metadata.role,
    actingForUnit: extraText(event, 'unitId'),
    actingForProvider: extraText(event, 'providerId'),
    recordedAt: event.recordedAt,
    effectiveDate: event.metadata.effectiveDate ?? null,
    reason: event.metadata.reason ?? null,
    evidence: event.metadata.evidence ?? [],
    link: linkOf(event.data),
    dataJson: storedDataOf(event),
  };
};
