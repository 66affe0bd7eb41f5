import type { CategoryDocument, SchemeDocument } from '@kaoping/scoring';
import { cycleEvents, event, recorded } from '../testing/lifecycle.factories';
import { TEST_SCHEME } from '../testing/test-scheme.fixture';
import { foldCycleView } from './cycle-view';
import { scoreCategory } from './score-view';

// The test scheme with the townships' committee rating (10 points, scale 好/较好/差 = 100/80/50 %)
// taken from their projects, and a category of projects scored on one 0–100 score, year end only.
const [townships, departments] = TEST_SCHEME.categories as readonly CategoryDocument[];
const SCHEME: SchemeDocument = {
  ...TEST_SCHEME,
  categories: [
    {
      ...(townships as CategoryDocument),
      parts: (townships as CategoryDocument).parts.map((part) =>
        part.id === 'committee' ? { ...part, method: { kind: 'rating' as const, scale: 'grade', fromProjects: 'projects', roles: ['committee-member'] } } : part,
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

const base = [
  ...cycleEvents({ scheme: SCHEME, open: ['planning'] }),
  recorded(event('UnitRegistered', { unitId: 'town-a', name: '甲乡', level: 'township', categoryId: 'townships' })),
  recorded(event('UnitRegistered', { unitId: 'town-b', name: '乙乡', level: 'township', categoryId: 'townships' })),
  recorded(event('UnitRegistered', { unitId: 'road', name: '甲乡公路项目', level: 'project', categoryId: 'projects', parentUnitId: 'town-a' })),
  recorded(event('IndicatorAssigned', { unitId: 'road', indicatorId: 'progress' })),
  recorded(event('DataSubmitted', { unitId: 'road', indicatorId: 'progress', period: 'year-end', value: '95' }), { id: 'progress-1' }),
];
const committee = (events: Parameters<typeof foldCycleView>[0], asOf = '2027-06-01T00:00:00+08:00') =>
  Object.fromEntries(
    scoreCategory(foldCycleView(events), 'townships', asOf).units.map((unit) => [unit.unitId, unit.parts.find((part) => part.id === 'committee')?.shown]),
  );

describe("scoreCategory: an indicator taking the grades of the unit's projects", () => {
  it("gives the owner the level of its project's live grade, and nothing to a unit without a project", () => {
    // road: 95 of 100 → 好 (≥ 90) → 100 % of the committee's 10 points.
    expect(committee(base)).toEqual({ 'town-a': '10.00', 'town-b': '0.00' });
  });

  it('leaves out a rating given by hand to the indicator (recorded before it took its projects’ grades)', () => {
    const byHand = recorded(event('RatingGiven', { unitId: 'town-a', indicatorId: 'committee', period: 'year-end', raterId: 'member-1', raterRole: 'committee-member', grade: 'poor' }));
    expect(committee([...base, byHand])).toEqual({ 'town-a': '10.00', 'town-b': '0.00' });
  });

  it('gives nothing while the project still has inputs pending', () => {
    // 1 August 2026: the year-end data of the project is due next January, so its grade is not known.
    expect(committee(base.slice(0, -1), '2026-08-01T00:00:00+08:00')).toEqual({ 'town-a': '0.00', 'town-b': '0.00' });
  });

  it("takes the project's recorded result once its category's results were computed", () => {
    const computed = recorded(
      event('ResultsComputed', { categoryId: 'projects', asOfPosition: '7', asOf: '2027-02-01T00:00:00+08:00', schemeVersion: 1, units: [{ unitId: 'road', total: '75.00', grade: 'fair', rank: 1 }] }),
    );
    // Recorded 较好 → 80 % of 10 = 8, whatever the live score says now.
    expect(committee([...base, computed])).toEqual({ 'town-a': '8.00', 'town-b': '0.00' });
  });
});
