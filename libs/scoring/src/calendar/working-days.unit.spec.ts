import { CHINA_HOLIDAYS, type SchemeDocument, parseScheme, resolveCalendar, workingDays } from '@kaoping/scoring';

// Deadlines in working days skip public holidays and count the make-up working days (调休).

describe("China's working-day calendar", () => {
  const days = workingDays();

  it.each([
    ['2026-10-01', false, '国庆节'],
    ['2026-10-10', true, '调休上班 (Saturday)'],
    ['2026-02-14', true, '春节前调休上班 (Saturday)'],
    ['2026-02-16', false, '春节'],
    ['2025-01-26', true, '春节前调休上班 (Sunday)'],
    ['2025-05-31', false, '端午节 (Saturday, off anyway)'],
    ['2024-09-14', true, '中秋调休上班 (Saturday)'],
    ['2026-11-30', true, 'an ordinary Monday'],
    ['2026-11-29', false, 'an ordinary Sunday'],
  ])('%s is a working day: %s (%s)', (day, working) => {
    expect(days.isWorkingDay(day)).toBe(working);
  });

  it('counts 7 working days after 29 September 2026 across the National Day holiday to 14 October (10 October is a make-up day)', () => {
    // 30 Sep (1), 8 Oct (2), 9 Oct (3), 10 Oct Sat make-up (4), 12 (5), 13 (6), 14 (7)
    expect(days.addWorkingDays('2026-09-29', 7)).toBe('2026-10-14');
  });

  it('counts backwards too', () => {
    expect(days.addWorkingDays('2026-10-08', -1)).toBe('2026-09-30');
  });

  it('takes an office amendment: an extra day off, a withdrawn make-up day', () => {
    const amended = workingDays({ holidays: ['2026-12-31'], ordinary: ['2026-10-10'] });
    expect([amended.isWorkingDay('2026-12-31'), amended.isWorkingDay('2026-10-10')]).toEqual([false, false]);
    expect(amended.addWorkingDays('2026-09-29', 7)).toBe('2026-10-15');
  });

  it('ships 2024–2027, and marks 2027 provisional (not yet announced)', () => {
    expect(CHINA_HOLIDAYS.map((year) => [year.year, year.status])).toEqual([
      [2024, 'announced'],
      [2025, 'announced'],
      [2026, 'announced'],
      [2027, 'provisional'],
    ]);
  });

  it('resolves a scheme deadline "7 working days after the scheme is issued" on this calendar', () => {
    const document: SchemeDocument = {
      id: 'wd',
      name: '工作日',
      version: 1,
      cycle: 2026,
      periods: [{ id: 'year', label: '年度' }],
      calendar: {
        phases: { planning: { start: '09-29', end: '10-31' } },
        deadlines: [{ id: 'unit-plan', kind: 'plan', due: 'planning.start + 7wd' }],
      },
      categories: [
        {
          id: 'units',
          label: '单位',
          total: 100,
          parts: [{ id: 'work', label: '工作', points: 100, method: { kind: 'score' } }],
          grading: { grades: [{ id: 'pass', label: '合格' }] },
        },
      ],
    };
    const parsed = parseScheme(document);
    if (!parsed.ok) throw new Error('invalid');
    expect(resolveCalendar(parsed.scheme).deadlines[0]?.due).toBe('2026-10-14');
    expect(resolveCalendar(parsed.scheme, 2026, { ordinary: ['2026-10-10'] }).deadlines[0]?.due).toBe('2026-10-15');
  });
});
