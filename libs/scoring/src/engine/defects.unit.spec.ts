import { type CategoryResult, type Fact, SCHEME_ID_PATTERN, type UnitResult, type ValidScheme, isSchemeId, parseScheme, scoreCategory, validateScheme } from '@kaoping/scoring';
import { aCategory, aLeaf, aSchemeDocument, dataSubmitted, deductionApproved, ratingGiven, surveyRecorded, totalsFacts, totalsScheme, validScheme } from '../../test/scheme-builder';

// Defects found running full cycles through the API (issue 12), each pinned by the rule it broke.

const score = (scheme: ValidScheme, facts: readonly Fact[], extra: Readonly<{ asOf?: string }> = {}): CategoryResult =>
  scoreCategory({ scheme, categoryId: 'units', facts, ...extra });
const unit = (result: CategoryResult, unitId: string): UnitResult => {
  const found = result.units.find((candidate) => candidate.unitId === unitId);
  if (found === undefined) throw new Error(`no ${unitId}`);
  return found;
};

describe('a total has no floor unless the scheme sets one', () => {
  // City organs: a mass incident deducts 10; grades by quota 25/35/34/6 %.
  const cityOrgans = (floor?: number): ValidScheme =>
    totalsScheme({
      ...(floor === undefined ? {} : { floor }),
      deductions: { rules: [{ id: 'mass-incident', label: '群体性事件', points: 10 }] },
      grading: {
        grades: [
          { id: 'excellent', label: '优秀', quota: { share: 25 } },
          { id: 'good', label: '良好', quota: { share: 35 } },
          { id: 'standard', label: '达标', quota: { share: 34 } },
          { id: 'below', label: '不达标' },
        ],
      },
    });
  const facts = [
    ...totalsFacts({ a: '40', b: '35', c: '95', d: '90' }),
    deductionApproved({ unitId: 'a', ruleId: 'mass-incident', count: '6' }),
    deductionApproved({ unitId: 'b', ruleId: 'mass-incident', count: '6' }),
  ];

  it('keeps the negative totals of two organs with six mass incidents each, ranked by them, last', () => {
    const result = score(cityOrgans(), facts);
    expect(result.units.map((found) => [found.unitId, found.total, found.rank])).toEqual([
      ['c', '95.00', 1],
      ['d', '90.00', 2],
      ['a', '-20.00', 3],
      ['b', '-25.00', 4],
    ]);
  });

  it('does not hand them 优秀 by the tie rule', () => {
    const result = score(cityOrgans(), facts);
    expect([unit(result, 'a').grade.id, unit(result, 'b').grade.id]).not.toContain('excellent');
    // 4 units: 优秀 1 place, 良好 round(1.4) = 1, 达标 round(3.76) − 2 = 2, 不达标 none.
    expect([unit(result, 'c').grade.id, unit(result, 'd').grade.id, unit(result, 'a').grade.id, unit(result, 'b').grade.id]).toEqual([
      'excellent',
      'good',
      'standard',
      'standard',
    ]);
  });

  it('floors at the value a scheme sets, and says so in the explanation', () => {
    const result = score(cityOrgans(0), facts);
    expect([unit(result, 'a').total, unit(result, 'a').explanation.inputs['floored']]).toEqual(['0.00', '-20']);
    expect(unit(result, 'a').explanation.rule['zh-CN']).toContain('不低于0');
    expect(unit(result, 'c').explanation.rule['zh-CN']).toContain('不低于0');
  });

  it('states no floor in the total rule when there is none', () => {
    expect(unit(score(cityOrgans(), facts), 'a').explanation.rule['zh-CN']).not.toContain('不低于');
  });
});

describe('the last places of a bottom-ranks flag', () => {
  const scheme = totalsScheme({ resultsUse: { flags: [{ id: 'last', label: '末位', kind: 'bottom-ranks', count: 1 }] } });
  const flagged = (result: CategoryResult): readonly string[] =>
    result.units.filter((found) => found.flags.some((flag) => flag.ref === 'last')).map((found) => found.unitId);

  it('flags every unit sharing the last rank', () => {
    expect(flagged(score(scheme, totalsFacts({ a: '95', b: '80', c: '80' })))).toEqual(['b', 'c']);
  });

  it('flags only the last when nobody shares its rank', () => {
    expect(flagged(score(scheme, totalsFacts({ a: '95', b: '80', c: '70' })))).toEqual(['c']);
  });

  it('counts the last three places in rank order, ties at the boundary included', () => {
    const three = totalsScheme({ resultsUse: { flags: [{ id: 'last', label: '后三名', kind: 'bottom-ranks', count: 3 }] } });
    expect(flagged(score(three, totalsFacts({ a: '95', b: '90', c: '85', d: '85', e: '70' })))).toEqual(['c', 'd', 'e']);
  });
});

describe('满意率低于60% judges a survey that is in', () => {
  const scheme = validScheme(
    aSchemeDocument({
      scales: { satisfaction: { levels: [{ id: '满意', label: '满意', percent: 100 }, { id: '不满意', label: '不满意', percent: 0 }] } },
      calendar: {
        phases: { 'year-end': { start: '12-01', end: 'next 01-15' } },
        deadlines: [{ id: 'survey-due', kind: 'survey', due: '12-20' }],
      },
      categories: [
        aCategory({
          parts: [
            { id: 'work', label: '工作', points: 90, method: { kind: 'score' } },
            { id: 'public', label: '群众评议', points: 10, method: { kind: 'survey', scale: 'satisfaction' } },
          ],
          resultsUse: { flags: [{ id: 'low-satisfaction', label: '满意率低于60%', kind: 'ratio-below', node: 'public', percent: 60 }] },
        }),
      ],
    }),
  );
  const work = (unitId: string): Fact => ({ type: 'DataSubmitted', id: `work-${unitId}`, unitId, indicatorId: 'work', period: 'year', value: '90' });
  const raised = (found: UnitResult): boolean => found.flags.some((flag) => flag.ref === 'low-satisfaction');

  it('raises no flag while the survey is pending', () => {
    const result = score(scheme, [work('a')], { asOf: '2026-12-10T00:00:00Z' });
    expect(unit(result, 'a').flags.map((flag) => flag.code)).toContain('pending-data');
    expect(raised(unit(result, 'a'))).toBe(false);
  });

  it('raises it once a survey below 60% is recorded', () => {
    const facts = [work('a'), surveyRecorded({ unitId: 'a', counts: { 满意: '5', 不满意: '5' } })];
    expect(raised(unit(score(scheme, facts, { asOf: '2026-12-10T00:00:00Z' }), 'a'))).toBe(true);
  });

  it('does not raise it on a survey at 60%', () => {
    const facts = [work('a'), surveyRecorded({ unitId: 'a', counts: { 满意: '6', 不满意: '4' } })];
    expect(raised(unit(score(scheme, facts), 'a'))).toBe(false);
  });
});

describe('one id rule for schemes and the API', () => {
  it.each(['乡镇', '良好', '满意', 'townships', 'g1-i2', 'key_work', '2026'])('accepts %s', (id) => {
    expect(isSchemeId(id)).toBe(true);
    expect(SCHEME_ID_PATTERN.test(id)).toBe(true);
  });

  it.each(['', '-x', 'a.b', 'a b', 'a@b', 'x'.repeat(65)])('refuses "%s"', (id) => {
    expect(isSchemeId(id)).toBe(false);
  });

  it('publishes a scheme with Chinese ids (category 乡镇, grade 良好, levels keyed 满意) and scores it', () => {
    const document = aSchemeDocument({
      scales: { 满意度: { levels: [{ id: '满意', label: '满意', percent: 100 }, { id: '不满意', label: '不满意', percent: 50 }] } },
      categories: [
        aCategory({
          id: '乡镇',
          parts: [{ id: '群众评议', label: '群众评议', points: 100, method: { kind: 'survey', scale: '满意度' } }],
          grading: { grades: [{ id: '良好', label: '良好', min: 80 }, { id: '一般', label: '一般' }] },
        }),
      ],
    });
    const parsed = parseScheme(document);
    if (!parsed.ok) throw new Error('refused');
    const result = scoreCategory({
      scheme: parsed.scheme,
      categoryId: '乡镇',
      facts: [{ type: 'SurveyRecorded', id: 's1', unitId: '城关镇', indicatorId: '群众评议', counts: { 满意: '3', 不满意: '1' } }],
    });
    expect([result.units[0]?.total, result.units[0]?.grade.id]).toEqual(['87.50', '良好']);
  });

  it('refuses a scheme id the API could not take, naming the rule', () => {
    const problems = validateScheme(aSchemeDocument({ categories: [aCategory({ id: 'a.b' })] }));
    expect(problems).toEqual([expect.objectContaining({ path: 'categories[0].id', code: 'bad-id' })]);
    expect(problems[0]?.message['zh-CN']).toContain('1–64');
  });
});

describe('exact values stay exact, and an approximation is never shown as exact', () => {
  const oneLeaf = (method: NonNullable<Parameters<typeof aLeaf>[0]['method']>): ValidScheme =>
    validScheme(aSchemeDocument({ categories: [aCategory({ total: 10, parts: [{ id: 'work', label: '工作', points: 10, children: [aLeaf({ id: 'output', points: 10, method })] }] })] }));

  it('shows 10 points × 1.65 ÷ a target of 3 as exactly 5.5 (it was 5.4999…9)', () => {
    const result = score(oneLeaf({ kind: 'proportional', target: 3 }), [dataSubmitted({ unitId: 'a', value: '1.65' })]);
    const part = unit(result, 'a').parts[0];
    expect([part?.value, part?.fraction, unit(result, 'a').totalExact]).toEqual(['5.5', undefined, '5.5']);
  });

  it('writes 10 × 4/9 as 4.44444444444444444444… with its exact fraction 40/9', () => {
    const facts = ['1', '1', '2'].map((points, index) => ratingGiven({ unitId: 'a', indicatorId: 'output', raterId: `r${index}`, points }));
    const result = unit(score(oneLeaf({ kind: 'points', outOf: 3 }), facts), 'a');
    expect([result.parts[0]?.value, result.parts[0]?.fraction, result.totalFraction, result.total]).toEqual([
      '4.44444444444444444444…',
      '40/9',
      '40/9',
      '4.44',
    ]);
    expect([result.explanation.children[0]?.value, result.explanation.children[0]?.fraction]).toEqual(['4.44444444444444444444…', '40/9']);
  });

  it('adds three thirds of a period combination back to exactly full marks', () => {
    const scheme = validScheme(
      aSchemeDocument({
        periods: [{ id: 'q1', label: '一' }, { id: 'q2', label: '二' }, { id: 'q3', label: '三' }],
        categories: [aCategory({ parts: [{ id: 'work', label: '工作', points: 100, periods: [{ period: 'q1' }, { period: 'q2' }, { period: 'q3' }], method: { kind: 'score', outOf: 100 } }] })],
      }),
    );
    const facts = ['q1', 'q2', 'q3'].map((period) => dataSubmitted({ unitId: 'a', indicatorId: 'work', period, value: '100' }));
    expect([unit(score(scheme, facts), 'a').totalExact, unit(score(scheme, facts), 'a').totalFraction]).toEqual(['100', undefined]);
  });
});
