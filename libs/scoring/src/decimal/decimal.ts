import Decimal from 'decimal.js';

/**
 * The one decimal type of the scoring engine: 40 significant digits, half-up rounding,
 * never exponential notation in strings.
 */
export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -100,
  toExpPos: 100,
});
export type Dec = Decimal;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
export const HUNDRED = new Dec(100);

const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A decimal from a string or a finite number, or undefined when the input is not one. */
export const toDecimal = (input: unknown): Dec | undefined => {
  if (typeof input === 'string') {
    const text = input.trim();
    return DECIMAL_TEXT.test(text) ? new Dec(text) : undefined;
  }
  if (typeof input === 'number' && Number.isFinite(input)) return new Dec(input);
  return undefined;
};

/** Like {@link toDecimal} but for values already checked by the scheme validation or the fact reader. */
export const decimalOf = (input: string | number): Dec => toDecimal(input) ?? ZERO;

// Values are carried at 40 significant digits; a repeating fraction (1/3) leaves an error in the
// last digit. Snapping to 20 places first keeps 89.99499…9 (true 89.995) from rounding down.
const SNAP_PLACES = 20;

/** Half-up rounding to `places` decimals, after absorbing last-digit error. */
export const roundHalfUp = (value: Dec, places = 2): Dec =>
  value.toDecimalPlaces(SNAP_PLACES, Dec.ROUND_HALF_UP).toDecimalPlaces(places, Dec.ROUND_HALF_UP);

/** The value rounded half up and written with exactly `places` decimals ("90.00"). */
export const formatFixed = (value: Dec, places = 2): string => {
  const rounded = roundHalfUp(value, places);
  const text = rounded.isZero() ? '0' : rounded.toString();
  if (places === 0) return text;
  const [whole, fraction = ''] = text.split('.');
  return `${whole}.${fraction.padEnd(places, '0')}`;
};

/** The exact carried value as a plain string, trailing zeros removed. */
export const formatExact = (value: Dec): string => (value.isZero() ? '0' : value.toString());

/** A count: the value rounded half up to a whole number. */
export const wholeNumber = (value: Dec): number => parseInt(roundHalfUp(value, 0).toString(), 10);

export const sum = (values: readonly Dec[]): Dec => {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
};

export const minDec = (a: Dec, b: Dec): Dec => (a.lessThan(b) ? a : b);
export const maxDec = (a: Dec, b: Dec): Dec => (a.greaterThan(b) ? a : b);
export const clampRatio = (ratio: Dec): Dec => (ratio.isNeg() ? ZERO : ratio.greaterThan(ONE) ? ONE : ratio);
export const percent = (value: Dec): Dec => value.div(HUNDRED);
