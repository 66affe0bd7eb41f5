import type { ResultLine } from '../results/results.events';
import { actors, command, event, meta, recorded } from '../testing/lifecycle.factories';
import { inMemoryEvaluation } from '../testing/in-memory-evaluation';
import { TEST_SCHEME } from '../testing/test-scheme.fixture';
import { foldCycleView } from './cycle-view';
import { previousCycleOf } from './previous-cycle';
import { scoreCategory } from './score-view';

const LAST_YEAR = 'y2025';
const line = (unitId: string, rank: number, grade: string, total: string): ResultLine => ({ unitId, total, grade, rank });
const lastYearLines = [line('town-b', 1, 'advanced', '95.00'), line('town-a', 2, 'fail', '50.00')];

const lastYear = (status: 'computed' | 'published' | 'finalised') =>
  foldCycleView([
    recorded(event('CycleCreated', { cycleId: LAST_YEAR, year: 2025, name: '2025年度' })),
    recorded(event('ResultsComputed', { cycleId: LAST_YEAR, categoryId: 'townships', asOfPosition: '9', asOf: '2026-03-01T00:00:00Z', schemeVersion: 1, units: lastYearLines }), { id: 'computed-1' }),
    ...(status === 'computed' ? [] : [recorded(event('ResultsPublished', { cycleId: LAST_YEAR, categoryId: 'townships', computed: 'computed-1', noticeEndsAt: '2026-03-10T00:00:00Z' }), { id: 'published-1' })]),
    ...(status === 'finalised' ? [recorded(event('ResultsFinalised', { cycleId: LAST_YEAR, categoryId: 'townships', published: 'published-1', computed: 'computed-1' }))] : []),
    recorded(event('RectificationOrdered', { cycleId: LAST_YEAR, orderId: 'order-1', unitId: 'town-a', reason: '群众满意度低', dueAt: '2026-06-30T00:00:00Z' })),
    recorded(event('RectificationOrdered', { cycleId: LAST_YEAR, orderId: 'order-2', unitId: 'town-b', reason: '台账不全', dueAt: '2026-05-30T00:00:00Z' })),
    recorded(event('RectificationAccepted', { cycleId: LAST_YEAR, orderId: 'order-2', unitId: 'town-b' })),
  ]);

// Two consecutive years 不合格 are flagged (as Jiangsu's 诫勉 and the city organs' 不达标).
const SCHEME = {
  ...TEST_SCHEME,
  categories: TEST_SCHEME.categories.map((category) =>
    category.id === 'townships'
      ? {
          ...category,
          resultsUse: {
            grades: { fail: { payFactor: -20, actions: [{ 'zh-CN': '诫勉谈话', en: 'Admonition talk' }] } },
            flags: [{ id: 'two-years-fail', label: { 'zh-CN': '连续两年不合格', en: 'Failed two years running' }, kind: 'consecutive-grade', grade: 'fail', years: 2 }],
          },
        }
      : category,
  ),
};

const thisYear = () => {
  const world = inMemoryEvaluation();
  const office = actors.office();
  world.run(command('CreateCycle', { cycleId: 'y2026', year: 2026, name: '2026年度' }, meta(office)));
  world.run(command('PublishScheme', { cycleId: 'y2026', scheme: SCHEME }, meta(office)));
  world.run(command('OpenPhase', { cycleId: 'y2026', phase: 'planning', trigger: 'manual' }, meta(office)));
  world.run(command('RegisterUnit', { cycleId: 'y2026', unitId: 'town-a', name: '甲乡', level: 'township', categoryId: 'townships' }, meta(office)));
  world.run(command('RegisterUnit', { cycleId: 'y2026', unitId: 'town-b', name: '乙镇', level: 'township', categoryId: 'townships' }, meta(office)));
  return world.view();
};

describe('previousCycleOf: last year as this year compares with it', () => {
  it('takes the published lines and the rectification orders not yet accepted', () => {
    expect(previousCycleOf(lastYear('published'), 'townships')).toEqual({
      cycleId: LAST_YEAR,
      units: [
        { unitId: 'town-b', rank: 1, grade: 'advanced', total: '95.00' },
        { unitId: 'town-a', rank: 2, grade: 'fail', total: '50.00', openRectifications: [{ id: 'order-1', title: '群众满意度低' }] },
      ],
    });
    expect(previousCycleOf(lastYear('finalised'), 'townships')?.units.map((unit) => unit.rank)).toEqual([1, 2]);
  });

  it('compares with nothing still provisional, but carries the open rectification all the same', () =>
    expect(previousCycleOf(lastYear('computed'), 'townships')?.units).toEqual([{ unitId: 'town-a', openRectifications: [{ id: 'order-1', title: '群众满意度低' }] }]));

  it('keeps the results-use flags the recorded lines raised then', () => {
    const flagged = foldCycleView([
      recorded(event('CycleCreated', { cycleId: LAST_YEAR, year: 2025, name: '2025年度' })),
      recorded(event('ResultsComputed', { cycleId: LAST_YEAR, categoryId: 'townships', asOfPosition: '9', asOf: '2026-03-01T00:00:00Z', schemeVersion: 1, units: [{ ...line('town-a', 1, 'fail', '50.00'), flags: ['two-years-fail'] }] }), { id: 'computed-2' }),
      recorded(event('ResultsPublished', { cycleId: LAST_YEAR, categoryId: 'townships', computed: 'computed-2', noticeEndsAt: '2026-03-10T00:00:00Z' })),
    ]);
    expect(previousCycleOf(flagged, 'townships')?.units).toEqual([{ unitId: 'town-a', rank: 1, grade: 'fail', total: '50.00', flags: ['two-years-fail'] }]);
  });

  it('is nothing for a cycle that does not exist', () => expect(previousCycleOf(foldCycleView([]), 'townships')).toBeUndefined());
});

describe('scoreCategory against last year', () => {
  it('gives the rank change, the two-year lowest-grade flag and the carried rectification', () => {
    // Nothing submitted this year: both score 0, share rank 1, and are graded 不合格.
    const result = scoreCategory(thisYear(), 'townships', '2027-03-01T00:00:00+08:00', previousCycleOf(lastYear('published'), 'townships'));
    const a = result.units.find((unit) => unit.unitId === 'town-a');
    const b = result.units.find((unit) => unit.unitId === 'town-b');
    expect([a?.grade.id, a?.rank, a?.resultsUse]).toEqual([
      'fail',
      1,
      { payFactor: '-20', actions: [{ 'zh-CN': '诫勉谈话', en: 'Admonition talk' }], rankChange: { previousRank: 2, change: 1, direction: 'up' } },
    ]);
    expect(a?.flags.filter((flag) => flag.code === 'results-flag' || flag.code === 'rectification-carried').map((flag) => [flag.code, flag.ref, flag.items])).toEqual([
      ['results-flag', 'two-years-fail', undefined],
      ['rectification-carried', LAST_YEAR, ['order-1']],
    ]);
    expect(b?.resultsUse.rankChange).toEqual({ previousRank: 1, change: 0, direction: 'same' });
    expect(b?.flags.map((flag) => flag.code)).not.toContain('results-flag');
    expect(b?.flags.map((flag) => flag.code)).not.toContain('rectification-carried');
  });

  it('without last year: no rank change and no two-year flag', () => {
    const a = scoreCategory(thisYear(), 'townships', '2027-03-01T00:00:00+08:00').units.find((unit) => unit.unitId === 'town-a');
    expect(a?.resultsUse.rankChange).toBeUndefined();
    expect(a?.flags.map((flag) => flag.code)).not.toContain('results-flag');
  });
});
