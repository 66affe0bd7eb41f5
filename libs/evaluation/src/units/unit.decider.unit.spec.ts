import { unitDecider } from './unit.decider';
import { deciderSpec } from '../testing/decider.spec-helpers';
import { actors, command, event, meta, recorded } from '../testing/lifecycle.factories';
import { type CycleSetUp, cycleWith, departmentRegistered, townshipRegistered, unitWith } from '../testing/context.factories';
import type { Recorded } from '../shared/envelope.types';
import type { UnitEvent, UnitLevel } from './unit.events';
import { TEST_SCHEME } from '../testing/test-scheme.fixture';

const spec = deciderSpec(unitDecider);
const office = actors.office();
const finance = actors.provider('finance-bureau');
const planning = { cycle: cycleWith({ open: ['planning'] }) };
const monitoring = { cycle: cycleWith({ open: ['monitoring'] }) };
const midYearClosed = { cycle: cycleWith({ closed: [{ phase: 'mid-year', periods: ['mid-year'] }], open: ['year-end'] }) };
const town = townshipRegistered('town-a');

const submitted = (input: Readonly<{ id: string; indicatorId?: string; period?: string; value?: string }>): Recorded<UnitEvent> =>
  recorded(event('DataSubmitted', { unitId: 'town-a', indicatorId: input.indicatorId ?? 'revenue', period: input.period ?? 'mid-year', value: input.value ?? '2400' }), {
    id: input.id,
    actor: finance,
  });

describe('units: registration and assignment (planning)', () => {
  it('registers a unit in a category of the scheme', () =>
    spec
      .given([])
      .when(command('RegisterUnit', { unitId: 'town-a', name: '甲乡', level: 'township', categoryId: 'townships' }, meta(office)), planning)
      .then([event('UnitRegistered', { unitId: 'town-a', name: '甲乡', level: 'township', categoryId: 'townships' })]));

  it('refuses an unknown category, naming the field', () =>
    spec
      .given([])
      .when(command('RegisterUnit', { unitId: 'town-a', name: '甲乡', level: 'township', categoryId: 'villages' }, meta(office)), planning)
      .thenThrows({ kind: 'invalid-input', code: 'unknown-category' }, (error) => expect(error.details[0]?.path).toBe('categoryId')));

  it('registers a unit once', () =>
    spec
      .given([town])
      .when(command('RegisterUnit', { unitId: 'town-a', name: '甲乡', level: 'township', categoryId: 'townships' }, meta(office)), planning)
      .thenThrows({ kind: 'conflict', code: 'unit-exists' }));

  it('registers units only in planning', () =>
    spec
      .given([])
      .when(command('RegisterUnit', { unitId: 'town-a', name: '甲乡', level: 'township', categoryId: 'townships' }, meta(office)), monitoring)
      .thenThrows({ kind: 'rule-violated', code: 'phase-not-open' }));

  it('refuses an unknown data provider, so the scheme’s provider keeps the indicator', () =>
    spec
      .given([town])
      .when(command('AssignIndicator', { unitId: 'town-a', indicatorId: 'revenue', providerId: 'tax-bureau' }, meta(office)), planning)
      .thenThrows({ kind: 'invalid-input', code: 'unknown-provider' }, (error) =>
        expect(error.details).toEqual([expect.objectContaining({ path: 'providerId', rule: 'unknown-provider' })]),
      ));

  it('assigns an indicator with its provider and targets per period', () =>
    spec
      .given([town])
      .when(
        command('AssignIndicator', { unitId: 'town-a', indicatorId: 'revenue', providerId: 'finance-bureau', targets: { 'mid-year': '2500', 'year-end': '5000' } }, meta(office)),
        planning,
      )
      .then([event('IndicatorAssigned', { unitId: 'town-a', indicatorId: 'revenue', providerId: 'finance-bureau', targets: { 'mid-year': '2500', 'year-end': '5000' } })]));

  it.each([
    ['an indicator of another category', { indicatorId: 'work' }, 'unknown-indicator'],
    ['a target for a rated indicator', { indicatorId: 'committee', targets: { 'year-end': '1' } }, 'no-target-for-method'],
    ['a target for a period the scheme lacks', { indicatorId: 'revenue', targets: { q1: '1' } }, 'unknown-period'],
    ['a target that is not a decimal string', { indicatorId: 'revenue', targets: { 'mid-year': '2,500' } }, 'not-a-decimal'],
    ['a zero target', { indicatorId: 'revenue', targets: { 'mid-year': '0' } }, 'not-positive'],
  ])('refuses %s', (_what, data, code) =>
    spec.given([town]).when(command('AssignIndicator', { unitId: 'town-a', ...data }, meta(office)), planning).thenThrows({ kind: 'invalid-input', code }),
  );

  it('changes a target only with a reason, recording the previous value', () => {
    const assigned = recorded(event('IndicatorAssigned', { unitId: 'town-a', indicatorId: 'revenue', targets: { 'mid-year': '2500' } }));
    spec
      .given([town, assigned])
      .when(command('ChangeTarget', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '2600' }, meta(office)), monitoring)
      .thenThrows({ kind: 'rule-violated', code: 'reason-required' });
    spec
      .given([town, assigned])
      .when(command('ChangeTarget', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '2600' }, meta(office, { reason: '县政府调整' })), monitoring)
      .then([event('TargetChanged', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '2600', previous: '2500' })]);
  });

  it('takes an evaluation plan from the unit and lets the office approve or return it', () => {
    const reporter = actors.reporter('town-a');
    spec
      .given([town])
      .when(command('SubmitEvaluationPlan', { unitId: 'town-a', summary: '年度评估计划', documents: ['doc-1'] }, meta(reporter)), planning)
      .then([event('EvaluationPlanSubmitted', { unitId: 'town-a', summary: '年度评估计划', documents: ['doc-1'] })]);
    const plan = recorded(event('EvaluationPlanSubmitted', { unitId: 'town-a', summary: '计划', documents: [] }), { id: 'plan-1', actor: reporter });
    spec.given([town, plan]).when(command('ApproveEvaluationPlan', { unitId: 'town-a' }, meta(office)), planning).then([event('EvaluationPlanApproved', { unitId: 'town-a', planId: 'plan-1' })]);
    spec.given([town, plan]).when(command('ReturnEvaluationPlan', { unitId: 'town-a' }, meta(office)), planning).thenThrows({ kind: 'rule-violated', code: 'reason-required' });
    spec.given([town]).when(command('ApproveEvaluationPlan', { unitId: 'town-a' }, meta(office)), planning).thenThrows({ kind: 'rule-violated', code: 'no-plan-submitted' });
  });
});

describe('units: the four levels (county → departments and townships → sections → persons)', () => {
  const register = (data: Readonly<{ unitId: string; level: UnitLevel; categoryId: string; parentUnitId?: string }>) =>
    command('RegisterUnit', { name: data.unitId, ...data }, meta(office));
  const registered = (unitId: string, level: UnitLevel, categoryId: string) =>
    recorded(event('UnitRegistered', { unitId, name: unitId, level, categoryId }));
  const under = (parent: Recorded<UnitEvent>[]) => ({ ...planning, parent: unitWith(parent) });
  // The test scheme's categories, each declaring the levels it evaluates (the seed Qitai scheme does).
  const leveledScheme = {
    ...TEST_SCHEME,
    categories: TEST_SCHEME.categories.map((category) => ({ ...category, unitLevels: category.id === 'townships' ? ['township'] : ['department', 'section'] })),
  };
  const leveled = { cycle: cycleWith({ open: ['planning'], scheme: leveledScheme }) };
  const dept = departmentRegistered('dept-a');

  it('registers the county at the top, a department under it, a section under the department and a person under the section', () => {
    spec.given([]).when(register({ unitId: 'county', level: 'county', categoryId: 'departments' }), planning).then([
      event('UnitRegistered', { unitId: 'county', name: 'county', level: 'county', categoryId: 'departments' }),
    ]);
    spec
      .given([])
      .when(register({ unitId: 'dept-a', level: 'department', categoryId: 'departments', parentUnitId: 'county' }), under([registered('county', 'county', 'departments')]))
      .then([event('UnitRegistered', { unitId: 'dept-a', name: 'dept-a', level: 'department', categoryId: 'departments', parentUnitId: 'county' })]);
    spec
      .given([])
      .when(register({ unitId: 'office-a', level: 'section', categoryId: 'departments', parentUnitId: 'dept-a' }), under([dept]))
      .then([event('UnitRegistered', { unitId: 'office-a', name: 'office-a', level: 'section', categoryId: 'departments', parentUnitId: 'dept-a' })]);
    spec
      .given([])
      .when(register({ unitId: 'li-ming', level: 'person', categoryId: 'departments', parentUnitId: 'office-a' }), under([registered('office-a', 'section', 'departments')]))
      .then([event('UnitRegistered', { unitId: 'li-ming', name: 'li-ming', level: 'person', categoryId: 'departments', parentUnitId: 'office-a' })]);
  });

  it.each([
    ['a parent that is not registered', { unitId: 'office-a', level: 'section', categoryId: 'departments', parentUnitId: 'dept-x' }, [], 'unknown-parent'],
    ['a unit as its own parent', { unitId: 'dept-a', level: 'department', categoryId: 'departments', parentUnitId: 'dept-a' }, [], 'unknown-parent'],
    ['a section without the department or township it belongs to', { unitId: 'office-a', level: 'section', categoryId: 'departments' }, undefined, 'parent-required'],
    ['a person without a parent', { unitId: 'li-ming', level: 'person', categoryId: 'departments' }, undefined, 'parent-required'],
    ['a county under another unit', { unitId: 'county', level: 'county', categoryId: 'departments', parentUnitId: 'dept-a' }, [departmentRegistered('dept-a')], 'parent-not-allowed'],
    ['a section under a person', { unitId: 'office-a', level: 'section', categoryId: 'departments', parentUnitId: 'li-ming' }, [registered('li-ming', 'person', 'departments')], 'parent-level-not-allowed'],
    ['a department under a township', { unitId: 'dept-b', level: 'department', categoryId: 'departments', parentUnitId: 'town-a' }, [town], 'parent-level-not-allowed'],
    ['a person directly under the county', { unitId: 'li-ming', level: 'person', categoryId: 'departments', parentUnitId: 'county' }, [registered('county', 'county', 'departments')], 'parent-level-not-allowed'],
  ] as const)('refuses %s, naming parentUnitId and the rule', (_what, data, parent, rule) =>
    spec
      .given([])
      .when(register(data), parent === undefined ? planning : under([...parent]))
      .thenThrows({ kind: 'invalid-input', code: rule }, (error) => expect(error.details).toEqual([expect.objectContaining({ path: 'parentUnitId', rule })])),
  );

  it('refuses a parent retired from the cycle', () =>
    spec
      .given([])
      .when(
        register({ unitId: 'office-a', level: 'section', categoryId: 'departments', parentUnitId: 'dept-a' }),
        under([dept, recorded(event('UnitRetired', { unitId: 'dept-a' }), { reason: '机构撤并' })]),
      )
      .thenThrows({ kind: 'invalid-input', code: 'parent-retired' }, (error) => expect(error.details[0]?.path).toBe('parentUnitId')));

  it('refuses a unit of a level its category does not evaluate (a person among the departments)', () =>
    spec
      .given([])
      .when(register({ unitId: 'li-ming', level: 'person', categoryId: 'departments', parentUnitId: 'dept-a' }), { ...leveled, parent: unitWith([dept]) })
      .thenThrows({ kind: 'invalid-input', code: 'level-not-in-category' }, (error) =>
        expect(error.details).toEqual([expect.objectContaining({ path: 'level', rule: 'level-not-in-category' })]),
      ));

  it('refuses to move a unit into a category that does not evaluate its level', () =>
    spec
      .given([dept])
      .when(command('MoveUnit', { unitId: 'dept-a', toCategoryId: 'townships' }, meta(office, { reason: '机构改革' })), { cycle: cycleWith({ open: ['planning'], scheme: leveledScheme }) })
      .thenThrows({ kind: 'invalid-input', code: 'level-not-in-category' }, (error) =>
        expect(error.details).toEqual([expect.objectContaining({ path: 'toCategoryId', rule: 'level-not-in-category' })]),
      ));

  it('registers a unit of a level its category evaluates', () =>
    spec
      .given([])
      .when(register({ unitId: 'office-a', level: 'section', categoryId: 'departments', parentUnitId: 'dept-a' }), { ...leveled, parent: unitWith([dept]) })
      .then([event('UnitRegistered', { unitId: 'office-a', name: 'office-a', level: 'section', categoryId: 'departments', parentUnitId: 'dept-a' })]));

  // Qitai's 一级 (the county government's own evaluation) is scored by no points of the seed: the
  // county is registered without a category, as the unscored root the departments hang below.
  describe('the county at the root, registered without a category', () => {
    const county = recorded(event('UnitRegistered', { unitId: 'qitai', name: '奇台县', level: 'county' }));

    it('registers the county without a category where no category evaluates a county, and a department under it', () => {
      spec
        .given([])
        .when(command('RegisterUnit', { unitId: 'qitai', name: '奇台县', level: 'county' }, meta(office)), leveled)
        .then([event('UnitRegistered', { unitId: 'qitai', name: '奇台县', level: 'county' })]);
      spec
        .given([])
        .when(register({ unitId: 'dept-a', level: 'department', categoryId: 'departments', parentUnitId: 'qitai' }), { ...leveled, parent: unitWith([county]) })
        .then([event('UnitRegistered', { unitId: 'dept-a', name: 'dept-a', level: 'department', categoryId: 'departments', parentUnitId: 'qitai' })]);
    });

    it('refuses any other level without a category, naming categoryId', () =>
      spec
        .given([])
        .when(command('RegisterUnit', { unitId: 'dept-a', name: '财政局', level: 'department' }, meta(office)), leveled)
        .thenThrows({ kind: 'invalid-input', code: 'category-required' }, (error) =>
          expect(error.details).toEqual([expect.objectContaining({ path: 'categoryId', rule: 'category-required' })]),
        ));

    it('scores nothing of the county: an indicator, data or a move into a category are refused', () => {
      const refused = { kind: 'rule-violated', code: 'unit-without-category' } as const;
      spec.given([county]).when(command('AssignIndicator', { unitId: 'qitai', indicatorId: 'revenue' }, meta(office)), leveled).thenThrows(refused);
      spec.given([county]).when(command('SubmitData', { unitId: 'qitai', indicatorId: 'revenue', period: 'mid-year', value: '1' }, meta(actors.reporter('qitai'))), monitoring).thenThrows(refused);
      spec.given([county]).when(command('MoveUnit', { unitId: 'qitai', toCategoryId: 'departments' }, meta(office, { reason: '纳入考评' })), planning).thenThrows(refused);
    });
  });
});

describe('units: data submissions', () => {
  it('takes a value from the provider the scheme names for the indicator, in the default period of its node', () =>
    spec
      .given([town])
      .when(command('SubmitData', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '2400.5' }, meta(finance)), monitoring)
      .then([event('DataSubmitted', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '2400.5' })]));

  it('refuses a data provider an indicator it does not own', () =>
    spec
      .given([town])
      .when(command('SubmitData', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '1' }, meta(actors.provider('stats-bureau'))), monitoring)
      .thenThrows({ kind: 'forbidden', code: 'not-own-indicator' }));

  it('follows the provider of the assignment over the scheme’s', () => {
    const assigned = recorded(event('IndicatorAssigned', { unitId: 'town-a', indicatorId: 'revenue', providerId: 'stats-bureau' }));
    spec
      .given([town, assigned])
      .when(command('SubmitData', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '1' }, meta(finance)), monitoring)
      .thenThrows({ kind: 'forbidden', code: 'not-own-indicator' });
  });

  it('lets a unit report its own indicators that have no provider, and only its own', () => {
    spec
      .given([town])
      .when(command('SubmitData', { unitId: 'town-a', indicatorId: 'jobs', period: 'mid-year', value: '320' }, meta(actors.reporter('town-a'))), monitoring)
      .then([event('DataSubmitted', { unitId: 'town-a', indicatorId: 'jobs', period: 'mid-year', value: '320' })]);
    spec
      .given([town])
      .when(command('SubmitData', { unitId: 'town-a', indicatorId: 'jobs', period: 'mid-year', value: '320' }, meta(actors.reporter('town-b'))), monitoring)
      .thenThrows({ kind: 'forbidden', code: 'not-own-unit' });
    spec
      .given([town])
      .when(command('SubmitData', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '1' }, meta(actors.reporter('town-a'))), monitoring)
      .thenThrows({ kind: 'forbidden', code: 'not-own-indicator' });
  });

  it.each([
    ['a value that is not a decimal string', { value: '1e3' }, 'not-a-decimal', 'value'],
    ['an indicator the unit’s category does not have', { indicatorId: 'work' }, 'unknown-indicator', 'indicatorId'],
    ['a rated indicator', { indicatorId: 'committee' }, 'wrong-method', 'indicatorId'],
    ['a period not in the scheme', { period: 'q3' }, 'unknown-period', 'period'],
  ])('refuses %s, naming the field and the rule', (_what, data, code, path) =>
    spec
      .given([town])
      .when(command('SubmitData', { unitId: 'town-a', indicatorId: 'jobs', period: 'mid-year', value: '1', ...data }, meta(actors.reporter('town-a'))), monitoring)
      .thenThrows({ kind: 'invalid-input', code }, (error) => expect(error.details[0]).toMatchObject({ path, rule: code })),
  );

  it('takes data only while monitoring, mid-year or year-end is open', () =>
    spec
      .given([town])
      .when(command('SubmitData', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '1' }, meta(finance)), planning)
      .thenThrows({ kind: 'rule-violated', code: 'phase-not-open' }));

  it('refuses a second submission for the same slot: that is a correction', () =>
    spec
      .given([town, submitted({ id: 'sub-1' })])
      .when(command('SubmitData', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '2500' }, meta(finance)), monitoring)
      .thenThrows({ kind: 'conflict', code: 'already-submitted' }));

  it('refuses late data for a closed period without a reason, naming the reason', () =>
    spec
      .given([town])
      .when(command('SubmitData', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '2400' }, meta(finance)), midYearClosed)
      .thenThrows({ kind: 'rule-violated', code: 'period-closed' }, (error) => expect(error.details[0]).toMatchObject({ path: 'reason', rule: 'late-reason-required' })));

  it('records late data for a closed period that has no value, with a reason, flagged late', () =>
    spec
      .given([town])
      .when(command('SubmitData', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '2400' }, meta(finance, { reason: '统计局数据延迟下发' })), midYearClosed)
      .then([event('DataSubmitted', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '2400', late: true })]));

  it('changes a closed period that has a value only by a correction', () =>
    spec
      .given([town, submitted({ id: 'sub-1' })])
      .when(command('SubmitData', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '2500' }, meta(finance, { reason: '补报' })), midYearClosed)
      .thenThrows({ kind: 'rule-violated', code: 'period-closed' }, (error) => expect(error.details[0]).toMatchObject({ path: 'period', rule: 'period-closed' })));

  it('refuses a retired unit', () =>
    spec
      .given([town, recorded(event('UnitRetired', { unitId: 'town-a' }))])
      .when(command('SubmitData', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '1' }, meta(finance)), monitoring)
      .thenThrows({ kind: 'rule-violated', code: 'unit-retired' }));

  it('refuses an unregistered unit', () =>
    spec
      .given([])
      .when(command('SubmitData', { unitId: 'town-a', indicatorId: 'revenue', period: 'mid-year', value: '1' }, meta(finance)), monitoring)
      .thenThrows({ kind: 'not-found', code: 'unit-not-found' }));
});

describe('units: corrections', () => {
  const correct = (supersedes: string, value: string, reason?: string) =>
    command('CorrectData', { unitId: 'town-a', supersedes, value }, meta(finance, reason === undefined ? {} : { reason }));

  it('corrects a closed period’s value with a reason, pointing at the earlier submission', () =>
    spec
      .given([town, submitted({ id: 'sub-1', value: '2400' })])
      .when(correct('sub-1', '2450', '统计口径更正'), midYearClosed)
      .then([event('DataCorrected', { unitId: 'town-a', supersedes: 'sub-1', indicatorId: 'revenue', period: 'mid-year', value: '2450', previous: '2400' })]));

  it('corrects only with a reason', () =>
    spec.given([town, submitted({ id: 'sub-1' })]).when(correct('sub-1', '2450'), midYearClosed).thenThrows({ kind: 'rule-violated', code: 'reason-required' }));

  it('corrects the latest value only', () => {
    const corrected = recorded(
      event('DataCorrected', { unitId: 'town-a', supersedes: 'sub-1', indicatorId: 'revenue', period: 'mid-year', value: '2450', previous: '2400' }),
      { id: 'cor-1', actor: finance },
    );
    spec.given([town, submitted({ id: 'sub-1' }), corrected]).when(correct('sub-1', '2460', 'again'), monitoring).thenThrows({ kind: 'conflict', code: 'not-latest' });
    spec
      .given([town, submitted({ id: 'sub-1' }), corrected])
      .when(correct('cor-1', '2460', 'again'), monitoring)
      .then([event('DataCorrected', { unitId: 'town-a', supersedes: 'cor-1', indicatorId: 'revenue', period: 'mid-year', value: '2460', previous: '2450' })]);
  });

  it('refuses a correction of nothing, or to the same value', () => {
    spec.given([town]).when(correct('nope', '1', 'why'), monitoring).thenThrows({ kind: 'not-found', code: 'submission-not-found' });
    spec.given([town, submitted({ id: 'sub-1', value: '2400' })]).when(correct('sub-1', '2400.00', 'why'), monitoring).thenThrows({ kind: 'invalid-input', code: 'no-change' });
  });

  it('lets only the indicator’s provider correct it', () =>
    spec
      .given([town, submitted({ id: 'sub-1' })])
      .when(command('CorrectData', { unitId: 'town-a', supersedes: 'sub-1', value: '1' }, meta(actors.provider('stats-bureau'), { reason: 'x' })), monitoring)
      .thenThrows({ kind: 'forbidden', code: 'not-own-indicator' }));
});

describe('units: self-assessments, ratings, surveys, sign-off', () => {
  const yearEnd = (raters: CycleSetUp['raters'] = []) => ({ cycle: cycleWith({ open: ['year-end'], raters }) });
  const head = actors.leader('head-1');
  const headAssigned = [{ raterId: 'head-1', raterRole: 'county-head', units: ['town-a'] }];

  it('takes a self-assessment from the unit itself', () => {
    spec
      .given([town])
      .when(command('SubmitSelfAssessment', { unitId: 'town-a', period: 'year-end', selfScore: '92.5', narrative: '全面完成' }, meta(actors.reporter('town-a'))), yearEnd())
      .then([event('SelfAssessmentSubmitted', { unitId: 'town-a', period: 'year-end', selfScore: '92.5', narrative: '全面完成' })]);
    spec
      .given([town])
      .when(command('SubmitSelfAssessment', { unitId: 'town-a', narrative: '全面完成' }, meta(actors.reporter('town-b'))), yearEnd())
      .thenThrows({ kind: 'forbidden', code: 'not-own-unit' });
  });

  describe('monthly ratings (怀来: the leader in charge rates every month, there is no mid-year)', () => {
    const monthly = {
      ...TEST_SCHEME,
      calendar: { phases: TEST_SCHEME.calendar?.phases ?? {} },
      periods: [
        { id: 'm04', label: '4月', signOff: true },
        { id: 'm05', label: '5月', signOff: true },
        { id: 'year-end', label: '年终' },
      ],
      categories: [
        {
          id: 'townships',
          label: '科室',
          total: 100,
          parts: [{ id: 'leaders', label: '定性考核', points: 100, periods: [{ period: 'm04' }, { period: 'm05' }], method: { kind: 'points', outOf: 100, roles: ['leader-in-charge'] } }],
          grading: { grades: [{ id: 'pass', label: '合格', min: 60 }, { id: 'fail', label: '不合格' }] },
        },
      ],
    };
    const inCharge = [{ raterId: 'head-1', raterRole: 'leader-in-charge', units: ['town-a'] }];
    const rate = (period: string) => command('RateUnit', { unitId: 'town-a', indicatorId: 'leaders', period, raterRole: 'leader-in-charge', points: '90' }, meta(head));

    it('takes a month’s rating while that month is open, in monitoring', () =>
      spec
        .given([town])
        .when(rate('m05'), { cycle: cycleWith({ scheme: monthly, open: ['monitoring'], raters: inCharge }) })
        .then([event('RatingGiven', { unitId: 'town-a', indicatorId: 'leaders', period: 'm05', raterId: 'head-1', raterRole: 'leader-in-charge', points: '90' })]));

    it('refuses a month already closed, naming the period', () =>
      spec
        .given([town])
        .when(rate('m04'), { cycle: cycleWith({ scheme: monthly, open: ['monitoring'], closed: [{ phase: 'planning', periods: ['m04'] }], raters: inCharge }) })
        .thenThrows({ kind: 'rule-violated', code: 'period-closed' }, (error) => expect(error.details[0]?.path).toBe('period')));

    it('still takes mid-year and year-end ratings in their own phases only', () =>
      spec
        .given([town])
        .when(command('RateUnit', { unitId: 'town-a', indicatorId: 'leaders', raterRole: 'county-head', points: '9' }, meta(head)), {
          cycle: cycleWith({ open: ['monitoring'], raters: headAssigned }),
        })
        .thenThrows({ kind: 'rule-violated', code: 'phase-not-open' }, (error) => expect(error.details[0]?.path).toBe('period')));
  });

  describe('sign-off (怀来: the group leader signs each month off)', () => {
    const groupLeader = actors.committee('group-leader');
    const headRated = recorded(event('RatingGiven', { unitId: 'town-a', indicatorId: 'leaders', period: 'year-end', raterId: 'head-1', raterRole: 'county-head', points: '8' }), { actor: head });
    const signedOff = recorded(event('PeriodSignedOff', { unitId: 'town-a', period: 'year-end', signerId: 'group-leader' }), { actor: groupLeader });
    const signOff = (actor: typeof head) => command('SignOffPeriod', { unitId: 'town-a', period: 'year-end' }, meta(actor));

    it('is signed off by the group leader (a committee member), who rated nothing', () =>
      spec.given([town, headRated]).when(signOff(groupLeader), yearEnd(headAssigned)).then([event('PeriodSignedOff', { unitId: 'town-a', period: 'year-end', signerId: 'group-leader' })]));

    it('is never signed off by the leader whose rating it is, naming the rule', () =>
      spec
        .given([town, headRated])
        .when(signOff(head), yearEnd(headAssigned))
        .thenThrows({ kind: 'forbidden', code: 'self-sign-off' }, (error) => expect(error.details[0]).toMatchObject({ path: 'period', rule: 'self-sign-off' })));

    it('takes a new sign-off after a rating given once the period was signed off (that rating waits for it)', () =>
      spec
        .given([town, signedOff, headRated])
        .when(signOff(groupLeader), yearEnd(headAssigned))
        .then([event('PeriodSignedOff', { unitId: 'town-a', period: 'year-end', signerId: 'group-leader' })]));

    it('refuses a second sign-off when nothing came in since the first', () =>
      spec.given([town, headRated, signedOff]).when(signOff(groupLeader), yearEnd(headAssigned)).thenThrows({ kind: 'conflict', code: 'already-signed-off' }));
  });

  it('takes a rating from an assigned rater, in the rater role of the assignment', () =>
    spec
      .given([town])
      .when(command('RateUnit', { unitId: 'town-a', indicatorId: 'leaders', raterRole: 'county-head', points: '9.5' }, meta(head)), yearEnd(headAssigned))
      .then([event('RatingGiven', { unitId: 'town-a', indicatorId: 'leaders', period: 'year-end', raterId: 'head-1', raterRole: 'county-head', points: '9.5' })]));

  it('refuses a leader not assigned to the unit', () =>
    spec
      .given([townshipRegistered('town-b')])
      .when(command('RateUnit', { unitId: 'town-b', indicatorId: 'leaders', raterRole: 'county-head', points: '9' }, meta(head)), yearEnd(headAssigned))
      .thenThrows({ kind: 'forbidden', code: 'not-assigned-rater' }));

  it('lets an assignment to all units cover any unit', () =>
    spec
      .given([townshipRegistered('town-b')])
      .when(command('RateUnit', { unitId: 'town-b', indicatorId: 'leaders', raterRole: 'county-head', points: '9' }, meta(head)), yearEnd([{ ...headAssigned[0]!, units: 'all' }]))
      .thenMatches([{ type: 'RatingGiven' }]));

  it.each([
    ['points above the scale', { indicatorId: 'leaders', raterRole: 'county-head', points: '10.5' }, 'out-of-range'],
    ['a grade on a points indicator', { indicatorId: 'leaders', raterRole: 'county-head', grade: 'good' }, 'points-required'],
    ['a level the scale lacks', { indicatorId: 'committee', raterRole: 'committee-member', grade: 'excellent' }, 'unknown-level'],
    ['a rater role the indicator does not take', { indicatorId: 'committee', raterRole: 'county-head', grade: 'good' }, 'rater-role-not-for-indicator'],
  ])('refuses %s', (_what, data, code) => {
    const committee = actors.committee('member-1');
    const raters = [...headAssigned, { raterId: 'member-1', raterRole: 'committee-member', units: 'all' as const }, { raterId: 'member-1', raterRole: 'county-head', units: 'all' as const }];
    const actor = data.raterRole === 'committee-member' || data.indicatorId === 'committee' ? committee : head;
    spec.given([town]).when(command('RateUnit', { unitId: 'town-a', ...data }, meta(actor)), yearEnd(raters)).thenThrows({ kind: 'invalid-input', code });
  });

  describe('grades given as ranges (Qitai special projects: 良好 8–9, 一般 5–6 of 10, graded once a year)', () => {
    const ranged = {
      ...TEST_SCHEME,
      scales: {
        ...TEST_SCHEME.scales,
        grade: {
          levels: [
            { id: 'good', label: { 'zh-CN': '好', en: 'Good' }, percent: 100 },
            { id: 'fair', label: { 'zh-CN': '良好', en: 'Fair' }, percent: 80, upTo: 90 },
            { id: 'poor', label: { 'zh-CN': '一般', en: 'Poor' }, percent: 50, upTo: 60 },
          ],
        },
      },
    };
    const member = actors.committee('member-1');
    const rating = (data: Readonly<{ grade: string; points?: string; period?: string }>) =>
      command('RateUnit', { unitId: 'town-a', indicatorId: 'committee', raterRole: 'committee-member', ...data }, meta(member));
    const rangedYearEnd = { cycle: cycleWith({ scheme: ranged, open: ['year-end'], raters: [{ raterId: 'member-1', raterRole: 'committee-member', units: 'all' }] }) };

    it('records the points the assessor picked within the grade’s range, with the grade', () =>
      spec
        .given([town])
        .when(rating({ grade: 'fair', points: '8.5' }), rangedYearEnd)
        .then([event('RatingGiven', { unitId: 'town-a', indicatorId: 'committee', period: 'year-end', raterId: 'member-1', raterRole: 'committee-member', grade: 'fair', points: '8.5' })]));

    it.each([
      ['above the range', { grade: 'fair', points: '9.5' }, 'points-outside-grade-range'],
      ['below the range', { grade: '一般', points: '4' }, 'points-outside-grade-range'],
      ['with a grade that is no range', { grade: 'good', points: '10' }, 'points-not-for-grade'],
      ['that are no number', { grade: 'fair', points: 'eight' }, 'not-a-decimal'],
    ])('refuses points %s, naming the field and the rule', (_what, data, rule) =>
      spec
        .given([town])
        .when(rating(data), rangedYearEnd)
        .thenThrows({ kind: 'invalid-input', code: rule }, (error) => expect(error.details[0]).toMatchObject({ path: 'points', rule })));

    it('takes the grade alone (the middle of the range counts)', () =>
      spec.given([town]).when(rating({ grade: 'fair' }), rangedYearEnd).thenMatches([{ type: 'RatingGiven', data: { grade: 'fair' } }]));

    it('is not rated in another period than the one the scheme rates it in', () =>
      spec
        .given([town])
        .when(rating({ grade: 'fair', points: '8', period: 'mid-year' }), rangedYearEnd)
        .thenThrows({ kind: 'invalid-input', code: 'period-not-for-indicator' }, (error) => expect(error.details[0]?.path).toBe('period')));
  });

  it('supersedes the rater’s own earlier rating of the same slot', () => {
    const earlier = recorded(
      event('RatingGiven', { unitId: 'town-a', indicatorId: 'leaders', period: 'year-end', raterId: 'head-1', raterRole: 'county-head', points: '8' }),
      { id: 'rating-1', actor: head },
    );
    spec
      .given([town, earlier])
      .when(command('RateUnit', { unitId: 'town-a', indicatorId: 'leaders', raterRole: 'county-head', points: '9' }, meta(head)), yearEnd(headAssigned))
      .thenMatches([{ type: 'RatingGiven', data: { points: '9', supersedes: 'rating-1' } }]);
  });

  it('records a survey as counts per level with its sample size, or as a rate', () => {
    spec
      .given([town])
      .when(
        command('RecordSurveyResult', { unitId: 'town-a', indicatorId: 'public', counts: { satisfied: '260', 'fairly-satisfied': '110', dissatisfied: '30' }, sampleSize: '400' }, meta(actors.surveyOffice())),
        yearEnd(),
      )
      .then([
        event('SurveyResultRecorded', {
          unitId: 'town-a',
          indicatorId: 'public',
          period: 'year-end',
          counts: { satisfied: '260', 'fairly-satisfied': '110', dissatisfied: '30' },
          sampleSize: '400',
        }),
      ]);
    spec
      .given([town])
      .when(command('RecordSurveyResult', { unitId: 'town-a', indicatorId: 'public', rate: '87.5', sampleSize: '400' }, meta(actors.surveyOffice())), yearEnd())
      .thenMatches([{ data: { rate: '87.5' } }]);
  });

  it.each([
    ['counts and a rate', { counts: { satisfied: '1' }, rate: '90' }, 'counts-or-rate'],
    ['counts beyond the sample', { counts: { satisfied: '300', dissatisfied: '101' } }, 'counts-exceed-sample'],
    ['a level the scale lacks', { counts: { happy: '1' } }, 'unknown-level'],
    ['a rate above 100', { rate: '100.5' }, 'out-of-range'],
  ])('refuses a survey with %s', (_what, data, code) =>
    spec
      .given([town])
      .when(command('RecordSurveyResult', { unitId: 'town-a', indicatorId: 'public', sampleSize: '400', ...data }, meta(actors.surveyOffice())), yearEnd())
      .thenThrows({ kind: 'invalid-input', code }),
  );

  it('lets an assigned leader sign off a period once', () => {
    spec
      .given([town])
      .when(command('SignOffPeriod', { unitId: 'town-a', period: 'year-end' }, meta(head)), yearEnd(headAssigned))
      .then([event('PeriodSignedOff', { unitId: 'town-a', period: 'year-end', signerId: 'head-1' })]);
    spec
      .given([town, recorded(event('PeriodSignedOff', { unitId: 'town-a', period: 'year-end', signerId: 'head-1' }))])
      .when(command('SignOffPeriod', { unitId: 'town-a', period: 'year-end' }, meta(head)), yearEnd(headAssigned))
      .thenThrows({ kind: 'conflict', code: 'already-signed-off' });
  });
});

describe('units: own indicators', () => {
  it('keeps departments’ data apart from townships’ indicators', () =>
    spec
      .given([departmentRegistered('dept-a')])
      .when(command('SubmitData', { unitId: 'dept-a', indicatorId: 'revenue', value: '1' }, meta(finance)), monitoring)
      .thenThrows({ kind: 'forbidden', code: 'not-own-indicator' }));
});
