import type { JsonValue, RecordedEvent } from '@kaoping/eventstore';

/** An event behind a number, as an auditor reads it: what, who in which role, when, why, with what evidence. */
export type EventLink = Readonly<{
  eventId: string;
  type: string;
  streamId: string;
  position: string;
  revision: number;
  actorId: string;
  role: string;
  recordedAt: string;
  effectiveDate?: string;
  reason?: string;
  evidence?: readonly string[];
  data: JsonValue;
}>;

/** The audit view of a stored event. */
export const linkOf = (event: RecordedEvent): EventLink => ({
  eventId: event.id,
  type: event.type,
  streamId: event.streamId,
  position: event.globalPosition.toString(),
  revision: event.revision,
  actorId: event.metadata.actorId,
  role: event.metadata.role,
  recordedAt: event.recordedAt,
  ...(event.metadata.effectiveDate === undefined ? {} : { effectiveDate: event.metadata.effectiveDate }),
  ...(event.metadata.reason === undefined ? {} : { reason: event.metadata.reason }),
  ...(event.metadata.evidence === undefined ? {} : { evidence: event.metadata.evidence }),
  data: event.data,
});
