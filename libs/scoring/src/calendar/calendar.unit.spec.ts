import { resolveCalendar } from '@kaoping/scoring';
import { aSchemeDocument, validScheme } from '../../test/scheme-builder';
import { dayOfIso, isoDate, parseDateExpression } from './calendar';

describe('date expressions', () => {
  it.each([
    ['2026-07-10', { kind: 'absolute', year: 2026, month: 7, day: 10 }],
    ['07-10', { kind: 'month-day', yearOffset: 0, month: 7, day: 10 }],
    ['next 01-10', { kind: 'month-day', yearOffset: 1, month: 1, day: 10 }],
    ['review.end + 7d', { kind: 'offset', anchor: 'review.end', days: 7, working: false }],
    ['planning.start + 7wd', { kind: 'offset', anchor: 'planning.start', days: 7, working: true }],
    ['self-report - 3d', { kind: 'offset', anchor: 'self-report', days: -3, working: false }],
  ])('reads %s', (text, ast) => {
    expect(parseDateExpression(text)).toEqual(ast);
  });

  it.each(['2026-02-30', '13-01', 'some day', '07-10 + 3d', 'review.end + d'])('refuses %s', (text) => {
    expect(parseDateExpression(text)).toBeUndefined();
  });

  it('reads the day of an ISO date-time as written', () => {
    const day = dayOfIso('2026-07-15T23:30:00+08:00');
    expect(day === undefined ? undefined : isoDate(day)).toBe('2026-07-15');
  });
});

describe('resolveCalendar', () => {
  const scheme = validScheme(
    aSchemeDocument({
      periods: [
        { id: 'mid-year', label: '中期' },
        { id: 'year-end', label: '年终' },
      ],
      calendar: {
        phases: {
          planning: { start: '01-05', end: '03-31' },
          'year-end': { start: '12-20', end: 'next 01-31' },
          review: { start: 'year-end.end + 1d', end: 'review.start + 10d' },
        },
        deadlines: [
          // Zhengding: 《实施方案》下发7个工作日内报县绩效办
          { id: 'unit-plan', kind: 'plan', due: 'planning.start + 7wd', remind: [3, 1] },
          { id: 'mid-year-data', kind: 'data', period: 'mid-year', due: '07-15', remind: [7] },
          { id: 'year-end-data', kind: 'data', period: 'year-end', due: 'next 01-10' },
        ],
      },
    }),
  );

  it('gives concrete dates in the cycle year, offsets followed and weekends skipped', () => {
    const calendar = resolveCalendar(scheme, 2026);
    expect(calendar.phases).toEqual([
      { id: 'planning', start: '2026-01-05', end: '2026-03-31' },
      { id: 'year-end', start: '2026-12-20', end: '2027-01-31' },
      { id: 'review', start: '2027-02-01', end: '2027-02-11' },
    ]);
    // 2026-01-05 is a Monday: seven working days later is Wednesday 14 January.
    expect(calendar.deadlines.map((deadline) => [deadline.id, deadline.due, deadline.reminders])).toEqual([
      ['unit-plan', '2026-01-14', ['2026-01-11', '2026-01-13']],
      ['mid-year-data', '2026-07-15', ['2026-07-08']],
      ['year-end-data', '2027-01-10', []],
    ]);
  });

  it("uses the scheme's own cycle year by default", () => {
    expect(resolveCalendar(scheme).cycleYear).toBe(2026);
  });
});
