import { deviationOf } from '@kaoping/scoring';

// S9 绩效跟踪: each round's value against the round's target (分阶段目标), exactly.
describe('the deviation of a tracking round from its target', () => {
  it.each([
    // target, value, direction, deviation, rate, rateShown, standing
    ['30', '24', 'higher', '-6', '-20', '-20.00', 'behind'],
    ['200', '230', 'lower', '30', '15', '15.00', 'behind'],
    ['350', '340', 'lower', '-10', '-2.85714285714285714286…', '-2.86', 'ahead'],
    ['55', '56', 'higher', '1', '1.81818181818181818182…', '1.82', 'ahead'],
    ['0.1', '0.3', 'higher', '0.2', '200', '200.00', 'ahead'],
    ['100', '100.00', 'higher', '0', '0', '0.00', 'on-target'],
  ] as const)('target %s, value %s (%s is better): deviation %s, rate %s %%', (target, value, direction, deviation, rate, rateShown, standing) => {
    expect(deviationOf({ target, value, direction })).toMatchObject({ deviation, rate, rateShown, standing });
  });

  it('keeps the exact rate as a fraction where it has no finite decimal form', () => {
    expect(deviationOf({ target: '55', value: '56' })?.rateFraction).toBe('20/11');
    expect(deviationOf({ target: '30', value: '24' })?.rateFraction).toBeUndefined();
  });

  it('gives no rate against a zero target, and nothing for a value that is no decimal', () => {
    expect(deviationOf({ target: '0', value: '2' })).toEqual({ deviation: '2', standing: 'ahead' });
    expect(deviationOf({ target: '30', value: 'n/a' })).toBeUndefined();
  });
});
