import { foldCycleView, type EvaluationEvent, type Recorded } from '@kaoping/evaluation';
import { zhengdingScheme } from '../../test/zhengding-cycle.scenario';
import { calendarOfView } from './cycle-log';
import { missingItems, owersOfItems, recipientsOf } from './missing-items';

let n = 0;
const recorded = (event: EvaluationEvent): Recorded<EvaluationEvent> => {
  n += 1;
  return { ...event, id: `e${n}`, metadata: { actorId: 'office-1', role: 'office', recordedAt: '2026-01-02T09:00:00Z' } };
};
const C = 'c';
const log = [
  recorded({ type: 'CycleCreated', data: { cycleId: C, year: 2026, name: 'c' } }),
  recorded({ type: 'SchemePublished', data: { cycleId: C, version: 1, scheme: zhengdingScheme() } }),
  recorded({ type: 'UnitRegistered', data: { cycleId: C, unitId: 'town-a', name: '甲镇', level: 'township', categoryId: 'townships' } }),
  recorded({ type: 'UnitRegistered', data: { cycleId: C, unitId: 'town-b', name: '乙镇', level: 'township', categoryId: 'townships' } }),
  recorded({ type: 'UnitRegistered', data: { cycleId: C, unitId: 'dept-x', name: '某局', level: 'department', categoryId: 'departments' } }),
  recorded({ type: 'IndicatorAssigned', data: { cycleId: C, unitId: 'town-a', indicatorId: 'fiscal-revenue', providerId: 'finance-bureau' } }),
  // Rated by county leaders and liaison leaders (the scheme's roles for the townships' leader rating).
  recorded({ type: 'RaterAssigned', data: { cycleId: C, raterId: 'leader-1', raterRole: 'county-leader', units: 'all' } }),
  recorded({ type: 'RaterAssigned', data: { cycleId: C, raterId: 'leader-2', raterRole: 'liaison-leader', units: ['town-b'] } }),
];
const view = foldCycleView(log);
const missingAt = (deadlineId: string) => {
  const deadline = calendarOfView(view)?.deadlines.find((d) => d.id === deadlineId);
  if (view.cycle.status !== 'active' || deadline === undefined) throw new Error(`no deadline ${deadlineId}`);
  return missingItems(view, view.cycle, deadline);
};

describe('who owes a missing item (the recipients of its reminder and overdue notice)', () => {
  it('data: the provider of the indicator', () => {
    expect(missingAt('mid-year-data').map((item) => [item.unitId, item.indicatorId, item.recipients])).toEqual([['town-a', 'fiscal-revenue', ['provider:finance-bureau']]]);
  });

  it('rating: the raters assigned to the unit in a role the indicator accepts', () => {
    const items = missingAt('mid-year-rating');
    expect(items.find((item) => item.unitId === 'town-a')?.recipients).toEqual(['user:leader-1']);
    expect(items.find((item) => item.unitId === 'town-b')?.recipients).toEqual(['user:leader-1', 'user:leader-2']);
    expect(owersOfItems(items)).toEqual(expect.arrayContaining(['user:leader-1', 'user:leader-2']));
    expect(owersOfItems(items).some((address) => address.startsWith('unit:'))).toBe(false);
  });

  it('survey: the survey office', () => {
    const items = missingAt('q1-survey');
    expect(items.map((item) => item.unitId)).toEqual(['dept-x']);
    expect(recipientsOf(items)).toEqual(['role:office', 'role:survey-office']);
  });

  it('plan and self-assessment: the unit', () => {
    expect(owersOfItems(missingAt('unit-plan'))).toEqual(['unit:dept-x', 'unit:town-a', 'unit:town-b']);
  });
});
