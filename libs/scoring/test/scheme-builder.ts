import {
  type CategoryDocument,
  type Fact,
  type NodeDocument,
  type SchemeDocument,
  type ValidScheme,
  parseScheme,
} from '@kaoping/scoring';

// Small schemes and facts for unit tests: a valid default, overridden where a test cares.

export const aLeaf = (overrides: Partial<NodeDocument> & Pick<NodeDocument, 'id'>): NodeDocument => ({
  label: overrides.id,
  method: { kind: 'proportional', target: 100 },
  ...overrides,
});

export const aCategory = (overrides: Partial<CategoryDocument> = {}): CategoryDocument => ({
  id: 'units',
  label: { 'zh-CN': '单位', en: 'Units' },
  total: 100,
  parts: [{ id: 'indicators', label: '指标', points: 100, children: [aLeaf({ id: 'output', points: 100 })] }],
  grading: {
    grades: [
      { id: 'advanced', label: { 'zh-CN': '先进', en: 'Advanced' }, min: 90 },
      { id: 'pass', label: { 'zh-CN': '合格', en: 'Pass' }, min: 60 },
      { id: 'fail', label: { 'zh-CN': '不合格', en: 'Fail' } },
    ],
  },
  ...overrides,
});

export const aSchemeDocument = (overrides: Partial<SchemeDocument> = {}): SchemeDocument => ({
  id: 'test-scheme',
  name: { 'zh-CN': '测试方案', en: 'Test scheme' },
  version: 1,
  cycle: 2026,
  periods: [{ id: 'year', label: '年度' }],
  categories: [aCategory()],
  ...overrides,
});

/** A valid scheme from a document, or the test fails with its problems. */
export const validScheme = (document: SchemeDocument): ValidScheme => {
  const parsed = parseScheme(document);
  if (!parsed.ok) throw new Error(parsed.problems.map((problem) => `${problem.path}: ${problem.message.en}`).join('\n'));
  return parsed.scheme;
};

let sequence = 0;
const nextId = (prefix: string): string => {
  sequence += 1;
  return `${prefix}-${sequence}`;
};

export const dataSubmitted = (overrides: Partial<Extract<Fact, { type: 'DataSubmitted' }>> = {}): Fact => ({
  type: 'DataSubmitted',
  id: nextId('data'),
  unitId: 'unit-a',
  indicatorId: 'output',
  period: 'year',
  value: '100',
  ...overrides,
});

export const ratingGiven = (overrides: Partial<Extract<Fact, { type: 'RatingGiven' }>> = {}): Fact => ({
  type: 'RatingGiven',
  id: nextId('rating'),
  unitId: 'unit-a',
  indicatorId: 'leaders',
  period: 'year',
  raterId: 'leader-1',
  raterRole: 'leader',
  ...overrides,
});

export const bonusApproved = (overrides: Partial<Extract<Fact, { type: 'BonusApproved' }>> = {}): Fact => ({
  type: 'BonusApproved',
  id: nextId('bonus'),
  unitId: 'unit-a',
  ruleId: 'award',
  ...overrides,
});

export const deductionApproved = (overrides: Partial<Extract<Fact, { type: 'DeductionApproved' }>> = {}): Fact => ({
  type: 'DeductionApproved',
  id: nextId('deduction'),
  unitId: 'unit-a',
  ruleId: 'criticism',
  ...overrides,
});

export const vetoConfirmed = (overrides: Partial<Extract<Fact, { type: 'VetoConfirmed' }>> = {}): Fact => ({
  type: 'VetoConfirmed',
  id: nextId('veto'),
  unitId: 'unit-a',
  vetoId: 'safety-accident',
  ...overrides,
});

export const surveyRecorded = (overrides: Partial<Extract<Fact, { type: 'SurveyRecorded' }>> = {}): Fact => ({
  type: 'SurveyRecorded',
  id: nextId('survey'),
  unitId: 'unit-a',
  indicatorId: 'public',
  period: 'year',
  ...overrides,
});

/** One score fact per unit: each unit's total equals its value (a 100-point score leaf). */
export const totalsScheme = (category: Partial<CategoryDocument> = {}): ValidScheme =>
  validScheme(
    aSchemeDocument({
      categories: [
        aCategory({
          parts: [{ id: 'indicators', label: '指标', points: 100, children: [aLeaf({ id: 'output', points: 100, method: { kind: 'score' } })] }],
          ...category,
        }),
      ],
    }),
  );

export const totalsFacts = (totals: Readonly<Record<string, string>>): readonly Fact[] =>
  Object.entries(totals).map(([unitId, value]) => dataSubmitted({ id: `total-${unitId}`, unitId, value }));
