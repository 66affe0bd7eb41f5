import type { ErrorDetail } from './error-body';

/**
 * Characters PostgreSQL cannot store in text or jsonb: NUL (U+0000), and UTF-16 surrogates that
 * are not part of a pair (they are not Unicode scalar values; jsonb refuses their escapes).
 * Anything stored by the API passes through one of these checks.
 */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const hasUnstorableCharacter = (text: string): boolean => UNSTORABLE.test(text);

const describe = (text: string): string => {
  const match = UNSTORABLE.exec(text);
  const found = match?.[0] ?? '';
  return found === '\u0000' ? 'NUL (U+0000)' : `U+${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
};

const childPath = (parent: string, key: string | number): string =>
  typeof key === 'number' ? `${parent}[${key}]` : parent === '' ? key : `${parent}.${key}`;

/**
 * One rule for every text the API receives (body, query and path, keys included): refuses the
 * characters above, naming the field. Returns one detail per offending field.
 */
export function unstorableTextIn(value: unknown, path = ''): ErrorDetail[] {
  if (typeof value === 'string') {
    return hasUnstorableCharacter(value)
      ? [{ path: path || 'value', rule: 'storable-text', message: `${path || 'value'} contains a character that cannot be stored: ${describe(value)}` }]
      : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => unstorableTextIn(item, childPath(path, index)));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => {
      const keyProblems = hasUnstorableCharacter(key)
        ? [{ path: childPath(path, key.replace(UNSTORABLE, '?')), rule: 'storable-text', message: `a field name under ${path || 'the body'} contains a character that cannot be stored: ${describe(key)}` }]
        : [];
      return [...keyProblems, ...unstorableTextIn(item, childPath(path, key))];
    });
  }
  return [];
}

/** Deepest nesting a JSON request body may have; deeper bodies are refused before they are parsed. */
export const MAX_JSON_DEPTH = 64;

/** How deeply `text` (JSON) nests arrays and objects, counted without parsing; stops counting past `limit`. */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}
