import fc from 'fast-check';
import { Dec, formatExact, formatFixed, roundHalfUp, roundText, toDecimal, wholeCount } from './decimal';

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
  ])('shows %s rounded half up as %s', (value, shown) => {
    expect(formatFixed(new Dec(value))).toBe(shown);
  });

  it('rounds a total whose last digit was lost to a repeating fraction as its true value', () => {
    const carried = new Dec('89.995').div(3).times(3); // 89.99499…9 at 40 digits
    expect(carried.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toString()).toBe('89.99');
    expect(formatFixed(carried)).toBe('90.00');
  });

  it('reads decimals from strings and finite numbers only', () => {
    expect(toDecimal('12.50')?.toString()).toBe('12.5');
    expect(toDecimal(0.1)?.toString()).toBe('0.1');
    expect([toDecimal('1e3'), toDecimal('abc'), toDecimal(''), toDecimal(Number.NaN)]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('rounds counts half up to whole numbers', () => {
    expect([wholeCount(new Dec('2.5')), wholeCount(new Dec('9.4')), roundHalfUp(new Dec('-0.005')).toString()]).toEqual([3, 9, '-0.01']);
  });

  it.each([
    ['-0.004', '0.00'],
    ['-1.005', '-1.01'],
    ['9.995', '10.00'],
    ['99.9999999999999999999999999999999999999', '100.00'],
    ['0.00499999999999999999999999999999999999', '0.01'],
  ])('rounds the text %s to %s', (text, shown) => {
    expect(roundText(text)).toBe(shown);
  });

  it('rounds text exactly as decimal rounding does', () => {
    const digits = fc.stringMatching(/^-?\d{1,4}\.\d{0,40}$/).filter((text) => !text.endsWith('.'));
    fc.assert(
      fc.property(digits, fc.integer({ min: 0, max: 4 }), (text, places) => {
        const rounded = roundHalfUp(new Dec(text), places);
        const [whole = '0', fraction = ''] = (rounded.isZero() ? '0' : rounded.toString()).split('.');
        const expected = places === 0 ? whole : `${whole}.${fraction.padEnd(places, '0')}`;
        expect(roundText(new Dec(text).toString(), places)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('rounds text like decimals also where the snap carries (…4 followed by nines)', () => {
    const nearHalf = fc
      .tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 14, max: 19 }), fc.stringMatching(/^\d{0,20}$/))
      .map(([whole, cents, nines, tail]) => `${whole}.${String(cents).padStart(2, '0')}4${'9'.repeat(nines)}${tail}`);
    fc.assert(
      fc.property(nearHalf, (text) => {
        const rounded = roundHalfUp(new Dec(text), 2);
        const [whole = '0', fraction = ''] = rounded.toString().split('.');
        expect(roundText(new Dec(text).toString())).toBe(`${whole}.${fraction.padEnd(2, '0')}`);
      }),
      { numRuns: 300 },
    );
  });
});
