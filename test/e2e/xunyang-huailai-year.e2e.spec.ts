import { ManualClock } from '@kaoping/jobs';
import { type UnitLine } from '@kaoping/audit';
import { auditReads, liveAgreesWithLog } from './support/audit-reads';
import { type Headers, type Kaoping, readRepoFile, startKaoping } from './support/kaoping';

// A year of schemes/s8-xunyang-znsx.yaml through HTTP, each fact sent by the person who records it,
// with the clock walked through the year (requests arrive and events are recorded at its time).
//
// Seed 003 has two schemes in one file:
// - 浔阳区 Z = N + S + X: 常规工作 N 70 (80 without investment duty), 招商引资 15, 述职述廉、效能纠风 15
//   (20 without investment duty), all 减分制 from full marks; X 创新工作 added, at most 8.
// - 怀来矿业公司机关科室, monthly: 考核办 scores the quantitative items (定量), the 主管领导 the overall
//   effect (定性); 各科室月度考核结果，需经考核小组组长签字确认. The scheme's split is quantitative 60 +
//   qualitative 40 points, each the plain average of the twelve months: a month is worth 60/12 = 5
//   quantitative and 40/12 = 10/3 qualitative points, and counts only once the group leader signed it.
// Three months are run (January to March); the other nine are never signed and count 0.
//
// The cycle is of 2025, so every date of it lies behind the wall clock (reads "now" include it all).

const CYCLE = '/cycles/xy2025';

type Body = Readonly<Record<string, unknown>>;

describe('a Xunyang year with three Huailai months, through HTTP', () => {
  const clock = new ManualClock('2025-01-06T09:00:00+08:00');
  let k: Kaoping;
  let office: Headers;
  let auditor: Headers;
  let assessmentOffice: Headers; // 考核办（企管科）: the quantitative scores
  let li: Headers; // 李副总: leader in charge of 财务科 and 安全科
  let zhao: Headers; // 赵副总: leader in charge of 生产技术科
  let groupLeader: Headers; // 考核小组组长

  const at = (time: string): void => clock.set(`${time}+08:00`);
  const lines = async (categoryId: string, when = 'now'): Promise<ReadonlyMap<string, UnitLine>> => {
    const table = await auditReads(k, auditor, 'xy2025').category(categoryId, when);
    return new Map(table.units.map((unit) => [unit.unitId, unit]));
  };
  const line = async (categoryId: string, unitId: string, when = 'now'): Promise<UnitLine> => {
    const found = (await lines(categoryId, when)).get(unitId);
    if (found === undefined) throw new Error(`no ${unitId} in ${categoryId}`);
    return found;
  };
  const totals = async (categoryId: string, when = 'now'): Promise<Readonly<Record<string, string>>> =>
    Object.fromEntries([...(await lines(categoryId, when))].map(([unitId, unit]) => [unitId, unit.total]));
  const refused = async (who: Headers, path: string, body: Body) => {
    const before = (await k.api.log()).length;
    const res = await k.api.http().post(path).set(who).send(body);
    expect((await k.api.log()).length).toBe(before);
    return res;
  };

  // One month of a section: 考核办's quantitative score, the leader's qualitative points.
  const month = async (input: Readonly<{ unitId: string; period: string; quantitative: string; leader: Headers; qualitative: string }>) => {
    await k.send(assessmentOffice, `${CYCLE}/units/${input.unitId}/data`, { indicatorId: 'quantitative', period: input.period, value: input.quantitative });
    await k.send(input.leader, `${CYCLE}/units/${input.unitId}/ratings`, { indicatorId: 'qualitative', period: input.period, raterRole: 'leader-in-charge', points: input.qualitative });
  };
  const signOff = (unitId: string, period: string) => k.send(groupLeader, `${CYCLE}/units/${unitId}/sign-offs`, { period });

  beforeAll(async () => {
    k = await startKaoping('embedded', { clock });
    office = await k.asOffice();
    auditor = await k.asAuditor();
    assessmentOffice = await k.as('qiguanke.kaoheban', 'data-provider', { providerId: 'company-assessment-office' });
    li = await k.as('li.fuzong', 'leader');
    zhao = await k.as('zhao.fuzong', 'leader');
    groupLeader = await k.as('wang.zuzhang', 'committee');
  }, 120_000);
  afterAll(() => k.close());

  it('plans the year: the scheme, the units of both schemes, the quantitative indicator with 考核办 as its provider, each section’s leader in charge', async () => {
    await k.send(office, '/cycles', { cycleId: 'xy2025', year: 2025, name: '2025年度浔阳区综合考核及怀来矿业公司机关科室月度考核' });
    await k.send(office, `${CYCLE}/scheme`, { schemeYaml: readRepoFile('schemes/s8-xunyang-znsx.yaml') });
    await k.send(office, `${CYCLE}/phases/planning/open`);
    // The company's 机关科室 are its departments (the company itself is no unit of the scheme).
    const units: readonly (readonly [string, string, string, string])[] = [
      ['gantang', '甘棠街道', 'township', 'subdistricts'],
      ['minying', '区民营经济服务局', 'department', 'district-departments'],
      ['shirong', '区市容局', 'department', 'district-departments-no-investment'],
      ['caiwu', '财务科', 'department', 'company-sections'],
      ['anquan', '安全科', 'department', 'company-sections'],
      ['shengchan', '生产技术科', 'department', 'company-sections'],
    ];
    for (const [unitId, name, level, categoryId] of units) await k.send(office, `${CYCLE}/units`, { unitId, name, level, categoryId });
    for (const unitId of ['caiwu', 'anquan', 'shengchan']) {
      await k.send(office, `${CYCLE}/units/${unitId}/indicators`, { indicatorId: 'quantitative', providerId: 'company-assessment-office' });
    }
    await k.send(office, `${CYCLE}/raters`, { raterId: 'li.fuzong', raterRole: 'leader-in-charge', units: ['caiwu', 'anquan'] });
    await k.send(office, `${CYCLE}/raters`, { raterId: 'zhao.fuzong', raterRole: 'leader-in-charge', units: ['shengchan'] });
    // Monitoring runs beside planning from 1 January (the company's January results are due on
    // 5 February); phases move by hand in this test, as the schedule would move them.
    await k.send(office, `${CYCLE}/phases/monitoring/open`);
  });

  it('counts January once the group leader signed it off on time, and never takes a sign-off from the leader who rated', async () => {
    at('2025-02-03T10:00:00');
    await month({ unitId: 'caiwu', period: 'm01', quantitative: '90', leader: li, qualitative: '85' });
    await month({ unitId: 'anquan', period: 'm01', quantitative: '95', leader: li, qualitative: '88' });
    await month({ unitId: 'shengchan', period: 'm01', quantitative: '80', leader: zhao, qualitative: '75' });
    // Not signed yet: nothing counts.
    expect(await totals('company-sections')).toEqual({ caiwu: '0.00', anquan: '0.00', shengchan: '0.00' });
    const self = await refused(li, `${CYCLE}/units/caiwu/sign-offs`, { period: 'm01' });
    expect([self.status, self.body.code]).toEqual([403, 'self-sign-off']);

    at('2025-02-04T16:00:00');
    for (const unitId of ['caiwu', 'anquan', 'shengchan']) await signOff(unitId, 'm01');
    // caiwu      90 × 5/100 + 85 × (10/3)/100 = 4.5 + 2.8333… = 7.3333… → 7.33
    // anquan     95 × 5/100 + 88 × (10/3)/100 = 4.75 + 2.9333… = 7.6833… → 7.68
    // shengchan  80 × 5/100 + 75 × (10/3)/100 = 4 + 2.5 = 6.50
    expect(await totals('company-sections')).toEqual({ caiwu: '7.33', anquan: '7.68', shengchan: '6.50' });
    const caiwu = await line('company-sections', 'caiwu');
    expect(caiwu.parts).toEqual({ quantitative: '4.50', qualitative: '2.83' });
    expect(caiwu.flags).toContain('awaiting-sign-off');
  });

  it('counts February signed off a week after its deadline (5 March) from the sign-off on, and not before', async () => {
    at('2025-02-28T18:00:00');
    await k.send(office, `${CYCLE}/phases/planning/close`);
    at('2025-03-03T10:00:00');
    await month({ unitId: 'caiwu', period: 'm02', quantitative: '88', leader: li, qualitative: '90' });
    await month({ unitId: 'anquan', period: 'm02', quantitative: '91', leader: li, qualitative: '92' });
    await month({ unitId: 'shengchan', period: 'm02', quantitative: '84', leader: zhao, qualitative: '80' });
    // The deadline m02-result (5 March) passes with February unsigned: January alone counts.
    at('2025-03-06T09:00:00');
    expect(await totals('company-sections')).toEqual({ caiwu: '7.33', anquan: '7.68', shengchan: '6.50' });

    at('2025-03-12T15:00:00');
    for (const unitId of ['caiwu', 'anquan', 'shengchan']) await signOff(unitId, 'm02');
    // caiwu      (90 + 88) × 5/100 + (85 + 90) × (10/3)/100 = 8.9 + 5.8333… = 14.7333… → 14.73
    // anquan     (95 + 91) × 5/100 + (88 + 92) × (10/3)/100 = 9.3 + 6       = 15.30
    // shengchan  (80 + 84) × 5/100 + (75 + 80) × (10/3)/100 = 8.2 + 5.1666… = 13.3666… → 13.37
    expect(await totals('company-sections')).toEqual({ caiwu: '14.73', anquan: '15.30', shengchan: '13.37' });
    // The auditor's slider: as of the deadline's day February did not count; after the sign-off it does.
    expect(await totals('company-sections', '2025-03-06T09:00:00+08:00')).toEqual({ caiwu: '7.33', anquan: '7.68', shengchan: '6.50' });
    expect(await totals('company-sections', '2025-03-12T15:30:00+08:00')).toEqual({ caiwu: '14.73', anquan: '15.30', shengchan: '13.37' });
  });

  it('does not count a rating given after March was signed off until the group leader signs March off again', async () => {
    at('2025-04-01T10:00:00');
    await month({ unitId: 'caiwu', period: 'm03', quantitative: '92', leader: li, qualitative: '80' });
    await month({ unitId: 'anquan', period: 'm03', quantitative: '87', leader: li, qualitative: '79' });
    await month({ unitId: 'shengchan', period: 'm03', quantitative: '86', leader: zhao, qualitative: '70' });
    at('2025-04-02T16:00:00');
    for (const unitId of ['caiwu', 'anquan', 'shengchan']) await signOff(unitId, 'm03');
    // shengchan  (80 + 84 + 86) × 5/100 + (75 + 80 + 70) × (10/3)/100 = 12.5 + 7.5 = 20.00
    expect((await line('company-sections', 'shengchan')).total).toBe('20.00');

    // 赵副总 revises his March points for 生产技术科 after the sign-off: 70 → 85. Until the group leader
    // signs March off again, March of 生产技术科 awaits sign-off and counts nothing — neither the new
    // points nor what was signed: (80 + 84) × 5/100 + (75 + 80) × (10/3)/100 = 8.2 + 5.1666… → 13.37.
    at('2025-04-03T11:00:00');
    await k.send(zhao, `${CYCLE}/units/shengchan/ratings`, { indicatorId: 'qualitative', period: 'm03', raterRole: 'leader-in-charge', points: '85', reason: '复核科室3月工作总体效果' });
    const waiting = await line('company-sections', 'shengchan');
    expect([waiting.total, waiting.parts]).toEqual(['13.37', { quantitative: '8.20', qualitative: '5.17' }]);
    const explained = await auditReads(k, auditor, 'xy2025').unit('company-sections', 'shengchan');
    const awaiting = explained.flags.find((flag) => flag.code === 'awaiting-sign-off');
    expect(awaiting?.items).toEqual(expect.arrayContaining(['quantitative@m03', 'qualitative@m03']));
    expect(awaiting?.items).not.toEqual(expect.arrayContaining(['quantitative@m02']));
    // The office's live board says the same as the log; the auditor's slider shows March signed before the revision.
    const { live, log } = await liveAgreesWithLog({ k, who: office, cycleId: 'xy2025', categoryId: 'company-sections' });
    expect(live).toEqual(log);
    expect((await line('company-sections', 'shengchan', '2025-04-02T17:00:00+08:00')).total).toBe('20.00');

    at('2025-04-04T09:00:00');
    await signOff('shengchan', 'm03');
    // caiwu      (90 + 88 + 92) × 5/100 + (85 + 90 + 80) × (10/3)/100 = 13.5 + 8.5       = 22.00
    // anquan     (95 + 91 + 87) × 5/100 + (88 + 92 + 79) × (10/3)/100 = 13.65 + 8.6333… = 22.2833… → 22.28
    // shengchan  (80 + 84 + 86) × 5/100 + (75 + 80 + 85) × (10/3)/100 = 12.5 + 8         = 20.50
    expect(await totals('company-sections')).toEqual({ caiwu: '22.00', anquan: '22.28', shengchan: '20.50' });
  });

  it('scores the Xunyang units Z = N + S + X from the approved findings and innovation bonuses, and the sections’ three months, to the hand calculation', async () => {
    at('2025-06-16T10:00:00');
    const inspector = await k.as('xu.kaopingban', 'inspector', { providerId: 'assessment-office' });
    const findings: readonly (readonly [string, string, string, string])[] = [
      ['gantang', 'routine', '0.5', '社区服务台账不全'],
      ['gantang', 'routine', '1', '重点工作推进滞后'],
      ['gantang', 'investment', '1.5', '招商引资签约项目未按期开工'],
      ['minying', 'routine', '0.5', '政务公开信息更新不及时'],
      ['minying', 'conduct', '0.25', '效能督查发现迟到'],
      ['shirong', 'routine', '2', '门前五包落实不到位'],
      ['shirong', 'conduct', '0.5', '述职述廉材料报送超时'],
    ];
    for (const [index, [unitId, indicatorId, amount, what]] of findings.entries()) {
      await k.send(inspector, `${CYCLE}/inspection-findings`, {
        proposalId: `f${index + 1}`,
        unitId,
        source: 'assessment-office',
        what,
        where: '现场核查',
        indicatorId,
        period: 'year',
        amount,
        evidence: [`photo-f${index + 1}`],
      });
    }
    at('2025-11-20T10:00:00');
    const claims: readonly (readonly [string, string, string, string])[] = [
      ['gantang', 'innovation', '2.5', '轮岗式服务'],
      ['minying', 'innovation', '5', '奔跑式办事'],
      ['minying', 'highlight', '4', '民营经济服务亮点工作'],
      ['shirong', 'innovation', '3', '统筹式管理'],
    ];
    for (const [index, [unitId, ruleId, amount, what]] of claims.entries()) {
      await k.send(await k.asReporter(unitId), `${CYCLE}/bonus-claims`, { proposalId: `b${index + 1}`, unitId, ruleId, amount, what, document: `doc-b${index + 1}` });
    }

    at('2025-12-15T18:00:00');
    await k.send(office, `${CYCLE}/phases/monitoring/close`);
    at('2025-12-16T09:00:00');
    await k.send(office, `${CYCLE}/phases/year-end/open`);
    at('2026-01-20T18:00:00');
    await k.send(office, `${CYCLE}/phases/year-end/close`);
    at('2026-01-21T09:00:00');
    await k.send(office, `${CYCLE}/phases/review/open`);
    const committee = await k.asCommittee();
    for (let index = 1; index <= findings.length; index += 1) await k.send(committee, `${CYCLE}/proposals/f${index}/deduction/approve`);
    for (let index = 1; index <= claims.length; index += 1) await k.send(committee, `${CYCLE}/proposals/b${index}/bonus/approve`);

    // 甘棠街道   N 70 − (0.5 + 1) = 68.5; S = 招商 15 − 1.5 + 述职 15 = 28.5; X 2.5        → 99.50
    expect(await line('subdistricts', 'gantang')).toMatchObject({ total: '99.50', parts: { routine: '68.50', special: '28.50' }, bonus: '2.50' });
    // 区民营经济服务局 N 70 − 0.5 = 69.5; S = 15 + 15 − 0.25 = 29.75; X 5 + 4 = 9, at most 8 → 107.25
    expect(await line('district-departments', 'minying')).toMatchObject({ total: '107.25', parts: { routine: '69.50', special: '29.75' }, bonus: '8.00' });
    // 区市容局 (no investment duty) N 80 − 2 = 78; 述职 20 − 0.5 = 19.5; X 3          → 100.50
    expect(await line('district-departments-no-investment', 'shirong')).toMatchObject({ total: '100.50', parts: { routine: '78.00', conduct: '19.50' }, bonus: '3.00' });
    // The sections keep their three signed months (April to December were never signed: 0).
    expect(await totals('company-sections')).toEqual({ caiwu: '22.00', anquan: '22.28', shengchan: '20.50' });

    for (const categoryId of ['subdistricts', 'district-departments', 'company-sections']) {
      const { live, log } = await liveAgreesWithLog({ k, who: office, cycleId: 'xy2025', categoryId });
      expect(live).toEqual(log);
    }
  });
});
