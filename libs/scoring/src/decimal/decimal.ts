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
    if (DECIMAL_TEXT.test(input)) return new Dec(input);
    const text = input.trim();
    return text !== input && DECIMAL_TEXT.test(text) ? new Dec(text) : undefined;
  }
  if (typeof input === 'number' && Number.isFinite(input)) return new Dec(input);
  return undefined;
};

// Values are carried at 40 significant digits; a repeating fraction (1/3) leaves an error in the
// last digit. Snapping to 20 places first keeps 89.99499…9 (true 89.995) from rounding down.
const SNAP_PLACES = 20;

/** Half-up rounding to `places` decimals, after absorbing last-digit error. */
export const roundHalfUp = (value: Dec, places = 2): Dec =>
  (value.decimalPlaces() > SNAP_PLACES ? value.toDecimalPlaces(SNAP_PLACES, Dec.ROUND_HALF_UP) : value).toDecimalPlaces(
    places,
    Dec.ROUND_HALF_UP,
  );

/** Adds one unit in the last place to a string of digits ("0999" → "1000", "99" → "100"). */
const incremented = (digits: string): string => {
  let index = digits.length - 1;
  while (index >= 0 && digits.charCodeAt(index) === 57) index -= 1; // '9'
  const zeros = '0'.repeat(digits.length - 1 - index);
  if (index < 0) return `1${zeros}`;
  return `${digits.slice(0, index)}${String.fromCharCode(digits.charCodeAt(index) + 1)}${zeros}`;
};

const ALL_NINES = /^9*$/;

/**
 * Whether a fraction rounds up at `places`: on its digit there, or, when that digit is 4, on a
 * carry from the snap to {@link SNAP_PLACES} places (…4999…95 is …5 after the snap).
 */
const roundsUp = (fraction: string, places: number): boolean => {
  const digit = fraction.charCodeAt(places);
  if (digit >= 53) return true; // '5'
  return (
    digit === 52 && // '4'
    fraction.length > SNAP_PLACES &&
    fraction.charCodeAt(SNAP_PLACES) >= 53 &&
    ALL_NINES.test(fraction.slice(places + 1, SNAP_PLACES))
  );
};

/**
 * A plain decimal string ("-12.3456") rounded half up to `places` decimals and written with
 * exactly that many ("-12.35"): the same result as {@link roundHalfUp}, done on the text because
 * every explanation node shows its value this way.
 */
export const roundText = (text: string, places = 2): string => {
  const negative = text.charCodeAt(0) === 45; // '-'
  const body = negative ? text.slice(1) : text;
  const point = body.indexOf('.');
  const whole = point < 0 ? body : body.slice(0, point);
  const fraction = point < 0 ? '' : body.slice(point + 1);
  let shown: string;
  if (fraction.length <= places) shown = places === 0 ? whole : `${whole}.${fraction.padEnd(places, '0')}`;
  else {
    const kept = `${whole}${fraction.slice(0, places)}`;
    const rounded = roundsUp(fraction, places) ? incremented(kept) : kept;
    const cut = rounded.length - places;
    shown = places === 0 ? rounded : `${rounded.slice(0, cut)}.${rounded.slice(cut)}`;
  }
  return negative && /[1-9]/.test(shown) ? `-${shown}` : shown;
};

/** The value rounded half up and written with exactly `places` decimals ("90.00"). */
export const formatFixed = (value: Dec, places = 2): string => roundText(formatExact(value), places);

/** The exact carried value as a plain string, trailing zeros removed. */
export const formatExact = (value: Dec): string => (value.isZero() ? '0' : value.toString());

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
