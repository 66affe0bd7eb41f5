import * as approxModule from './approx';
import type { Approx } from './approx';

// Read once when the module loads. Run from per-file CommonJS (tsx runs the benches and the CLI so),
// every use of a named import is a call through two export getters, and these are used for every
// sum, quotient and text (about a tenth of the scoring bench's time went to those getters).
const {
  approxOfBigRatio,
  approxOfRatio,
  compareApprox,
  divApprox,
  FACTORS,
  factorTwosAndFives,
  INT32_MAX,
  isZeroApprox,
  negatedApprox,
  NUMBER_POWERS: POWERS_OF_TEN,
  plusApprox,
  roundedScaledApprox,
  timesApprox,
} = approxModule;

/**
 * The engine's number: an exact rational (numerator / denominator).
 *
 * Scores are decimals in, but a scheme divides (an average of three raters, 1/3 of a weight,
 * actual ÷ target): a decimal type of fixed precision turns 10 ÷ 3 × 1.65 into 5.4999…9 where the
 * true value is 5.5. Here values stay exact: 10 ÷ 3 × 1.65 is 5.5, 1/3 + 1/3 + 1/3 is 1, and a
 * total of 89.995 reached through thirds still rounds to 90.00.
 *
 * - Numerator and denominator are plain numbers while they are safe integers (nearly always, and
 *   fast); a value with a finite decimal form stays exact past 2^53 as bigints.
 * - A value with no finite decimal form whose fraction outgrows 2^53 (a sum of many quotients with
 *   unrelated denominators: 20/523.17 + 20/871.03 + …) is carried at 40 significant digits from
 *   there on, and is written as an approximation.
 * - Written out ({@link Rational.toString}), a value is its exact decimal ("5.5"), or 20 decimals
 *   followed by "…" when it has none; {@link Rational.toFraction} gives the exact "n/d" then.
 *   An approximation is never written as if it were exact.
 */

export type RationalInput = Rational | string | number;

type Big = Readonly<{ n: bigint; d: bigint }>;

const SNAP_PLACES = 30;

const MAX = Number.MAX_SAFE_INTEGER;
const safe = (value: number): boolean => value <= MAX && value >= -MAX;

const gcd = (a: number, b: number): number => {
  let x = a < 0 ? -a : a;
  let y = b;
  // In 32-bit integers the remainder is one machine instruction; in doubles it is a library call.
  if (x <= INT32_MAX && y <= INT32_MAX) {
    let p = x | 0;
    let q = y | 0;
    while (q !== 0) {
      const t = p % q | 0;
      p = q;
      q = t;
    }
    return p;
  }
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
    if (x <= INT32_MAX) return gcd(x, y);
  }
  return x;
};
const gcdBig = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
};

const BIG_MAX = BigInt(MAX);
const TWO_TO_128 = 2n ** 128n;
const TEN_TO_128 = 10n ** 128n;

/** Digits of a decimal text: sign, digits without the point, places after it, exponent. */
const TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/** Digits shown after the point when a value has no finite decimal form. */
export const APPROXIMATE_PLACES = 20;
/** Written after an approximation: "3.33333333333333333333…". */
export const APPROXIMATE_MARK = '…';

export class Rational {
  /**
   * Numerator and denominator (denominator > 0) while both are safe integers, not necessarily in
   * lowest terms: sums over a common denominator need no gcd, and values are reduced only when
   * they would grow past 2^53 and when they are written. Otherwise these are NaN and `big` or
   * `approx` holds the value.
   */
  readonly n: number;
  readonly d: number;
  /** An exact value past 2^53, in lowest terms; kept only while it has a finite decimal form. */
  readonly big: Big | undefined;
  /**
   * A value with no finite decimal form whose exact fraction outgrew 2^53 (a sum of many
   * fractions with unrelated denominators): carried at 40 significant digits and always written
   * as an approximation ("…"), never as exact.
   */
  readonly approx: Approx | undefined;

  static readonly ROUND_HALF_UP = 4;

  /**
   * A rational from a decimal text ("12.50", "-0.5", "1e-3") or a finite number; throws on
   * anything else. (With a second argument, `input` is a numerator and `denominator` > 0.)
   */
  constructor(input: RationalInput, denominator?: number, big?: Big, approx?: Approx) {
    if (denominator !== undefined && typeof input === 'number') {
      this.n = input;
      this.d = denominator;
      this.big = big;
      this.approx = approx;
      return;
    }
    if (input instanceof Rational) {
      this.n = input.n;
      this.d = input.d;
      this.big = input.big;
      this.approx = input.approx;
      return;
    }
    const parsed = parse(typeof input === 'number' ? String(input) : input);
    this.n = parsed.n;
    this.d = parsed.d;
    this.big = parsed.big;
    this.approx = undefined;
  }

  /** Whether the value is exact (always, except for an approximation that outgrew 2^53). */
  isExact(): boolean {
    return this.approx === undefined;
  }

  /** Numerator and denominator as bigints (exact values only). */
  bigParts(): Big {
    return this.big ?? { n: BigInt(this.n), d: BigInt(this.d) };
  }

  /** The value at 40 significant digits. */
  toApprox(): Approx {
    if (this.approx !== undefined) return this.approx;
    if (this.big !== undefined) return approxOfBigRatio(this.big.n, this.big.d);
    return approxOfRatio(this.n, this.d);
  }

  isZero(): boolean {
    if (this.approx !== undefined) return isZeroApprox(this.approx);
    return this.big === undefined ? this.n === 0 : this.big.n === 0n;
  }
  isNeg(): boolean {
    if (this.approx !== undefined) return this.approx.s < 0;
    return this.big === undefined ? this.n < 0 : this.big.n < 0n;
  }
  isNegative(): boolean {
    return this.isNeg();
  }

  negated(): Rational {
    if (this.approx !== undefined) return approximate(negatedApprox(this.approx));
    return this.big === undefined ? new Rational(this.n === 0 ? 0 : -this.n, this.d) : fromBig(-this.big.n, this.big.d);
  }

  plus(other: RationalInput): Rational {
    const o = of(other);
    if (this.approx !== undefined || o.approx !== undefined) return approximate(plusApprox(this.toApprox(), o.toApprox()));
    if (this.big === undefined && o.big === undefined) return numberPlus(this, o);
    const x = this.bigParts();
    const y = o.bigParts();
    return fromBig(x.n * y.d + y.n * x.d, x.d * y.d);
  }

  minus(other: RationalInput): Rational {
    return this.plus(of(other).negated());
  }

  times(other: RationalInput): Rational {
    const o = of(other);
    if (this.approx !== undefined || o.approx !== undefined) return approximate(timesApprox(this.toApprox(), o.toApprox()));
    if (this.big === undefined && o.big === undefined) {
      const product = numberProduct(this.n, this.d, o.n, o.d);
      if (product !== undefined) return product;
    }
    const x = this.bigParts();
    const y = o.bigParts();
    return fromBig(x.n * y.n, x.d * y.d);
  }

  div(other: RationalInput): Rational {
    const o = of(other);
    if (o.isZero()) throw new RangeError('division by zero');
    if (this.approx !== undefined || o.approx !== undefined) return approximate(divApprox(this.toApprox(), o.toApprox()));
    if (this.big === undefined && o.big === undefined) {
      // × the reciprocal, without it as an object (actual ÷ target for every leaf and unit).
      const negative = o.n < 0;
      const product = numberProduct(this.n, this.d, negative ? -o.d : o.d, negative ? -o.n : o.n);
      if (product !== undefined) return product;
    }
    return this.times(o.big === undefined ? (o.n < 0 ? new Rational(-o.d, -o.n) : new Rational(o.d, o.n)) : fromBig(o.big.d, o.big.n));
  }

  comparedTo(other: RationalInput): number {
    const o = of(other);
    if (this.approx !== undefined || o.approx !== undefined) return compareApprox(this.toApprox(), o.toApprox());
    if (this.big === undefined && o.big === undefined) {
      if (this.d === o.d) return this.n < o.n ? -1 : this.n > o.n ? 1 : 0;
      const x = this.n * o.d;
      const y = o.n * this.d;
      if (safe(x) && safe(y)) return x < y ? -1 : x > y ? 1 : 0;
    }
    const a = this.bigParts();
    const b = o.bigParts();
    const x = a.n * b.d;
    const y = b.n * a.d;
    return x < y ? -1 : x > y ? 1 : 0;
  }

  equals(other: RationalInput): boolean {
    return this.comparedTo(other) === 0;
  }
  lessThan(other: RationalInput): boolean {
    return this.comparedTo(other) < 0;
  }
  lessThanOrEqualTo(other: RationalInput): boolean {
    return this.comparedTo(other) <= 0;
  }
  greaterThan(other: RationalInput): boolean {
    return this.comparedTo(other) > 0;
  }
  greaterThanOrEqualTo(other: RationalInput): boolean {
    return this.comparedTo(other) >= 0;
  }

  /** The same value in lowest terms (this very object when it already is). */
  reduced(): Rational {
    if (this.big !== undefined || this.approx !== undefined) return this;
    if (this.n === 0) return this.d === 1 ? this : new Rational(0, 1);
    const g = gcd(this.n, this.d);
    return g === 1 ? this : new Rational(this.n / g, this.d / g);
  }

  /** Whether the value has a finite decimal form (its denominator divides a power of ten). */
  isTerminating(): boolean {
    return decimalParts(this) !== undefined;
  }

  /** Half-up rounding (away from zero at the half) to `places` decimals. */
  toDecimalPlaces(places: number, _rounding: number = Rational.ROUND_HALF_UP): Rational {
    const scaled = roundedScaled(this, places);
    return typeof scaled === 'number' && places <= 15
      ? reduced(scaled, POWERS_OF_TEN[places] ?? 1)
      : fromBig(BigInt(scaled), 10n ** BigInt(places));
  }

  /** The value rounded half up and written with exactly `places` decimals ("90.00", "-3.00"). */
  toFixedText(places: number): string {
    return scaledText(roundedScaled(this, places), places);
  }

  /**
   * round_half_up(this × other × 10^places) as an integer (what {@link scaledText} writes), without
   * the product as an object when it stays in safe integers.
   */
  timesScaled(other: Rational, places: number): number | bigint {
    if (this.big === undefined && this.approx === undefined && other.big === undefined && other.approx === undefined && places <= 15) {
      const n = this.n * other.n;
      const d = this.d * other.d;
      if (safe(n) && d <= MAX) {
        const scaled = roundedScaledNumbers(n, d, places);
        if (scaled !== undefined) return scaled;
      }
    }
    return roundedScaled(this.times(other), places);
  }

  /** The exact decimal ("5.5", "-0.125", "90") when the value has one, else undefined (10/3). */
  exactText(): string | undefined {
    if (this.big === undefined && this.approx === undefined) {
      const known = numberText(this.n, this.d);
      if (known !== undefined) return known === REPEATING ? undefined : known;
    }
    const parts = decimalParts(this);
    if (parts === undefined) return undefined;
    const { scaled, places } = parts;
    const negative = scaled < 0;
    let digits = String(negative ? -scaled : scaled);
    if (places === 0) return negative ? `-${digits}` : digits;
    if (digits.length <= places) digits = digits.padStart(places + 1, '0');
    const text = trimZeros(`${digits.slice(0, digits.length - places)}.${digits.slice(digits.length - places)}`);
    return negative ? `-${text}` : text;
  }

  /**
   * The exact decimal when there is one; otherwise the value rounded half up to
   * {@link APPROXIMATE_PLACES} decimals followed by "…", so that an approximation is never shown
   * as exact.
   */
  toString(): string {
    return this.texts().text;
  }

  /**
   * {@link toString} and, when the value has no finite decimal form, {@link toFraction}, in one
   * pass (an explanation node shows both).
   */
  texts(): Readonly<{ text: string; fraction: string | undefined }> {
    if (this.big === undefined && this.approx === undefined) {
      const known = numberTexts(this.n, this.d);
      if (known !== undefined) return known;
    }
    const text = this.exactText();
    if (text !== undefined) return { text, fraction: undefined };
    return { text: `${trimZeros(this.toFixedText(APPROXIMATE_PLACES))}${APPROXIMATE_MARK}`, fraction: this.toFraction() };
  }

  /** "n/d" in lowest terms ("10/3"; "5" for a whole number); undefined for a carried approximation. */
  toFraction(): string | undefined {
    if (this.approx !== undefined) return undefined;
    const value = this.reduced();
    if (value.big === undefined) return value.d === 1 ? String(value.n) : `${value.n}/${value.d}`;
    return value.big.d === 1n ? String(value.big.n) : `${value.big.n}/${value.big.d}`;
  }

  toJSON(): string {
    return this.toString();
  }
}

/** Where {@link numberSum} leaves its result. */
const SUM: { n: number; d: number } = { n: 0, d: 1 };

/**
 * an/ad + bn/bd over a common denominator (the least one the two give without a gcd when one
 * divides the other), into {@link SUM}; false when a part would leave the safe integers.
 */
const numberSum = (an: number, ad: number, bn: number, bd: number): boolean => {
  if (ad === bd) {
    const n = an + bn;
    if (!safe(n)) return false;
    SUM.n = n;
    SUM.d = ad;
    return true;
  }
  if (bd % ad === 0) {
    const x = an * (bd / ad);
    const n = x + bn;
    if (!safe(x) || !safe(n)) return false;
    SUM.n = n;
    SUM.d = bd;
    return true;
  }
  if (ad % bd === 0) {
    const y = bn * (ad / bd);
    const n = an + y;
    if (!safe(y) || !safe(n)) return false;
    SUM.n = n;
    SUM.d = ad;
    return true;
  }
  const g = gcd(ad, bd);
  const x = an * (bd / g);
  const y = bn * (ad / g);
  const d = ad * (bd / g);
  const n = x + y;
  if (!safe(x) || !safe(y) || !safe(n) || d > MAX) return false;
  SUM.n = n;
  SUM.d = d;
  return true;
};

/**
 * an/ad + bn/bd (safe integers, ad, bd > 0): over a common denominator while that stays in safe
 * integers, else in lowest terms (as numbers when they fit).
 */
const numberPlus = (a: Rational, b: Rational): Rational => {
  if (numberSumInLowestTerms(a.n, a.d, b.n, b.d)) return new Rational(SUM.n, SUM.d);
  // Past 2^53 in lowest terms too: the two in lowest terms, then their sum with bigints.
  const ga = gcd(a.n, a.d);
  const gb = gcd(b.n, b.d);
  const an = a.n === 0 ? 0 : a.n / ga;
  const ad = a.n === 0 ? 1 : a.d / ga;
  const bn = b.n === 0 ? 0 : b.n / gb;
  const bd = b.n === 0 ? 1 : b.d / gb;
  // Two fractions in lowest terms, g = gcd(ad, bd): their sum t / (ad/g × bd) with t = an × bd/g +
  // bn × ad/g has gcd(t, g) as the only common factor (Knuth, TAOCP 4.5.1), so no gcd of bigints.
  const g = gcd(ad, bd);
  const t = BigInt(an) * BigInt(bd / g) + BigInt(bn) * BigInt(ad / g);
  const bigG = BigInt(g);
  // The remainder is below g: a gcd of two small bigints, no conversion to a number.
  const common = gcdBig(t % bigG, bigG);
  return fromLowestTerms(t / common, BigInt(ad / g) * (BigInt(bd) / common));
};

/**
 * {@link numberSum}, and when that leaves the safe integers, the sum of the two in lowest terms
 * when it is a pair of safe integers (Knuth, as in {@link numberPlus}): into {@link SUM}; false when
 * the sum is past 2^53 even so.
 */
const numberSumInLowestTerms = (an: number, ad: number, bn: number, bd: number): boolean => {
  if (numberSum(an, ad, bn, bd)) return true;
  // In lowest terms the common denominator may be small enough again.
  const ga = gcd(an, ad);
  const gb = gcd(bn, bd);
  const n1 = an === 0 ? 0 : an / ga;
  const d1 = an === 0 ? 1 : ad / ga;
  const n2 = bn === 0 ? 0 : bn / gb;
  const d2 = bn === 0 ? 1 : bd / gb;
  if ((ga !== 1 || gb !== 1) && numberSum(n1, d1, n2, d2)) return true;
  const g = gcd(d1, d2);
  const x = n1 * (d2 / g);
  const y = n2 * (d1 / g);
  const sum = x + y;
  if (!safe(x) || !safe(y) || !safe(sum)) return false;
  // Often only the common denominator was past 2^53: in lowest terms the sum fits again.
  const common = gcd(sum % g, g);
  const d = (d1 / g) * (d2 / common);
  if (d > MAX) return false;
  SUM.n = sum === 0 ? 0 : sum / common;
  SUM.d = sum === 0 ? 1 : d;
  return true;
};

/** an/ad × bn/bd (safe integers, ad, bd > 0) when it stays in safe integers, else undefined. */
const numberProduct = (an: number, ad: number, bn: number, bd: number): Rational | undefined => {
  const n = an * bn;
  const d = ad * bd;
  if (safe(n) && d <= MAX) return new Rational(n === 0 ? 0 : n, n === 0 ? 1 : d);
  const g1 = gcd(an, bd);
  const g2 = gcd(bn, ad);
  const n2 = (an / g1) * (bn / g2);
  const d2 = (ad / g2) * (bd / g1);
  return safe(n2) && d2 <= MAX ? reduced(n2, d2) : undefined;
};

/**
 * A running sum: after adding v1 … vk to a start s, {@link total} is exactly s.plus(v1)…plus(vk),
 * the same value in the same form (s itself when nothing was added), without an object per step
 * while it stays in safe integers (a node of 20 indicators is summed for every unit).
 */
export class RunningSum {
  private n: number;
  private d: number;
  /** The sum once it is not a pair of safe integers (a bigint or an approximation). */
  private value: Rational | undefined;
  private added = 0;

  constructor(private readonly start: Rational) {
    this.n = start.n;
    this.d = start.d;
    this.value = start.big === undefined && start.approx === undefined ? undefined : start;
  }

  /** The sum once it is an approximation: carried as one, wrapped only when asked for. */
  private approx: Approx | undefined = undefined;

  add(other: Rational): void {
    this.added += 1;
    if (this.approx !== undefined) {
      this.approx = plusApprox(this.approx, other.toApprox());
      return;
    }
    if (this.value === undefined && other.big === undefined && other.approx === undefined && numberSumInLowestTerms(this.n, this.d, other.n, other.d)) {
      this.n = SUM.n;
      this.d = SUM.d;
      return;
    }
    const sum = (this.value ?? new Rational(this.n, this.d)).plus(other);
    if (sum.approx !== undefined) this.approx = sum.approx;
    else if (sum.big === undefined) {
      // Back in safe integers (a common denominator past 2^53 whose sum reduces): the next terms
      // take the path without an object again.
      this.n = sum.n;
      this.d = sum.d;
      this.value = undefined;
    } else this.value = sum;
  }

  total(): Rational {
    if (this.added === 0) return this.start;
    if (this.approx !== undefined) return approximate(this.approx);
    return this.value ?? new Rational(this.n, this.d);
  }
}

/**
 * The texts of n / d (safe integers, d > 0, not necessarily in lowest terms) in one pass, without
 * bigints: the exact decimal and no fraction when it has a finite decimal form, else what
 * {@link repeatingTexts} writes. Undefined when the digits would not stay safe integers (the
 * general paths write those).
 */
const numberTexts = (n: number, d: number): Readonly<{ text: string; fraction: string | undefined }> | undefined => {
  const text = numberText(n, d);
  if (text === REPEATING) return repeatingTexts(n, d);
  return text === undefined ? undefined : { text, fraction: undefined };
};

/** Marks a value with no finite decimal form. */
const REPEATING = Symbol('repeating');

/** The exact decimal of n / d (safe integers, d > 0), {@link REPEATING} when it has none, undefined when its digits would not stay safe integers. */
const numberText = (n: number, d: number): string | typeof REPEATING | undefined => {
  if (n === 0) return '0';
  if (d === 1) return String(n);
  // d = 2^a × 5^b × rest: the value has a finite decimal form when rest divides n (nearly always
  // rest is 1, and then no gcd is needed).
  factorTwosAndFives(d);
  const { twos, fives, rest } = FACTORS;
  let numerator = n;
  if (rest !== 1) {
    if (n % rest !== 0) return REPEATING;
    numerator = n / rest;
  }
  let places = twos > fives ? twos : fives;
  if (places > 15) return undefined;
  let scaled = numerator * ((POWERS_OF_TEN[places] ?? 1) / (d / rest));
  if (!safe(scaled)) return undefined;
  if (scaled <= INT32_MAX && scaled >= -INT32_MAX) {
    let small = scaled | 0;
    while (places > 0 && small % 10 === 0) {
      small = (small / 10) | 0;
      places -= 1;
    }
    scaled = small;
  } else {
    while (places > 0 && scaled % 10 === 0) {
      scaled /= 10;
      places -= 1;
    }
  }
  return placedText(scaled, places, POWERS_OF_TEN[places] ?? 1);
};

/** scaled × 10^-places (a safe integer; power = 10^places) with every place written ("-0.05"). */
const placedText = (scaled: number, places: number, power: number): string => {
  const negative = scaled < 0;
  const magnitude = negative ? -scaled : scaled;
  if (places === 0) return String(scaled);
  if (magnitude <= INT32_MAX) return smallPlacedText(negative, magnitude, places);
  const low = magnitude % power;
  const whole = (magnitude - low) / power;
  const text = `${whole}.${String(low).padStart(places, '0')}`;
  return negative ? `-${text}` : text;
};

/**
 * The texts of n / d (safe integers, d > 0) when it has no finite decimal form and d is small
 * enough for long division in safe integers: the value rounded half up to
 * {@link APPROXIMATE_PLACES} places, trailing zeros removed, followed by "…", and "n/d" in lowest
 * terms. Undefined otherwise (the general path writes those).
 */
const repeatingTexts = (numerator: number, denominator: number): Readonly<{ text: string; fraction: string }> | undefined => {
  if (numerator === 0) return undefined;
  const g = gcd(numerator, denominator);
  const n = numerator / g;
  const d = denominator / g;
  if (d > LONG_DIVISION_MAX) return undefined;
  factorTwosAndFives(d);
  if (FACTORS.rest === 1) return undefined;
  const magnitude = n < 0 ? -n : n;
  let remainder = magnitude % d;
  let whole = (magnitude - remainder) / d;
  if (d <= SMALL_DIVISOR_MAX && whole <= INT32_MAX) {
    return { text: smallRepeatingText({ negative: n < 0, whole, remainder, d }), fraction: `${n}/${d}` };
  }
  // The 20 places in as few steps as keep remainder × 10^step a safe integer (two steps of 10
  // places for denominators up to 900,719).
  const step = d <= STEP_10_MAX ? 10 : d <= STEP_5_MAX ? 5 : 1;
  const power = POWERS_OF_TEN[step] ?? 10;
  const chunks: number[] = [];
  for (let place = 0; place < APPROXIMATE_PLACES; place += step) {
    const scaled = remainder * power;
    const next = scaled % d;
    chunks.push((scaled - next) / d);
    remainder = next;
  }
  // Half up: carry from the last place.
  if (remainder * 2 >= d) {
    let index = chunks.length - 1;
    while (index >= 0 && chunks[index] === power - 1) {
      chunks[index] = 0;
      index -= 1;
    }
    if (index >= 0) chunks[index] = (chunks[index] ?? 0) + 1;
    else whole += 1;
  }
  // Trailing zeros removed.
  let end = chunks.length;
  while (end > 0 && chunks[end - 1] === 0) end -= 1;
  let fractionDigits = '';
  for (let index = 0; index < end; index += 1) {
    let chunk = chunks[index] ?? 0;
    let width = step;
    if (index === end - 1) {
      while (chunk % 10 === 0) {
        chunk /= 10;
        width -= 1;
      }
    }
    fractionDigits += width === 1 ? String(chunk) : String(chunk).padStart(width, '0');
  }
  const text = `${n < 0 ? '-' : ''}${whole}${fractionDigits === '' ? '' : `.${fractionDigits}`}${APPROXIMATE_MARK}`;
  return { text, fraction: d === 1 ? String(n) : `${n}/${d}` };
};
/** Divisors up to here divide digit by digit in 32-bit integers (remainder × 10 stays below 2^31). */
const SMALL_DIVISOR_MAX = 214_748_364;
const PLACES: number[] = new Array<number>(APPROXIMATE_PLACES).fill(0);
const WHOLE_DIGITS: number[] = new Array<number>(16).fill(0);
/** Character codes of a text, one array per length (a text is at most sign, 10 digits, point, 20 places and "…"). */
const CODES_BY_LENGTH: readonly number[][] = Array.from({ length: 34 }, (_, length) => new Array<number>(length).fill(0));

/**
 * The text {@link repeatingTexts} writes, for a divisor up to {@link SMALL_DIVISOR_MAX} and a whole
 * part below 2^31: digit by digit in 32-bit integers, written as one flat string.
 */
const smallRepeatingText = (input: Readonly<{ negative: boolean; whole: number; remainder: number; d: number }>): string => {
  const d = input.d | 0;
  let r = input.remainder | 0;
  let whole = input.whole | 0;
  for (let place = 0; place < APPROXIMATE_PLACES; place += 1) {
    r *= 10;
    const digit = (r / d) | 0;
    PLACES[place] = digit;
    r -= digit * d;
  }
  // Half up: carry from the last place.
  if (r * 2 >= d) {
    let place = APPROXIMATE_PLACES - 1;
    while (place >= 0 && PLACES[place] === 9) {
      PLACES[place] = 0;
      place -= 1;
    }
    if (place >= 0) PLACES[place] = (PLACES[place] ?? 0) + 1;
    else whole += 1;
  }
  let end = APPROXIMATE_PLACES;
  while (end > 0 && PLACES[end - 1] === 0) end -= 1;
  let wholeLength = 0;
  do {
    WHOLE_DIGITS[wholeLength] = whole % 10;
    whole = (whole / 10) | 0;
    wholeLength += 1;
  } while (whole > 0);
  const sign = input.negative ? 1 : 0;
  const length = sign + wholeLength + (end > 0 ? 1 + end : 0) + 1;
  const codes = CODES_BY_LENGTH[length] ?? new Array<number>(length).fill(0);
  let at = 0;
  if (sign === 1) codes[at++] = 45; // '-'
  for (let index = wholeLength - 1; index >= 0; index -= 1) codes[at++] = 48 + (WHOLE_DIGITS[index] ?? 0);
  if (end > 0) {
    codes[at++] = 46; // '.'
    for (let place = 0; place < end; place += 1) codes[at++] = 48 + (PLACES[place] ?? 0);
  }
  codes[at] = 0x2026; // APPROXIMATE_MARK
  return String.fromCharCode(...codes);
};

/** {@link placedText} for a magnitude below 2^31: its digits in 32-bit integers, written as one flat string. */
const smallPlacedText = (negative: boolean, magnitude: number, places: number): string => {
  let rest = magnitude | 0;
  let count = 0;
  do {
    WHOLE_DIGITS[count] = rest % 10;
    rest = (rest / 10) | 0;
    count += 1;
  } while (rest > 0);
  // At least one digit before the point ("0.05").
  while (count <= places) {
    WHOLE_DIGITS[count] = 0;
    count += 1;
  }
  const sign = negative ? 1 : 0;
  const length = sign + count + 1;
  const codes = CODES_BY_LENGTH[length] ?? new Array<number>(length).fill(0);
  let at = 0;
  if (sign === 1) codes[at++] = 45; // '-'
  for (let index = count - 1; index >= 0; index -= 1) {
    if (index === places - 1) codes[at++] = 46; // '.'
    codes[at++] = 48 + (WHOLE_DIGITS[index] ?? 0);
  }
  return String.fromCharCode(...codes);
};

const STEP_10_MAX = 900_719; // ⌊(2^53 − 1) ÷ 10^10⌋
const STEP_5_MAX = 90_071_992_547; // ⌊(2^53 − 1) ÷ 10^5⌋
/** Denominators up to here divide by long division in safe integers (remainder × 10 stays safe). */
const LONG_DIVISION_MAX = 900_719_925_474_099; // ⌊(2^53 − 1) ÷ 10⌋

/** An integer × 10^-places written with exactly `places` decimals ("90.00", "-3.00"). */
const fixedText = (scaled: number | bigint, places: number): string => {
  const negative = scaled < 0;
  let digits = String(negative ? -scaled : scaled);
  if (places > 0) {
    if (digits.length <= places) digits = digits.padStart(places + 1, '0');
    digits = `${digits.slice(0, digits.length - places)}.${digits.slice(digits.length - places)}`;
  }
  return negative ? `-${digits}` : digits;
};

/** round_half_up(value × 10^places) written with `places` decimals ("90.00"); 2-place texts below 1000.00 are shared. */
export const scaledText = (scaled: number | bigint, places: number): string => {
  if (places === 2 && typeof scaled === 'number' && scaled >= 0 && scaled < SHOWN_TEXTS_BELOW) {
    const known = SHOWN_TEXTS[scaled];
    if (known !== undefined) return known;
    const text = fixedText(scaled, 2);
    SHOWN_TEXTS[scaled] = text;
    return text;
  }
  return fixedText(scaled, places);
};

// Scores are shown to 2 places and most lie between 0.00 and 1000.00: their texts are written once
// per process and shared (a result tree holds hundreds of thousands of them).
const SHOWN_TEXTS_BELOW = 100_000;
const SHOWN_TEXTS: (string | undefined)[] = new Array<string | undefined>(SHOWN_TEXTS_BELOW).fill(undefined);

const approximate = (value: Approx): Rational => new Rational(Number.NaN, Number.NaN, undefined, value);

const trimZeros = (text: string): string => {
  if (!text.includes('.')) return text;
  let end = text.length;
  while (text.charCodeAt(end - 1) === 48) end -= 1; // '0'
  if (text.charCodeAt(end - 1) === 46) end -= 1; // '.'
  return text.slice(0, end);
};

const of = (input: RationalInput): Rational => (input instanceof Rational ? input : new Rational(input));

/** n / d (numbers, d > 0 and safe) in lowest terms. */
const reduced = (n: number, d: number): Rational => {
  if (n === 0) return new Rational(0, 1);
  const g = gcd(n, d);
  return g === 1 ? new Rational(n, d) : new Rational(n / g, d / g);
};

/** n / d (bigints, d ≠ 0) in lowest terms, as numbers when they fit. */
const dividesPowerOfTen = (denominator: bigint): boolean => {
  // Below 2^128 a divisor of a power of ten is 2^a × 5^b with a, b < 128: it divides 10^128.
  if (denominator > 0n && denominator < TWO_TO_128) return TEN_TO_128 % denominator === 0n;
  let rest = denominator;
  while (rest % 2n === 0n) rest /= 2n;
  while (rest % 5n === 0n) rest /= 5n;
  return rest === 1n;
};

const fromBig = (numerator: bigint, denominator: bigint): Rational => {
  let n = numerator;
  let d = denominator;
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  if (n === 0n) return new Rational(0, 1);
  const g = gcdBig(n, d);
  if (g !== 1n) {
    n /= g;
    d /= g;
  }
  return fromLowestTerms(n, d);
};

/** n / d (bigints in lowest terms, d > 0) as numbers when they fit, else exact past 2^53 or carried as an approximation. */
const fromLowestTerms = (n: bigint, d: bigint): Rational => {
  if (n === 0n) return new Rational(0, 1);
  if (d <= BIG_MAX && n <= BIG_MAX && n >= -BIG_MAX) return new Rational(Number(n), Number(d));
  if (!dividesPowerOfTen(d)) return approximate(approxOfBigRatio(n, d));
  return new Rational(Number.NaN, Number.NaN, { n, d });
};

/** A rational from a plain decimal text ("-12.50", ".5", "12."; no exponent), or undefined when it is not one. */
export const parseDecimalText = (text: string): Rational | undefined => {
  const fast = parseShort(text);
  if (fast !== undefined) return fast;
  return PLAIN_TEXT.test(text) ? new Rational(text) : undefined;
};
const PLAIN_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

const parse = (text: string): Readonly<{ n: number; d: number; big: Big | undefined }> => {
  const fast = parseShort(text);
  return fast === undefined ? parseLong(text) : { n: fast.n, d: fast.d, big: undefined };
};

/** "-123.45" with at most 15 digits, without a regular expression; undefined for anything else. */
const parseShort = (text: string): Rational | undefined => {
  let index = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === 45 || first === 43) {
    negative = first === 45;
    index = 1;
  }
  let value = 0;
  let digits = 0;
  let places = -1;
  for (; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      value = value * 10 + (code - 48);
      digits += 1;
      if (places >= 0) places += 1;
    } else if (code === 46 && places < 0) places = 0;
    else break;
  }
  if (index === text.length && digits > 0 && digits <= 15) {
    const n = negative ? -value : value;
    return new Rational(n === 0 ? 0 : n, POWERS_OF_TEN[places < 0 ? 0 : places] ?? 1);
  }
  return undefined;
};

const parseLong = (text: string): Readonly<{ n: number; d: number; big: Big | undefined }> => {
  const match = TEXT.exec(text.trim());
  const whole = match?.[2] ?? '';
  const fraction = match?.[3] ?? '';
  if (match === null || whole.length + fraction.length === 0) throw new SyntaxError(`"${text}" is not a decimal`);
  const exponent = match[4] === undefined ? 0 : Number.parseInt(match[4], 10);
  const negative = match[1] === '-';
  let digits = `${whole}${fraction}`.replace(/^0+(?=\d)/, '');
  let places = fraction.length - exponent;
  if (places < 0) {
    digits = `${digits}${'0'.repeat(-places)}`;
    places = 0;
  }
  const value = BigInt(digits);
  const r = fromBig(negative ? -value : value, 10n ** BigInt(places));
  return { n: r.n, d: r.d, big: r.big };
};

/** The value × 10^places as an integer with the number of places, when the denominator divides a power of ten. */
const decimalParts = (value: Rational): Readonly<{ scaled: number | bigint; places: number }> | undefined => {
  if (value.approx !== undefined) return undefined;
  if (value.big === undefined) {
    // Most values are a few places: the first power of ten that makes n × 10^k a multiple of d.
    for (let places = 0; places <= 15; places += 1) {
      const scaled = value.n * (POWERS_OF_TEN[places] ?? 1);
      if (!safe(scaled)) break;
      if (scaled % value.d === 0) return { scaled: scaled / value.d, places };
    }
  }
  const { n, d } = fromBigParts(value.bigParts());
  let rest = d;
  let twos = 0;
  let fives = 0;
  while (rest % 2n === 0n) {
    rest /= 2n;
    twos += 1;
  }
  while (rest % 5n === 0n) {
    rest /= 5n;
    fives += 1;
  }
  if (rest !== 1n) return undefined;
  const places = Math.max(twos, fives);
  return { scaled: n * 2n ** BigInt(places - twos) * 5n ** BigInt(places - fives), places };
};

/** Bigint parts in lowest terms. */
const fromBigParts = (parts: Big): Big => {
  const g = gcdBig(parts.n, parts.d);
  return g === 1n || g === 0n ? parts : { n: parts.n / g, d: parts.d / g };
};
/** round_half_up(value × 10^places) as an integer (away from zero at the half). */
const roundedScaled = (value: Rational, places: number): number | bigint => {
  if (value.approx !== undefined) {
    // A carried approximation may have lost its last digit to a repeating fraction: snapping to
    // 30 places first keeps 89.99499…9 (true 89.995) from rounding down.
    const whole = roundedScaledApprox(value.approx, places, Math.max(places, SNAP_PLACES));
    return whole >= -BIG_MAX && whole <= BIG_MAX ? Number(whole) : whole;
  }
  if (value.big === undefined && places <= 15) {
    const scaled = roundedScaledNumbers(value.n, value.d, places);
    if (scaled !== undefined) return scaled;
  }
  const n = value.big === undefined ? BigInt(value.n) : value.big.n;
  const d = value.big === undefined ? BigInt(value.d) : value.big.d;
  const negative = n < 0n;
  const q = ((negative ? -n : n) * 2n * 10n ** BigInt(places) + d) / (2n * d);
  const signed = negative ? -q : q;
  return signed >= -BIG_MAX && signed <= BIG_MAX ? Number(signed) : signed;
};

/** round_half_up(n ÷ d × 10^places) for safe integers n and d > 0, when the work stays in safe integers. */
const roundedScaledNumbers = (n: number, d: number, places: number): number | undefined => {
  const negative = n < 0;
  const magnitude = negative ? -n : n;
  const numerator = 2 * magnitude * (POWERS_OF_TEN[places] ?? 1) + d;
  const denominator = 2 * d;
  if (numerator > MAX || denominator > MAX) return undefined;
  let q = Math.floor(numerator / denominator);
  const r = numerator - q * denominator;
  if (r < 0) q -= 1;
  else if (r >= denominator) q += 1;
  return negative && q !== 0 ? -q : q;
};
