import { type Fact, rankingGroupOf, scoreCategory, scoreRanking, validateScheme } from '@kaoping/scoring';
import { aCategory, aSchemeDocument } from './scheme-builder';
import { loadScheme } from './scheme-files';

// Xunyang (S8): 区直单位 without investment-promotion duty are scored on their own tree (N 80 +
// conduct 20) and ranked with the other 区直单位 (N 70 + S 15 + 15): the top 1/5 and the last
// place are counted over the whole group.

const scheme = loadScheme('s8-xunyang-znsx.yaml');

// Deduction-based parts: a finding of `points` against `indicatorId` lowers the unit's total.
const finding = (unitId: string, indicatorId: string, amount: string): Fact => ({
  type: 'DeductionApproved',
  id: `finding-${unitId}-${indicatorId}`,
  unitId,
  indicatorId,
  period: 'year',
  amount,
});

// 22 departments with investment duty and 6 without; unit i loses i × 0.5 points (a distinct total each).
const withDuty = Array.from({ length: 22 }, (_, index) => ({ id: `dept-${String(index).padStart(2, '0')}`, categoryId: 'district-departments', loss: index * 2 }));
const withoutDuty = Array.from({ length: 6 }, (_, index) => ({ id: `free-${index}`, categoryId: 'district-departments-no-investment', loss: index * 2 + 1 }));
const units = [...withDuty, ...withoutDuty];
const facts: readonly Fact[] = units.map((unit) => finding(unit.id, 'routine', String(unit.loss / 4)));

describe('one ranking across the two trees of 区直单位 (Xunyang)', () => {
  const result = scoreRanking({ scheme, rankingId: 'district-departments-all', units: units.map(({ id, categoryId }) => ({ id, categoryId })), facts });
  const winners = result.units.filter((unit) => unit.grade.id === 'winner').map((unit) => unit.unitId);

  it('names round(28 × 1/5) = 6 winners over the whole group, where two separate categories named 4 + 1', () => {
    expect(winners).toEqual(['dept-00', 'free-0', 'dept-01', 'free-1', 'dept-02', 'free-2']);
    const apart = [
      scoreCategory({ scheme, categoryId: 'district-departments', units: withDuty, facts }),
      scoreCategory({ scheme, categoryId: 'district-departments-no-investment', units: withoutDuty, facts }),
    ].map((category) => category.units.filter((unit) => unit.grade.id === 'winner').length);
    expect(apart).toEqual([4, 1]);
  });

  it('ranks 1 to 28 over both trees and flags one last place for the group', () => {
    expect(result.units.map((unit) => unit.rank)).toEqual(Array.from({ length: 28 }, (_, index) => index + 1));
    expect(result.units.filter((unit) => unit.flags.some((flag) => flag.ref === 'last-place')).map((unit) => unit.unitId)).toEqual(['dept-21']);
  });

  it('scores each unit on its own tree and says which', () => {
    const free = result.units.find((unit) => unit.unitId === 'free-0');
    expect([free?.categoryId, free?.parts.map((part) => `${part.id} ${part.shown}`)]).toEqual(['district-departments-no-investment', ['routine 79.75', 'conduct 20.00']]);
    expect(result.units.find((unit) => unit.unitId === 'dept-01')?.categoryId).toBe('district-departments');
    expect([result.categoryId, result.grades.find((grade) => grade.id === 'winner')?.places]).toEqual(['district-departments-all', 6]);
  });
});

describe('a member category of a ranking group', () => {
  const member = scoreRanking({ scheme, rankingId: 'district-departments-all', categoryId: 'district-departments-no-investment', units: units.map(({ id, categoryId }) => ({ id, categoryId })), facts });

  it('keeps its own units, with their ranks and grades in the group, and names the group', () => {
    expect(member.units.map((unit) => `${unit.unitId} ${unit.rank} ${unit.grade.id}`)).toEqual(['free-0 2 winner', 'free-1 4 winner', 'free-2 6 winner', 'free-3 8 standard', 'free-4 10 standard', 'free-5 12 standard']);
    expect([member.categoryId, member.label['zh-CN'], member.ranking]).toEqual([
      'district-departments-no-investment',
      '区直单位（无招商引资任务）',
      { id: 'district-departments-all', label: { 'zh-CN': '区直单位（含无招商引资任务单位）', en: 'District departments (all)' }, units: 28 },
    ]);
  });

  it('finds the group of a member or of the group id, and none for a category ranked alone', () => {
    expect(rankingGroupOf(scheme, 'district-departments')?.categories).toEqual(['district-departments', 'district-departments-no-investment']);
    expect(rankingGroupOf(scheme, 'district-departments-all')?.id).toBe('district-departments-all');
    expect(rankingGroupOf(scheme, 'subdistricts')).toBeUndefined();
  });

  it('refuses a category outside the group', () => {
    expect(() => scoreRanking({ scheme, rankingId: 'district-departments-all', categoryId: 'subdistricts', units: [], facts: [] })).toThrow(expect.objectContaining({ code: 'unknown-category' }));
  });
});

describe('ranking groups in the scheme format', () => {
  const twoCategories = (rankings: unknown, otherGrades = false) => ({
    ...aSchemeDocument({
      categories: [
        aCategory({ id: 'a' }),
        aCategory({ id: 'b', ...(otherGrades ? { grading: { grades: [{ id: 'only', label: '唯一' }] } } : {}) }),
      ],
    }),
    rankings,
  });

  it('accepts a group of categories with the same grades', () => {
    expect(validateScheme(twoCategories([{ id: 'all', label: '全部', categories: ['a', 'b'] }]))).toEqual([]);
  });

  it('refuses a missing category, a category in two groups, and categories with different grades', () => {
    expect(validateScheme(twoCategories([{ id: 'all', label: '全部', categories: ['a', 'c'] }])).map((problem) => [problem.path, problem.code])).toEqual([
      ['rankings[0].categories[1]', 'unknown-reference'],
    ]);
    expect(
      validateScheme(
        twoCategories([
          { id: 'one', label: '一', categories: ['a'] },
          { id: 'two', label: '二', categories: ['a', 'b'] },
        ]),
      ).map((problem) => problem.code),
    ).toEqual(['ranking-overlap']);
    expect(validateScheme(twoCategories([{ id: 'all', label: '全部', categories: ['a', 'b'] }], true)).map((problem) => problem.code)).toEqual(['ranking-grades']);
  });
});
