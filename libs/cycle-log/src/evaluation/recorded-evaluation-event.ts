import type { RecordedEvent } from '@kaoping/eventstore';
import {
  APPEAL_EVENT_TYPES,
  CYCLE_EVENT_TYPES,
  PROPOSAL_EVENT_TYPES,
  RECTIFICATION_EVENT_TYPES,
  RESULTS_EVENT_TYPES,
  ROLES,
  UNIT_EVENT_TYPES,
  type EvaluationEvent,
  type Recorded,
  type RecordedMetadata,
  type Role,
} from '@kaoping/evaluation';

const EVENT_TYPES: ReadonlySet<string> = new Set<string>([
  ...CYCLE_EVENT_TYPES,
  ...UNIT_EVENT_TYPES,
  ...PROPOSAL_EVENT_TYPES,
  ...APPEAL_EVENT_TYPES,
  ...RESULTS_EVENT_TYPES,
  ...RECTIFICATION_EVENT_TYPES,
]);

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

const stringOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** A log write the lifecycle did not make: a fold must not guess at it. */
export class UnreadableEvent extends Error {
  constructor(event: RecordedEvent, why: string) {
    super(`event ${event.id} (${event.type}) of ${event.streamId} cannot be folded: ${why}`);
    this.name = 'UnreadableEvent';
  }
}

// The events of one append, and of one import, share their recorded time, yet each row read
// brings its own copy of it; a cycle's fold keeps it in every fact (millions in a province). The
// copy of the event before is kept instead when they are equal.
let lastRecordedAt = '';
const sharedRecordedAt = (recordedAt: string): string => (recordedAt === lastRecordedAt ? lastRecordedAt : (lastRecordedAt = recordedAt));

// Made for every event read (millions in a rebuild): the optional fields are set one by one, in
// the order a spread of each would give, instead of spreading a fresh object for each.
const metadataOf = (event: RecordedEvent, role: Role): RecordedMetadata => {
  const { metadata } = event;
  const unitId = stringOf(metadata.extra?.['unitId']);
  const providerId = stringOf(metadata.extra?.['providerId']);
  const made: { -readonly [K in keyof RecordedMetadata]: RecordedMetadata[K] } = { actorId: metadata.actorId, role, recordedAt: sharedRecordedAt(event.recordedAt) };
  if (metadata.commandId !== undefined) made.commandId = metadata.commandId;
  if (metadata.reason !== undefined) made.reason = metadata.reason;
  if (metadata.evidence !== undefined) made.evidence = metadata.evidence;
  if (metadata.effectiveDate !== undefined) made.effectiveDate = metadata.effectiveDate;
  if (providerId !== undefined) made.providerId = providerId;
  if (unitId !== undefined) made.unitId = unitId;
  return made;
};

/**
 * A stored event as the deciders fold it: with its id, metadata (actor's unit and provider from
 * `extra`), stream and position. Null for a type the lifecycle does not know (never folded).
 * The log is written only through {@link handleEvaluationCommand}, so a known type has its shape.
 */
export const recordedEvaluationEvent = (event: RecordedEvent): Recorded<EvaluationEvent> | null => {
  if (!EVENT_TYPES.has(event.type)) return null;
  if (!isRole(event.metadata.role)) throw new UnreadableEvent(event, `role '${event.metadata.role}' is not a lifecycle role`);
  const recorded: unknown = {
    type: event.type,
    data: event.data,
    id: event.id,
    metadata: metadataOf(event, event.metadata.role),
    streamId: event.streamId,
    position: event.globalPosition.toString(),
  };
  return recorded as Recorded<EvaluationEvent>;
};
