import { foldCycleView, type EvaluationEvent, type Recorded } from '@kaoping/evaluation';
import { zhengdingScheme } from '../../test/zhengding-cycle.scenario';
import { diffSchedule } from '../reconciling/cycle-scheduler';
import { calendarOfView } from './cycle-log';
import { planCycleJobs } from './plan-cycle-jobs';

let n = 0;
const recorded = (event: EvaluationEvent, reason?: string): Recorded<EvaluationEvent> => {
  n += 1;
  return { ...event, id: `e${n}`, metadata: { actorId: 'office-1', role: 'office', recordedAt: '2025-12-20T09:00:00Z', ...(reason ? { reason } : {}) } };
};
const published = [
  recorded({ type: 'CycleCreated', data: { cycleId: 'c', year: 2026, name: 'c' } }),
  recorded({ type: 'SchemePublished', data: { cycleId: 'c', version: 1, scheme: zhengdingScheme() } }),
];
const plan = (events: readonly Recorded<EvaluationEvent>[], now = '2025-12-20T10:00:00Z') => {
  const view = foldCycleView(events);
  return planCycleJobs(view, calendarOfView(view), new Date(now));
};

describe('the plan of a cycle', () => {
  it('derives the same job ids from the same log', () => {
    expect(plan(published).map((job) => job.jobId)).toEqual(plan(published).map((job) => job.jobId));
  });

  it('closes mid-year the day after its end and snapshots each category after the close', () => {
    const ids = plan(published).map((job) => job.jobId);
    expect(ids).toContain('cycle:c:phase:mid-year:close@2026-08-01T00:00:12.000Z');
    expect(ids).toContain('cycle:c:snapshot:mid-year:townships@2026-08-01T00:01:00.000Z');
    expect(ids).toContain('cycle:c:deadline:mid-year-data:remind:2026-07-08@2026-07-08T00:00:00.000Z');
  });

  it('turns a phase moved by hand into a reschedule of its slot, not a second job', () => {
    const before = plan(published);
    const moved = plan([...published, recorded({ type: 'PhaseMoved', data: { cycleId: 'c', phase: 'mid-year', end: '2026-08-10', previousEnd: '2026-07-31' } }, '推迟')]);
    const diff = diffSchedule(moved, new Map(before.map((job) => [job.slot, job.jobId])));
    expect(diff.enqueue).toEqual([]);
    expect(diff.cancel).toEqual([]);
    expect(diff.reschedule.map((r) => [r.from, r.to.jobId])).toEqual([
      ['cycle:c:phase:mid-year:close@2026-08-01T00:00:12.000Z', 'cycle:c:phase:mid-year:close@2026-08-11T00:00:12.000Z'],
      ...['townships', 'departments', 'old-town'].map((category) => [
        `cycle:c:snapshot:mid-year:${category}@2026-08-01T00:01:00.000Z`,
        `cycle:c:snapshot:mid-year:${category}@2026-08-11T00:01:00.000Z`,
      ]),
    ]);
  });

  it("moves a deadline counted in working days when the office amends the calendar (the plan due 7 working days after 1 January)", () => {
    const before = plan(published);
    // 2026: 1–3 January off, Sunday 4 January worked (调休): 4, 5, 6, 7, 8, 9, 12 January.
    expect(before.filter((job) => job.jobId.includes(':unit-plan:')).map((job) => job.jobId)).toEqual([
      'cycle:c:deadline:unit-plan:remind:2026-01-09@2026-01-09T00:00:00.000Z',
      'cycle:c:deadline:unit-plan:remind:2026-01-11@2026-01-11T00:00:00.000Z',
      expect.stringMatching(/^cycle:c:deadline:unit-plan:pass@2026-01-13T/),
    ]);
    const snowDay = recorded({ type: 'CalendarAmended', data: { cycleId: 'c', date: '2026-01-07', day: 'holiday' } }, '县政府通知：1月7日暴雪停止办公');
    const after = plan([...published, snowDay]);
    const diff = diffSchedule(after, new Map(before.map((job) => [job.slot, job.jobId])));
    expect(diff.reschedule.map((r) => r.to.jobId)).toEqual([expect.stringMatching(/^cycle:c:deadline:unit-plan:pass@2026-01-14T/)]);
    // Reminders (3 and 1 calendar days before) are slots of their own day: the new ones replace the old.
    expect(diff.enqueue.map((job) => job.jobId)).toEqual([
      'cycle:c:deadline:unit-plan:remind:2026-01-10@2026-01-10T00:00:00.000Z',
      'cycle:c:deadline:unit-plan:remind:2026-01-12@2026-01-12T00:00:00.000Z',
    ]);
    expect(diff.cancel).toEqual([
      'cycle:c:deadline:unit-plan:remind:2026-01-09@2026-01-09T00:00:00.000Z',
      'cycle:c:deadline:unit-plan:remind:2026-01-11@2026-01-11T00:00:00.000Z',
    ]);
  });

  describe('after downtime (the scheduler catches up)', () => {
    const midYearData = (now: string) => plan(published, now).map((job) => job.jobId).filter((id) => id.includes(':deadline:mid-year-data:'));

    it('sends a reminder whose day has passed at once, once, when the deadline has not passed (the latest of those missed)', () => {
      // mid-year-data is due 15 July, reminded 7 and 1 days before (8 and 14 July).
      expect(midYearData('2026-07-14T05:00:00Z')).toEqual([
        'cycle:c:deadline:mid-year-data:remind:2026-07-14@2026-07-14T00:00:00.000Z',
        'cycle:c:deadline:mid-year-data:pass@2026-07-16T00:00:00.000Z',
      ]);
      expect(midYearData('2026-07-10T05:00:00Z')).toEqual([
        'cycle:c:deadline:mid-year-data:remind:2026-07-08@2026-07-08T00:00:00.000Z',
        'cycle:c:deadline:mid-year-data:remind:2026-07-14@2026-07-14T00:00:00.000Z',
        'cycle:c:deadline:mid-year-data:pass@2026-07-16T00:00:00.000Z',
      ]);
    });

    it('plans no reminder once the deadline has passed: only the overdue fact', () => {
      expect(midYearData('2026-07-16T00:00:00Z')).toEqual(['cycle:c:deadline:mid-year-data:pass@2026-07-16T00:00:00.000Z']);
      expect(midYearData('2026-09-01T00:00:00Z')).toEqual(['cycle:c:deadline:mid-year-data:pass@2026-07-16T00:00:00.000Z']);
    });
  });
});
