import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { Dec, RunningSum, ZERO, formatExact, formatFixed, fractionOf, roundHalfUp, toDecimal, wholeCount } from './decimal';

// A reference at far more digits than any score has, for the exact cases.
const Reference = DecimalJs.clone({ precision: 200, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -300, toExpPos: 300 });

describe('decimal arithmetic of scores', () => {
  it('adds 0.1 and 0.2 to exactly 0.3', () => {
    expect(formatExact(new Dec('0.1').plus('0.2'))).toBe('0.3');
  });

  it.each([
    ['89.995', '90.00'],
    ['89.994', '89.99'],
    ['1.005', '1.01'],
    ['789.875', '789.88'],
    ['0', '0.00'],
    ['90', '90.00'],
    ['0.5', '0.50'],
    ['-0.004', '0.00'],
    ['-1.005', '-1.01'],
    ['9.995', '10.00'],
    ['99.9999999999999999999999999999999999999', '100.00'],
    ['0.00499999999999999999999999999999999999', '0.00'],
  ])('shows %s rounded half up as %s', (value, shown) => {
    expect(formatFixed(new Dec(value))).toBe(shown);
  });

  it('keeps 89.995 ÷ 3 × 3 exactly 89.995, which rounds to 90.00 (no digit is lost to a repeating fraction)', () => {
    const carried = new Dec('89.995').div(3).times(3);
    expect([formatExact(carried), formatFixed(carried), carried.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toString()]).toEqual(['89.995', '90.00', '90']);
  });

  it('keeps 10 ÷ 3 × 1.65 exactly 5.5 (it was shown as 5.4999…9)', () => {
    expect(formatExact(new Dec(10).div(3).times('1.65'))).toBe('5.5');
  });

  it('writes a value without a finite decimal form as an approximation marked "…", with its exact fraction beside it', () => {
    const third = new Dec(10).div(3);
    expect([formatExact(third), fractionOf(third), formatFixed(third)]).toEqual(['3.33333333333333333333…', '10/3', '3.33']);
    expect([formatExact(new Dec(2).div(3)), formatExact(new Dec(-2).div(3))]).toEqual(['0.66666666666666666667…', '-0.66666666666666666667…']);
    expect(fractionOf(new Dec('5.5'))).toBeUndefined();
  });

  it('reads decimals from strings and finite numbers only', () => {
    expect(toDecimal('12.50')?.toString()).toBe('12.5');
    expect(toDecimal(0.1)?.toString()).toBe('0.1');
    expect(toDecimal(1e-7)?.toString()).toBe('0.0000001');
    expect([toDecimal('1e3'), toDecimal('abc'), toDecimal(''), toDecimal(Number.NaN)]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('rounds counts half up to whole numbers', () => {
    expect([wholeCount(new Dec('2.5')), wholeCount(new Dec('9.4')), roundHalfUp(new Dec('-0.005')).toString()]).toEqual([3, 9, '-0.01']);
  });

  const decimalText = fc
    .tuple(fc.boolean(), fc.stringMatching(/^\d{1,22}$/), fc.stringMatching(/^\d{0,24}$/))
    .map(([negative, whole, fraction]) => `${negative ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`);

  it('computes sums and products of decimals exactly, small or large (as a 200-digit reference does), and quotients exactly or marked', () => {
    fc.assert(
      fc.property(decimalText, decimalText, decimalText, (a, b, c) => {
        const exact = new Dec(a).plus(b).times(c);
        expect(formatExact(exact)).toBe(new Reference(a).plus(b).times(c).toString().replace(/^-0$/, '0'));
        if (!new Dec(c).isZero()) {
          // Exact while the fraction fits in 2^53 (or has a finite decimal form); past that, a
          // carried approximation, always written with "…".
          const back = new Dec(a).div(c).times(c);
          if (back.isExact()) expect(back.equals(new Dec(a))).toBe(true);
          else expect(formatExact(back).endsWith('…')).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('rounds half up at any number of places as decimal rounding does', () => {
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 0, max: 4 }), (text, places) => {
        const expected = new Reference(text).toDecimalPlaces(places, Reference.ROUND_HALF_UP).toFixed(places);
        // A value rounding to zero is shown as 0.00, never -0.00.
        expect(formatFixed(new Dec(text), places)).toBe(expected.replace(/^-(0(\.0*)?)$/, '$1'));
      }),
      { numRuns: 300 },
    );
  });

  it('sums in a running sum exactly as adding one value after another does, in the same form (exact, or the same approximation)', () => {
    const fraction = fc.tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 1, max: 200_000 })).map(([n, d]) => new Dec(n).div(d));
    const value = fc.oneof(decimalText.map((text) => new Dec(text)), fraction);
    fc.assert(
      fc.property(fc.array(value, { maxLength: 30 }), (values) => {
        const sum = new RunningSum(ZERO);
        let expected = ZERO;
        for (const item of values) {
          sum.add(item);
          expected = expected.plus(item);
        }
        const total = sum.total();
        expect([total.n, total.d, total.big, total.approx, total.toString()]).toEqual([expected.n, expected.d, expected.big, expected.approx, expected.toString()]);
      }),
      { numRuns: 300 },
    );
    expect(new RunningSum(ZERO).total()).toBe(ZERO);
  });

  it('orders values exactly, also past 2^53', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        expect(new Dec(a).comparedTo(b)).toBe(new Reference(a).comparedTo(b));
      }),
      { numRuns: 300 },
    );
  });
});
