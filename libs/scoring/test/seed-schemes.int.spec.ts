import {
  type CategoryResult,
  type ExplanationNode,
  type Fact,
  type SchemeDocument,
  parseScheme,
  resolveCalendar,
  scoreCategory,
  validateScheme,
} from '@kaoping/scoring';
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { categoryFacts, leavesOf } from './arbitrary-facts';
import { type Exact, ZERO, compare, exactOf, minus, plus } from './exact-value';
import { SEED_SCHEME_FILES, loadScheme, schemeDocument } from './scheme-files';

// Every seed scheme ships valid, and scores any plausible facts within its bounds, the same way
// whatever the order of the facts, with explanations that add up.

// The engine's precision, so that sums of its carried values compare exactly.
const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
type Decimal = DecimalJs;

const RUNS = { numRuns: 10, seed: 20260701 } as const;

// A validated scheme file has the document's shape.
const documentOf = (file: string): SchemeDocument => schemeDocument(file) as SchemeDocument;

const valueOf = (node: Readonly<{ value: string; fraction?: string }>): Exact => exactOf(node.value, node.fraction);
const sumOf = (nodes: readonly ExplanationNode[]): Exact => nodes.reduce((total, node) => plus(total, valueOf(node)), ZERO);

const checkSums = (node: ExplanationNode): void => {
  if (['part', 'node', 'period'].includes(node.kind) && node.children.length > 0) {
    expect(sumOf(node.children)).toEqual(valueOf(node));
  }
  for (const child of node.children) checkSums(child);
};

describe.each(SEED_SCHEME_FILES.map((file) => [file]))('seed scheme %s', (file) => {
  const document = documentOf(file);
  const scheme = loadScheme(file);

  it('validates with no problem', () => {
    expect(validateScheme(document)).toEqual([]);
    expect(parseScheme(document).ok).toBe(true);
  });

  it('resolves its calendar to dates in order', () => {
    const calendar = resolveCalendar(scheme);
    for (const phase of calendar.phases) expect(phase.start <= phase.end).toBe(true);
    const starts = calendar.phases.map((phase) => phase.start);
    expect([...starts].sort()).toEqual(starts);
    for (const deadline of calendar.deadlines) expect(deadline.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  // 怀来: a month's results are reported and signed off by its deadline; both are taken only while
  // monitoring, mid-year or year-end is open (the lifecycle's phase table), so the calendar must
  // have one of them open on that day.
  it('has every signed-off period’s deadline fall while a phase that takes its data and sign-off is scheduled open', () => {
    const calendar = resolveCalendar(scheme);
    const signed = new Set(document.periods.filter((period) => period.signOff === true).map((period) => period.id));
    const taking = calendar.phases.filter((phase) => ['monitoring', 'mid-year', 'year-end'].includes(phase.id));
    const outside = calendar.deadlines
      .filter((deadline) => deadline.period !== undefined && signed.has(deadline.period))
      .filter((deadline) => !taking.some((phase) => phase.start <= deadline.due && deadline.due <= phase.end))
      .map((deadline) => `${deadline.id} ${deadline.due}`);
    expect(outside).toEqual([]);
  });

  describe.each(document.categories.map((category) => [category.id, category]))('category %s', (categoryId, category) => {
    const score = (facts: readonly Fact[]): CategoryResult => scoreCategory({ scheme, categoryId, facts });

    it('keeps every total at most full marks plus the bonus (no floor: the seeds set none), and every part within 0 and its maximum', () => {
      fc.assert(
        fc.property(categoryFacts(document, category), (facts) => {
          for (const unit of score(facts).units) {
            const totalExact = exactOf(unit.totalExact, unit.totalFraction);
            expect(compare(totalExact, minus(ZERO, exactOf(unit.deduction.value)))).toBeGreaterThanOrEqual(0);
            expect(compare(totalExact, plus(exactOf(String(category.total)), exactOf(unit.bonus.value)))).toBeLessThanOrEqual(0);
            if (category.bonuses?.max !== undefined) expect(new Decimal(unit.bonus.value).lessThanOrEqualTo(category.bonuses.max)).toBe(true);
            for (const part of unit.parts) {
              expect(compare(valueOf(part), exactOf(part.max))).toBeLessThanOrEqual(0);
              expect(compare(valueOf(part), ZERO)).toBeGreaterThanOrEqual(0);
            }
          }
        }),
        RUNS,
      );
    });

    it('gives the same results whatever the order of the facts', () => {
      fc.assert(
        fc.property(
          categoryFacts(document, category).chain((facts) => fc.tuple(fc.constant(facts), fc.shuffledSubarray([...facts], { minLength: facts.length }))),
          ([facts, shuffled]) => {
            expect(score(shuffled)).toEqual(score(facts));
          },
        ),
        RUNS,
      );
    });

    it('explains totals whose parts, bonus and deductions add up, node by node', () => {
      fc.assert(
        fc.property(categoryFacts(document, category), (facts) => {
          for (const unit of score(facts).units) {
            expect(sumOf(unit.explanation.children)).toEqual(exactOf(unit.totalExact, unit.totalFraction));
            checkSums(unit.explanation);
          }
        }),
        RUNS,
      );
    });

    const improvable = leavesOf(document, category).filter((leaf) => leaf.method.kind === 'proportional' || leaf.method.kind === 'score');
    if (improvable.length > 0) {
      it('never lowers a score when an actual improves (higher, or lower where lower is better)', () => {
        fc.assert(
          fc.property(
            categoryFacts(document, category, 3),
            fc.constantFrom(...improvable),
            fc.integer({ min: 1, max: 5000 }),
            (facts, leaf, step) => {
              const target = facts.find((fact) => fact.type === 'DataSubmitted' && fact.indicatorId === leaf.id && fact.period === leaf.period);
              if (target === undefined || target.type !== 'DataSubmitted') return;
              const lower = leaf.method.kind === 'proportional' && leaf.method.direction === 'lower';
              const delta = new Decimal(step).div(100);
              const value = lower ? Decimal.max(0, new Decimal(target.value).minus(delta)) : new Decimal(target.value).plus(delta);
              const improved = facts.map((fact) => (fact === target ? { ...target, value: value.toString() } : fact));
              const before = score(facts).units.find((unit) => unit.unitId === target.unitId);
              const after = score(improved).units.find((unit) => unit.unitId === target.unitId);
              if (before === undefined || after === undefined) throw new Error(`${target.unitId} was not scored`);
              expect(compare(exactOf(after.totalExact, after.totalFraction), exactOf(before.totalExact, before.totalFraction))).toBeGreaterThanOrEqual(0);
            },
          ),
          RUNS,
        );
      });
    }
  });
});
