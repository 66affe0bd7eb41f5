import { type Fact, type PersonRating, gradePersons, scoreCategory } from '@kaoping/scoring';
import { loadScheme } from './scheme-files';

// Jiangsu art. 18: the share of 优秀 among a department's civil servants is set by the
// department's own grade, 20/18/15/12 % for 优秀/良好/达标/诫勉.

const staff = (count: number, excellent: readonly (readonly [string, string])[]): readonly PersonRating[] => [
  ...excellent.map(([personId, score]): PersonRating => ({ personId, proposed: '优秀', score })),
  ...Array.from({ length: count - excellent.length }, (_, index): PersonRating => ({ personId: `p${index}`, proposed: '称职' })),
];

describe('excellence quotas from the unit grade (Jiangsu art. 18)', () => {
  it.each([
    ['20', 12, 2],
    ['18', 12, 2],
    ['15', 10, 2], // 1.5 rounds half up
    ['12', 12, 1],
    ['12', 4, 0],
  ])('a unit allowed %s%% with %i staff has %i places for 优秀', (ratio, count, quota) => {
    expect(gradePersons({ excellenceRatio: ratio, persons: staff(count, []) }).quota).toBe(quota);
  });

  it('takes candidates by score, and those tied with the last place share it', () => {
    const result = gradePersons({ excellenceRatio: '18', persons: staff(12, [['a', '95'], ['b', '93'], ['c', '93'], ['d', '90']]) });
    expect([result.quota, result.excellent]).toEqual([2, 3]);
    expect(result.persons.filter((person) => person.grade === '优秀').map((person) => person.personId)).toEqual(['a', 'b', 'c']);
    expect(result.persons.find((person) => person.personId === 'd')).toEqual({ personId: 'd', grade: '称职', proposed: '优秀', quotaFilled: true });
  });

  it('keeps every candidate within the quota, and the other ratings as proposed', () => {
    const persons: PersonRating[] = [
      { personId: 'a', proposed: '优秀' },
      { personId: 'b', proposed: '基本称职' },
      { personId: 'c', proposed: '不称职' },
      ...staff(7, []),
    ];
    expect(gradePersons({ excellenceRatio: '20', persons }).persons.slice(0, 3).map((person) => person.grade)).toEqual(['优秀', '基本称职', '不称职']);
  });

  it('refuses to choose among candidates beyond the quota without scores', () => {
    expect(() => gradePersons({ excellenceRatio: '12', persons: [{ personId: 'a', proposed: '优秀' }, { personId: 'b', proposed: '优秀' }, ...staff(8, [])] })).toThrow(
      /without a score/,
    );
  });

  it("takes the ratio from the department's scored grade in the Jiangsu scheme", () => {
    const scheme = loadScheme('s2-jiangsu-2011.yaml');
    const result = scoreCategory({ scheme, categoryId: 'social-management', units: [{ id: 'dept' }], facts: [] as readonly Fact[] });
    const unit = result.units[0];
    const ratio = unit?.resultsUse.excellenceRatio;
    expect(unit?.grade.id).toBe('admonished');
    expect(ratio).toBe('12');
    expect(gradePersons({ excellenceRatio: ratio ?? '', persons: staff(25, [['a', '90'], ['b', '89'], ['c', '88'], ['d', '87']]) }).excellent).toBe(3);
  });
});
