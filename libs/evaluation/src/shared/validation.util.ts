import type { CommandMeta } from './envelope.types';
import { RuleViolated, invalidField } from './domain-error';

const DECIMAL = /^-?\d+(\.\d+)?$/;
const NATURAL = /^[1-9]\d*$/;
const WHOLE = /^\d+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** A decimal written as a string: "12", "-0.5", "93.65" (no exponent, no spaces). */
export const isDecimalString = (value: unknown): value is string => typeof value === 'string' && DECIMAL.test(value);

type Field = Readonly<{ path: string; value: unknown }>;

/** A non-empty string, or InvalidInput 'required'. */
export const requireText = (field: Field): string => {
  if (typeof field.value !== 'string' || field.value.trim() === '') {
    throw invalidField({ path: field.path, rule: 'required', message: 'must be a non-empty string' });
  }
  return field.value;
};

/** A decimal string, or InvalidInput 'not-a-decimal'; `sign` limits it further. */
export const requireDecimal = (field: Field & Readonly<{ sign?: 'non-negative' | 'positive' }>): string => {
  if (!isDecimalString(field.value)) {
    throw invalidField({ path: field.path, rule: 'not-a-decimal', message: 'must be a decimal written as a string, e.g. "12.5"' });
  }
  const negative = field.value.startsWith('-');
  const zero = /^-?0+(\.0+)?$/.test(field.value);
  if (field.sign === 'non-negative' && negative && !zero) {
    throw invalidField({ path: field.path, rule: 'negative', message: 'must not be negative' });
  }
  if (field.sign === 'positive' && (negative || zero)) {
    throw invalidField({ path: field.path, rule: 'not-positive', message: 'must be greater than zero' });
  }
  return field.value;
};

/** A positive whole number written as a string ("1", "3"), or InvalidInput 'not-a-count'. */
export const requireCount = (field: Field): string => {
  if (typeof field.value !== 'string' || !NATURAL.test(field.value)) {
    throw invalidField({ path: field.path, rule: 'not-a-count', message: 'must be a whole number of at least 1, as a string' });
  }
  return field.value;
};

/** A whole number ≥ 0 written as a string, or InvalidInput 'not-a-whole-number'. */
export const requireWhole = (field: Field): string => {
  if (typeof field.value !== 'string' || !WHOLE.test(field.value)) {
    throw invalidField({ path: field.path, rule: 'not-a-whole-number', message: 'must be a whole number ≥ 0, as a string' });
  }
  return field.value;
};

/** An ISO date (yyyy-mm-dd), or InvalidInput 'not-a-date'. */
const isCalendarDate = (value: string): boolean => {
  const time = Date.parse(`${value.slice(0, 10)}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value.slice(0, 10);
};

export const requireIsoDate = (field: Field): string => {
  // Date.parse rolls 2027-02-30 over to 2 March: the date must read back as written.
  if (typeof field.value !== 'string' || !ISO_DATE.test(field.value) || !isCalendarDate(field.value)) {
    throw invalidField({ path: field.path, rule: 'not-a-date', message: 'must be an ISO date (yyyy-mm-dd)' });
  }
  return field.value;
};

/** An ISO date or date-time, or InvalidInput 'not-an-instant'. */
export const requireIsoInstant = (field: Field): string => {
  if (typeof field.value !== 'string' || !ISO_INSTANT.test(field.value) || Number.isNaN(Date.parse(field.value))) {
    throw invalidField({ path: field.path, rule: 'not-an-instant', message: 'must be an ISO 8601 date or date-time' });
  }
  return field.value;
};

/** The instant of an ISO string in ms (NaN-safe: -Infinity). */
export const instantOf = (iso: string): number => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
};

/** The calendar day (yyyy-mm-dd) of an ISO date or date-time, as written. */
export const dayOf = (iso: string): string => iso.slice(0, 10);

/** The command's reason, or RuleViolated 'reason-required': the action changes something earlier. */
export const requireReason = (meta: CommandMeta): string => {
  if (meta.reason === undefined || meta.reason.trim() === '') {
    throw new RuleViolated({
      code: 'reason-required',
      message: 'this action changes something earlier: a reason is required',
      details: [{ path: 'reason', rule: 'reason-required', message: 'give the reason for the change' }],
    });
  }
  return meta.reason;
};

/** The command's evidence references, or InvalidInput 'evidence-required'. */
export const requireEvidence = (meta: CommandMeta): readonly string[] => {
  const evidence = (meta.evidence ?? []).filter((reference) => reference.trim() !== '');
  if (evidence.length === 0) {
    throw invalidField({ path: 'evidence', rule: 'evidence-required', message: 'at least one evidence reference is required' });
  }
  return evidence;
};

/** Refuses a value outside a list. */
export const requireOneOf = <T extends string>(field: Field & Readonly<{ allowed: readonly T[] }>): T => {
  const found = field.allowed.find((allowed) => allowed === field.value);
  if (found === undefined) {
    throw invalidField({ path: field.path, rule: 'not-allowed-value', message: `must be one of ${field.allowed.join(', ')}` });
  }
  return found;
};

const split = (value: string): Readonly<{ negative: boolean; whole: string; fraction: string }> => {
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? value.slice(1) : value).split('.');
  return { negative, whole: whole.replace(/^0+(?=\d)/, ''), fraction: fraction.replace(/0+$/, '') };
};

const compareMagnitude = (a: ReturnType<typeof split>, b: ReturnType<typeof split>): number => {
  if (a.whole.length !== b.whole.length) return a.whole.length < b.whole.length ? -1 : 1;
  if (a.whole !== b.whole) return a.whole < b.whole ? -1 : 1;
  const width = Math.max(a.fraction.length, b.fraction.length);
  const [left, right] = [a.fraction.padEnd(width, '0'), b.fraction.padEnd(width, '0')];
  return left === right ? 0 : left < right ? -1 : 1;
};

/** Compares two decimal strings exactly (-1, 0, 1), without binary floating point. */
export const compareDecimal = (a: string, b: string): number => {
  const [left, right] = [split(a), split(b)];
  const leftZero = /^0*$/.test(left.whole + left.fraction);
  const rightZero = /^0*$/.test(right.whole + right.fraction);
  const leftNegative = left.negative && !leftZero;
  const rightNegative = right.negative && !rightZero;
  if (leftNegative !== rightNegative) return leftNegative ? -1 : 1;
  const magnitude = compareMagnitude(left, right);
  return leftNegative ? -magnitude : magnitude;
};

/** Sums whole-number strings exactly. */
export const sumWholes = (values: readonly string[]): bigint => values.reduce((sum, value) => sum + BigInt(value), 0n);
