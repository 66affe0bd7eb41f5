import { type CategoryResult, type Fact, type PreviousCycle, compareSchemes, scoreCategory } from '@kaoping/scoring';
import { aCategory, aSchemeDocument, dataSubmitted, totalsFacts, totalsScheme, validScheme } from '../../test/scheme-builder';

// Years that follow each other: last year's published results (rank, grade, open rectification)
// shape this year's (SCORING.md, results use; Jiangsu art. 20; city organs art. 6).

const lowest = totalsScheme({
  grading: { grades: [{ id: 'good', label: '达标', min: 60 }, { id: 'admonished', label: '诫勉' }] },
  resultsUse: { flags: [{ id: 'two-years', label: '连续两年诫勉', kind: 'consecutive-grade', grade: 'admonished', years: 2 }] },
});
const lastYear: PreviousCycle = {
  cycleId: '2025',
  units: [
    { unitId: 'a', rank: 3, grade: 'admonished', openRectifications: [{ id: 'r-7', title: '整改信访积案' }] },
    { unitId: 'b', rank: 1, grade: 'good' },
    { unitId: 'c', rank: 2, grade: 'admonished' },
  ],
};
const thisYear = (): CategoryResult => scoreCategory({ scheme: lowest, categoryId: 'units', facts: totalsFacts({ a: '50', b: '70', c: '80' }), previous: [lastYear] });
const unitOf = (result: CategoryResult, unitId: string) => result.units.find((unit) => unit.unitId === unitId);

describe('years that follow each other', () => {
  it('shows each rank change against last year', () => {
    expect(thisYear().units.map((unit) => [unit.unitId, unit.resultsUse.rankChange?.change])).toEqual([
      ['c', 1],
      ['b', -1],
      ['a', 0],
    ]);
  });

  it('flags the second consecutive year in the lowest grade, and not a first one', () => {
    const flagged = (unitId: string) => unitOf(thisYear(), unitId)?.flags.some((flag) => flag.ref === 'two-years');
    expect([flagged('a'), flagged('b'), flagged('c')]).toEqual([true, false, false]);
  });

  it("carries last year's open rectification into this year's result (Jiangsu art. 20)", () => {
    const carried = unitOf(thisYear(), 'a')?.flags.find((flag) => flag.code === 'rectification-carried');
    expect(carried).toMatchObject({ ref: '2025', items: ['r-7'] });
    expect(carried?.message['zh-CN']).toContain('整改信访积案');
    expect(unitOf(thisYear(), 'b')?.flags.map((flag) => flag.code)).not.toContain('rectification-carried');
  });
});

describe('what-if: a draft amendment against the scheme in force', () => {
  const withWeights = (work: number, leaders: number) =>
    validScheme(
      aSchemeDocument({
        categories: [
          aCategory({
            parts: [
              { id: 'work', label: '工作', weight: work, method: { kind: 'score', outOf: 100 } },
              { id: 'leaders', label: '领导评价', weight: leaders, method: { kind: 'score', outOf: 100 } },
            ],
          }),
        ],
      }),
    );
  const facts: readonly Fact[] = [
    dataSubmitted({ unitId: 'a', indicatorId: 'work', value: '95' }),
    dataSubmitted({ unitId: 'a', indicatorId: 'leaders', value: '60' }),
    dataSubmitted({ unitId: 'b', indicatorId: 'work', value: '80' }),
    dataSubmitted({ unitId: 'b', indicatorId: 'leaders', value: '100' }),
  ];
  const result = compareSchemes({ inForce: withWeights(90, 10), draft: withWeights(70, 30), categoryId: 'units', facts });

  it('shows per unit the total, grade and rank under both, and which changed', () => {
    expect(result.units.map((unit) => [unit.unitId, unit.inForce.total, unit.draft.total, unit.totalChange, unit.inForce.grade.id, unit.draft.grade.id, unit.rankChange])).toEqual([
      ['b', '82.00', '86.00', '4.00', 'pass', 'pass', 1],
      ['a', '91.50', '84.50', '-7.00', 'advanced', 'pass', -1],
    ]);
    expect(result.changed).toEqual(['b', 'a']);
    expect(result.units[1]?.gradeChanged).toBe(true);
  });

  it('lists the parts that moved, exactly', () => {
    expect(result.units.find((unit) => unit.unitId === 'a')?.partsMoved.map((part) => [part.id, part.before, part.after, part.change])).toEqual([
      ['work', '85.5', '66.5', '-19'],
      ['leaders', '6', '18', '12'],
    ]);
  });

  it('lists nothing when the draft changes nothing', () => {
    const same = compareSchemes({ inForce: withWeights(90, 10), draft: withWeights(90, 10), categoryId: 'units', facts });
    expect([same.changed, same.units.flatMap((unit) => unit.partsMoved)]).toEqual([[], []]);
  });
});
