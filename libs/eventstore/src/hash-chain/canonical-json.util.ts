import type { JsonPrimitive } from '../event-store.port';

/** Plain JSON, read-only at any depth (event metadata, for one); members that are undefined are left out. */
export type CanonicalInput = JsonPrimitive | readonly CanonicalInput[] | Readonly<{ [key: string]: CanonicalInput | undefined }>;

const isList = (value: CanonicalInput): value is readonly CanonicalInput[] => Array.isArray(value);

/**
 * JSON text with object keys sorted (by UTF-16 code units, like RFC 8785) and no whitespace.
 * Numbers and strings are written exactly as `JSON.stringify` writes them, so two values that
 * are equal as JSON give the same text whatever the key order they were built with.
 * The input must already be valid plain JSON (see the event validation).
 * Built by concatenation (every append hashes each of its events with it).
 */
export const canonicalJson = (value: CanonicalInput): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (isList(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (i > 0) text += ',';
      if (item !== undefined) text += canonicalJson(item);
    }
    return `${text}]`;
  }
  const keys = Object.keys(value).sort();
  let text = '{';
  for (const key of keys) {
    const member = value[key];
    if (member === undefined) continue;
    if (text.length > 1) text += ',';
    text += `${JSON.stringify(key)}:${canonicalJson(member)}`;
  }
  return `${text}}`;
};
