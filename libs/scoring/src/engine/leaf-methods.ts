import * as decimal from '../decimal/decimal';
import type { Dec } from '../decimal/decimal';
import type { ScoringWarning } from '../facts/effective-facts';
import type { DeductionApproved, RatingGiven, UnitIndicatorsAssigned } from '../facts/fact.types';
import { type UnitFacts, itemSlotKey } from '../facts/unit-facts';
import type { AdjustmentModel, LevelModel, MethodModel, RaterFilter, ScaleModel } from '../scheme/scheme.model';
import * as explanation from '../explanation/explain';
import type { PlanLeaf } from './plan';

// Read once when the module loads (see the note in decimal/rational.ts on per-file CommonJS).
const { HUNDRED, ONE, ZERO, clampRatio, formatExact, formatFixed, maxDec, toDecimal } = decimal;
const { NO_IDS, NO_INPUTS } = explanation;

export type LeafContext = Readonly<{
  unitId: string;
  unit: UnitFacts;
  scales: ReadonlyMap<string, ScaleModel>;
  deductionRules: AdjustmentModel | undefined;
  warn: (warning: ScoringWarning) => void;
  /**
   * False when no explanation is built: an outcome's `inputs` and `factIds` (read only by the
   * explanation) are left empty and their texts are not written; its value is the same.
   */
  explanations: boolean;
  /** Filled by the method of each leaf that has its input ({@link scored}): one record per unit instead of an outcome per leaf and unit. */
  outcome: ScoredOutcome;
}>;

/** What a method made of a leaf's facts: the points it earns (0…its maximum), or nothing yet. */
export type LeafOutcome = Readonly<{
  /** The points; the plan's own `max` instance at full marks and ZERO at none, so that callers can tell cheaply. */
  value: Dec;
  /** False when the input the method needs has not arrived (pending or missing). */
  present: boolean;
  /** True when some of the needed input arrived but not all (a weighted rater role is missing). */
  incomplete?: boolean;
  /** What the explanation shows of the inputs (empty without explanations). */
  inputs: Readonly<Record<string, string>>;
  /** The facts behind it (empty without explanations). */
  factIds: readonly string[];
}>;

/** The outcome record of a unit's leaves, read by the caller before the next leaf is evaluated. */
export type ScoredOutcome = { value: Dec; present: true; incomplete: boolean; inputs: Readonly<Record<string, string>>; factIds: readonly string[] };

/** A record for {@link LeafContext.outcome}. */
export const scoredOutcome = (): ScoredOutcome => ({ value: ZERO, present: true, incomplete: false, inputs: NO_INPUTS, factIds: NO_IDS });

/**
 * The outcome of a leaf that has its input, in the unit's record. Positional: called once per leaf
 * and unit, and an argument object is not always optimized away.
 */
const scored = (
  context: LeafContext,
  value: Dec,
  inputs: Readonly<Record<string, string>>,
  factIds: readonly string[],
  incomplete = false,
): LeafOutcome => {
  const { outcome } = context;
  outcome.value = value;
  outcome.incomplete = incomplete;
  outcome.inputs = inputs;
  outcome.factIds = factIds;
  return outcome;
};

const ABSENT: LeafOutcome = { value: ZERO, present: false, inputs: NO_INPUTS, factIds: NO_IDS };

/** An absent outcome that still names the fact it could not use. */
const absentWith = (context: LeafContext, factId: string): LeafOutcome => (context.explanations ? { ...ABSENT, factIds: [factId] } : ABSENT);

/** The points of a ratio of the leaf's maximum. */
const pointsOf = (leaf: PlanLeaf, ratio: Dec): Dec => (ratio === ONE ? leaf.max : ratio === ZERO ? ZERO : ratio.times(leaf.max));
const asPercent = (ratio: Dec): string => `${formatFixed(ratio.times(HUNDRED))}%`;

type Method<K extends MethodModel['kind']> = (
  leaf: PlanLeaf,
  method: Extract<MethodModel, { kind: K }>,
  context: LeafContext,
) => LeafOutcome;

const badValue = (context: LeafContext, fact: Readonly<{ id: string; unitId: string }>, value: string): void =>
  context.warn({
    code: 'bad-value',
    factId: fact.id,
    unitId: fact.unitId,
    message: { 'zh-CN': `“${value}”不是十进制数，按未报送处理`, en: `"${value}" is not a decimal; treated as not submitted` },
  });

/** The unit's own target (a TargetSet fact), if the office set one. */
const assignedTarget = (leaf: PlanLeaf, unit: UnitFacts): Readonly<{ value: Dec; text: string; factId: string }> | undefined => {
  if (unit.targets.size === 0) return undefined;
  const assigned = unit.targets.get(leaf.slot) ?? unit.targets.get(leaf.anySlot);
  const value = assigned === undefined ? undefined : toDecimal(assigned.value);
  return assigned === undefined || value === undefined ? undefined : { value, text: assigned.value, factId: assigned.id };
};

// With the scheme's target the plan holds max ÷ target and max × target, so a leaf costs one
// multiplication (higher is better) or one division (lower is better) instead of two operations.
// Positional: called once per leaf and unit, and an argument object is not always optimized away.
const proportionalPoints = (leaf: PlanLeaf, direction: 'higher' | 'lower', actual: Dec, target: Dec, fromPlan: boolean): Dec => {
  const planned = fromPlan ? leaf.target : undefined;
  if (direction === 'higher') {
    if (actual.greaterThanOrEqualTo(target)) return leaf.max;
    if (actual.isNeg() || actual.isZero() || target.isZero()) return ZERO;
    return planned === undefined ? pointsOf(leaf, clampRatio(actual.div(target))) : actual.times(planned.maxPerTarget);
  }
  if (actual.lessThanOrEqualTo(target)) return leaf.max;
  if (target.isNeg() || target.isZero()) return ZERO;
  return planned === undefined ? pointsOf(leaf, clampRatio(target.div(actual))) : planned.maxTimesTarget.div(actual);
};

/**
 * A leaf with the unit's own level-3 indicators (UnitIndicatorsAssigned): Σ weight × completion ÷
 * Σ weight of the leaf's points, each completion the item's value against its target (capped at
 * 100%; 'lower' items full at or under it). Items without a value count 0 and leave the leaf
 * incomplete; none at all leaves it absent (pending or missing).
 */
const unitItems = (leaf: PlanLeaf, assigned: UnitIndicatorsAssigned, context: LeafContext): LeafOutcome => {
  const { explanations } = context;
  const inputs: Record<string, string> = {};
  const factIds: string[] = explanations ? [assigned.id] : [];
  let weighted = ZERO;
  let weights = ZERO;
  let given = 0;
  for (const item of assigned.items) {
    const weight = toDecimal(item.weight) ?? ZERO;
    const target = toDecimal(item.target);
    weights = weights.plus(weight);
    const fact = context.unit.data.get(itemSlotKey(leaf.node.id, item.id, leaf.period));
    if (fact === undefined) {
      if (explanations) inputs[item.id] = `—/${item.target} ×${item.weight}`;
      continue;
    }
    if (explanations) factIds.push(fact.id);
    const actual = toDecimal(fact.value);
    if (actual === undefined) {
      badValue(context, fact, fact.value);
      continue;
    }
    given += 1;
    if (explanations) inputs[item.id] = `${fact.value}/${item.target} ×${item.weight}`;
    if (target === undefined) continue;
    const completion =
      item.direction === 'lower'
        ? actual.lessThanOrEqualTo(target)
          ? ONE
          : target.isNeg() || target.isZero()
            ? ZERO
            : clampRatio(target.div(actual))
        : actual.greaterThanOrEqualTo(target)
          ? ONE
          : actual.isNeg() || actual.isZero() || target.isZero()
            ? ZERO
            : clampRatio(actual.div(target));
    weighted = weighted.plus(weight.times(completion));
  }
  if (given === 0) return explanations ? { ...ABSENT, inputs, factIds } : ABSENT;
  const ratio = weights.isZero() ? ZERO : weighted.div(weights);
  if (explanations) inputs['completion'] = asPercent(ratio);
  return scored(context, pointsOf(leaf, ratio), explanations ? inputs : NO_INPUTS, explanations ? factIds : NO_IDS, given < assigned.items.length);
};

const proportional: Method<'proportional'> = (leaf, method, context) => {
  const items = context.unit.items.size === 0 ? undefined : context.unit.items.get(leaf.node.id);
  if (items !== undefined) return unitItems(leaf, items, context);
  const fact = context.unit.data.get(leaf.slot);
  if (fact === undefined) return ABSENT;
  const actual = toDecimal(fact.value);
  if (actual === undefined) {
    badValue(context, fact, fact.value);
    return absentWith(context, fact.id);
  }
  const assigned = assignedTarget(leaf, context.unit);
  const target = assigned ?? leaf.target;
  if (target === undefined) {
    context.warn({
      code: 'no-target',
      factId: fact.id,
      unitId: context.unitId,
      message: {
        'zh-CN': `指标“${leaf.node.id}”在“${leaf.period}”期没有目标值，计 0 分`,
        en: `indicator "${leaf.node.id}" has no target for "${leaf.period}"; scored 0`,
      },
    });
    if (!context.explanations) return scored(context, ZERO, NO_INPUTS, NO_IDS);
    return scored(context, ZERO, { actual: fact.value }, [fact.id]);
  }
  const value = proportionalPoints(leaf, method.direction, actual, target.value, assigned === undefined);
  if (!context.explanations) return scored(context, value, NO_INPUTS, NO_IDS);
  return scored(context, value, { actual: fact.value, target: target.text }, assigned === undefined ? [fact.id] : [fact.id, assigned.factId]);
};

const score: Method<'score'> = (leaf, method, context) => {
  const items = context.unit.items.get(leaf.node.id);
  if (items !== undefined) return unitItems(leaf, items, context);
  const fact = context.unit.data.get(leaf.slot);
  if (fact === undefined) return ABSENT;
  const value = toDecimal(fact.value);
  if (value === undefined) {
    badValue(context, fact, fact.value);
    return absentWith(context, fact.id);
  }
  const outOf = method.outOf ?? leaf.scale;
  if (value.isNeg() || value.greaterThan(outOf)) outOfRange(context, { id: fact.id, value: fact.value, outOf });
  const points = pointsOf(leaf, clampRatio(value.div(outOf)));
  if (!context.explanations) return scored(context, points, NO_INPUTS, NO_IDS);
  return scored(context, points, { score: fact.value, outOf: formatExact(outOf) }, [fact.id]);
};

const outOfRange = (context: LeafContext, input: Readonly<{ id: string; value: string; outOf: Dec }>): void =>
  context.warn({
    code: 'out-of-range',
    factId: input.id,
    unitId: context.unitId,
    message: {
      'zh-CN': `${input.value} 超出 0–${formatExact(input.outOf)}，按边界计`,
      en: `${input.value} is outside 0–${formatExact(input.outOf)}; counted at the bound`,
    },
  });

/** The ratings of the raters the leaf listens to. */
const ratingsFor = (leaf: PlanLeaf, raters: RaterFilter, unit: UnitFacts): readonly RatingGiven[] => {
  const byRater = unit.ratings.get(leaf.slot);
  if (byRater === undefined) return [];
  const roles = raters.roles;
  return [...byRater.values()]
    .filter((rating) => roles === undefined || roles.includes(rating.raterRole))
    .sort((a, b) => (a.raterId < b.raterId ? -1 : a.raterId > b.raterId ? 1 : 0));
};

/** One rater's ratio; `shown` (what the rater gave, in words) is written only for an explanation. */
type Rated = Readonly<{ role: string; ratio: Dec; shown: string; factId: string }>;

/** Average of the raters' ratios, or per role then weighted by role (Jiangsu: governor 40, vice 30, others 30). */
const combineRaters = (rated: readonly Rated[], raters: RaterFilter): Readonly<{ ratio: Dec; incomplete: boolean }> => {
  const average = (items: readonly Rated[]): Dec => {
    let total = ZERO;
    for (const item of items) total = total.plus(item.ratio);
    return total.div(items.length);
  };
  if (raters.raterWeights === undefined) return { ratio: average(rated), incomplete: false };
  let ratio = ZERO;
  let incomplete = false;
  for (const [role, weight] of raters.raterWeights) {
    const ofRole = rated.filter((item) => item.role === role);
    if (ofRole.length === 0) incomplete = true;
    else ratio = ratio.plus(average(ofRole).times(weight).div(HUNDRED));
  }
  return { ratio, incomplete };
};

const raterOutcome = (leaf: PlanLeaf, rated: readonly Rated[], raters: RaterFilter, context: LeafContext): LeafOutcome => {
  if (rated.length === 0) return ABSENT;
  const { ratio, incomplete } = combineRaters(rated, raters);
  if (!context.explanations) return scored(context, pointsOf(leaf, ratio), NO_INPUTS, NO_IDS, incomplete);
  return scored(
    context,
    pointsOf(leaf, ratio),
    { raters: String(rated.length), given: rated.map((item) => item.shown).join(', '), average: asPercent(ratio) },
    rated.map((item) => item.factId),
    incomplete,
  );
};

const levelOf = (scale: ScaleModel | undefined, given: string): LevelModel | undefined =>
  scale?.levels.find((level) => level.id === given) ?? scale?.levels.find((level) => level.label['zh-CN'] === given);

const unknownLevel = (context: LeafContext, input: Readonly<{ id: string; given: string; scale: string }>): void =>
  context.warn({
    code: 'unknown-level',
    factId: input.id,
    unitId: context.unitId,
    message: {
      'zh-CN': `“${input.given}”不是等级表“${input.scale}”中的等级，已忽略`,
      en: `"${input.given}" is not a level of scale "${input.scale}"; ignored`,
    },
  });

const rating: Method<'rating'> = (leaf, method, context) => {
  const scale = context.scales.get(method.scale);
  const rated = ratingsFor(leaf, method.raters, context.unit).flatMap((fact): Rated[] => {
    const level = levelOf(scale, fact.grade ?? '');
    if (level === undefined) {
      unknownLevel(context, { id: fact.id, given: fact.grade ?? '', scale: method.scale });
      return [];
    }
    if (level.upTo === undefined) return [{ role: fact.raterRole, ratio: level.ratio, shown: level.label['zh-CN'], factId: fact.id }];
    const picked = rangeRatio(leaf, { level, upTo: level.upTo }, fact, context);
    return [{ role: fact.raterRole, ratio: picked.ratio, shown: context.explanations ? `${level.label['zh-CN']} ${picked.shown}` : '', factId: fact.id }];
  });
  return raterOutcome(leaf, rated, method.raters, context);
};

/**
 * A level given as a range (Qitai 良好 8–9 of 10): the rater's points on the indicator's own scale
 * pick the ratio; outside the range they count at its bound (and a warning says so); without
 * points, the middle of the range counts.
 */
const rangeRatio = (
  leaf: PlanLeaf,
  range: Readonly<{ level: LevelModel; upTo: Dec }>,
  fact: RatingGiven,
  context: LeafContext,
): Readonly<{ ratio: Dec; shown: string }> => {
  const { level, upTo } = range;
  const given = fact.points === undefined ? undefined : toDecimal(fact.points);
  if (given === undefined) {
    const middle = level.ratio.plus(upTo).div(2);
    return { ratio: middle, shown: context.explanations ? formatExact(middle.times(leaf.scale)) : '' };
  }
  const ratio = given.div(leaf.scale);
  if (ratio.lessThan(level.ratio) || ratio.greaterThan(upTo)) {
    context.warn({
      code: 'out-of-range',
      factId: fact.id,
      unitId: context.unitId,
      message: {
        'zh-CN': `${fact.points ?? ''} 不在“${level.label['zh-CN']}”的区间 ${formatExact(level.ratio.times(leaf.scale))}–${formatExact(upTo.times(leaf.scale))} 内，按边界计`,
        en: `${fact.points ?? ''} is outside the range of "${level.label.en}", ${formatExact(level.ratio.times(leaf.scale))}–${formatExact(upTo.times(leaf.scale))}; counted at the bound`,
      },
    });
  }
  const bounded = ratio.lessThan(level.ratio) ? level.ratio : ratio.greaterThan(upTo) ? upTo : ratio;
  return { ratio: bounded, shown: context.explanations ? formatExact(bounded.times(leaf.scale)) : '' };
};

const points: Method<'points'> = (leaf, method, context) => {
  const outOf = method.outOf ?? leaf.scale;
  const rated = ratingsFor(leaf, method.raters, context.unit).flatMap((fact): Rated[] => {
    const given = toDecimal(fact.points ?? '');
    if (given === undefined) {
      badValue(context, fact, fact.points ?? '');
      return [];
    }
    if (given.isNeg() || given.greaterThan(outOf)) outOfRange(context, { id: fact.id, value: fact.points ?? '', outOf });
    return [{ role: fact.raterRole, ratio: clampRatio(given.div(outOf)), shown: context.explanations ? formatExact(given) : '', factId: fact.id }];
  });
  return raterOutcome(leaf, rated, method.raters, context);
};

const surveyShare = (
  counts: Readonly<Record<string, string>>,
  input: Readonly<{ scale: ScaleModel | undefined; scaleId: string; context: LeafContext; factId: string }>,
): Readonly<{ ratio: Dec; respondents: Dec }> | undefined => {
  let weighted = ZERO;
  let respondents = ZERO;
  for (const [given, text] of Object.entries(counts)) {
    const level = levelOf(input.scale, given);
    const count = toDecimal(text);
    if (level === undefined) {
      unknownLevel(input.context, { id: input.factId, given, scale: input.scaleId });
      continue;
    }
    if (count === undefined || count.isNeg()) {
      badValue(input.context, { id: input.factId, unitId: input.context.unitId }, String(text));
      continue;
    }
    weighted = weighted.plus(count.times(level.ratio));
    respondents = respondents.plus(count);
  }
  return respondents.isZero() ? undefined : { ratio: weighted.div(respondents), respondents };
};

const tierRatio = (rate: Dec, method: Extract<MethodModel, { kind: 'survey' }>): Dec => {
  if (method.tiers.length === 0) return clampRatio(rate);
  return method.tiers.find((tier) => rate.greaterThanOrEqualTo(tier.min))?.ratio ?? ZERO;
};

const survey: Method<'survey'> = (leaf, method, context) => {
  const fact = context.unit.surveys.get(leaf.slot);
  if (fact === undefined) return ABSENT;
  let rate: Dec | undefined;
  const inputs: Record<string, string> = {};
  if (fact.counts !== undefined) {
    const scaleId = method.scale ?? '';
    const share = surveyShare(fact.counts, { scale: context.scales.get(scaleId), scaleId, context, factId: fact.id });
    if (share !== undefined) {
      rate = share.ratio;
      if (context.explanations) {
        inputs['respondents'] = formatExact(share.respondents);
        inputs['counts'] = Object.entries(fact.counts)
          .map(([level, count]) => `${levelOf(context.scales.get(scaleId), level)?.label['zh-CN'] ?? level} ${count}`)
          .join(', ');
      }
      const sample = fact.sampleSize === undefined ? undefined : toDecimal(fact.sampleSize);
      if (sample !== undefined && !sample.equals(share.respondents)) sampleMismatch(context, { id: fact.id, sample, respondents: share.respondents });
    }
  } else if (fact.rate !== undefined) {
    const given = toDecimal(fact.rate);
    if (given === undefined) badValue(context, fact, fact.rate);
    else {
      rate = given.div(HUNDRED);
      if (context.explanations) inputs['rate'] = `${fact.rate}%`;
    }
  }
  if (rate === undefined) return absentWith(context, fact.id);
  const ratio = tierRatio(rate, method);
  if (!context.explanations) return scored(context, pointsOf(leaf, ratio), NO_INPUTS, NO_IDS);
  return scored(context, pointsOf(leaf, ratio), { ...inputs, satisfaction: asPercent(rate), earned: asPercent(ratio) }, [fact.id]);
};

const sampleMismatch = (context: LeafContext, input: Readonly<{ id: string; sample: Dec; respondents: Dec }>): void =>
  context.warn({
    code: 'sample-size',
    factId: input.id,
    unitId: context.unitId,
    message: {
      'zh-CN': `样本量 ${formatExact(input.sample)} 与各等级人数之和 ${formatExact(input.respondents)} 不符，按人数之和计`,
      en: `sample size ${formatExact(input.sample)} differs from the counts' sum ${formatExact(input.respondents)}; the sum is used`,
    },
  });

/** Points of one approved deduction or bonus: its amount, else the rule's points per item or person. */
export const amountOf = (
  fact: Readonly<{ id: string; unitId: string; amount?: string; count?: string; persons?: string }>,
  rule: Readonly<{ points: Dec | undefined; per: 'item' | 'person' }> | undefined,
  warn: (warning: ScoringWarning) => void,
): Dec => {
  const amount = fact.amount === undefined ? undefined : toDecimal(fact.amount);
  if (amount !== undefined) return amount;
  const times = toDecimal((rule?.per === 'person' ? fact.persons ?? fact.count : fact.count) ?? '1') ?? ONE;
  if (rule?.points !== undefined) return rule.points.times(times);
  warn({
    code: 'no-amount',
    factId: fact.id,
    unitId: fact.unitId,
    message: { 'zh-CN': `${fact.id} 没有分值，计 0`, en: `${fact.id} has no amount; counted as 0` },
  });
  return ZERO;
};

const deduction: Method<'deduction'> = (leaf, method, context) => {
  const findings: readonly DeductionApproved[] = context.unit.findings.get(leaf.slot) ?? [];
  const outOf = method.outOf ?? leaf.scale;
  let deducted = ZERO;
  for (const finding of findings) {
    const rule = context.deductionRules?.rules.find((candidate) => candidate.id === finding.ruleId);
    deducted = deducted.plus(amountOf(finding, rule, context.warn));
  }
  // Jiangsu art. 15: supervision findings deduct until zero (扣满10分为止).
  const left = maxDec(ZERO, outOf.minus(deducted));
  const value = pointsOf(leaf, clampRatio(left.div(outOf)));
  if (!context.explanations) return scored(context, value, NO_INPUTS, NO_IDS);
  return scored(context, value, { fullMarks: formatExact(outOf), deducted: formatExact(deducted), findings: String(findings.length) }, findings.map((finding) => finding.id));
};

/** Applies the leaf's method to the unit's facts. */
export const evaluateMethod = (leaf: PlanLeaf, context: LeafContext): LeafOutcome => {
  const method = leaf.method;
  switch (method.kind) {
    case 'proportional':
      return proportional(leaf, method, context);
    case 'rating':
      return rating(leaf, method, context);
    case 'points':
      return points(leaf, method, context);
    case 'score':
      return score(leaf, method, context);
    case 'survey':
      return survey(leaf, method, context);
    case 'deduction':
      return deduction(leaf, method, context);
    default: {
      const unhandled: never = method;
      return unhandled;
    }
  }
};
