import { HUNDRED, exactTexts, formatFixed, toDecimal } from '../decimal/decimal';

/**
 * How far a tracking round's value is from its target (S9 绩效跟踪, 偏差分析): exact decimals as
 * strings. `deviation` = value − target; `rate` = deviation ÷ target × 100 (in %, absent for a
 * zero target), 20 decimals and "…" where it has no finite form, the exact value in `rateFraction`;
 * `rateShown` rounded half up to 2 decimals. `standing` reads the deviation in the indicator's
 * direction: a cost over its target is behind, an output over its target is ahead.
 */
export type Deviation = Readonly<{
  deviation: string;
  rate?: string;
  rateFraction?: string;
  rateShown?: string;
  standing: 'ahead' | 'on-target' | 'behind';
}>;

/** The deviation of `value` from `target` (decimal strings); undefined when either is no decimal. */
export const deviationOf = (input: Readonly<{ target: string; value: string; direction?: 'higher' | 'lower' }>): Deviation | undefined => {
  const target = toDecimal(input.target);
  const value = toDecimal(input.value);
  if (target === undefined || value === undefined) return undefined;
  const deviation = value.minus(target);
  const sign = deviation.isZero() ? 0 : deviation.isNeg() ? -1 : 1;
  const better = input.direction === 'lower' ? -sign : sign;
  const standing = better === 0 ? 'on-target' : better > 0 ? 'ahead' : 'behind';
  if (target.isZero()) return { deviation: exactTexts(deviation).text, standing };
  const rate = deviation.div(target).times(HUNDRED);
  const texts = exactTexts(rate);
  return {
    deviation: exactTexts(deviation).text,
    rate: texts.text,
    ...(texts.fraction === undefined ? {} : { rateFraction: texts.fraction }),
    rateShown: formatFixed(rate),
    standing,
  };
};
