import { type CategoryDocument, type SchemeDocument, PROBLEM_CODES, parseScheme, validateScheme } from '@kaoping/scoring';
import { aCategory, aLeaf, aSchemeDocument } from '../../test/scheme-builder';
import { problem } from './scheme-problem';

const withCategory = (overrides: Partial<CategoryDocument>): SchemeDocument => aSchemeDocument({ categories: [aCategory(overrides)] });
const twoLeaves = (a: Record<string, unknown>, b: Record<string, unknown>): CategoryDocument['parts'] => [
  { id: 'indicators', label: '指标', points: 100, children: [aLeaf({ id: 'a', ...a }), aLeaf({ id: 'b', ...b })] },
];
const grades = aCategory().grading;

/** A document that is not a SchemeDocument, for the reader's own checks. */
const raw = (document: SchemeDocument, patch: Readonly<Record<string, unknown>>): unknown => ({ ...document, ...patch });

describe('validateScheme', () => {
  it('accepts the minimal scheme', () => {
    expect(validateScheme(aSchemeDocument())).toEqual([]);
  });

  it('accepts a category that names the levels of unit it evaluates', () => {
    expect(validateScheme(withCategory({ unitLevels: ['section', 'person'] }))).toEqual([]);
  });

  it.each<[string, unknown, string, string]>([
    ['siblings whose weights do not make 100%', withCategory({ parts: [{ id: 'p', label: 'p', points: 100, children: [aLeaf({ id: 'a', weight: 60 }), aLeaf({ id: 'b', weight: 30 })] }] }), 'weights-sum', 'categories[0].parts[0].children'],
    ['children whose points miss the parent', withCategory({ parts: twoLeaves({ points: 60 }, { points: 30 }) }), 'points-sum', 'categories[0].parts[0].children'],
    ['parts whose points miss the total', withCategory({ parts: [{ id: 'p', label: 'p', points: 90, method: { kind: 'score' } }] }), 'points-sum', 'categories[0].parts'],
    ['siblings mixing weight and points', withCategory({ parts: twoLeaves({ weight: 50 }, { points: 50 }) }), 'mixed-shares', 'categories[0].parts[0].children'],
    ['a child with neither weight nor points', withCategory({ parts: twoLeaves({ points: 100 }, {}) }), 'share-missing', 'categories[0].parts[0].children[1]'],
    ['an unknown method', raw(withCategory({}), { categories: [{ ...aCategory(), parts: [{ id: 'p', label: 'p', points: 100, method: { kind: 'magic' } }] }] }), 'unknown-method', 'categories[0].parts[0].method.kind'],
    ['a node with both children and a method', withCategory({ parts: [{ id: 'p', label: 'p', points: 100, method: { kind: 'score' }, children: [aLeaf({ id: 'a', points: 100 })] }] }), 'node-shape', 'categories[0].parts[0]'],
    ['a negative cap', withCategory({ bonuses: { rules: [{ id: 'award', label: '奖', points: 1 }], max: -2 } }), 'negative-cap', 'categories[0].bonuses.max'],
    ['a negative cap of a source', aSchemeDocument({ sources: [{ id: 'office', label: '办' }], categories: [aCategory({ deductions: { rules: [{ id: 'finding', label: '扣' }], caps: [{ id: 'office-cap', max: -1, sources: ['office'] }] } })] }), 'negative-cap', 'categories[0].deductions.caps[0].max'],
    ['quota shares over 100%', withCategory({ grading: { grades: [{ id: 'a', label: 'A', quota: { share: 60 } }, { id: 'b', label: 'B', quota: { share: 50 } }, { id: 'c', label: 'C' }] } }), 'quota-over-100', 'categories[0].grading.grades[1].quota.share'],
    ['a quota with both share and count', withCategory({ grading: { grades: [{ id: 'a', label: 'A', quota: { share: 20, count: 2 } }, { id: 'c', label: 'C' }] } }), 'quota-shape', 'categories[0].grading.grades[0].quota'],
    ['a cap on a missing source', withCategory({ deductions: { rules: [{ id: 'finding', label: '扣' }], caps: [{ id: 'cap', max: 2, sources: ['nobody'] }] } }), 'unknown-reference', 'categories[0].deductions.caps[0].sources[0]'],
    ['a cap on a missing rule', withCategory({ deductions: { rules: [{ id: 'finding', label: '扣' }], caps: [{ id: 'cap', max: 2, rules: ['missing'] }] } }), 'unknown-reference', 'categories[0].deductions.caps[0].rules[0]'],
    ['a flag on a missing indicator', withCategory({ resultsUse: { flags: [{ id: 'low', label: '低', kind: 'ratio-below', node: 'ghost', percent: 60 }] } }), 'unknown-reference', 'categories[0].resultsUse.flags[0].node'],
    ['a veto forcing a missing grade', withCategory({ vetoes: [{ id: 'accident', label: '事故', forceGrade: 'expelled' }] }), 'unknown-reference', 'categories[0].vetoes[0].forceGrade'],
    ['a veto with no effect', withCategory({ vetoes: [{ id: 'accident', label: '事故' }] }), 'veto-effect', 'categories[0].vetoes[0]'],
    ['a rating on a missing scale', withCategory({ parts: [{ id: 'p', label: 'p', points: 100, method: { kind: 'rating', scale: 'stars' } }] }), 'unknown-reference', 'categories[0].parts[0].method.scale'],
    ['a pinned period that does not exist', withCategory({ parts: [{ id: 'p', label: 'p', points: 100, period: 'q5', method: { kind: 'score' } }] }), 'unknown-reference', 'categories[0].parts[0].period'],
    ['a provider that is not a source', withCategory({ parts: [{ id: 'p', label: 'p', points: 100, provider: 'bureau', method: { kind: 'score' } }] }), 'unknown-reference', 'categories[0].parts[0].provider'],
    ['duplicate indicator ids in a category', withCategory({ parts: twoLeaves({ points: 50 }, { id: 'a', points: 50 }) }), 'duplicate-id', 'categories[0].parts[0].children[1].id'],
    ['duplicate category ids', aSchemeDocument({ categories: [aCategory(), aCategory()] }), 'duplicate-id', 'categories[1].id'],
    ['period weights not summing to 100% (1)', aSchemeDocument({ periods: [{ id: 'h1', label: 'H1' }, { id: 'h2', label: 'H2' }], categories: [aCategory({ parts: [{ id: 'p', label: 'p', points: 100, periods: [{ period: 'h1', weight: 50 }, { period: 'h2', weight: 40 }], method: { kind: 'score' } }] })] }), 'period-weights-sum', 'categories[0].parts[0].periods'],
    ['period points missing the node', aSchemeDocument({ periods: [{ id: 'h1', label: 'H1' }, { id: 'h2', label: 'H2' }], categories: [aCategory({ parts: [{ id: 'p', label: 'p', points: 100, periods: [{ period: 'h1', points: 30 }, { period: 'h2', points: 60 }], method: { kind: 'score' } }] })] }), 'period-points-sum', 'categories[0].parts[0].periods'],
    ['both period and periods', withCategory({ parts: [{ id: 'p', label: 'p', points: 100, period: 'year', periods: [{ period: 'year' }], method: { kind: 'score' } }] }), 'period-conflict', 'categories[0].parts[0]'],
    ['thresholds not descending', withCategory({ grading: { grades: [{ id: 'a', label: 'A', min: 80 }, { id: 'b', label: 'B', min: 85 }, { id: 'c', label: 'C' }] } }), 'thresholds-order', 'categories[0].grading.grades[1].min'],
    ['a minimum on the fallback grade', withCategory({ grading: { grades: [{ id: 'a', label: 'A', min: 80 }, { id: 'b', label: 'B', min: 60 }] } }), 'fallback-grade', 'categories[0].grading.grades[1]'],
    ['survey tiers out of order', withCategory({ parts: [{ id: 'p', label: 'p', points: 100, method: { kind: 'survey', tiers: [{ min: 80, percent: 90 }, { min: 90, percent: 100 }] } }] }), 'tiers-order', 'categories[0].parts[0].method.tiers[1].min'],
    ['rater weights not making 100%', withCategory({ parts: [{ id: 'p', label: 'p', points: 100, method: { kind: 'points', raterWeights: { governor: 40, vice: 40 } } }] }), 'rater-weights-sum', 'categories[0].parts[0].method.raterWeights'],
    ['a rater role the scheme does not name', aSchemeDocument({ raterRoles: [{ id: 'governor', label: '省长' }], categories: [aCategory({ parts: [{ id: 'p', label: 'p', points: 100, method: { kind: 'points', roles: ['governor', 'mayor'] } }] })] }), 'unknown-reference', 'categories[0].parts[0].method.roles[1]'],
    ['a rater weight for a role the scheme does not name', aSchemeDocument({ raterRoles: [{ id: 'governor', label: '省长' }], categories: [aCategory({ parts: [{ id: 'p', label: 'p', points: 100, method: { kind: 'points', raterWeights: { governor: 60, mayor: 40 } } }] })] }), 'unknown-reference', 'categories[0].parts[0].method.raterWeights.mayor'],
    ['a rater role named twice', aSchemeDocument({ raterRoles: [{ id: 'governor', label: '省长' }, { id: 'governor', label: '省长' }] }), 'duplicate-id', 'raterRoles[1].id'],
    ['two caps over the same items', withCategory({ deductions: { rules: [{ id: 'finding', label: '扣' }], caps: [{ id: 'one', max: 2 }, { id: 'two', max: 3, rules: ['finding'] }] } }), 'overlapping-caps', 'categories[0].deductions.caps[1]'],
    ['phases out of order', aSchemeDocument({ calendar: { phases: { 'mid-year': { start: '07-01', end: '07-31' }, 'year-end': { start: '06-01', end: '06-30' } } } }), 'calendar-order', 'calendar.phases.year-end.start'],
    ['a phase ending before it starts', aSchemeDocument({ calendar: { phases: { review: { start: 'next 02-10', end: 'next 02-01' } } } }), 'calendar-order', 'calendar.phases.review.end'],
    ['deadlines of later periods falling earlier', aSchemeDocument({ periods: [{ id: 'h1', label: 'H1' }, { id: 'h2', label: 'H2' }], calendar: { deadlines: [{ id: 'd1', kind: 'data', period: 'h1', due: '07-15' }, { id: 'd2', kind: 'data', period: 'h2', due: '06-15' }] } }), 'calendar-order', 'calendar.deadlines[1].due'],
    ['a date that cannot be read', aSchemeDocument({ calendar: { deadlines: [{ id: 'd1', kind: 'data', due: '2026-02-30' }] } }), 'bad-date', 'calendar.deadlines[0].due'],
    ['dates referring to each other', aSchemeDocument({ calendar: { deadlines: [{ id: 'd1', kind: 'data', due: 'd2 + 1d' }, { id: 'd2', kind: 'plan', due: 'd1 + 1d' }] } }), 'calendar-cycle', 'calendar.deadlines[0].due'],
    ['a date anchored on nothing', aSchemeDocument({ calendar: { deadlines: [{ id: 'd1', kind: 'data', due: 'review.end + 3d' }] } }), 'unknown-reference', 'calendar.deadlines[0].due'],
    ['an unknown field', raw(aSchemeDocument(), { colour: 'red' }), 'unknown-field', 'colour'],
    ['a deadline without a kind', raw(aSchemeDocument(), { calendar: { deadlines: [{ id: 'd1', due: '07-15' }] } }), 'required', 'calendar.deadlines[0].kind'],
    ['a category of a unit level there is none of', raw(aSchemeDocument(), { categories: [{ ...aCategory(), unitLevels: ['department', 'village'] }] }), 'out-of-range', 'categories[0].unitLevels[1]'],
    ['a category that evaluates no level at all', raw(aSchemeDocument(), { categories: [{ ...aCategory(), unitLevels: [] }] }), 'empty-list', 'categories[0].unitLevels'],
    ['a deadline of an unknown kind', raw(aSchemeDocument(), { calendar: { deadlines: [{ id: 'd1', kind: 'lunch', due: '07-15' }] } }), 'out-of-range', 'calendar.deadlines[0].kind'],
    ['an unknown phase', raw(aSchemeDocument(), { calendar: { phases: { holidays: { start: '07-01', end: '08-31' } } } }), 'unknown-reference', 'calendar.phases.holidays'],
    ['a missing id', raw(aSchemeDocument(), { id: undefined }), 'required', 'id'],
    ['a weight that is not a number', withCategory({ parts: [{ id: 'p', label: 'p', points: 'lots', method: { kind: 'score' } }] }), 'not-a-decimal', 'categories[0].parts[0].points'],
    ['an id with spaces', withCategory({ id: 'two words' }), 'bad-id', 'categories[0].id'],
    ['no grades', withCategory({ grading: { grades: [] } }), 'empty-list', 'categories[0].grading.grades'],
  ])('reports %s', (_rule, document, code, path) => {
    expect(validateScheme(document)).toContainEqual(expect.objectContaining({ code, path }));
  });

  it('takes any rater role while the scheme names none (schemes published before raterRoles)', () => {
    expect(validateScheme(withCategory({ parts: [{ id: 'p', label: 'p', points: 100, method: { kind: 'points', roles: ['governor', 'mayor'] } }] }))).toEqual([]);
  });

  it('lists every problem at once, each with a message in Chinese and in English', () => {
    const problems = validateScheme(
      withCategory({ parts: twoLeaves({ points: 60 }, { points: 30 }), bonuses: { rules: [{ id: 'award', label: '奖' }], max: -1 }, grading: grades }),
    );
    expect(problems.map((found) => found.code).sort()).toEqual(['negative-cap', 'points-sum']);
    for (const found of problems) {
      expect(found.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(found.message.en).toMatch(/[a-z]/);
    }
  });

  it('never hands out a scheme with problems', () => {
    const parsed = parseScheme(withCategory({ parts: twoLeaves({ points: 60 }, { points: 30 }) }));
    expect(parsed.ok).toBe(false);
  });

  it.each(PROBLEM_CODES.map((code) => [code]))('words rule %s in both locales', (code) => {
    const { message } = problem(code, 'x', {});
    expect([message['zh-CN'].length > 0, message.en.length > 0]).toEqual([true, true]);
  });
});
