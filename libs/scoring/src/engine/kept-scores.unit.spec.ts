import { EXPLANATION_NOT_KEPT, type Fact, rankScoredUnits, scoreCategory, scoreUnitsOfCategory, withoutExplanation } from '@kaoping/scoring';
import { deductionApproved, totalsFacts, totalsScheme } from '../../test/scheme-builder';

// Live scores keep every unit's score between batches to rank a category again; they keep it
// without its explanation tree (written to the unit's row already), which is most of its memory.

const scheme = totalsScheme({
  deductions: { rules: [{ id: 'mass-incident', label: '群体性事件', points: 10 }] },
  grading: { grades: [{ id: 'good', label: '好', min: 90 }, { id: 'pass', label: '合格' }] },
});
const facts: readonly Fact[] = [...totalsFacts({ a: '95.5', b: '91', c: '88', d: '99' }), deductionApproved({ unitId: 'd', ruleId: 'mass-incident', count: '1' })];
const units = ['a', 'b', 'c', 'd'].map((id) => ({ id }));

describe('a scored unit kept without its explanation', () => {
  const full = scoreCategory({ scheme, categoryId: 'units', facts, units });
  const scored = scoreUnitsOfCategory({ scheme, categoryId: 'units', facts, units });

  it('ranks and grades as the full score does: totals, parts, bonus, deduction, flags, results use', () => {
    const kept = rankScoredUnits({ scheme, categoryId: 'units', units: scored.units.map(withoutExplanation), warnings: scored.warnings });
    const numbers = (result: typeof full) => result.units.map(({ explanation: _explanation, ...rest }) => rest);
    expect(numbers(kept)).toEqual(numbers(full));
    expect(full.units.map((unit) => [unit.unitId, unit.total, unit.rank, unit.grade.id])).toEqual([
      ['a', '95.50', 1, 'good'],
      ['b', '91.00', 2, 'good'],
      ['d', '89.00', 3, 'pass'],
      ['c', '88.00', 4, 'pass'],
    ]);
  });

  it('carries the stub instead of the tree, and only where it was dropped', () => {
    const [first, ...others] = scored.units;
    if (first === undefined) throw new Error('no unit scored');
    const mixed = rankScoredUnits({ scheme, categoryId: 'units', units: [withoutExplanation(first), ...others], warnings: scored.warnings });
    const byUnit = new Map(mixed.units.map((unit) => [unit.unitId, unit.explanation]));
    expect(byUnit.get(first.unitId)).toBe(EXPLANATION_NOT_KEPT);
    for (const other of others) expect(byUnit.get(other.unitId)).toEqual(full.units.find((unit) => unit.unitId === other.unitId)?.explanation);
    // Dropping it again is no new copy: a kept map of units is not rebuilt for units already light.
    const once = withoutExplanation(first);
    expect(withoutExplanation(once)).toBe(once);
  });
});
