import { type StaffMember, excellenceRatioOf, gradeStaff } from '@kaoping/scoring';
import { aCategory, aSchemeDocument, validScheme } from '../../test/scheme-builder';

const grade = (zh: '优秀' | '称职' | '基本称职' | '不称职' | '良好') => ({ id: zh, label: { 'zh-CN': zh, en: zh } });
const scored = (personId: string, total: string, zh: Parameters<typeof grade>[0]): StaffMember => ({ personId, total, grade: grade(zh) });

describe('a unit’s staff graded within the 优秀 share its grade allows', () => {
  it('reads the share from the scheme’s results use for the unit’s grade (Jiangsu 20/18/15/12 %), none where it sets none', () => {
    const scheme = validScheme(
      aSchemeDocument({
        categories: [aCategory({ resultsUse: { grades: { advanced: { excellenceRatio: 20 }, pass: { excellenceRatio: '15' } } } })],
      }),
    );
    expect(excellenceRatioOf(scheme, { categoryId: 'units', gradeId: 'advanced' })).toBe('20');
    expect(excellenceRatioOf(scheme, { categoryId: 'units', gradeId: 'pass' })).toBe('15');
    expect(excellenceRatioOf(scheme, { categoryId: 'units', gradeId: 'fail' })).toBeUndefined();
    expect(excellenceRatioOf(scheme, { categoryId: 'nowhere', gradeId: 'advanced' })).toBeUndefined();
  });

  it('holds the 优秀 to round_half_up(scored × share): 10 persons at 15 % give 2 places (1.5 → 2), the third best becomes 称职', () => {
    const staff = [
      scored('a', '96', '优秀'),
      scored('b', '94', '优秀'),
      scored('c', '92', '优秀'),
      ...Array.from({ length: 7 }, (_, at) => scored(`s${at}`, '80', '称职')),
    ];
    const grading = gradeStaff({ excellenceRatio: '15', staff });
    expect(grading).toMatchObject({ excellenceRatio: '15', quota: 2, excellent: 2 });
    expect(grading.persons.slice(0, 3)).toEqual([
      { personId: 'a', total: '96', scored: '优秀', grade: '优秀' },
      { personId: 'b', total: '94', scored: '优秀', grade: '优秀' },
      { personId: 'c', total: '92', scored: '优秀', grade: '称职', quotaFilled: true },
    ]);
  });

  it('lets persons tied on the last place share it', () => {
    const staff = [scored('a', '96', '优秀'), scored('b', '93', '优秀'), scored('c', '93', '优秀'), ...Array.from({ length: 7 }, (_, at) => scored(`s${at}`, '70', '称职'))];
    const grading = gradeStaff({ excellenceRatio: '20', staff });
    expect([grading.quota, grading.excellent]).toEqual([2, 3]);
    expect(grading.persons.slice(0, 3).map((person) => person.grade)).toEqual(['优秀', '优秀', '优秀']);
  });

  it('leaves persons not scored yet without a grade and without a place, and grades freely where the scheme sets no share', () => {
    const staff: StaffMember[] = [scored('a', '96', '优秀'), scored('b', '95', '优秀'), { personId: 'new' }];
    const held = gradeStaff({ excellenceRatio: '12', staff });
    // 2 scored × 12 % = 0.24 → no place.
    expect(held).toMatchObject({ quota: 0, excellent: 0 });
    expect(held.persons).toEqual([
      { personId: 'a', total: '96', scored: '优秀', grade: '称职', quotaFilled: true },
      { personId: 'b', total: '95', scored: '优秀', grade: '称职', quotaFilled: true },
      { personId: 'new' },
    ]);
    const free = gradeStaff({ staff });
    expect(free).toEqual({ excellent: 2, persons: [expect.objectContaining({ grade: '优秀' }), expect.objectContaining({ grade: '优秀' }), { personId: 'new' }] });
  });

  it('refuses a person graded outside 优秀/称职/基本称职/不称职', () => {
    expect(() => gradeStaff({ excellenceRatio: '20', staff: [scored('a', '85', '良好')] })).toThrow(expect.objectContaining({ code: 'invalid-input' }));
  });
});
