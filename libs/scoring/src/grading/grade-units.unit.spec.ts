import fc from 'fast-check';
import { Dec } from '../decimal/decimal';
import type { GradeModel } from '../scheme/scheme.model';
import { type Gradable, byTotal, cumulativePlaces, gradeUnits, rankUnits } from './grade-units';

const label = { 'zh-CN': 'x', en: 'x' };
const grade = (id: string, quota?: Readonly<{ share?: string; count?: number }>, min?: string): GradeModel => ({
  path: id,
  id,
  label,
  min: min === undefined ? undefined : new Dec(min),
  quota: quota === undefined ? undefined : { share: quota.share === undefined ? undefined : new Dec(quota.share), count: quota.count },
});
const cityOrgans = [grade('excellent', { share: '25' }), grade('good', { share: '35' }), grade('standard', { share: '34' }), grade('below')];
const gradable = (unitId: string, total: string, barred: readonly string[] = []): Gradable => ({
  unitId,
  total: new Dec(total),
  forcedGrade: undefined,
  barredGrades: new Set(barred),
});

describe('quota places', () => {
  it.each([
    [10, [3, 6, 9, 9]],
    [7, [2, 4, 7, 7]],
    [32, [8, 19, 30, 30]],
  ])('gives %s units the cumulative places %j for 25/35/34% and the rest to the last grade', (count, places) => {
    expect(cumulativePlaces(cityOrgans, count)).toEqual(places);
  });

  it('adds counts for places given as numbers (Shanghang prizes 1, 2, 3)', () => {
    expect(cumulativePlaces([grade('first', { count: 1 }), grade('second', { count: 2 }), grade('third', { count: 3 }), grade('none')], 20)).toEqual([1, 3, 6, 6]);
  });

  it('does not spend a quota place on a unit barred from the grade', () => {
    const grades = gradeUnits({
      grades: [grade('advanced', { share: '25' }, '90'), grade('pass', undefined, '60'), grade('fail')],
      units: [gradable('a', '99', ['advanced']), gradable('b', '95'), gradable('c', '93'), gradable('d', '91'), gradable('e', '70'), gradable('f', '65'), gradable('g', '50')],
    });
    expect(['a', 'b', 'c', 'd'].map((unitId) => grades.get(unitId)?.gradeId)).toEqual(['pass', 'advanced', 'advanced', 'pass']);
    expect(grades.get('d')?.quotaFilled).toEqual(['advanced']);
  });
});

// Totals drawn from a few values so that ties are common.
const totals = fc.array(fc.constantFrom('99', '95.5', '92.2', '92.2', '88', '85', '80', '72.2', '60'), { minLength: 1, maxLength: 30 });

describe('quota grading properties', () => {
  const graded = (values: readonly string[]) => {
    const units = values.map((total, index) => gradable(`u${String(index).padStart(2, '0')}`, total));
    return { units: [...units].sort(byTotal), grades: gradeUnits({ grades: cityOrgans, units }) };
  };
  const rankOfGrade = (id: string | undefined): number => cityOrgans.findIndex((candidate) => candidate.id === id);

  it('never splits a tie', () => {
    fc.assert(
      fc.property(totals, (values) => {
        const { units, grades } = graded(values);
        for (const unit of units) {
          for (const other of units) {
            if (unit.total.equals(other.total)) expect(grades.get(unit.unitId)?.gradeId).toBe(grades.get(other.unitId)?.gradeId);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('never grades a higher total worse', () => {
    fc.assert(
      fc.property(totals, (values) => {
        const { units, grades } = graded(values);
        units.forEach((unit, index) => {
          const next = units[index + 1];
          if (next !== undefined) expect(rankOfGrade(grades.get(unit.unitId)?.gradeId)).toBeLessThanOrEqual(rankOfGrade(grades.get(next.unitId)?.gradeId));
        });
      }),
      { numRuns: 100 },
    );
  });

  it('fills the first k grades beyond their cumulative places only with units tied at the boundary', () => {
    fc.assert(
      fc.property(totals, (values) => {
        const { units, grades } = graded(values);
        const places = cumulativePlaces(cityOrgans, units.length);
        cityOrgans.slice(0, -1).forEach((_, k) => {
          const within = units.filter((unit) => rankOfGrade(grades.get(unit.unitId)?.gradeId) <= k);
          const limit = places[k] ?? 0;
          const boundary = units[limit - 1];
          for (const extra of within.slice(limit)) expect(boundary !== undefined && extra.total.equals(boundary.total)).toBe(true);
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('ranks', () => {
  it('lets equal totals share a rank and skips the next ones', () => {
    const ranks = rankUnits([gradable('a', '90'), gradable('b', '95'), gradable('c', '90'), gradable('d', '80')]);
    expect(['b', 'a', 'c', 'd'].map((unitId) => ranks.get(unitId))).toEqual([1, 2, 2, 4]);
  });
});
