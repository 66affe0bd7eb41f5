import type { AllFilter, AsOf, ReadStreamOptions } from '../event-store.port';
import type { Violation } from '../event-store.errors';

/** Limits the facade enforces before anything is written. */
export type EventLimits = Readonly<{
  /** Serialized data + metadata of one event, in UTF-8 bytes. */
  maxEventBytes: number;
  maxStreamIdLength: number;
  maxTypeLength: number;
}>;

export const DEFAULT_LIMITS: EventLimits = {
  maxEventBytes: 1024 * 1024,
  maxStreamIdLength: 256,
  maxTypeLength: 256,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const STRING_METADATA_FIELDS = [
  'commandId',
  'correlationId',
  'causationId',
  'reason',
  'effectiveDate',
] as const;
const KNOWN_METADATA_FIELDS = new Set<string>([
  'actorId',
  'role',
  'evidence',
  'extra',
  ...STRING_METADATA_FIELDS,
]);

// Control characters and lone UTF-16 surrogates cannot round-trip through PostgreSQL text / UTF-8.
const UNSTORABLE = /[\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const violation = (path: string, rule: string, message: string): Violation => ({ path, rule, message });

const memberPath = (path: string, key: string): string =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;

const isPlainObject = (value: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * Violations that make `value` something other than plain JSON: functions, undefined, NaN and
 * the infinities, bigints, symbols, sparse arrays, class instances (Date, Map, Decimal…) and
 * cycles. Shared (acyclic) references are fine: JSON just writes them twice.
 */
export const plainJsonViolations = (value: unknown, path: string): Violation[] =>
  isPlainJson(value, 0) ? [] : describedViolations(value, path);

/**
 * Nesting deeper than this makes {@link isPlainJson} give up and leave the verdict to
 * {@link describedViolations}, which finds cycles (and finds nothing wrong in a structure that
 * is only deep). Counting depth instead of keeping the ancestors in a set spares a set per value
 * and three set operations per object on every event.
 */
const QUICK_CHECK_DEPTH = 64;

/**
 * Whether `value` is plain JSON (what {@link plainJsonViolations} checks, without naming paths);
 * false also when it is nested deeper than {@link QUICK_CHECK_DEPTH} (a cycle is).
 */
const isPlainJson = (value: unknown, depth: number): boolean => {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object':
      break;
    default:
      return false;
  }
  if (value === null) return true;
  if (depth >= QUICK_CHECK_DEPTH || Object.getOwnPropertySymbols(value).length > 0) return false;
  if (Array.isArray(value)) {
    const items: readonly unknown[] = value;
    for (let i = 0; i < items.length; i++) if (!(i in items) || !isPlainJson(items[i], depth + 1)) return false;
    return true;
  }
  if (!isPlainObject(value)) return false;
  for (const key in value) {
    if (Object.hasOwn(value, key) && !isPlainJson(Reflect.get(value, key), depth + 1)) return false;
  }
  return true;
};

const describedViolations = (value: unknown, path: string): Violation[] => {
  const found: Violation[] = [];
  const ancestors = new Set<object>();
  const visit = (current: unknown, at: string): void => {
    switch (typeof current) {
      case 'string':
      case 'boolean':
        return;
      case 'number':
        if (!Number.isFinite(current)) found.push(violation(at, 'not-json', `${String(current)} is not a JSON number`));
        return;
      case 'undefined':
        found.push(violation(at, 'not-json', 'undefined is not JSON'));
        return;
      case 'bigint':
        found.push(violation(at, 'not-json', 'a bigint is not JSON; send it as a string'));
        return;
      case 'symbol':
        found.push(violation(at, 'not-json', 'a symbol is not JSON'));
        return;
      case 'function':
        found.push(violation(at, 'not-json', 'a function is not JSON'));
        return;
      case 'object':
        break;
    }
    if (current === null) return;
    if (ancestors.has(current)) {
      found.push(violation(at, 'not-json', 'a cycle is not JSON'));
      return;
    }
    if (Object.getOwnPropertySymbols(current).length > 0) {
      found.push(violation(at, 'not-json', 'symbol keys are not JSON'));
    }
    ancestors.add(current);
    if (Array.isArray(current)) {
      const items: readonly unknown[] = current;
      for (let i = 0; i < items.length; i++) {
        if (!(i in items)) found.push(violation(`${at}[${i}]`, 'not-json', 'a hole in an array is not JSON'));
        else visit(items[i], `${at}[${i}]`);
      }
    } else if (!isPlainObject(current)) {
      const name = current.constructor?.name ?? 'unknown';
      found.push(violation(at, 'not-json', `an instance of ${name} is not plain JSON`));
    } else {
      for (const [key, member] of Object.entries(current)) visit(member, memberPath(at, key));
    }
    ancestors.delete(current);
  };
  visit(value, path);
  return found;
};

export const streamIdViolations = (streamId: unknown, limits: EventLimits, path = 'streamId'): Violation[] => {
  if (typeof streamId !== 'string') return [violation(path, 'required', 'a stream id must be a string')];
  if (streamId.trim() === '') return [violation(path, 'blank', 'a stream id must not be empty or blank')];
  if (streamId.length > limits.maxStreamIdLength) {
    return [violation(path, 'too-long', `a stream id has at most ${limits.maxStreamIdLength} characters`)];
  }
  if (streamId.startsWith('$')) return [violation(path, 'reserved', "stream ids starting with '$' are reserved")];
  if (UNSTORABLE.test(streamId)) {
    return [violation(path, 'unstorable', 'a stream id has no control characters or lone surrogates')];
  }
  return [];
};

export const expectedRevisionViolations = (expected: unknown, path = 'expectedRevision'): Violation[] => {
  if (expected === 'no_stream' || expected === 'stream_exists' || expected === 'any') return [];
  if (typeof expected !== 'number') {
    return [violation(path, 'required', "expected 'no_stream', 'stream_exists', 'any' or a revision number")];
  }
  if (!Number.isSafeInteger(expected)) return [violation(path, 'not-integer', 'a revision is a whole number')];
  if (expected < 0) return [violation(path, 'negative', 'a revision is 0 or more')];
  return [];
};

const revisionViolations = (value: unknown, path: string, rule: 'revision' | 'count'): Violation[] => {
  if (value === undefined) return [];
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    return [violation(path, 'not-integer', 'must be a whole number')];
  }
  if (rule === 'revision' && value < 0) return [violation(path, 'negative', 'must be 0 or more')];
  if (rule === 'count' && value < 1) return [violation(path, 'not-positive', 'must be 1 or more')];
  return [];
};

export const readStreamOptionsViolations = (options: ReadStreamOptions): Violation[] => [
  ...(options.direction === undefined || options.direction === 'forwards' || options.direction === 'backwards'
    ? []
    : [violation('direction', 'unknown', "direction is 'forwards' or 'backwards'")]),
  ...revisionViolations(options.fromRevision, 'fromRevision', 'revision'),
  ...revisionViolations(options.toRevision, 'toRevision', 'revision'),
  ...revisionViolations(options.maxCount, 'maxCount', 'count'),
];

export const maxCountViolations = (maxCount: unknown, path = 'maxCount'): Violation[] =>
  revisionViolations(maxCount, path, 'count');

/** A subscription's `pacing`: a ratio and a bound in ms, each a finite number, 0 or more. */
export const pacingViolations = (pacing: unknown, path = 'pacing'): Violation[] => {
  if (pacing === undefined) return [];
  if (typeof pacing !== 'object' || pacing === null) return [violation(path, 'not-object', 'pacing is { ratio, maxMs }')];
  const { ratio, maxMs } = pacing as Readonly<Record<string, unknown>>;
  return [
    ['ratio', ratio],
    ['maxMs', maxMs],
  ].flatMap(([name, value]) =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0 ? [] : [violation(`${path}.${String(name)}`, 'not-non-negative', `pacing.${String(name)} is a finite number, 0 or more`)],
  );
};

export const positionViolations = (position: unknown, path: string): Violation[] => {
  if (position === undefined) return [];
  if (typeof position !== 'bigint') return [violation(path, 'not-bigint', 'a global position is a bigint')];
  if (position < 0n) return [violation(path, 'negative', 'a global position is 0 or more')];
  return [];
};

export const asOfViolations = (asOf: AsOf, path = 'asOf'): Violation[] => {
  if ('position' in asOf) return positionViolations(asOf.position, `${path}.position`);
  const time: unknown = asOf.time;
  if (typeof time !== 'string' || !ISO_TIME.test(time) || Number.isNaN(Date.parse(time))) {
    return [violation(`${path}.time`, 'not-iso-time', 'an ISO-8601 time with a zone, e.g. 2026-07-10T00:00:00Z')];
  }
  return [];
};

export const isUuid = (value: string): boolean => UUID.test(value);

/** A filter's lists, when given, name at least one non-empty prefix or type. */
export const filterViolations = (filter: AllFilter | undefined, path = 'filter'): Violation[] => {
  if (filter === undefined) return [];
  const found: Violation[] = [];
  for (const key of ['streamPrefixes', 'eventTypes'] as const) {
    const list: unknown = filter[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length === 0) {
      found.push(violation(`${path}.${key}`, 'empty', `${key} lists at least one entry (omit it to match all)`));
      continue;
    }
    list.forEach((item: unknown, i) => {
      if (typeof item !== 'string' || item === '') found.push(violation(`${path}.${key}[${i}]`, 'blank', 'must be a non-empty string'));
    });
  }
  return found;
};

const metadataViolations = (metadata: unknown, path: string): Violation[] => {
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    return [violation(path, 'required', 'metadata is an object with at least actorId and role')];
  }
  const found = plainJsonViolations(metadata, path);
  if (found.length > 0) return found;
  // One pass over the fields (own enumerable ones, those JSON keeps), then the checks in a fixed order.
  let actorId: unknown;
  let role: unknown;
  let evidence: unknown;
  let extra: unknown;
  let notStrings: string[] | undefined;
  let unknownFields: string[] | undefined;
  for (const key of Object.keys(metadata)) {
    const value: unknown = Reflect.get(metadata, key);
    if (key === 'actorId') actorId = value;
    else if (key === 'role') role = value;
    else if (key === 'evidence') evidence = value;
    else if (key === 'extra') extra = value;
    else if (!KNOWN_METADATA_FIELDS.has(key)) (unknownFields ??= []).push(key);
    else if (value !== undefined && typeof value !== 'string') (notStrings ??= []).push(key);
  }
  requiredText(found, path, 'actorId', actorId);
  requiredText(found, path, 'role', role);
  for (const field of STRING_METADATA_FIELDS) {
    if (notStrings?.includes(field) === true) found.push(violation(`${path}.${field}`, 'not-string', `${field} is a string`));
  }
  if (evidence !== undefined && (!Array.isArray(evidence) || !evidence.every((e) => typeof e === 'string'))) {
    found.push(violation(`${path}.evidence`, 'not-string-list', 'evidence is a list of strings'));
  }
  if (extra !== undefined && (typeof extra !== 'object' || extra === null || Array.isArray(extra))) {
    found.push(violation(`${path}.extra`, 'not-object', 'extra is a JSON object'));
  }
  for (const key of unknownFields ?? []) {
    found.push(violation(memberPath(path, key), 'unknown-field', 'put application fields in metadata.extra'));
  }
  return found;
};

/** The violation of a required metadata text `field` whose value is `value`, if any, added to `found`. */
const requiredText = (found: Violation[], path: string, field: 'actorId' | 'role', value: unknown): void => {
  if (value === undefined) found.push(violation(`${path}.${field}`, 'required', `${field} is required`));
  else if (typeof value !== 'string') found.push(violation(`${path}.${field}`, 'not-string', `${field} is a string`));
  else if (value.trim() === '') found.push(violation(`${path}.${field}`, 'blank', `${field} must not be blank`));
};

const utf8Length = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Whether `value` has an own enumerable field `key` (what `Object.entries` would list). */
const hasField = (value: object, key: string): boolean => Object.prototype.propertyIsEnumerable.call(value, key);

/** An own enumerable field of `value`, undefined when it has none of that name (no copy of the object, no closures: once per event). */
const fieldOf = (value: object, key: string): unknown => (hasField(value, key) ? Reflect.get(value, key) : undefined);

/**
 * Every rule an append breaks, each with the field path. An empty list means the append may
 * go to the adapter. Sizes are measured on the JSON the store will write.
 */
export const appendViolations = (
  input: Readonly<{ streamId: unknown; events: unknown; expectedRevision: unknown }>,
  limits: EventLimits,
  /** JSON.stringify, or one that keeps the texts for the caller. */
  jsonText: (value: unknown) => string = (value) => JSON.stringify(value),
): Violation[] => {
  const found: Violation[] = [
    ...streamIdViolations(input.streamId, limits),
    ...expectedRevisionViolations(input.expectedRevision),
  ];
  if (!Array.isArray(input.events)) return [...found, violation('events', 'required', 'events is a list')];
  const events: readonly unknown[] = input.events;
  if (events.length === 0) return [...found, violation('events', 'empty', 'an append needs at least one event')];
  const firstIndexOfId = new Map<string, number>();
  events.forEach((candidate, index) => {
    const at = `events[${index}]`;
    if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) {
      found.push(violation(at, 'required', 'an event is an object with type, data and metadata'));
      return;
    }
    const id = fieldOf(candidate, 'id');
    if (id !== undefined) {
      if (typeof id !== 'string' || !isUuid(id)) {
        found.push(violation(`${at}.id`, 'not-uuid', 'an event id is a UUID'));
      } else {
        const first = firstIndexOfId.get(id.toLowerCase());
        if (first === undefined) firstIndexOfId.set(id.toLowerCase(), index);
        else found.push(violation(`${at}.id`, 'duplicate', `the same id as events[${first}].id`));
      }
    }
    const type = fieldOf(candidate, 'type');
    if (typeof type !== 'string' || type.trim() === '') {
      found.push(violation(`${at}.type`, 'blank', 'an event type must not be empty or blank'));
    } else if (type.length > limits.maxTypeLength) {
      found.push(violation(`${at}.type`, 'too-long', `an event type has at most ${limits.maxTypeLength} characters`));
    } else if (type.startsWith('$')) {
      found.push(violation(`${at}.type`, 'reserved', "event types starting with '$' are reserved"));
    } else if (UNSTORABLE.test(type)) {
      found.push(violation(`${at}.type`, 'unstorable', 'an event type has no control characters or lone surrogates'));
    }
    const dataFound = hasField(candidate, 'data')
      ? plainJsonViolations(fieldOf(candidate, 'data'), `${at}.data`)
      : [violation(`${at}.data`, 'required', 'data is required (use {} for none)')];
    const metadataFound = metadataViolations(fieldOf(candidate, 'metadata'), `${at}.metadata`);
    found.push(...dataFound, ...metadataFound);
    if (dataFound.length === 0 && metadataFound.length === 0) {
      const dataText = jsonText(fieldOf(candidate, 'data'));
      const metadataText = jsonText(fieldOf(candidate, 'metadata'));
      // A UTF-16 code unit takes at most 3 bytes of UTF-8: most events need no count of their bytes.
      const size = (dataText.length + metadataText.length) * 3 <= limits.maxEventBytes ? 0 : utf8Length(dataText) + utf8Length(metadataText);
      if (size > limits.maxEventBytes) {
        found.push(violation(at, 'too-large', `data and metadata take ${size} bytes; at most ${limits.maxEventBytes}`));
      }
    }
  });
  return found;
};
