import { type CategoryResult, type Fact, ScoringError, type UnitResult, type ValidScheme, scoreCategory } from '@kaoping/scoring';
import {
  aCategory,
  aLeaf,
  aSchemeDocument,
  bonusApproved,
  dataSubmitted,
  deductionApproved,
  ratingGiven,
  surveyRecorded,
  totalsFacts,
  totalsScheme,
  validScheme,
  vetoConfirmed,
} from '../../test/scheme-builder';

const score = (scheme: ValidScheme, facts: readonly Fact[], extra: Readonly<{ asOf?: string }> = {}): CategoryResult =>
  scoreCategory({ scheme, categoryId: 'units', facts, ...extra });
const unit = (result: CategoryResult, unitId = 'unit-a'): UnitResult => {
  const found = result.units.find((candidate) => candidate.unitId === unitId);
  if (found === undefined) throw new Error(`no ${unitId}`);
  return found;
};
const codes = (result: UnitResult): readonly string[] => result.flags.map((flag) => flag.code);

describe('rounding decides grades', () => {
  it('rounds a total of 89.995 to 90.00, which makes 先进', () => {
    const result = score(totalsScheme(), totalsFacts({ 'unit-a': '89.995' }));
    expect([unit(result).totalExact, unit(result).total, unit(result).grade.id]).toEqual(['89.995', '90.00', 'advanced']);
  });

  it('rounds a total of 89.9949 to 89.99, which stays 合格', () => {
    const result = score(totalsScheme(), totalsFacts({ 'unit-a': '89.9949' }));
    expect([unit(result).total, unit(result).grade.id]).toEqual(['89.99', 'pass']);
  });

  it('rounds an average of three raters landing on 89.995 (a repeating division) up to 90.00', () => {
    const scheme = validScheme(
      aSchemeDocument({
        categories: [aCategory({ parts: [{ id: 'leaders', label: '领导', points: 100, method: { kind: 'points', outOf: 100 } }] })],
      }),
    );
    const facts = ['89.99', '89.99', '90.005'].map((points, index) => ratingGiven({ raterId: `leader-${index}`, points }));
    expect(unit(score(scheme, facts)).total).toBe('90.00');
  });

  it('shares a rank between equal rounded totals: 1, 2, 2, 4', () => {
    const result = score(totalsScheme(), totalsFacts({ a: '95', b: '90.004', c: '90.001', d: '80' }));
    expect(result.units.map((found) => [found.unitId, found.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });
});

describe('proportional indicators', () => {
  const scheme = (direction: 'higher' | 'lower'): ValidScheme =>
    validScheme(
      aSchemeDocument({
        categories: [aCategory({ parts: [{ id: 'p', label: 'p', points: 100, children: [aLeaf({ id: 'output', points: 100, method: { kind: 'proportional', direction, target: 20 } })] }] })],
      }),
    );

  it.each([
    ['higher', '10', '50.00'],
    ['higher', '20', '100.00'],
    ['higher', '35', '100.00'],
    ['higher', '-5', '0.00'],
    ['lower', '10', '100.00'],
    ['lower', '20', '100.00'],
    ['lower', '40', '50.00'],
    ['lower', '80', '25.00'],
  ] as const)('scores a %s-is-better actual of %s against a target of 20 at %s', (direction, value, total) => {
    expect(unit(score(scheme(direction), [dataSubmitted({ value })])).total).toBe(total);
  });

  it("uses a unit's own target over the scheme's", () => {
    const facts: Fact[] = [dataSubmitted({ value: '10' }), { type: 'TargetSet', id: 't1', unitId: 'unit-a', indicatorId: 'output', value: '40' }];
    expect(unit(score(scheme('higher'), facts)).total).toBe('25.00');
  });

  it("reads an assignment's targets period by period, as the TargetSet of each (<id>#<period>), which a later TargetSet replaces", () => {
    const assigned: Fact = { type: 'TargetsSet', id: 'a1', unitId: 'unit-a', indicatorId: 'output', recordedAt: '2026-03-01T00:00:00.000Z', targets: { year: '40', 'no-such': '1' } };
    const result = score(scheme('higher'), [dataSubmitted({ value: '10' }), assigned]);
    expect(unit(result).total).toBe('25.00');
    expect(result.warnings.map((warning) => [warning.code, warning.factId])).toEqual([['unknown-period', 'a1#no-such']]);
    const later: Fact = { type: 'TargetSet', id: 't2', unitId: 'unit-a', indicatorId: 'output', period: 'year', value: '20', recordedAt: '2026-04-01T00:00:00.000Z' };
    const replaced = score(scheme('higher'), [dataSubmitted({ value: '10' }), assigned, later]);
    expect(unit(replaced).total).toBe('50.00');
    expect(replaced.warnings.filter((warning) => warning.code === 'overridden').map((warning) => warning.factId)).toEqual(['a1#year']);
  });
});

describe('caps on bonuses and deductions', () => {
  const scheme = validScheme(
    aSchemeDocument({
      sources: [
        { id: 'office', label: '效能办' },
        { id: 'inspectors', label: '督查室' },
      ],
      categories: [
        aCategory({
          bonuses: { rules: [{ id: 'award', label: '表彰', points: 2 }], max: 4 },
          deductions: {
            rules: [
              { id: 'criticism', label: '通报批评', points: 1 },
              { id: 'finding', label: '察访核验' },
            ],
            caps: [{ id: 'each-source', max: 3, rules: ['finding'], eachSource: true }],
            max: 5,
          },
        }),
      ],
    }),
  );

  it('counts bonuses up to the cap when they hit it exactly', () => {
    const result = unit(score(scheme, [dataSubmitted({ value: '80' }), bonusApproved(), bonusApproved()]));
    expect([result.bonus.beforeCaps, result.bonus.shown, result.total]).toEqual(['4', '4.00', '84.00']);
  });

  it('stops bonuses at the cap', () => {
    const result = unit(score(scheme, [dataSubmitted({ value: '80' }), bonusApproved({ count: '3' })]));
    expect([result.bonus.beforeCaps, result.bonus.shown]).toEqual(['6', '4.00']);
  });

  it('caps findings per source, then all deductions together', () => {
    const facts = [
      dataSubmitted({ value: '80' }),
      deductionApproved({ ruleId: 'finding', source: 'office', amount: '2.5' }),
      deductionApproved({ ruleId: 'finding', source: 'office', amount: '1' }),
      deductionApproved({ ruleId: 'finding', source: 'inspectors', amount: '1.5' }),
      deductionApproved({ ruleId: 'criticism', count: '2' }),
    ];
    const result = unit(score(scheme, facts));
    // office 3.5 → 3, inspectors 1.5, criticism 2: 6.5 → overall cap 5
    expect([result.deduction.beforeCaps, result.deduction.shown, result.total]).toEqual(['7', '5.00', '75.00']);
  });

  it('keeps a total below zero when the scheme sets no floor (SCORING.md: no floor unless the scheme sets one)', () => {
    const result = unit(score(scheme, [dataSubmitted({ value: '2' }), deductionApproved({ count: '5' })]));
    expect(result.total).toBe('-3.00');
  });
});

describe('deduction-based indicators', () => {
  const scheme = validScheme(
    aSchemeDocument({
      categories: [
        aCategory({
          parts: [
            { id: 'work', label: '工作', points: 90, method: { kind: 'score' } },
            { id: 'supervision', label: '督促检查', points: 10, method: { kind: 'deduction' } },
          ],
        }),
      ],
    }),
  );

  it('keeps full marks without findings and deducts until zero (Jiangsu art. 15)', () => {
    const work = dataSubmitted({ indicatorId: 'work', value: '90' });
    const findings = ['6', '5'].map((amount) => deductionApproved({ ruleId: undefined, indicatorId: 'supervision', amount }));
    expect(unit(score(scheme, [work])).total).toBe('100.00');
    expect(unit(score(scheme, [work, ...findings])).total).toBe('90.00');
  });
});

describe('vetoes act after scoring', () => {
  const scheme = totalsScheme({
    vetoes: [
      { id: 'safety-accident', label: { 'zh-CN': '重大安全事故', en: 'Major safety accident' }, barGrades: ['advanced'] },
      { id: 'committee-fail', label: { 'zh-CN': '审定为不合格', en: 'Failed by the committee' }, forceGrade: 'fail' },
    ],
    grading: {
      grades: [
        { id: 'advanced', label: '先进', min: 90, quota: { share: 25 } },
        { id: 'pass', label: '合格', min: 60 },
        { id: 'fail', label: '不合格' },
      ],
    },
  });

  it('keeps the top scorer first but gives 先进 to the next unit when a veto bars it', () => {
    const facts = [...totalsFacts({ a: '99', b: '95', c: '93', d: '80' }), vetoConfirmed({ unitId: 'a' })];
    const result = score(scheme, facts);
    expect(result.units.map((found) => [found.unitId, found.rank, found.total, found.grade.id])).toEqual([
      ['a', 1, '99.00', 'pass'],
      ['b', 2, '95.00', 'advanced'],
      ['c', 3, '93.00', 'pass'],
      ['d', 4, '80.00', 'pass'],
    ]);
    expect(unit(result, 'a').flags[0]?.message).toEqual({ 'zh-CN': '重大安全事故：取消先进资格', en: 'Major safety accident: barred from 先进' });
  });

  it('forces 不合格 whatever the total, and says why', () => {
    const result = unit(score(scheme, [...totalsFacts({ 'unit-a': '97' }), vetoConfirmed({ vetoId: 'committee-fail' })]));
    expect([result.total, result.grade.id, codes(result)]).toEqual(['97.00', 'fail', ['grade-forced']]);
  });
});

describe('quotas', () => {
  const scheme = totalsScheme({
    grading: {
      grades: [
        { id: 'excellent', label: '优秀', quota: { share: 25 } },
        { id: 'good', label: '良好', quota: { share: 35 } },
        { id: 'standard', label: '达标', quota: { share: 34 } },
        { id: 'below', label: '不达标' },
      ],
    },
  });

  it('lets units tied at the boundary share the better grade, and takes the places from the next grade', () => {
    const result = score(scheme, totalsFacts({ a: '99', b: '95', c: '92.2', d: '92.2', e: '88', f: '85', g: '84', h: '82', i: '77', j: '72' }));
    expect(result.units.map((found) => found.grade.id).join(' ')).toBe('excellent excellent excellent excellent good good standard standard standard below');
  });

  it('gives round_half_up(N × share) places, cumulatively', () => {
    const result = score(scheme, totalsFacts({ a: '9', b: '8', c: '7', d: '6', e: '5', f: '4' }));
    // 6 units: 1.5 → 2; 3.6 → 4; 5.64 → 6
    expect(result.grades.map((grade) => grade.count)).toEqual([2, 2, 2, 0]);
  });
});

describe('pending and missing data', () => {
  const scheme = validScheme(
    aSchemeDocument({
      calendar: { deadlines: [{ id: 'year-data', kind: 'data', period: 'year', due: '12-31' }] },
      categories: [
        aCategory({
          parts: [
            {
              id: 'indicators',
              label: '指标',
              points: 100,
              children: [aLeaf({ id: 'output', points: 60 }), aLeaf({ id: 'quality', points: 40 })],
            },
          ],
        }),
      ],
    }),
  );
  const facts = [dataSubmitted({ value: '100' })];

  it('counts data not yet due as pending, and the live score says so', () => {
    const result = unit(score(scheme, facts, { asOf: '2026-11-30T09:00:00+08:00' }));
    expect([result.total, result.flags.find((flag) => flag.code === 'pending-data')?.items]).toEqual(['60.00', ['quality@year']]);
  });

  it('counts data past its deadline as zero and marks it missing', () => {
    const result = unit(score(scheme, facts, { asOf: '2027-01-05' }));
    expect([result.total, result.flags.find((flag) => flag.code === 'missing-data')?.items]).toEqual(['60.00', ['quality@year']]);
  });

  it('treats every deadline as passed when no moment is given', () => {
    expect(codes(unit(score(scheme, facts)))).toEqual(['missing-data']);
  });

  it('leaves out facts recorded after the moment scored at', () => {
    const later = dataSubmitted({ indicatorId: 'quality', value: '100', recordedAt: '2026-12-15T10:00:00+08:00' });
    expect(unit(score(scheme, [...facts, later], { asOf: '2026-12-01' })).total).toBe('60.00');
    expect(unit(score(scheme, [...facts, later], { asOf: '2026-12-20' })).total).toBe('100.00');
  });
});

describe('corrections and revocations', () => {
  const scheme = totalsScheme({ deductions: { rules: [{ id: 'criticism', label: '通报批评', points: 1 }] } });

  it('counts only the last correction of a chain', () => {
    const facts = [
      dataSubmitted({ id: 'a', value: '70' }),
      dataSubmitted({ id: 'b', value: '80', supersedes: 'a' }),
      dataSubmitted({ id: 'c', value: '85', supersedes: 'b' }),
    ];
    expect(unit(score(scheme, facts)).total).toBe('85.00');
  });

  it('drops a revoked deduction', () => {
    const facts: Fact[] = [dataSubmitted({ value: '80' }), deductionApproved({ id: 'd1' }), { type: 'FactRevoked', id: 'r1', unitId: 'unit-a', revokes: 'd1' }];
    expect(unit(score(scheme, facts)).total).toBe('80.00');
  });

  it('does not bring back a superseded value when its correction is revoked', () => {
    const facts: Fact[] = [
      dataSubmitted({ id: 'a', value: '70' }),
      dataSubmitted({ id: 'b', value: '80', supersedes: 'a' }),
      { type: 'FactRevoked', id: 'r1', unitId: 'unit-a', revokes: 'b' },
    ];
    const result = unit(score(scheme, facts));
    expect([result.total, codes(result)]).toEqual(['0.00', ['missing-data']]);
  });

  it('lets the later of two submissions for the same item win, and warns', () => {
    const facts = [
      dataSubmitted({ id: 'first', value: '70', recordedAt: '2026-07-01T00:00:00Z' }),
      dataSubmitted({ id: 'second', value: '75', recordedAt: '2026-07-02T00:00:00Z' }),
    ];
    const result = score(scheme, [...facts].reverse());
    expect([unit(result).total, result.warnings.map((warning) => [warning.code, warning.factId])]).toEqual(['75.00', [['overridden', 'first']]]);
  });
});

describe('ratings and surveys', () => {
  const scheme = validScheme(
    aSchemeDocument({
      scales: {
        grade: {
          levels: [
            { id: 'good', label: '好', percent: 100 },
            { id: 'fair', label: '较好', percent: 80 },
            { id: 'poor', label: '差', percent: 50 },
          ],
        },
      },
      categories: [
        aCategory({
          parts: [
            { id: 'leaders', label: '领导', weight: 40, method: { kind: 'points', outOf: 100, raterWeights: { governor: 40, vice: 30, others: 30 } } },
            { id: 'committee', label: '绩效委', weight: 30, method: { kind: 'rating', scale: 'grade', roles: ['member'] } },
            { id: 'public', label: '公众', weight: 30, method: { kind: 'survey', tiers: [{ min: 90, percent: 100 }, { min: 80, percent: 80 }, { min: 0, percent: 50 }] } },
          ],
        }),
      ],
    }),
  );

  it('weights raters by role (Jiangsu: governor 40, vice 30, others 30) and averages within a role', () => {
    const facts = [
      ratingGiven({ raterId: 'g', raterRole: 'governor', points: '90' }),
      ratingGiven({ raterId: 'v', raterRole: 'vice', points: '95' }),
      ratingGiven({ raterId: 'o1', raterRole: 'others', points: '80' }),
      ratingGiven({ raterId: 'o2', raterRole: 'others', points: '90' }),
    ];
    expect(unit(score(scheme, facts)).parts[0]?.value).toBe('36');
  });

  it('counts a weighted role nobody rated as zero and marks the rating incomplete', () => {
    const facts = [ratingGiven({ raterId: 'g', raterRole: 'governor', points: '90' }), ratingGiven({ raterId: 'v', raterRole: 'vice', points: '95' })];
    const result = unit(score(scheme, facts));
    expect([result.parts[0]?.value, result.flags.find((flag) => flag.code === 'missing-data')?.items]).toEqual(['25.8', ['committee@year', 'leaders@year', 'public@year']]);
  });

  it('converts grades by the scale and ignores raters outside the roles', () => {
    const facts = [
      ratingGiven({ indicatorId: 'committee', raterId: 'm1', raterRole: 'member', grade: 'good' }),
      ratingGiven({ indicatorId: 'committee', raterId: 'm2', raterRole: 'member', grade: '差' }),
      ratingGiven({ indicatorId: 'committee', raterId: 'x', raterRole: 'visitor', grade: 'poor' }),
    ];
    expect(unit(score(scheme, facts)).parts[1]?.value).toBe('22.5');
  });

  it.each([
    ['95', '30'],
    ['90', '30'],
    ['85', '24'],
    ['40', '15'],
  ])('maps a satisfaction rate of %s%% to %s points by tier', (rate, points) => {
    expect(unit(score(scheme, [surveyRecorded({ rate })])).parts[2]?.value).toBe(points);
  });
});

describe('determinism', () => {
  it('gives the same result for the same facts in any order', () => {
    const scheme = totalsScheme({ bonuses: { rules: [{ id: 'award', label: '奖', points: 1 }], max: 3 } });
    const facts = [...totalsFacts({ a: '91', b: '88', c: '91' }), bonusApproved({ unitId: 'b' }), bonusApproved({ unitId: 'b' })];
    expect(score(scheme, [...facts].reverse())).toEqual(score(scheme, facts));
  });

  it('refuses a category the scheme does not have', () => {
    expect(() => scoreCategory({ scheme: totalsScheme(), categoryId: 'ghosts', facts: [] })).toThrow(ScoringError);
  });

  it('warns about facts for indicators the category does not have', () => {
    const result = score(totalsScheme(), [dataSubmitted({ indicatorId: 'ghost' })]);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['unknown-indicator']);
  });
});

describe('results use', () => {
  const scheme = totalsScheme({
    grading: { grades: [{ id: 'good', label: '好', min: 60 }, { id: 'bad', label: '差' }] },
    resultsUse: {
      grades: { good: { payFactor: 5 }, bad: { payFactor: -20, actions: ['诫勉谈话'] } },
      flags: [{ id: 'two-bad-years', label: '连续两年差', kind: 'consecutive-grade', grade: 'bad', years: 2 }],
    },
  });

  it('flags a second consecutive year in the lowest grade and reports the rank change', () => {
    const previous = [{ cycleId: '2025', units: [{ unitId: 'a', rank: 1, grade: 'bad' }, { unitId: 'b', rank: 2, grade: 'bad' }] }];
    const result = scoreCategory({ scheme, categoryId: 'units', facts: totalsFacts({ a: '50', b: '70' }), previous });
    const a = unit(result, 'a');
    expect([a.resultsUse.payFactor, a.resultsUse.rankChange, a.flags.map((flag) => flag.ref)]).toEqual([
      '-20',
      { previousRank: 1, change: -1, direction: 'down' },
      ['two-bad-years'],
    ]);
    expect(unit(result, 'b').resultsUse.rankChange?.direction).toBe('up');
  });
});

describe('sign-off and satisfaction flags', () => {
  const scheme = validScheme(
    aSchemeDocument({
      periods: [
        { id: 'm11', label: '11月', signOff: true },
        { id: 'year', label: '年度' },
      ],
      categories: [
        aCategory({
          parts: [
            { id: 'monthly', label: '月度', points: 40, period: 'm11', method: { kind: 'score' } },
            { id: 'public', label: '公众评议', points: 60, method: { kind: 'survey' } },
          ],
          resultsUse: { flags: [{ id: 'low-satisfaction', label: '满意率低于60%', kind: 'ratio-below', node: 'public', percent: 60 }] },
        }),
      ],
    }),
  );

  it('counts a month only once it is signed off', () => {
    const month = dataSubmitted({ indicatorId: 'monthly', period: 'm11', value: '40' });
    const before = unit(score(scheme, [month, surveyRecorded({ rate: '100' })]));
    const signed: Fact = { type: 'PeriodSignedOff', id: 's1', unitId: 'unit-a', period: 'm11', signerId: 'group-leader' };
    expect([before.total, codes(before)]).toEqual(['60.00', ['awaiting-sign-off']]);
    expect(unit(score(scheme, [month, surveyRecorded({ rate: '100' }), signed])).total).toBe('100.00');
  });

  it('does not count a month’s value recorded after its sign-off until the month is signed off again (怀来)', () => {
    const at = (recordedAt: string) => ({ recordedAt });
    const month = dataSubmitted({ indicatorId: 'monthly', period: 'm11', value: '20', ...at('2026-12-01T09:00:00Z') });
    const signed: Fact = { type: 'PeriodSignedOff', id: 's1', unitId: 'unit-a', period: 'm11', signerId: 'group-leader', ...at('2026-12-02T09:00:00Z') };
    const later = dataSubmitted({ indicatorId: 'monthly', period: 'm11', value: '40', supersedes: month.id, ...at('2026-12-03T09:00:00Z') });
    const survey = surveyRecorded({ rate: '100', ...at('2026-12-01T09:00:00Z') });
    expect(unit(score(scheme, [month, signed, survey])).total).toBe('80.00');
    const changed = unit(score(scheme, [month, signed, later, survey]));
    expect([changed.total, codes(changed)]).toEqual(['60.00', ['awaiting-sign-off']]);
    const again: Fact = { ...signed, id: 's2', recordedAt: '2026-12-04T09:00:00Z' };
    expect(unit(score(scheme, [month, signed, later, again, survey])).total).toBe('100.00');
  });

  it('orders a sign-off and a later value by their place in the log, recorded in the same instant or by clocks that disagree', () => {
    const month = dataSubmitted({ indicatorId: 'monthly', period: 'm11', value: '20', recordedAt: '2026-12-01T09:00:00.000Z', position: '7' });
    const signed: Fact = { type: 'PeriodSignedOff', id: 's1', unitId: 'unit-a', period: 'm11', signerId: 'group-leader', recordedAt: '2026-12-02T09:00:00.000Z', position: '8' };
    const survey = surveyRecorded({ rate: '100', recordedAt: '2026-12-01T09:00:00.000Z', position: '6' });
    // Appended after the sign-off, in the same millisecond; or by an API process whose clock runs 5 ms behind.
    for (const recordedAt of ['2026-12-02T09:00:00.000Z', '2026-12-02T08:59:59.995Z']) {
      const later = dataSubmitted({ indicatorId: 'monthly', period: 'm11', value: '40', supersedes: month.id, recordedAt, position: '9' });
      const changed = unit(score(scheme, [month, signed, later, survey]));
      expect([changed.total, codes(changed)]).toEqual(['60.00', ['awaiting-sign-off']]);
    }
    // A sign-off appended after the value, in the same millisecond, signs it.
    const value = dataSubmitted({ indicatorId: 'monthly', period: 'm11', value: '40', recordedAt: '2026-12-02T09:00:00.000Z', position: '9' });
    expect(unit(score(scheme, [value, { ...signed, position: '10' }, survey])).total).toBe('100.00');
  });

  it('flags a satisfaction rate under 60% (Qitai: heads barred from honours)', () => {
    expect(unit(score(scheme, [surveyRecorded({ rate: '59.5' })])).flags.map((flag) => flag.ref)).toContain('low-satisfaction');
    expect(unit(score(scheme, [surveyRecorded({ rate: '60' })])).flags.map((flag) => flag.ref)).not.toContain('low-satisfaction');
  });
});

