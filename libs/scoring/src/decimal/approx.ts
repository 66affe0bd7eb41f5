/**
 * A carried approximation: sign × coefficient × 10^exponent, the coefficient a bigint of at most
 * 40 significant digits. Every operation is correctly rounded half up (away from zero at the
 * half) to 40 significant digits, and zeros keep a sign as in IEEE 754 (−0 is negative, 0 − 0 is
 * +0): the values decimal.js gives at precision 40 with ROUND_HALF_UP, in plain bigints.
 */
export class Approx {
  constructor(
    /** 1 or −1 (a zero has a sign too). */
    readonly s: number,
    /** The coefficient, ≥ 0 and below 10^40. */
    readonly c: bigint,
    readonly e: number,
  ) {}
}

const PRECISION = 40;
const POWERS: bigint[] = [1n];
const pow10 = (k: number): bigint => {
  while (POWERS.length <= k) POWERS.push((POWERS[POWERS.length - 1] ?? 1n) * 10n);
  return POWERS[k] ?? 1n;
};
const LIMIT = pow10(PRECISION);
const LOW = pow10(PRECISION - 1);

/** Number of decimal digits of c > 0. */
const digits = (c: bigint): number => {
  let high = 1;
  while (c >= pow10(high)) high *= 2;
  let low = high >> 1;
  // c ≥ 10^low (or low is 0) and c < 10^high: the answer is the least k in (low, high] with c < 10^k.
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (c < pow10(middle)) high = middle;
    else low = middle;
  }
  return high;
};

const LIMIT_TIMES_TEN = pow10(PRECISION + 1);

/** c × 10^e (c ≥ 0, exact) rounded half up to 40 significant digits. */
const rounded = (s: number, c: bigint, e: number): Approx => {
  if (c < LIMIT) return new Approx(s, c, e);
  // A sum of two 40-digit coefficients has 41 digits: the common case needs no count.
  const k = c < LIMIT_TIMES_TEN ? 1 : digits(c) - PRECISION;
  const p = pow10(k);
  let q = c / p;
  if ((c - q * p) * 2n >= p) q += 1n;
  return q === LIMIT ? new Approx(s, LOW, e + k + 1) : new Approx(s, q, e + k);
};

/** n ÷ d × 10^e (n ≥ 0, d > 0) correctly rounded half up to 40 significant digits. */
export const quotient = (s: number, n: bigint, d: bigint, e: number): Approx => {
  if (n === 0n) return new Approx(s, 0n, 0);
  return scaledQuotient(s, n, d, e, PRECISION - digits(n) + digits(d));
};

/** n ÷ d × 10^e (n > 0, d > 0), k = 40 − digits(n) + digits(d): the integer quotient of n × 10^k ÷ d has 40 or 41 digits. */
const scaledQuotient = (s: number, n: bigint, d: bigint, e: number, k: number): Approx => {
  const a = k > 0 ? n * pow10(k) : n;
  const b = k < 0 ? d * pow10(-k) : d;
  let q = a / b;
  let exponent = e - k;
  if (q >= LIMIT) {
    const last = q % 10n;
    q = q / 10n;
    exponent += 1;
    if (last >= 5n) q += 1n;
  } else if ((a - q * b) * 2n >= b) q += 1n;
  return q === LIMIT ? new Approx(s, LOW, exponent + 1) : new Approx(s, q, exponent);
};

export const INT32_MAX = 0x7fffffff;
const MAX = Number.MAX_SAFE_INTEGER;
/** 10^0 … 10^15 as safe integers. */
export const NUMBER_POWERS: readonly number[] = Array.from({ length: 16 }, (_, index) => 10 ** index);

/** Where {@link factorTwosAndFives} leaves its result (read it at once: the next call overwrites it). */
export const FACTORS: { twos: number; fives: number; rest: number } = { twos: 0, fives: 0, rest: 1 };

/**
 * d = 2^twos × 5^fives × rest for a safe integer d > 0, into {@link FACTORS}: n/d has a finite
 * decimal form when rest divides n. In 32-bit integers where d fits (a remainder is one machine
 * instruction there, a library call in doubles).
 */
export const factorTwosAndFives = (d: number): void => {
  let twos = 0;
  let fives = 0;
  let rest = d;
  if (d <= INT32_MAX) {
    let r = d | 0;
    while ((r & 1) === 0) {
      r >>= 1;
      twos += 1;
    }
    while (r % 5 === 0) {
      r = (r / 5) | 0;
      fives += 1;
    }
    rest = r;
  } else {
    while (rest % 2 === 0) {
      rest /= 2;
      twos += 1;
    }
    while (rest % 5 === 0) {
      rest /= 5;
      fives += 1;
    }
  }
  FACTORS.twos = twos;
  FACTORS.fives = fives;
  FACTORS.rest = rest;
};

/** Number of decimal digits of a safe integer m > 0. */
const digitsOfSafeInteger = (m: number): number => {
  let count = 1;
  while (count < 16 && m >= (NUMBER_POWERS[count] ?? MAX)) count += 1;
  return count;
};

/** n ÷ d for safe integers n and d > 0. */
export const approxOfRatio = (n: number, d: number): Approx => {
  const s = n < 0 || Object.is(n, -0) ? -1 : 1;
  const magnitude = n < 0 ? -n : n;
  if (magnitude === 0) return new Approx(s, 0n, 0);
  if (d <= INT32_MAX) {
    // d = 2^a × 5^b: the value is exactly magnitude × (10^p ÷ d) × 10^-p, p = max(a, b), and needs no
    // rounding (it has at most 16 digits).
    factorTwosAndFives(d);
    const places = FACTORS.twos > FACTORS.fives ? FACTORS.twos : FACTORS.fives;
    if (FACTORS.rest === 1 && places <= 15) {
      const scaled = magnitude * ((NUMBER_POWERS[places] ?? 1) / d);
      if (scaled <= MAX) return new Approx(s, BigInt(scaled), -places);
    }
  }
  return scaledQuotient(s, BigInt(magnitude), BigInt(d), 0, PRECISION - digitsOfSafeInteger(magnitude) + digitsOfSafeInteger(d));
};

/** n ÷ d for bigints, d ≠ 0. */
export const approxOfBigRatio = (n: bigint, d: bigint): Approx => {
  const negative = n < 0n !== d < 0n && n !== 0n;
  return quotient(negative ? -1 : 1, n < 0n ? -n : n, d < 0n ? -d : d, 0);
};

export const isZeroApprox = (x: Approx): boolean => x.c === 0n;
export const negatedApprox = (x: Approx): Approx => new Approx(-x.s, x.c, x.e);

export const plusApprox = (x: Approx, y: Approx): Approx => {
  if (y.c === 0n) return x.c !== 0n || x.s === y.s ? x : new Approx(1, 0n, 0);
  if (x.c === 0n) return y;
  let a = x.c;
  let b = y.c;
  let e = x.e;
  if (x.e > y.e) {
    a *= pow10(x.e - y.e);
    e = y.e;
  } else if (y.e > x.e) b *= pow10(y.e - x.e);
  if (x.s === y.s) return rounded(x.s, a + b, e);
  if (a === b) return new Approx(1, 0n, 0);
  return a > b ? rounded(x.s, a - b, e) : rounded(y.s, b - a, e);
};

export const timesApprox = (x: Approx, y: Approx): Approx => {
  const s = x.s * y.s;
  if (x.c === 0n || y.c === 0n) return new Approx(s, 0n, 0);
  return rounded(s, x.c * y.c, x.e + y.e);
};

/** x ÷ y (y ≠ 0). */
export const divApprox = (x: Approx, y: Approx): Approx => {
  const s = x.s * y.s;
  if (x.c === 0n) return new Approx(s, 0n, 0);
  return quotient(s, x.c, y.c, x.e - y.e);
};

export const compareApprox = (x: Approx, y: Approx): number => {
  if (x.c === 0n || y.c === 0n) return x.c !== 0n ? x.s : y.c !== 0n ? -y.s : 0;
  if (x.s !== y.s) return x.s;
  // Same sign, both non-zero: by the place of the leading digit, then digit by digit.
  const lead = digits(x.c) + x.e - (digits(y.c) + y.e);
  let order: number;
  if (lead !== 0) order = lead > 0 ? 1 : -1;
  else {
    const a = x.e > y.e ? x.c * pow10(x.e - y.e) : x.c;
    const b = y.e > x.e ? y.c * pow10(y.e - x.e) : y.c;
    order = a === b ? 0 : a > b ? 1 : -1;
  }
  return x.s < 0 && order !== 0 ? -order : order;
};

/** round_half_up(|c × 10^shift|) as a bigint (c ≥ 0). */
const scaledRounded = (c: bigint, shift: number): bigint => {
  if (shift >= 0) return c * pow10(shift);
  const p = pow10(-shift);
  const q = c / p;
  return (c - q * p) * 2n >= p ? q + 1n : q;
};

/**
 * round_half_up(x × 10^places), after first rounding x half up to `snap` places (snap ≥ places):
 * an approximation may have lost its last digit to a repeating fraction, and snapping keeps
 * 89.99499…9 (true 89.995) from rounding down.
 */
export const roundedScaledApprox = (x: Approx, places: number, snap: number): bigint => {
  const snapped = scaledRounded(x.c, x.e + snap);
  const magnitude = scaledRounded(snapped, places - snap);
  return x.s < 0 ? -magnitude : magnitude;
};
