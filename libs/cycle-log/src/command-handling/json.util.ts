import { createHash } from 'node:crypto';
import type { JsonValue } from '@kaoping/eventstore';

/** A value as plain JSON (readonly arrays and optional fields become what JSON.stringify writes). */
export const toJson = (value: unknown): JsonValue => {
  const text = JSON.stringify(value);
  const parsed: JsonValue = text === undefined ? null : JSON.parse(text);
  return parsed;
};

/** JSON text with object keys sorted and no whitespace: equal values give equal text. */
export const canonicalJson = (value: JsonValue): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const members = Object.keys(value)
    .sort()
    .flatMap((key) => {
      const member = value[key];
      return member === undefined ? [] : [`${JSON.stringify(key)}:${canonicalJson(member)}`];
    });
  return `{${members.join(',')}}`;
};

/** sha256 (hex) of the canonical JSON of a request: what an idempotency key was first used for. */
export const requestFingerprint = (request: unknown): string =>
  createHash('sha256').update(canonicalJson(toJson(request))).digest('hex');

/**
 * The id of the `index`-th event a command produces: a UUID (version 8, RFC 9562) made of
 * sha256(commandId, index), so a retried append carries the same ids and the store writes nothing.
 */
export const eventIdFor = (commandId: string, index: number): string => {
  const hex = createHash('sha256').update(`${commandId}\u0000${index}`).digest('hex');
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
