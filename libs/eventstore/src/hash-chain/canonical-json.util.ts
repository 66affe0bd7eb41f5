import type { JsonValue } from '../event-store.port';

/**
 * JSON text with object keys sorted (by UTF-16 code units, like RFC 8785) and no whitespace.
 * Numbers and strings are written exactly as `JSON.stringify` writes them, so two values that
 * are equal as JSON give the same text whatever the key order they were built with.
 * The input must already be valid plain JSON (see the event validation).
 */
export const canonicalJson = (value: JsonValue): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  const members: string[] = [];
  for (const key of keys) {
    const member = value[key];
    if (member !== undefined) members.push(`${JSON.stringify(key)}:${canonicalJson(member)}`);
  }
  return `{${members.join(',')}}`;
};
