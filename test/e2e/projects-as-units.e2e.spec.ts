import { settledHeadPosition } from '@kaoping/testing';
import { auditReads, liveAgreesWithLog } from './support/audit-reads';
import { type Headers, type Kaoping, readRepoFile, startKaoping } from './support/kaoping';

type Body = Readonly<Record<string, unknown>>;
type StatusItem = Readonly<{ unitId: string; deadlineId: string; indicatorId: string | null; kind: string; period: string; status: string }>;

// Projects as units (SCORING.md S4 special projects, S9 budget performance). Both cycles are of 2025,
// so every deadline of their calendars has passed: what is not delivered is missing, not pending.

describe('S9 budget projects: a year with two tracking rounds, through HTTP', () => {
  const CYCLE = '/cycles/budget2025';
  let k: Kaoping;
  let office: Headers;
  let finance: Headers;
  let section: Headers;

  const refused = async (who: Headers, path: string, body: Body) => {
    const before = (await k.api.log()).length;
    const res = await k.api.http().post(path).set(who).send(body);
    expect((await k.api.log()).length).toBe(before);
    return res;
  };
  const status = async (): Promise<readonly StatusItem[]> => {
    const head = await settledHeadPosition(k.api.store);
    return (await k.read<Readonly<{ items: readonly StatusItem[] }>>(office, `${CYCLE}/submission-status?minPosition=${head}`)).items;
  };

  beforeAll(async () => {
    k = await startKaoping('embedded');
    office = await k.asOffice();
    finance = await k.as('provider.finance-bureau', 'data-provider', { providerId: 'finance-bureau' });
    section = await k.as('provider.project-section', 'data-provider', { providerId: 'project-section' });
    await k.send(office, '/cycles', { cycleId: 'budget2025', year: 2025, name: '2025年度项目支出绩效评价' });
    await k.send(office, `${CYCLE}/scheme`, { schemeYaml: readRepoFile('schemes/s9-budget-performance.yaml') });
    await k.send(office, `${CYCLE}/phases/planning/open`);
    await k.send(office, `${CYCLE}/units`, { unitId: 'road-repair', name: '农村公路养护项目', level: 'project', categoryId: 'projects' });
  }, 120_000);
  afterAll(() => k.close());

  it('takes the goals of each tracking round as targets (分阶段目标), changed with a reason', async () => {
    // Before: 400 period-not-for-indicator on targets.tracking-1 (the output indicators were year-end only).
    await k.send(office, `${CYCLE}/units/road-repair/indicators`, { indicatorId: 'output-quantity', targets: { 'tracking-1': '30', 'tracking-2': '60', 'year-end': '100' } });
    await k.send(office, `${CYCLE}/units/road-repair/indicators`, { indicatorId: 'cost', targets: { 'tracking-1': '200', 'tracking-2': '350', 'year-end': '500' } });
    await k.send(office, `${CYCLE}/units/road-repair/indicators`, { indicatorId: 'output-quality' });
    await k.send(office, `${CYCLE}/units/road-repair/indicators`, { indicatorId: 'timeliness' });
    for (const indicatorId of ['project-setup', 'goal-setting', 'funds-management', 'organisation', 'social-economic-effect', 'sustainability']) {
      await k.send(office, `${CYCLE}/units/road-repair/indicators`, { indicatorId });
    }
    await k.send(office, `${CYCLE}/units/road-repair/indicators/output-quantity/target`, { period: 'tracking-2', value: '55', reason: '第一轮跟踪后调整分阶段目标' });
  });

  it('takes tracking data with the deviation’s corrective action as its reason, shows the tracking deadlines on the status board, and refuses tracking data for an indicator not tracked', async () => {
    await k.send(office, `${CYCLE}/phases/planning/close`, { periods: [] });
    await k.send(office, `${CYCLE}/phases/monitoring/open`);
    // Round 1 (due 07-15): 24 of the 30 km planned (−20 %), cost 230 against 200 (+15 %): deviations, corrected.
    await k.send(section, `${CYCLE}/units/road-repair/data`, { indicatorId: 'output-quantity', period: 'tracking-1', value: '24', reason: '雨季停工，偏差20%：增加施工班组' });
    await k.send(finance, `${CYCLE}/units/road-repair/data`, { indicatorId: 'cost', period: 'tracking-1', value: '230', reason: '材料涨价：调整采购方式' });
    // Round 2 (due 10-15): back on the (changed) goal, 56 of 55 km; cost 340 of 350. Timeliness not reported.
    await k.send(section, `${CYCLE}/units/road-repair/data`, { indicatorId: 'output-quantity', period: 'tracking-2', value: '56' });
    await k.send(finance, `${CYCLE}/units/road-repair/data`, { indicatorId: 'cost', period: 'tracking-2', value: '340' });
    // The decision indicators are evaluated at year end only, tracking is for the output goals.
    const tracked = await refused(finance, `${CYCLE}/units/road-repair/data`, { indicatorId: 'project-setup', period: 'tracking-1', value: '5' });
    expect(tracked.status).toBe(400);
    expect(tracked.body).toMatchObject({ details: [expect.objectContaining({ path: 'period', rule: 'period-not-for-indicator' })] });

    const items = await status();
    const tracking = items
      .filter((item) => item.deadlineId === 'tracking-1-data' || item.deadlineId === 'tracking-2-data')
      .map((item) => [item.deadlineId, item.indicatorId, item.period, item.status])
      .sort((a, b) => String(a).localeCompare(String(b)));
    // Before: no row for either tracking deadline (the output indicators had no tracking periods).
    expect(tracking).toEqual([
      ['tracking-1-data', 'cost', 'tracking-1', 'submitted'],
      ['tracking-1-data', 'output-quality', 'tracking-1', 'pending'],
      ['tracking-1-data', 'output-quantity', 'tracking-1', 'submitted'],
      ['tracking-1-data', 'timeliness', 'tracking-1', 'pending'],
      ['tracking-2-data', 'cost', 'tracking-2', 'submitted'],
      ['tracking-2-data', 'output-quality', 'tracking-2', 'pending'],
      ['tracking-2-data', 'output-quantity', 'tracking-2', 'submitted'],
      ['tracking-2-data', 'timeliness', 'tracking-2', 'pending'],
    ]);
    // The decision and effect indicators are owed at year end only.
    expect(items.filter((item) => item.indicatorId === 'project-setup').map((item) => item.deadlineId)).toEqual(['evaluation-data']);
  });

  it('shows the office per tracking round each indicator’s deviation from its target, exactly, with the corrective action recorded', async () => {
    type Line = Readonly<{ indicatorId: string; target?: string; value?: string; deviation?: Readonly<Record<string, string>>; correctiveAction?: string; recorded?: Readonly<{ actorId: string; role: string; corrected: boolean }> }>;
    type Tracking = Readonly<{ units: readonly Readonly<{ unitId: string; name: string; rounds: readonly Readonly<{ period: string; indicators: readonly Line[] }>[] }>[] }>;
    const read = await k.read<Tracking>(office, `${CYCLE}/tracking?unitId=road-repair`);
    expect(read.units.map((unit) => [unit.unitId, unit.name, unit.rounds.map((round) => round.period)])).toEqual([['road-repair', '农村公路养护项目', ['tracking-1', 'tracking-2']]]);
    const [first, second] = read.units[0]?.rounds ?? [];
    const line = (round: typeof first, indicatorId: string) => round?.indicators.find((candidate) => candidate.indicatorId === indicatorId);
    expect(first?.indicators.map((candidate) => candidate.indicatorId)).toEqual(['output-quantity', 'output-quality', 'timeliness', 'cost']);
    // Round 1: 24 of 30 km is 6 short (−20 %); cost 230 of 200 is 30 over (+15 %), behind for a cost.
    expect(line(first, 'output-quantity')).toEqual({
      indicatorId: 'output-quantity',
      direction: 'higher',
      target: '30',
      value: '24',
      deviation: { deviation: '-6', rate: '-20', rateShown: '-20.00', standing: 'behind' },
      correctiveAction: '雨季停工，偏差20%：增加施工班组',
      recorded: expect.objectContaining({ actorId: 'provider.project-section', role: 'data-provider', corrected: false }),
    });
    expect(line(first, 'cost')).toMatchObject({ direction: 'lower', target: '200', value: '230', deviation: { deviation: '30', rate: '15', standing: 'behind' }, correctiveAction: '材料涨价：调整采购方式' });
    // Not reported: the scheme's target (100 %) and no value.
    expect(line(first, 'output-quality')).toEqual({ indicatorId: 'output-quality', direction: 'higher', target: '100' });
    // Round 2, against the changed goal of 55 km: 56 is 1 over, 1/55 = 1.8181… % (exact as 20/11); cost 340 of 350 is ahead.
    expect(line(second, 'output-quantity')).toMatchObject({
      target: '55',
      value: '56',
      deviation: { deviation: '1', rate: '1.81818181818181818182…', rateFraction: '20/11', rateShown: '1.82', standing: 'ahead' },
    });
    expect(line(second, 'output-quantity')?.correctiveAction).toBeUndefined();
    expect(line(second, 'cost')?.deviation).toEqual({ deviation: '-10', rate: '-2.85714285714285714286…', rateFraction: '-20/7', rateShown: '-2.86', standing: 'ahead' });

    // Every tracked unit without the filter; refusals in words.
    expect((await k.read<Tracking>(office, `${CYCLE}/tracking`)).units.map((unit) => unit.unitId)).toEqual(['road-repair']);
    const unknown = await k.api.http().get(`${CYCLE}/tracking?unitId=bridge`).set(office);
    expect([unknown.status, unknown.body.code]).toEqual([404, 'unit-not-found']);
    const reporter = await k.api.http().get(`${CYCLE}/tracking`).set(await k.asReporter('road-repair'));
    expect([reporter.status, reporter.body.code]).toEqual([403, 'role-not-allowed']);
  });

  it('scores the year-end evaluation to the hand calculation; the tracking rounds are followed, not scored', async () => {
    const audit = auditReads(k, await k.asAuditor(), 'budget2025');
    const before = (await audit.category('projects')).units[0];
    // Nothing of the year end yet: the tracking rounds count nothing.
    expect(before).toMatchObject({ unitId: 'road-repair', total: '0.00' });

    await k.send(office, `${CYCLE}/phases/monitoring/close`, { periods: ['tracking-1', 'tracking-2'] });
    await k.send(office, `${CYCLE}/phases/year-end/open`);
    const values: Readonly<Record<string, readonly [Headers, string]>> = {
      'project-setup': [finance, '9'],
      'goal-setting': [finance, '8'],
      'funds-management': [finance, '9'],
      organisation: [finance, '8.5'],
      'output-quantity': [section, '95'],
      'output-quality': [section, '98'],
      timeliness: [section, '90'],
      cost: [finance, '520'],
      'social-economic-effect': [finance, '8'],
      sustainability: [finance, '9'],
    };
    for (const [indicatorId, [who, value]] of Object.entries(values)) {
      await k.send(who, `${CYCLE}/units/road-repair/data`, { indicatorId, period: 'year-end', value });
    }
    const survey = await k.as('survey.office', 'survey-office');
    await k.send(survey, `${CYCLE}/units/road-repair/surveys`, {
      indicatorId: 'satisfaction',
      counts: { satisfied: '60', 'fairly-satisfied': '30', 'so-so': '10', dissatisfied: '0' },
      sampleSize: '100',
    });

    const [project] = (await audit.category('projects')).units;
    // decision      9 + 8                                        = 17
    // management    9 + 8.5                                      = 17.5
    // output        10 × 95/100 + 10 × 98/100 + 5 × 90/100
    //               + cost (lower is better) 5 × 500/520         = 9.5 + 9.8 + 4.5 + 4.8076923… = 28.6076923…
    // effect        8 + 9                                        = 17
    // satisfaction  (60 × 100 % + 30 × 80 % + 10 × 60 %) / 100 = 90 % of 10 = 9
    // total         17 + 17.5 + 28.6076923… + 17 + 9 = 89.1076923… → 89.11 → 良 (80 ≤ total < 90)
    // The tracking values (24 of 30 km, cost 230 and 340) change nothing.
    expect(project).toMatchObject({
      unitId: 'road-repair',
      total: '89.11',
      grade: 'good',
      parts: { decision: '17.00', management: '17.50', performance: '54.61' },
    });
    const live = await liveAgreesWithLog({ k, who: office, cycleId: 'budget2025', categoryId: 'projects' });
    expect(live.live).toEqual(live.log);
  });
});

describe("Qitai special projects: a project's grade lands in its owner's points, through HTTP", () => {
  const CYCLE = '/cycles/qitai2025';
  let k: Kaoping;
  let office: Headers;
  let tracked = '';

  const refused = async (who: Headers, path: string, body: Body) => {
    const before = (await k.api.log()).length;
    const res = await k.api.http().post(path).set(who).send(body);
    expect((await k.api.log()).length).toBe(before);
    return res;
  };

  beforeAll(async () => {
    k = await startKaoping('embedded');
    office = await k.asOffice();
    await k.send(office, '/cycles', { cycleId: 'qitai2025', year: 2025, name: '2025年度奇台县绩效管理' });
    await k.send(office, `${CYCLE}/scheme`, { schemeYaml: readRepoFile('schemes/s4-qitai-four-level.yaml') });
    await k.send(office, `${CYCLE}/phases/planning/open`);
    await k.send(office, `${CYCLE}/units`, { unitId: 'jiaotongju', name: '县交通运输局', level: 'department', categoryId: 'departments' });
    await k.send(office, `${CYCLE}/units`, { unitId: 'shuiliju', name: '县水利局', level: 'department', categoryId: 'departments' });
    await k.send(office, `${CYCLE}/units`, { unitId: 'road-project', name: '奇台—江布拉克公路', level: 'project', categoryId: 'special-projects', parentUnitId: 'jiaotongju' });
    await k.send(office, `${CYCLE}/units/road-project/indicators`, { indicatorId: 'tracking' });
    await k.send(office, `${CYCLE}/units/road-project/indicators`, { indicatorId: 'audit' });
    await k.send(office, `${CYCLE}/raters`, { raterId: 'li.assessor', raterRole: 'project-assessor', units: 'all' });
    await k.send(office, `${CYCLE}/phases/planning/close`, { periods: [] });
    await k.send(office, `${CYCLE}/phases/monitoring/open`);
  }, 120_000);
  afterAll(() => k.close());

  it('owes a project nothing for the half-year its category does not have', async () => {
    const head = await settledHeadPosition(k.api.store);
    const items = (await k.read<Readonly<{ items: readonly StatusItem[] }>>(office, `${CYCLE}/submission-status?unitId=road-project&minPosition=${head}`)).items;
    // Before: half-year-self-assessment and half-year-data (tracking, audit) were reported missing.
    expect(items.filter((item) => item.period === 'half-year')).toEqual([]);
    expect(items.map((item) => [item.deadlineId, item.indicatorId]).sort((a, b) => String(a).localeCompare(String(b)))).toEqual([
      ['public-survey', 'public'],
      ['year-end-data', 'audit'],
      ['year-end-data', 'tracking'],
      ['year-end-self-assessment', null],
    ]);
    // The owner's special-project indicator is delivered by its projects: no rater owes it.
    const owner = (await k.read<Readonly<{ items: readonly StatusItem[] }>>(office, `${CYCLE}/submission-status?unitId=jiaotongju&minPosition=${head}`)).items;
    expect(owner.filter((item) => item.indicatorId === 'special-projects')).toEqual([]);
  });

  it("gives the owner the points of its project's grade: 良好 at 82 → 8.2 of 10, without a second rating", async () => {
    const audit = auditReads(k, await k.asAuditor(), 'qitai2025');
    expect((await audit.category('departments')).units.find((unit) => unit.unitId === 'jiaotongju')?.total).toBe('0.00');

    const commission = await k.as('provider.development-commission', 'data-provider', { providerId: 'development-commission' });
    const auditBureau = await k.as('provider.audit-bureau', 'data-provider', { providerId: 'audit-bureau' });
    const survey = await k.as('survey.statistics', 'survey-office', { providerId: 'statistics-bureau' });
    tracked = String(((await k.send(commission, `${CYCLE}/units/road-project/data`, { indicatorId: 'tracking', period: 'year-end', value: '80' })).eventIds as string[])[0]);
    await k.send(auditBureau, `${CYCLE}/units/road-project/data`, { indicatorId: 'audit', period: 'year-end', value: '80' });
    await k.send(survey, `${CYCLE}/units/road-project/surveys`, { indicatorId: 'public', counts: { satisfied: '10' }, sampleSize: '10' });

    // Project: tracking 80 × 80 % + public 100 × 10 % + audit 80 × 10 % = 64 + 10 + 8 = 82 → 良好 (80–90).
    const [project] = (await audit.category('special-projects')).units;
    expect(project).toMatchObject({ unitId: 'road-project', total: '82.00', grade: 'good' });
    // Owner: 良好 is 8–9 of 10; 82 sits 2/10 into the band 80–90 → 8 + 0.2 × (9 − 8) = 8.2 points.
    // The indicator (10 of the 90 assessed points) counts the year-end grade in both shares:
    // half-year 30 × 10/90 × 0.82 + year-end 60 × 10/90 × 0.82 = 2.7333… + 5.4666… = 8.20; nothing else is in.
    const departments = await audit.category('departments');
    expect(departments.units.find((unit) => unit.unitId === 'jiaotongju')).toMatchObject({ total: '8.20', parts: { assessed: '8.20', public: '0.00' } });
    // 水利局 has no project: its special-project indicator is missing, not fed by another unit's project.
    expect(departments.units.find((unit) => unit.unitId === 'shuiliju')?.total).toBe('0.00');

    const explained = await audit.unit('departments', 'jiaotongju');
    expect(JSON.stringify(explained.explanation)).toContain('project:road-project');
    const live = await liveAgreesWithLog({ k, who: office, cycleId: 'qitai2025', categoryId: 'departments' });
    expect(live.live).toEqual(live.log);
  });

  it('refuses to rate the special-project indicator by hand, with 400 naming indicatorId and the rule, and records nothing', async () => {
    const assessor = await k.as('li.assessor', 'committee');
    const res = await refused(assessor, `${CYCLE}/units/jiaotongju/ratings`, { indicatorId: 'special-projects', raterRole: 'project-assessor', grade: 'advanced' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'indicator-from-projects', details: [expect.objectContaining({ path: 'indicatorId', rule: 'indicator-from-projects' })] });
    // Nor does the assessor's rating template offer it.
    const template = await k.api.http().get(`${CYCLE}/templates/ratings?format=csv&raterId=li.assessor`).set(office);
    expect(template.status).toBe(200);
    expect(template.text).not.toContain('special-projects');
  });

  it("takes the project's recorded result once its results are computed: a later correction counts when they are computed again", async () => {
    const audit = auditReads(k, await k.asAuditor(), 'qitai2025');
    const owner = async () => (await audit.category('departments')).units.find((unit) => unit.unitId === 'jiaotongju')?.total;
    const agree = async () => {
      const live = await liveAgreesWithLog({ k, who: office, cycleId: 'qitai2025', categoryId: 'departments' });
      expect(live.live).toEqual(live.log);
    };
    // On to the review (periods left open: a correction needs no late reason).
    for (const phase of ['monitoring', 'mid-year', 'year-end']) {
      if (phase !== 'monitoring') await k.send(office, `${CYCLE}/phases/${phase}/open`);
      await k.send(office, `${CYCLE}/phases/${phase}/close`, { periods: [] });
    }
    await k.send(office, `${CYCLE}/phases/review/open`);
    await k.send(office, `${CYCLE}/results/special-projects/computations`);
    const commission = await k.as('provider.development-commission', 'data-provider', { providerId: 'development-commission' });
    await k.send(commission, `${CYCLE}/units/road-project/data/${tracked}/corrections`, { value: '100', reason: '督查复核：项目已全部完工' });
    // Live the project is now 100 × 80 % + 10 + 8 = 98 → 先进; its recorded result is still 82 良好.
    expect((await audit.category('special-projects')).units[0]).toMatchObject({ total: '98.00', grade: 'advanced' });
    expect(await owner()).toBe('8.20');
    await agree();
    // Computed again: 先进 → the full 10 points.
    await k.send(office, `${CYCLE}/results/special-projects/computations`);
    expect(await owner()).toBe('10.00');
    await agree();
  });
});
