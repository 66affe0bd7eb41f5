import type { EventMetadata, JsonValue } from './event-store.port';
import { AdapterFailureError } from './event-store.errors';

/** `JSON.parse` typed as what it can return. */
export const parseJson = (text: string): JsonValue => {
  const value: JsonValue = JSON.parse(text);
  return value;
};

const isOptionalString = (value: unknown): boolean => value === undefined || typeof value === 'string';

const hasOwnProperty = Object.prototype.hasOwnProperty;

/**
 * An own field of `value` (undefined when it has none of that name, whatever its prototype has).
 * Own, not own enumerable: what JSON.parse makes has only enumerable fields, and V8 inlines
 * hasOwnProperty where propertyIsEnumerable is a call (the check of a stream read's metadata
 * was ~3× dearer with it).
 */
const field = (value: Readonly<Record<string, unknown>>, key: string): unknown =>
  hasOwnProperty.call(value, key) ? value[key] : undefined;

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when `value` has the shape of {@link EventMetadata} (it was validated when written). */
export const isEventMetadata = (value: unknown): value is EventMetadata => {
  if (!isRecord(value)) return false;
  const evidence = field(value, 'evidence');
  const extra = field(value, 'extra');
  return (
    typeof field(value, 'actorId') === 'string' &&
    typeof field(value, 'role') === 'string' &&
    isOptionalString(field(value, 'commandId')) &&
    isOptionalString(field(value, 'correlationId')) &&
    isOptionalString(field(value, 'causationId')) &&
    isOptionalString(field(value, 'reason')) &&
    isOptionalString(field(value, 'effectiveDate')) &&
    (evidence === undefined || (Array.isArray(evidence) && evidence.every((e) => typeof e === 'string'))) &&
    (extra === undefined || (typeof extra === 'object' && extra !== null && !Array.isArray(extra)))
  );
};

const metadataOf = (value: JsonValue, eventId: string): EventMetadata => {
  if (!isEventMetadata(value)) {
    throw new AdapterFailureError(`stored metadata of event ${eventId} lacks actorId/role`, { eventId });
  }
  return value;
};

/** Parses stored metadata JSON, failing loudly when the row was not written by this store. */
export const parseEventMetadata = (text: string, eventId: string): EventMetadata => metadataOf(parseJson(text), eventId);
