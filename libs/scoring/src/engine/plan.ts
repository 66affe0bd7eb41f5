import { type Dec, HUNDRED, ONE, ZERO, formatExact, formatFixed, fractionOf as exactFraction, wholeCount } from '../decimal/decimal';
import { ANY_PERIOD, slotKey } from '../facts/unit-facts';
import { ownScale } from '../scheme/own-scale';
import type { CategoryModel, Label, MethodModel, NodeModel, SchemeModel, Share, TargetModel } from '../scheme/scheme.model';
import type { DeadlineKind } from '../scheme/scheme.types';
import { type RuleNames, methodRule, periodRule, sumRule } from '../explanation/rule-text';

/** A leaf indicator evaluated in one period, with the points it is worth in the total. */
export type PlanLeaf = Readonly<{
  kind: 'leaf';
  node: NodeModel;
  method: MethodModel;
  period: string;
  max: Dec;
  maxText: string;
  /** `max` as "n/d" when it has no finite decimal form. */
  maxFraction: string | undefined;
  /** The indicator's own full marks, for showing its score ("88.32 of 100"). */
  scale: Dec;
  scaleText: string;
  /** Keys of the leaf's slot in a unit's facts: this period, and any period (targets). */
  slot: string;
  anySlot: string;
  /** The scheme's target for this period (proportional leaves), with max ÷ target and max × target. */
  target: Readonly<{ value: Dec; text: string; maxPerTarget: Dec; maxTimesTarget: Dec }> | undefined;
  /** scale ÷ max, to show a value on the leaf's own scale; undefined when that shows nothing new. */
  scaleOverMax: Dec | undefined;
  /** Full marks shown to 2 decimals, and on the own scale: for the many leaves at full marks. */
  full: Readonly<{ shown: string; score: Readonly<{ value: string; outOf: string }> | undefined }>;
  /** The score at zero on the own scale ("0.00" of it), when `scaleOverMax` is set. */
  zeroScore: Readonly<{ value: string; outOf: string }> | undefined;
  /**
   * Scores on the own scale already written, by their value in hundredths (0.00 up to the scale,
   * at most {@link SHARED_SCORES}): the units' explanations share them instead of holding one
   * object per leaf. Empty until the first explanation of the leaf needs it (a province scheme has
   * tens of thousands of leaves, and a plan compiled for numbers alone never does), then
   * `scoreSlots` long.
   */
  scores: (Readonly<{ value: string; outOf: string }> | undefined)[];
  scoreSlots: number;
  deadlineId: string | undefined;
  /** The period's results count once signed off (怀来's monthly scheme). */
  signOff: boolean;
  rule: Label;
}>;

/** Score texts shared per leaf: 0.00 to 5.11 on its own scale (a scale of 1000 would have 100,001). */
const SHARED_SCORES = 512;

/** A node (part, indicator group, or one period of a combination) summing its children. */
export type PlanGroup = Readonly<{
  kind: 'part' | 'node' | 'period';
  node: NodeModel;
  period: string;
  max: Dec;
  maxText: string;
  scale: Dec;
  scaleText: string;
  rule: Label;
  children: readonly PlanNode[];
}>;
export type PlanNode = PlanLeaf | PlanGroup;

export type CategoryPlan = Readonly<{
  category: CategoryModel;
  parts: readonly PlanGroup[];
  /** Leaves by indicator id (one per period they are evaluated in). */
  leaves: ReadonlyMap<string, readonly PlanLeaf[]>;
  /** Every leaf's slot keys (its period's and any period's), by indicator id and period: one string per slot. */
  slots: ReadonlyMap<string, ReadonlyMap<string, string>>;
  defaultPeriod: string;
}>;

const fractionOf = (share: Share | undefined, whole: Dec): Readonly<{ times: Dec; div: Dec }> => {
  if (share === undefined) return { times: ONE, div: ONE };
  return share.kind === 'weight' ? { times: share.value, div: HUNDRED } : { times: share.value, div: whole };
};

// Multiply before dividing so that 90 × 30 / 90 stays exactly 30. Maxima are kept in lowest terms:
// every unit's leaf values are computed from them, and small denominators keep those in 32-bit
// integers (the same values either way).
const scaled = (max: Dec, fraction: Readonly<{ times: Dec; div: Dec }>): Dec => max.times(fraction.times).div(fraction.div).reduced();

const schemeTarget = (target: TargetModel, period: string): Dec | undefined =>
  target.kind === 'single' ? target.value : target.kind === 'per-period' ? target.values.get(period) : undefined;

const deadlineKindOf = (method: MethodModel): DeadlineKind | undefined => {
  switch (method.kind) {
    case 'proportional':
    case 'score':
      return 'data';
    case 'rating':
    case 'points':
      return 'rating';
    case 'survey':
      return 'survey';
    case 'deduction':
      return undefined;
    default: {
      const unhandled: never = method;
      return unhandled;
    }
  }
};

/** Compiles a category's parts and trees into leaves with their maxima, once per scheme. */
export const compileCategoryPlan = (scheme: SchemeModel, category: CategoryModel): CategoryPlan => {
  const defaultPeriod = scheme.periods[scheme.periods.length - 1]?.id ?? '';
  const leaves = new Map<string, PlanLeaf[]>();
  const slots = new Map<string, Map<string, string>>();
  const slotFor = (id: string, period: string): string => {
    const byPeriod = slots.get(id) ?? new Map<string, string>();
    slots.set(id, byPeriod);
    const known = byPeriod.get(period);
    if (known !== undefined) return known;
    const key = slotKey(id, period);
    byPeriod.set(period, key);
    return key;
  };
  const periodLabels = new Map(scheme.periods.map((period) => [period.id, period.label]));
  const signOffPeriods = new Set(scheme.periods.filter((period) => period.signOff).map((period) => period.id));
  const ruleNames: RuleNames = {
    raterRole: (id) => scheme.raterRoles.get(id)?.label ?? { 'zh-CN': id, en: id },
    category: (id) => scheme.categories.find((candidate) => candidate.id === id)?.label ?? { 'zh-CN': id, en: id },
  };
  const deadlineFor = (node: NodeModel, method: MethodModel, period: string): string | undefined => {
    if (node.deadline !== undefined) return node.deadline;
    const kind = deadlineKindOf(method);
    if (kind === undefined) return undefined;
    const candidates = scheme.calendar.deadlines.filter((deadline) => deadline.kind === kind);
    return (candidates.find((deadline) => deadline.period === period) ?? candidates.find((deadline) => deadline.period === undefined))?.id;
  };

  const leaf = (node: NodeModel, method: MethodModel, place: Readonly<{ max: Dec; period: string }>): PlanLeaf => {
    const scale = ownScale(node);
    const target = method.kind === 'proportional' ? schemeTarget(method.target, place.period) : undefined;
    const showsScore = !place.max.isZero() && !place.max.equals(scale);
    const planned: PlanLeaf = {
      kind: 'leaf',
      node,
      method,
      period: place.period,
      max: place.max,
      maxText: formatExact(place.max),
      maxFraction: exactFraction(place.max),
      scale,
      scaleText: formatExact(scale),
      slot: slotFor(node.id, place.period),
      anySlot: slotFor(node.id, ANY_PERIOD),
      target:
        target === undefined
          ? undefined
          : {
              value: target,
              text: formatExact(target),
              maxPerTarget: target.isZero() ? ZERO : place.max.div(target).reduced(),
              maxTimesTarget: place.max.times(target).reduced(),
            },
      scaleOverMax: showsScore ? scale.div(place.max).reduced() : undefined,
      full: {
        shown: formatFixed(place.max),
        score: showsScore ? { value: formatFixed(scale), outOf: formatExact(scale) } : undefined,
      },
      zeroScore: showsScore ? { value: '0.00', outOf: formatExact(scale) } : undefined,
      scores: [],
      scoreSlots: showsScore ? Math.min(SHARED_SCORES, wholeCount(scale.times(HUNDRED)) + 1) : 0,
      deadlineId: deadlineFor(node, method, place.period),
      signOff: signOffPeriods.has(place.period),
      rule: methodRule(method, ruleNames),
    };
    leaves.set(node.id, [...(leaves.get(node.id) ?? []), planned]);
    return planned;
  };

  /** What sits under a node in one period: its leaf, or its children. */
  const inside = (node: NodeModel, place: Readonly<{ max: Dec; period: string }>): readonly PlanNode[] =>
    node.method !== undefined
      ? [leaf(node, node.method, place)]
      : node.children.map((child) =>
          build(child, { max: scaled(place.max, fractionOf(child.share, ownScale(node))), period: place.period }),
        );

  const group = (
    kind: PlanGroup['kind'],
    node: NodeModel,
    place: Readonly<{ max: Dec; period: string }>,
    children: readonly PlanNode[],
  ): PlanGroup => ({
    kind,
    node,
    period: place.period,
    max: place.max,
    maxText: formatExact(place.max),
    scale: ownScale(node),
    scaleText: formatExact(ownScale(node)),
    rule: kind === 'period' ? periodRule(periodLabels.get(place.period) ?? { 'zh-CN': place.period, en: place.period }) : sumRule(),
    children,
  });

  /** A node where it sits: pinned to its period, or combined over its periods. */
  const build = (node: NodeModel, place: Readonly<{ max: Dec; period: string }>, kind: 'part' | 'node' = 'node'): PlanNode => {
    const period = node.period ?? place.period;
    const shares = node.periods;
    if (shares === undefined) {
      const children = inside(node, { max: place.max, period });
      const only = children[0];
      return kind === 'node' && node.method !== undefined && only !== undefined ? only : group(kind, node, { max: place.max, period }, children);
    }
    const averaged = shares.every((share) => share.share === undefined);
    return group(
      kind,
      node,
      { max: place.max, period },
      shares.map((share) => {
        const max = averaged ? place.max.div(shares.length).reduced() : scaled(place.max, fractionOf(share.share, ownScale(node)));
        return group('period', node, { max, period: share.period }, inside(node, { max, period: share.period }));
      }),
    );
  };

  const parts = category.parts.map((part) => {
    const planned = build(part, { max: scaled(category.total, fractionOf(part.share, category.total)), period: defaultPeriod }, 'part');
    return planned.kind === 'leaf' ? group('part', part, { max: planned.max, period: planned.period }, [planned]) : planned;
  });
  return { category, parts, leaves, slots, defaultPeriod };
};
