import type { CategoryDocument, ResolvedDeadline, SchemeDocument } from '@kaoping/scoring';
import type { ActiveCycle } from '../cycle/cycle.state';
import { cycleWith, townshipRegistered, unitWith } from '../testing/context.factories';
import { actors, event, recorded } from '../testing/lifecycle.factories';
import { TEST_SCHEME } from '../testing/test-scheme.fixture';
import { obligationsAt } from './obligations';

const cycle = (() => {
  const folded = cycleWith({ open: ['planning'] });
  if (folded.status !== 'active') throw new Error('the test cycle has no scheme');
  return folded;
})() satisfies ActiveCycle;
const deadline = (kind: ResolvedDeadline['kind'], period?: string): ResolvedDeadline => ({ id: `${kind}-${period ?? 'any'}`, kind, period, due: '2026-07-20', reminders: [] });
const reporter = actors.reporter('town-a');
const plan = recorded(event('EvaluationPlanSubmitted', { unitId: 'town-a', summary: '计划', documents: [] }), { id: 'plan-1', actor: reporter });
const returned = recorded(event('EvaluationPlanReturned', { unitId: 'town-a', planId: 'plan-1' }));
const owed = (events: Parameters<typeof unitWith>[0], due: ResolvedDeadline) =>
  obligationsAt({ cycle, unit: unitWith(events), deadline: due }).map((item) => ({ indicatorId: item.indicatorId, delivered: item.deliveredBy !== undefined }));

describe('obligationsAt: what a unit owes by a deadline (reminders, overdue facts and the status board alike)', () => {
  it('owes the evaluation plan again once it was returned', () => {
    expect(owed([townshipRegistered()], deadline('plan'))).toEqual([{ indicatorId: undefined, delivered: false }]);
    expect(owed([townshipRegistered(), plan], deadline('plan'))).toEqual([{ indicatorId: undefined, delivered: true }]);
    expect(owed([townshipRegistered(), plan, returned], deadline('plan'))).toEqual([{ indicatorId: undefined, delivered: false }]);
  });

  it('owes ratings and surveys for every such indicator of the category, assigned or not', () => {
    expect(owed([townshipRegistered()], deadline('rating', 'year-end')).map((item) => item.indicatorId).sort()).toEqual(['committee', 'leaders']);
    expect(owed([townshipRegistered()], deadline('survey', 'year-end')).map((item) => item.indicatorId)).toEqual(['public']);
    const rated = recorded(event('RatingGiven', { unitId: 'town-a', indicatorId: 'leaders', period: 'year-end', raterId: 'head-1', raterRole: 'county-head', points: '9.5' }));
    expect(owed([townshipRegistered(), rated], deadline('rating', 'year-end')).find((item) => item.indicatorId === 'leaders')?.delivered).toBe(true);
  });

  it('owes no rating in a period the scheme does not rate the indicator in (Qitai: a special project is graded once, at year-end)', () => {
    expect(owed([townshipRegistered()], deadline('rating', 'mid-year'))).toEqual([]);
  });

  it('owes data only for the data indicators assigned to the unit', () => {
    expect(owed([townshipRegistered()], deadline('data', 'mid-year'))).toEqual([]);
    const assigned = recorded(event('IndicatorAssigned', { unitId: 'town-a', indicatorId: 'revenue', providerId: 'finance-bureau', targets: { 'mid-year': '2500' } }));
    const submitted = recorded(event('DataSubmitted', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '2400' }), { id: 'data-1' });
    expect(obligationsAt({ cycle, unit: unitWith([townshipRegistered(), assigned]), deadline: deadline('data', 'mid-year') })).toEqual([
      { unitId: 'town-a', deadlineId: 'data-mid-year', kind: 'data', period: 'mid-year', indicatorId: 'revenue', providerId: 'finance-bureau' },
    ]);
    expect(obligationsAt({ cycle, unit: unitWith([townshipRegistered(), assigned, submitted]), deadline: deadline('data', 'mid-year') })[0]?.deliveredBy).toBe('data-1');
  });

  it('owes a value for each of the unit’s own level-3 indicators under an assigned indicator, delivered once all are in', () => {
    const assigned = recorded(event('IndicatorAssigned', { unitId: 'town-a', indicatorId: 'revenue', providerId: 'finance-bureau' }));
    const items = recorded(
      event('UnitIndicatorsAssigned', {
        unitId: 'town-a',
        indicatorId: 'revenue',
        items: [
          { id: 'tax', label: '税收收入', weight: '70', target: '2000' },
          { id: 'fees', label: '非税收入', weight: '30', target: '500' },
        ],
      }),
    );
    const value = (item: string, id: string) => recorded(event('DataSubmitted', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '1', item }), { id });
    const deliveredBy = (events: Parameters<typeof unitWith>[0]) => obligationsAt({ cycle, unit: unitWith(events), deadline: deadline('data', 'mid-year') })[0]?.deliveredBy;
    expect(deliveredBy([townshipRegistered(), assigned, items, value('tax', 'v-tax')])).toBeUndefined();
    expect(deliveredBy([townshipRegistered(), assigned, items, value('tax', 'v-tax'), value('fees', 'v-fees')])).toBe('v-fees');
  });
});

describe('obligationsAt with tracking rounds and projects', () => {
  // The test scheme with a tracking round before the mid-year on its indicators, a category of
  // projects evaluated at year end only, and the townships' committee rating taken from their projects.
  const [townships, departments] = TEST_SCHEME.categories;
  const scheme: SchemeDocument = {
    ...TEST_SCHEME,
    periods: [{ id: 'tracking-1', label: { 'zh-CN': '第一轮跟踪', en: 'Tracking 1' } }, ...TEST_SCHEME.periods],
    categories: [
      {
        ...(townships as CategoryDocument),
        parts: (townships as CategoryDocument).parts.map((part) =>
          part.id === 'indicators'
            ? { ...part, tracking: ['tracking-1'] }
            : part.id === 'committee'
              ? { ...part, method: { kind: 'rating' as const, scale: 'grade', fromProjects: 'projects', roles: ['committee-member'] } }
              : part,
        ),
      },
      departments as CategoryDocument,
      {
        id: 'projects',
        label: { 'zh-CN': '项目', en: 'Projects' },
        unitLevels: ['project'],
        total: 100,
        parts: [{ id: 'progress', label: { 'zh-CN': '进度', en: 'Progress' }, points: 100, method: { kind: 'score', outOf: 100 } }],
        grading: { grades: [{ id: 'good', label: '好', min: 90 }, { id: 'fair', label: '较好', min: 60 }, { id: 'poor', label: '差' }] },
      },
    ],
  };
  const projectsCycle = (() => {
    const folded = cycleWith({ scheme, open: ['planning'] });
    if (folded.status !== 'active') throw new Error('the projects scheme did not publish');
    return folded;
  })() satisfies ActiveCycle;
  const owes = (events: Parameters<typeof unitWith>[0], due: ResolvedDeadline) =>
    obligationsAt({ cycle: projectsCycle, unit: unitWith(events), deadline: due }).map((item) => `${item.kind} ${item.period} ${item.indicatorId ?? '-'}`);
  const project = recorded(event('UnitRegistered', { unitId: 'road', name: '公路项目', level: 'project', categoryId: 'projects', parentUnitId: 'town-a' }));
  const progress = recorded(event('IndicatorAssigned', { unitId: 'road', indicatorId: 'progress' }));
  const revenue = recorded(event('IndicatorAssigned', { unitId: 'town-a', indicatorId: 'revenue', targets: { 'tracking-1': '800', 'mid-year': '2500' } }));

  it('owes the data of a tracking round for the indicators tracked in it', () => {
    expect(owes([townshipRegistered(), revenue], deadline('data', 'tracking-1'))).toEqual(['data tracking-1 revenue']);
    expect(owes([townshipRegistered(), revenue], deadline('data', 'mid-year'))).toEqual(['data mid-year revenue']);
  });

  it('owes a project nothing for a period its category is not evaluated in, and a tracking round owes no self-assessment', () => {
    expect(owes([project, progress], deadline('self-assessment', 'mid-year'))).toEqual([]);
    expect(owes([project, progress], deadline('data', 'mid-year'))).toEqual([]);
    expect(owes([project, progress], deadline('self-assessment', 'year-end'))).toEqual(['self-assessment year-end -']);
    expect(owes([project, progress], deadline('data', 'year-end'))).toEqual(['data year-end progress']);
    expect(owes([townshipRegistered(), revenue], deadline('self-assessment', 'tracking-1'))).toEqual([]);
    expect(owes([townshipRegistered(), revenue], deadline('self-assessment', 'mid-year'))).toEqual(['self-assessment mid-year -']);
  });

  it('owes no rating of an indicator its projects deliver', () => {
    expect(owes([townshipRegistered()], deadline('rating', 'year-end'))).toEqual(['rating year-end leaders']);
  });
});
