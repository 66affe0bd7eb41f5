import { toDecimal } from '../decimal/decimal';
import type { Label } from '../scheme/scheme.model';
import { compiledScheme } from '../scheme/valid-scheme';
import type { ValidScheme } from '../scheme/valid-scheme';

/** Why a rating cannot be recorded: the field concerned and the rule, zh-CN first. */
export type RatingProblem = Readonly<{ field: 'grade' | 'points'; code: 'unknown-level' | 'points-required' | 'out-of-range' | 'points-not-for-grade'; message: Label }>;

/**
 * Checks a rating before it is recorded (for the rating decider): the level exists in the
 * indicator's scale, and for a level given as a range (Qitai 良好 8–9) the points lie within it;
 * points with a level that is no range are refused ('points-not-for-grade').
 * Returns undefined when the rating is acceptable (or the indicator is not a rating indicator).
 */
export const checkRating = (
  input: Readonly<{ scheme: ValidScheme; categoryId: string; indicatorId: string; grade?: string; points?: string }>,
): RatingProblem | undefined => {
  const { model, plans } = compiledScheme(input.scheme);
  const leaf = plans.get(input.categoryId)?.leaves.get(input.indicatorId)?.[0];
  if (leaf === undefined || leaf.method.kind !== 'rating') return undefined;
  const scale = model.scales.get(leaf.method.scale);
  const given = input.grade ?? '';
  const level = scale?.levels.find((candidate) => candidate.id === given) ?? scale?.levels.find((candidate) => candidate.label['zh-CN'] === given);
  if (level === undefined) {
    return {
      field: 'grade',
      code: 'unknown-level',
      message: { 'zh-CN': `“${given}”不是等级表“${leaf.method.scale}”中的等级`, en: `"${given}" is not a level of scale "${leaf.method.scale}"` },
    };
  }
  if (input.points === undefined) return undefined;
  if (level.upTo === undefined) {
    return {
      field: 'points',
      code: 'points-not-for-grade',
      message: { 'zh-CN': `“${level.label['zh-CN']}”不是分值区间，只填等次`, en: `"${level.label.en}" is not given as a range of points: give the grade alone` },
    };
  }
  const points = toDecimal(input.points);
  const low = level.ratio.times(leaf.scale);
  const high = level.upTo.times(leaf.scale);
  if (points === undefined || points.lessThan(low) || points.greaterThan(high)) {
    return {
      field: 'points',
      code: 'out-of-range',
      message: {
        'zh-CN': `“${level.label['zh-CN']}”的分值须在 ${low.toString()}–${high.toString()} 之间，${input.points} 不在其内`,
        en: `points for "${level.label.en}" must be within ${low.toString()}–${high.toString()}; ${input.points} is not`,
      },
    };
  }
  return undefined;
};
