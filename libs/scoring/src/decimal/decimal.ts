import { Rational, RunningSum, parseDecimalText, scaledText } from './rational';

export { RunningSum };

/**
 * The one number type of the scoring engine: an exact rational ({@link Rational}). Decimals come
 * in as text, every operation is exact, and a value is written as its exact decimal, or marked
 * "…" when it has none (10 ÷ 3).
 */
export const Dec = Rational;
export type Dec = Rational;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
export const HUNDRED = new Dec(100);

/** A decimal from a string or a finite number, or undefined when the input is not one. */
export const toDecimal = (input: unknown): Dec | undefined => {
  if (typeof input === 'string') {
    const value = parseDecimalText(input);
    if (value !== undefined) return value;
    const text = input.trim();
    return text !== input ? parseDecimalText(text) : undefined;
  }
  if (typeof input === 'number' && Number.isFinite(input)) return new Dec(input);
  return undefined;
};

/** Half-up rounding to `places` decimals (exact: values are rationals). */
export const roundHalfUp = (value: Dec, places = 2): Dec => value.toDecimalPlaces(places);

/** The value rounded half up and written with exactly `places` decimals ("90.00"). */
export const formatFixed = (value: Dec, places = 2): string => value.toFixedText(places);

/** An integer that is a value × 10^places, written with exactly `places` decimals ("90.00"). */
export const formatScaled = (scaled: number | bigint, places = 2): string => scaledText(scaled, places);

/**
 * The carried value as a plain decimal string, trailing zeros removed: exact, or (for a value
 * with no finite decimal form) 20 decimals followed by "…".
 */
export const formatExact = (value: Dec): string => value.toString();

/** "n/d" when the value has no finite decimal form (what {@link formatExact} cannot write exactly), else undefined. */
export const fractionOf = (value: Dec): string | undefined => (value.isTerminating() ? undefined : value.toFraction());

/** {@link formatExact} and {@link fractionOf} in one pass. */
export const exactTexts = (value: Dec): Readonly<{ text: string; fraction: string | undefined }> => value.texts();

/** A count: the value rounded half up to a whole number. */
export const wholeCount = (value: Dec): number => parseInt(roundHalfUp(value, 0).toString(), 10);

export const sum = (values: readonly Dec[]): Dec => {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
};

export const minDec = (a: Dec, b: Dec): Dec => (a.lessThan(b) ? a : b);
export const maxDec = (a: Dec, b: Dec): Dec => (a.greaterThan(b) ? a : b);
export const clampRatio = (ratio: Dec): Dec => (ratio.isNeg() ? ZERO : ratio.greaterThan(ONE) ? ONE : ratio);
export const percent = (value: Dec): Dec => value.div(HUNDRED);
