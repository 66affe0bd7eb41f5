import { type CategoryResult, type Fact, type PreviousCycle, scoreCategory } from '@kaoping/scoring';
import Decimal from 'decimal.js';
import { loadFacts, loadScheme, unitOf } from './scheme-files';

// Jiangsu art. 18(4), through the shipped scheme file over two consecutive cycles: a department
// graded 诫勉 has its head report in writing to the provincial performance group; 诫勉 two years
// running, its head gets an admonition talk (诫勉谈话).

const scheme = loadScheme('s2-jiangsu-2011.yaml');
const w2 = loadFacts('w2-jiangsu-department.facts.yaml');

/** W2's department as another department whose every score is `share` of W2's (the supervision findings kept as they are). */
const departmentAt = (unitId: string, share: string): readonly Fact[] => {
  const scaled = (value: string | undefined): string | undefined => (value === undefined ? undefined : new Decimal(value).times(share).toString());
  return w2.facts.map((fact): Fact => {
    const base = { ...fact, id: `${unitId}-${fact.id}`, unitId };
    switch (base.type) {
      case 'DataSubmitted':
        return { ...base, value: scaled(base.value) ?? base.value };
      case 'RatingGiven':
        return { ...base, ...(base.points === undefined ? {} : { points: scaled(base.points) }) };
      case 'SurveyRecorded':
        return { ...base, ...(base.rate === undefined ? {} : { rate: scaled(base.rate) }) };
      default:
        return base;
    }
  });
};

const CATEGORY = 'social-management';
const year = (input: Readonly<{ shares: Readonly<Record<string, string>>; previous?: PreviousCycle }>): CategoryResult =>
  scoreCategory({
    scheme,
    categoryId: CATEGORY,
    units: Object.keys(input.shares).map((id) => ({ id })),
    facts: Object.entries(input.shares).flatMap(([unitId, share]) => departmentAt(unitId, share)),
    cycleYear: 2012,
    ...(input.previous === undefined ? {} : { previous: [input.previous] }),
  });
const published = (cycleId: string, result: CategoryResult): PreviousCycle => ({
  cycleId,
  units: result.units.map((unit) => ({ unitId: unit.unitId, rank: unit.rank, grade: unit.grade.id, total: unit.total })),
});

describe('Jiangsu art. 18(4): 诫勉 two years running, over two consecutive cycles', () => {
  // 2012: 'weak' is 诫勉, 'slipping' 达标. 2013: both 诫勉. 'steady' is W2's department both years.
  const first = year({ shares: { weak: '0.5', slipping: '0.75', steady: '1' } });
  const second = year({ shares: { weak: '0.5', slipping: '0.6', steady: '1' }, previous: published('2012', first) });
  const twoYearFlags = (result: CategoryResult, unitId: string) => unitOf(result, unitId).flags.filter((flag) => flag.code === 'results-flag');

  it('grades the departments as the scheme says in both years, W2’s department still at 85.28', () => {
    const grades = (result: CategoryResult) => ['weak', 'slipping', 'steady'].map((id) => [id, unitOf(result, id).grade.label['zh-CN']]);
    expect(grades(first)).toEqual([['weak', '诫勉'], ['slipping', '达标'], ['steady', '良好']]);
    expect(grades(second)).toEqual([['weak', '诫勉'], ['slipping', '诫勉'], ['steady', '良好']]);
    expect(unitOf(second, 'steady').total).toBe('85.28');
  });

  it('flags the department 诫勉 both years in year two, with the admonition talk for its head', () => {
    expect(twoYearFlags(second, 'weak').map((flag) => [flag.ref, flag.message['zh-CN']])).toEqual([['two-years-admonished', '连续两年诫勉：对主要领导进行诫勉谈话']]);
  });

  it('does not flag a department 诫勉 for the first time, nor any department in the first year', () => {
    expect(twoYearFlags(second, 'slipping')).toEqual([]);
    expect(twoYearFlags(second, 'steady')).toEqual([]);
    expect(['weak', 'slipping', 'steady'].flatMap((id) => twoYearFlags(first, id))).toEqual([]);
  });

  it('asks every 诫勉 department’s head for a written report, each year', () => {
    const actions = (result: CategoryResult, unitId: string) => unitOf(result, unitId).resultsUse.actions.map((action) => action['zh-CN']);
    expect([actions(first, 'weak'), actions(second, 'slipping')]).toEqual([['主要领导向省绩效管理领导小组提交书面报告'], ['主要领导向省绩效管理领导小组提交书面报告']]);
    expect(unitOf(second, 'slipping').resultsUse.excellenceRatio).toBe('12');
  });
});
