import {
  type CategoryResult,
  EXPLANATION_NOT_KEPT,
  type Fact,
  type NodeDocument,
  type SchemeDocument,
  type ScoredUnits,
  type ScoreUnitsInput,
  type ValidScheme,
  parseScheme,
  rankScoredUnits,
  scoreCategory,
  scoreUnitsOfCategory,
  withoutExplanation,
} from '@kaoping/scoring';
import fc from 'fast-check';
import { categoryFacts } from './arbitrary-facts';
import { SEED_SCHEME_FILES, loadFacts, loadScheme, schemeDocument } from './scheme-files';

// Live scores keep numbers and explain a unit on demand: they score with `explanations: false`.
// Scored so, a unit has the same numbers as scored with its explanation (total, exact total, parts,
// bonus, deduction, warnings, flags, ranks, grades, results use), and each explanation field is the
// one shared EXPLANATION_NOT_KEPT node: no tree is built.

const RUNS = { numRuns: 12, seed: 20261201 } as const;

/** A category's result without its units' explanations: what the numbers say. */
const numbersOf = (result: CategoryResult): unknown =>
  JSON.parse(JSON.stringify({ ...result, units: result.units.map(({ explanation: _explanation, ...unit }) => unit) }));

const scoredNumbers = (scored: ScoredUnits): unknown =>
  scored.units.map(({ unitId, warnings, selfContained, factsAfterAsOf }) => ({ unitId, warnings, selfContained, factsAfterAsOf }));

const expectNotExplained = (scored: ScoredUnits): void => {
  for (const unit of scored.units) {
    const { score } = unit;
    expect(score.explanation).toBe(EXPLANATION_NOT_KEPT);
    for (const part of score.parts) expect(part.explanation).toBe(EXPLANATION_NOT_KEPT);
    expect(score.bonus.explanation).toBe(EXPLANATION_NOT_KEPT);
    expect(score.deduction.explanation).toBe(EXPLANATION_NOT_KEPT);
    expect(withoutExplanation(unit)).toBe(unit);
  }
};

/** Scores the units with and without explanations, ranks both, and checks they say the same. */
const expectSameNumbers = (input: ScoreUnitsInput): CategoryResult => {
  const explained = scoreUnitsOfCategory(input);
  const bare = scoreUnitsOfCategory({ ...input, explanations: false });
  expect(bare.clockKey).toBe(explained.clockKey);
  expect(bare.warnings).toEqual(explained.warnings);
  expect(scoredNumbers(bare)).toEqual(scoredNumbers(explained));
  expectNotExplained(bare);
  const rank = (scored: ScoredUnits): CategoryResult =>
    rankScoredUnits({
      scheme: input.scheme,
      categoryId: input.categoryId,
      units: scored.units,
      warnings: scored.warnings,
      ...(input.asOf === undefined ? {} : { asOf: input.asOf }),
      ...(input.previous === undefined ? {} : { previous: input.previous }),
    });
  const withTrees = rank(explained);
  const withoutTrees = rank(bare);
  expect(numbersOf(withoutTrees)).toEqual(numbersOf(withTrees));
  for (const unit of withoutTrees.units) expect(unit.explanation).toBe(EXPLANATION_NOT_KEPT);
  // With explanations, it is what scoring the whole category gives (trees included).
  expect(withTrees).toEqual(scoreCategory(input));
  return withoutTrees;
};

describe.each(SEED_SCHEME_FILES.map((file) => [file]))('seed scheme %s scored without explanations', (file) => {
  const document = schemeDocument(file) as SchemeDocument;
  const scheme = loadScheme(file);

  it.each(document.categories.map((category) => [category.id, category]))('category %s: the same numbers, no tree', (categoryId, category) => {
    fc.assert(
      fc.property(
        categoryFacts(document, category, 8),
        fc.constantFrom(undefined, `${document.cycle ?? 2026}-03-31T12:00:00.000Z`, `${(document.cycle ?? 2026) + 1}-12-31T12:00:00.000Z`),
        (facts, asOf) => {
          const units = [...new Set(facts.map((fact) => fact.unitId))].sort().map((id) => ({ id, name: `名 ${id}` }));
          expectSameNumbers({ scheme, categoryId, units, facts, ...(asOf === undefined ? {} : { asOf }) });
        },
      ),
      RUNS,
    );
  });
});

const EXAMPLE_FACTS = [
  'w1-sichuan-department.facts.yaml',
  'w2-jiangsu-department.facts.yaml',
  'w3-zhengding-townships.facts.yaml',
  'w4-city-organs.facts.yaml',
  'w5-shanghang-township.facts.yaml',
  'w8-xunyang-district-departments.facts.yaml',
] as const;

describe.each(EXAMPLE_FACTS.map((file) => [file]))('example %s scored without explanations', (file) => {
  const document = loadFacts(file);
  const scheme = loadScheme(`${document.scheme ?? ''}.yaml`);
  const categories = [...new Set(document.units.map((unit) => unit.category))];

  it.each(categories.map((category) => [category]))('category %s: the same numbers, no tree', (categoryId) => {
    const units = document.units.filter((unit) => unit.category === categoryId).map(({ id, name }) => ({ id, ...(name === undefined ? {} : { name }) }));
    const ids = new Set(units.map((unit) => unit.id));
    const result = expectSameNumbers({
      scheme,
      categoryId,
      units,
      facts: document.facts.filter((fact) => ids.has(fact.unitId)),
      ...(document.cycleYear === undefined ? {} : { cycleYear: document.cycleYear }),
      ...(document.asOf === undefined ? {} : { asOf: document.asOf }),
      ...(document.previous.length === 0 ? {} : { previous: document.previous }),
    });
    expect(result.units).toHaveLength(units.length);
  });
});

// A generated workload like the benchmark's (monthly proportional indicators, weighted raters,
// capped bonuses and deductions), some inputs not in yet: values with no finite decimal form
// (a lower-is-better target over the actual), incomplete raters, pending and missing inputs.
describe('a generated workload scored without explanations', () => {
  const MONTHS = ['01', '02', '03', '04', '05', '06'] as const;
  const leafId = (group: number, leaf: number): string => `g${group}-i${leaf}`;
  const document: SchemeDocument = {
    id: 'generated',
    name: '生成的方案',
    version: 1,
    cycle: 2026,
    periods: MONTHS.map((month) => ({ id: `m${month}`, label: `${month} 月` })),
    calendar: {
      deadlines: [
        ...MONTHS.map((month) => ({ id: `data-m${month}`, kind: 'data' as const, period: `m${month}`, due: `${month}-25` })),
        { id: 'rating-m06', kind: 'rating', period: 'm06', due: '06-30' },
      ],
    },
    sources: [
      { id: 'city', label: '市' },
      { id: 'province', label: '省' },
    ],
    categories: [
      {
        id: 'units',
        label: '单位',
        total: 100,
        parts: [
          {
            id: 'indicators',
            label: '指标',
            points: 80,
            periods: MONTHS.map((month) => ({ period: `m${month}`, weight: month === '06' ? 17 : '16.6' })),
            children: Array.from({ length: 3 }, (_, group): NodeDocument => ({
              id: `g${group}`,
              label: `一级指标 ${group}`,
              weight: group === 2 ? '33.4' : '33.3',
              children: Array.from({ length: 5 }, (_, leaf): NodeDocument => ({
                id: leafId(group, leaf),
                label: `指标 ${group}-${leaf}`,
                weight: 20,
                method: leaf % 3 === 2 ? { kind: 'proportional', direction: 'lower', target: 7 } : { kind: 'proportional', target: 300 },
              })),
            })),
          },
          {
            id: 'leaders',
            label: '领导评价',
            points: 20,
            period: 'm06',
            method: { kind: 'points', outOf: 10, raterWeights: { head: 40, deputy: 60 } },
          },
        ],
        bonuses: { rules: [{ id: 'award', label: '表彰', points: '0.7' }], caps: [{ id: 'per-source', max: 1, sources: ['city', 'province'], eachSource: true }], max: 3 },
        deductions: { rules: [{ id: 'criticism', label: '通报批评', points: '0.3' }, { id: 'incident', label: '事故' }], max: 5 },
        grading: {
          grades: [
            { id: 'excellent', label: '优秀', quota: { share: 20 }, min: 80 },
            { id: 'good', label: '良好', quota: { share: 40 } },
            { id: 'pass', label: '合格' },
          ],
        },
      },
    ],
  };

  const parsed = parseScheme(document);
  if (!parsed.ok) throw new Error(parsed.problems.map((problem) => `${problem.path}: ${problem.message.en}`).join('\n'));
  const scheme: ValidScheme = parsed.scheme;

  // A fixed linear congruential sequence: the same facts on every run.
  let state = 20261201;
  const next = (below: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % below;
  };
  const facts: Fact[] = [];
  const units = Array.from({ length: 60 }, (_, unit) => ({ id: `unit-${String(unit).padStart(2, '0')}`, name: `单位 ${unit}` }));
  for (const { id: unitId } of units) {
    for (const month of MONTHS) {
      const period = `m${month}`;
      for (let group = 0; group < 3; group += 1) {
        for (let leaf = 0; leaf < 5; leaf += 1) {
          if (next(20) === 0) continue;
          const indicatorId = leafId(group, leaf);
          facts.push({ type: 'DataSubmitted', id: `${unitId}-${indicatorId}-${period}`, unitId, indicatorId, period, value: `${next(400)}.${next(10)}` });
        }
      }
    }
    for (const [index, raterRole] of (['head', 'deputy', 'deputy'] as const).entries()) {
      if (next(6) === 0) continue;
      facts.push({ type: 'RatingGiven', id: `${unitId}-r${index}`, unitId, indicatorId: 'leaders', period: 'm06', raterId: `leader-${index}`, raterRole, points: `${next(11)}.${next(10)}` });
    }
    for (let award = 0; award < next(4); award += 1) {
      facts.push({ type: 'BonusApproved', id: `${unitId}-bonus-${award}`, unitId, ruleId: 'award', count: String(1 + next(2)), ...(next(3) === 0 ? {} : { source: next(2) === 0 ? 'city' : 'province' }) });
    }
    if (next(3) === 0) facts.push({ type: 'DeductionApproved', id: `${unitId}-criticism`, unitId, ruleId: 'criticism', count: String(1 + next(4)) });
    if (next(8) === 0) facts.push({ type: 'DeductionApproved', id: `${unitId}-incident`, unitId, ruleId: 'incident', amount: `${next(3)}.${next(100)}` });
  }

  it.each([[undefined], ['2026-01-10T00:00:00.000Z'], ['2026-04-01T00:00:00.000Z']])('as of %s: the same numbers, no tree', (asOf) => {
    const result = expectSameNumbers({ scheme, categoryId: 'units', units, facts, ...(asOf === undefined ? {} : { asOf }) });
    expect(result.units).toHaveLength(units.length);
    // The workload reaches what the option must not change: totals with no finite decimal form, several grades, flags.
    expect(result.units.some((unit) => unit.totalExact.endsWith('…'))).toBe(true);
    expect(new Set(result.units.map((unit) => unit.grade.id)).size).toBeGreaterThan(1);
    expect(result.units.some((unit) => unit.flags.length > 0)).toBe(true);
  });
});
