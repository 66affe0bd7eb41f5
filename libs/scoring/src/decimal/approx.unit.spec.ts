import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import {
  Approx,
  approxOfBigRatio,
  approxOfRatio,
  compareApprox,
  divApprox,
  negatedApprox,
  plusApprox,
  roundedScaledApprox,
  timesApprox,
} from './approx';

// Carried approximations used to be decimal.js values at precision 40, half up; they are plain
// bigints now, and must be the very same values: every operation is checked against decimal.js.
const Reference = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -300, toExpPos: 300 });
type Reference = DecimalJs;

const RUNS = { numRuns: 3000, seed: 20261130 } as const;

const referenceOf = (x: Approx): Reference => new Reference(`${x.s < 0 ? '-' : ''}${x.c}e${x.e}`);

/** The same value, and the same sign of zero. */
const expectSame = (mine: Approx, reference: Reference): void => {
  expect(`${mine.s < 0 ? '-' : '+'}${referenceOf(mine).abs().toString()}`).toBe(`${reference.isNeg() ? '-' : '+'}${reference.abs().toString()}`);
  expect(mine.c < 10n ** 40n).toBe(true);
};

// Coefficients that make ties and carries likely: few digits, runs of 9s, a 5 after 40 digits.
const coefficient = fc.oneof(
  fc.bigInt(0n, 10n ** 40n - 1n),
  fc.bigInt(0n, 999n),
  fc.integer({ min: 1, max: 40 }).map((k) => 10n ** BigInt(k) - 1n),
  fc.integer({ min: 1, max: 39 }).map((k) => 5n * 10n ** BigInt(k)),
  fc.constantFrom(0n, 1n, 5n, 10n ** 39n, 10n ** 40n - 1n),
);
const approx = fc.tuple(fc.constantFrom(1, -1), coefficient, fc.integer({ min: -60, max: 20 })).map(([s, c, e]) => new Approx(s, c, e));
const nonZero = approx.filter((x) => x.c !== 0n);

describe('carried approximations (40 significant digits, half up)', () => {
  it('add as decimal.js does, signed zeros included', () => {
    fc.assert(
      fc.property(approx, approx, (x, y) => {
        expectSame(plusApprox(x, y), referenceOf(x).plus(referenceOf(y)));
        expectSame(plusApprox(x, negatedApprox(y)), referenceOf(x).plus(referenceOf(y).negated()));
      }),
      RUNS,
    );
  });

  it('multiply and divide as decimal.js does', () => {
    fc.assert(
      fc.property(approx, nonZero, (x, y) => {
        expectSame(timesApprox(x, y), referenceOf(x).times(referenceOf(y)));
        expectSame(divApprox(x, y), referenceOf(x).div(referenceOf(y)));
      }),
      RUNS,
    );
  });

  it('compare as decimal.js does', () => {
    fc.assert(
      fc.property(approx, approx, (x, y) => {
        expect(compareApprox(x, y)).toBe(referenceOf(x).comparedTo(referenceOf(y)));
        expect(compareApprox(x, x)).toBe(0);
      }),
      RUNS,
    );
  });

  it('approximate a fraction as decimal.js divides it', () => {
    const safe = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
    const positive = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
    fc.assert(
      fc.property(safe, positive, (n, d) => {
        expectSame(approxOfRatio(n, d), new Reference(n).div(d));
      }),
      RUNS,
    );
    const big = fc.bigInt(-(10n ** 60n), 10n ** 60n);
    fc.assert(
      fc.property(big, big.filter((d) => d !== 0n), (n, d) => {
        expectSame(approxOfBigRatio(n, d), new Reference(n.toString()).div(d.toString()));
      }),
      RUNS,
    );
  });

  it('round to places after snapping to 30 as decimal.js did', () => {
    fc.assert(
      fc.property(approx, fc.integer({ min: 0, max: 35 }), (x, places) => {
        const snap = Math.max(places, 30);
        const reference = referenceOf(x).toDecimalPlaces(snap, Reference.ROUND_HALF_UP).toDecimalPlaces(places, Reference.ROUND_HALF_UP).times(Reference.pow(10, places));
        expect(roundedScaledApprox(x, places, snap)).toBe(BigInt(reference.toFixed(0)));
      }),
      RUNS,
    );
  });
});
