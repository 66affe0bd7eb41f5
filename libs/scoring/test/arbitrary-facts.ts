import type { AdjustmentDocument, CategoryDocument, Fact, MethodDocument, NodeDocument, SchemeDocument } from '@kaoping/scoring';
import Decimal from 'decimal.js';
import fc from 'fast-check';

// fast-check arbitraries of facts for any scheme document: one plausible fact per leaf and period,
// some bonuses, deductions and vetoes. Values are decimals written as strings.

export type LeafInfo = Readonly<{ id: string; method: MethodDocument; period: string; outOf: Decimal }>;

const decimal = (value: string | number | undefined, fallback: Decimal): Decimal => (value === undefined ? fallback : new Decimal(value));

/** Every leaf of a category with each period it is evaluated in, as the engine plans it. */
export const leavesOf = (scheme: SchemeDocument, category: CategoryDocument): readonly LeafInfo[] => {
  const defaultPeriod = scheme.periods[scheme.periods.length - 1]?.id ?? '';
  const walk = (node: NodeDocument, inherited: string): LeafInfo[] => {
    const pinned = node.period ?? inherited;
    const periods = node.periods === undefined ? [pinned] : node.periods.map((share) => share.period);
    const scale = decimal(node.scale, decimal(node.points, new Decimal(100)));
    return periods.flatMap((period) => {
      const method = node.method;
      if (method === undefined) return (node.children ?? []).flatMap((child) => walk(child, period));
      const outOf = 'outOf' in method && method.outOf !== undefined ? new Decimal(method.outOf) : scale;
      return [{ id: node.id, method, period, outOf }];
    });
  };
  // A leaf pinned to one period inside a period combination (graded once a year) is planned once
  // per share, but it is one slot: one fact.
  const seen = new Set<string>();
  return category.parts
    .flatMap((part) => walk(part, defaultPeriod))
    .filter((leaf) => {
      const key = `${leaf.id}@${leaf.period}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
};

const share = (outOf: Decimal, percent: number): string => outOf.times(percent).div(100).toString();

const leafFact = (scheme: SchemeDocument, leaf: LeafInfo, unitId: string): fc.Arbitrary<readonly Fact[]> => {
  const base = { unitId, indicatorId: leaf.id, period: leaf.period };
  const id = `${unitId}-${leaf.id}-${leaf.period}`;
  const method = leaf.method;
  switch (method.kind) {
    case 'proportional': {
      const target = method.target === undefined ? undefined : typeof method.target === 'object' ? method.target[leaf.period] : method.target;
      const targetValue = target === undefined ? new Decimal(50) : new Decimal(target);
      const targetFact: readonly Fact[] = target === undefined ? [{ type: 'TargetSet', id: `${id}-target`, ...base, value: '50' }] : [];
      return fc.integer({ min: 0, max: 200 }).map((percent) => [{ type: 'DataSubmitted', id, ...base, value: share(targetValue, percent) }, ...targetFact]);
    }
    case 'score':
      return fc.integer({ min: 0, max: 100 }).map((percent) => [{ type: 'DataSubmitted', id, ...base, value: share(leaf.outOf, percent) }]);
    case 'points': {
      const roles = method.roles ?? Object.keys(method.raterWeights ?? { rater: 100 });
      return fc
        .array(fc.tuple(fc.constantFrom(...roles), fc.integer({ min: 0, max: 100 })), { minLength: 1, maxLength: 3 })
        .map((ratings) => ratings.map(([raterRole, percent], index): Fact => ({ type: 'RatingGiven', id: `${id}-${index}`, ...base, raterId: `rater-${index}`, raterRole, points: share(leaf.outOf, percent) })));
    }
    case 'rating': {
      const roles = method.roles ?? Object.keys(method.raterWeights ?? { rater: 100 });
      const levels = (scheme.scales?.[method.scale]?.levels ?? []).map((level) => level.id);
      return fc
        .array(fc.tuple(fc.constantFrom(...roles), fc.constantFrom(...levels)), { minLength: 1, maxLength: 3 })
        .map((ratings) => ratings.map(([raterRole, grade], index): Fact => ({ type: 'RatingGiven', id: `${id}-${index}`, ...base, raterId: `rater-${index}`, raterRole, grade })));
    }
    case 'survey': {
      const levels = method.scale === undefined ? [] : (scheme.scales?.[method.scale]?.levels ?? []).map((level) => level.id);
      if (levels.length === 0) return fc.integer({ min: 0, max: 100 }).map((rate) => [{ type: 'SurveyRecorded', id, ...base, rate: String(rate) }]);
      return fc
        .array(fc.integer({ min: 0, max: 300 }), { minLength: levels.length, maxLength: levels.length })
        .filter((counts) => counts.some((count) => count > 0))
        .map((counts) => [{ type: 'SurveyRecorded', id, ...base, counts: Object.fromEntries(levels.map((level, index) => [level, String(counts[index] ?? 0)])) }]);
    }
    case 'deduction':
      return fc
        .array(fc.integer({ min: 0, max: 500 }), { maxLength: 3 })
        .map((amounts) => amounts.map((amount, index): Fact => ({ type: 'DeductionApproved', id: `${id}-${index}`, ...base, amount: new Decimal(amount).div(100).toString() })));
    default: {
      const unhandled: never = method;
      return unhandled;
    }
  }
};

const adjustmentFacts = (
  input: Readonly<{ kind: 'BonusApproved' | 'DeductionApproved'; adjustment: AdjustmentDocument | undefined; sources: readonly string[]; unitId: string }>,
): fc.Arbitrary<readonly Fact[]> => {
  const rules = input.adjustment?.rules ?? [];
  if (rules.length === 0) return fc.constant([]);
  return fc
    .array(fc.tuple(fc.constantFrom(...rules), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 500 }), fc.option(fc.constantFrom(...input.sources, 'unlisted'))), { maxLength: 4 })
    .map((items) =>
      items.map(([rule, count, hundredths, source], index): Fact => {
        const amount = rule.points === undefined ? { amount: new Decimal(hundredths).div(100).toString() } : { count: String(count) };
        const common = { id: `${input.unitId}-${input.kind}-${index}`, unitId: input.unitId, ruleId: rule.id, ...amount, ...(source === null ? {} : { source }) };
        return input.kind === 'BonusApproved' ? { type: 'BonusApproved', ...common } : { type: 'DeductionApproved', ...common };
      }),
    );
};

/** Facts for one unit of a category: its leaves, bonuses, deductions, maybe a veto. */
export const unitFacts = (scheme: SchemeDocument, category: CategoryDocument, unitId: string): fc.Arbitrary<readonly Fact[]> => {
  const sources = (scheme.sources ?? []).map((source) => source.id);
  const vetoes = (category.vetoes ?? []).map((veto) => veto.id);
  return fc
    .tuple(
      fc.tuple(...leavesOf(scheme, category).map((leaf) => fc.option(leafFact(scheme, leaf, unitId), { freq: 8 }))),
      adjustmentFacts({ kind: 'BonusApproved', adjustment: category.bonuses, sources, unitId }),
      adjustmentFacts({ kind: 'DeductionApproved', adjustment: category.deductions, sources, unitId }),
      vetoes.length === 0 ? fc.constant(null) : fc.option(fc.constantFrom(...vetoes), { freq: 6 }),
      fc.array(fc.constantFrom(...scheme.periods.map((period) => period.id)), { maxLength: scheme.periods.length }),
    )
    .map(([leaves, bonuses, deductions, veto, signed]) => [
      ...leaves.flatMap((facts) => facts ?? []),
      ...bonuses,
      ...deductions,
      ...(veto === null ? [] : [{ type: 'VetoConfirmed' as const, id: `${unitId}-veto`, unitId, vetoId: veto }]),
      ...[...new Set(signed)].map((period): Fact => ({ type: 'PeriodSignedOff', id: `${unitId}-signed-${period}`, unitId, period, signerId: 'group-leader' })),
    ]);
};

/** Facts for 1–`maxUnits` units of a category. */
export const categoryFacts = (scheme: SchemeDocument, category: CategoryDocument, maxUnits = 6): fc.Arbitrary<readonly Fact[]> =>
  fc
    .integer({ min: 1, max: maxUnits })
    .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => unitFacts(scheme, category, `unit-${index + 1}`))))
    .map((units) => units.flat());
