import type { EventMetadata, JsonValue } from './event-store.port';
import { AdapterFailureError } from './event-store.errors';

/** The JSON text objects were parsed from by {@link parseJsonCopy} (read by adapters that store text). */
const parsedFrom = new WeakMap<object, string>();

/**
 * `JSON.stringify(value)`, or the text `value` was parsed from by {@link parseJsonCopy} (the
 * same text: stringifying what was parsed from JSON.stringify's output gives it back).
 */
export const jsonText = (value: JsonValue | EventMetadata): string =>
  (typeof value === 'object' && value !== null ? parsedFrom.get(value) : undefined) ?? JSON.stringify(value);

/**
 * A copy of plain JSON `value` through its text, remembering the text for {@link jsonText}.
 * The copy is the store's own: callers never get it before it is written.
 */
export const parseJsonCopy = (text: string): JsonValue => {
  const value = parseJson(text);
  if (typeof value === 'object' && value !== null) parsedFrom.set(value, text);
  return value;
};

/** `JSON.parse` typed as what it can return. */
export const parseJson = (text: string): JsonValue => {
  const value: JsonValue = JSON.parse(text);
  return value;
};

const isOptionalString = (value: unknown): boolean => value === undefined || typeof value === 'string';

/** An own enumerable field of `value` (undefined when it has none of that name). */
const field = (value: object, key: string): unknown =>
  Object.prototype.propertyIsEnumerable.call(value, key) ? Reflect.get(value, key) : undefined;

/** True when `value` has the shape of {@link EventMetadata} (it was validated when written). */
export const isEventMetadata = (value: unknown): value is EventMetadata => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
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

/** {@link parseEventMetadata} of an event about to be appended, remembering its text (see {@link parseJsonCopy}). */
export const parseEventMetadataCopy = (text: string, eventId: string): EventMetadata => metadataOf(parseJsonCopy(text), eventId);
