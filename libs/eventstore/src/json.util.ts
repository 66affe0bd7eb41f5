import type { EventMetadata, JsonValue } from './event-store.port';
import { AdapterFailureError } from './event-store.errors';

/** `JSON.parse` typed as what it can return. */
export const parseJson = (text: string): JsonValue => {
  const value: JsonValue = JSON.parse(text);
  return value;
};

const isOptionalString = (value: unknown): boolean => value === undefined || typeof value === 'string';

/** True when `value` has the shape of {@link EventMetadata} (it was validated when written). */
export const isEventMetadata = (value: unknown): value is EventMetadata => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const fields = new Map<string, unknown>(Object.entries(value));
  const evidence = fields.get('evidence');
  const extra = fields.get('extra');
  return (
    typeof fields.get('actorId') === 'string' &&
    typeof fields.get('role') === 'string' &&
    ['commandId', 'correlationId', 'causationId', 'reason', 'effectiveDate'].every((k) =>
      isOptionalString(fields.get(k)),
    ) &&
    (evidence === undefined || (Array.isArray(evidence) && evidence.every((e) => typeof e === 'string'))) &&
    (extra === undefined || (typeof extra === 'object' && extra !== null && !Array.isArray(extra)))
  );
};

/** Parses stored metadata JSON, failing loudly when the row was not written by this store. */
export const parseEventMetadata = (text: string, eventId: string): EventMetadata => {
  const value = parseJson(text);
  if (!isEventMetadata(value)) {
    throw new AdapterFailureError(`stored metadata of event ${eventId} lacks actorId/role`, { eventId });
  }
  return value;
};
