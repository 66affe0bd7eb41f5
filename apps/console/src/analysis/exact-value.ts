import Decimal from 'decimal.js';
import type { PartScore } from '../common/parts';

// Apart from common/parts.ts: the ranking shows parts as the API writes them and loads no decimal.js.

/** The part's value for arithmetic: its exact fraction when it has one, else its (finite) decimal text. */
export const exactValueOf = (part: PartScore): Decimal => {
  const [numerator, denominator] = (part.fraction ?? '').split('/');
  if (numerator !== undefined && denominator !== undefined && numerator !== '' && denominator !== '') return new Decimal(numerator).div(denominator);
  return new Decimal(part.value.replace(/…$/, ''));
};
