import { ManualClock } from '@kaoping/jobs';
import { TEST_ADMIN_PASSWORD, bootApi, type ApiUnderTest } from '../testing/api-test-app';
import { PEOPLE, planningCycle, signInEveryone, type PersonRole } from '../testing/lifecycle-actors';

type Bearer = Readonly<{ Authorization: string }>;
type Accepted = Readonly<{ eventIds: readonly string[]; streamId: string; revision: number; position: string }>;
type ResultsData = Readonly<{ asOfPosition: string; units: readonly Readonly<{ unitId: string; rank: number }>[] }>;

const isResults = (value: unknown): value is ResultsData =>
  typeof value === 'object' && value !== null && 'units' in value && Array.isArray(value.units) && 'asOfPosition' in value && typeof value.asOfPosition === 'string';

// A year of a cycle through HTTP, each command sent by the role that sends it in LIFECYCLE.md,
// with the request clock moved from phase to phase.
describe('a cycle from planning to rectification, through HTTP', () => {
  const clock = new ManualClock('2026-02-01T09:00:00+08:00');
  let api: ApiUnderTest;
  let as: Readonly<Record<PersonRole, Bearer>>;
  let nanniuReporter: Bearer;

  const send = async (who: Bearer, path: string, body: Readonly<Record<string, unknown>> = {}, status = 201): Promise<Accepted> => {
    const res = await api.http().post(path).set(who).send(body);
    if (res.status !== status) throw new Error(`POST ${path}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const refused = async (who: Bearer, path: string, body: Readonly<Record<string, unknown>>): Promise<Readonly<{ status: number; code: string }>> => {
    const res = await api.http().post(path).set(who).send(body);
    return { status: res.status, code: res.body.code };
  };

  beforeAll(async () => {
    api = await bootApi({}, { clock });
    const admin = await api.login('admin', TEST_ADMIN_PASSWORD);
    as = await signInEveryone(api, admin);
    await send({ Authorization: `Bearer ${admin}` }, '/users', {
      userId: 'li.nanniu',
      name: '李南牛',
      grants: [{ role: 'unit-reporter', unitId: 'nanniu' }],
      password: 'nanniu reporter password',
    });
    nanniuReporter = { Authorization: `Bearer ${await api.login('li.nanniu', 'nanniu reporter password')}` };
  });
  afterAll(() => api.close());

  it('plans: the office sets up units and raters, a unit submits its plan and the office approves it', async () => {
    await planningCycle(api, as.office, '2026');
    await send(as['unit-reporter'], '/cycles/2026/units/xinchengpu/plan', { summary: '新城铺镇2026年度绩效计划', documents: ['doc-plan-xcp'] });
    await send(as.office, '/cycles/2026/units/xinchengpu/plan/approve');
    await send(as.office, '/cycles/2026/raters', { raterId: PEOPLE.committee.userId, raterRole: 'committee-member', units: 'all' });
  });

  it('monitors: data from the provider and the unit, a correction, an inspection, a complaint and a bonus claim', async () => {
    clock.set('2026-05-15T09:00:00+08:00');
    await send(as.office, '/cycles/2026/phases/monitoring/open');
    const submitted = await send(as['data-provider'], '/cycles/2026/units/xinchengpu/data', { indicatorId: 'revenue', period: 'mid-year', value: '80' });
    await send(as['data-provider'], `/cycles/2026/units/xinchengpu/data/${submitted.eventIds[0]}/corrections`, { value: '90', reason: '按财政局更正通知修改' });
    await send(as['unit-reporter'], '/cycles/2026/units/xinchengpu/data', { indicatorId: 'jobs', period: 'mid-year', value: '50' });
    await send(as.inspector, '/cycles/2026/inspection-findings', {
      proposalId: 'insp-xcp-1',
      unitId: 'xinchengpu',
      source: 'efficiency-office',
      what: '工作时间窗口无人值守',
      where: '新城铺镇便民服务中心',
      ruleId: 'inspection',
      amount: '0.5',
      evidence: ['photo-2026-0515-01'],
    });
    await send(as['complaint-handler'], '/cycles/2026/complaints', { proposalId: 'cmp-nn-1', unitId: 'nanniu', summary: '宅基地审批超时限', channel: '12345热线' });
    await send(as['complaint-handler'], '/cycles/2026/complaints/cmp-nn-1/finding', { unitId: 'nanniu', upheld: true, findings: '经核查属实', deduction: { ruleId: 'criticism' } });
    await send(as['unit-reporter'], '/cycles/2026/bonus-claims', { proposalId: 'bonus-xcp-1', unitId: 'xinchengpu', ruleId: 'provincial-award', what: '省级文明乡镇', document: 'doc-award-017' });
    expect(await refused(as['unit-reporter'], '/cycles/2026/bonus-claims', { proposalId: 'bonus-nn-1', unitId: 'nanniu', ruleId: 'provincial-award', what: '冒领', document: 'doc-x' })).toEqual({
      status: 403,
      code: 'not-own-unit',
    });
  });

  it('evaluates at mid-year and year-end: self-assessment, final data, committee ratings and the public survey', async () => {
    clock.set('2026-07-05T09:00:00+08:00');
    await send(as.office, '/cycles/2026/phases/mid-year/open');
    await send(as['unit-reporter'], '/cycles/2026/units/xinchengpu/self-assessments', { period: 'mid-year', selfScore: '92', narrative: '上半年各项目标进展顺利' });
    clock.set('2026-12-10T09:00:00+08:00');
    await send(as.office, '/cycles/2026/phases/year-end/open');
    for (const [unitId, revenue] of [['xinchengpu', '200'], ['nanniu', '150']] as const) {
      await send(as['data-provider'], `/cycles/2026/units/${unitId}/data`, { indicatorId: 'revenue', period: 'year-end', value: revenue });
      await send(as.committee, `/cycles/2026/units/${unitId}/ratings`, { indicatorId: 'committee', raterRole: 'committee-member', grade: unitId === 'xinchengpu' ? 'good' : 'fair' });
      await send(as['survey-office'], `/cycles/2026/units/${unitId}/surveys`, { indicatorId: 'public', counts: { satisfied: '90', dissatisfied: '10' }, sampleSize: '100' });
    }
    await send(as['unit-reporter'], '/cycles/2026/units/xinchengpu/data', { indicatorId: 'jobs', period: 'year-end', value: '100' });
  });

  it('reviews: the committee approves the proposals; nobody approves in a phase that does not take approvals', async () => {
    expect(await refused(as.committee, '/cycles/2026/proposals/insp-xcp-1/deduction/approve', {})).toEqual({ status: 409, code: 'phase-not-open' });
    clock.set('2027-02-05T09:00:00+08:00');
    await send(as.office, '/cycles/2026/phases/review/open');
    await send(as.committee, '/cycles/2026/proposals/insp-xcp-1/deduction/approve');
    await send(as.committee, '/cycles/2026/proposals/cmp-nn-1/deduction/approve');
    await send(as.committee, '/cycles/2026/proposals/bonus-xcp-1/bonus/approve');
  });

  it('computes provisional results from the log, with the position they were scored at', async () => {
    const computed = await send(as.office, '/cycles/2026/results/townships/computations');
    const [event] = await api.store.readStream('results-2026-townships');
    expect(event).toMatchObject({ type: 'ResultsComputed', data: { categoryId: 'townships', schemeVersion: 1 } });
    const data: unknown = event?.data;
    const { units, asOfPosition } = isResults(data) ? data : { units: [], asOfPosition: '' };
    expect(units.map((line) => [line.unitId, line.rank])).toEqual([
      ['xinchengpu', 1],
      ['nanniu', 2],
    ]);
    expect(BigInt(asOfPosition)).toBeLessThan(BigInt(computed.position));
  });

  it('publishes, takes an appeal, refuses to finalise while it is open, decides it and finalises the recomputed results', async () => {
    clock.set('2027-02-21T09:00:00+08:00');
    await send(as.office, '/cycles/2026/phases/publication/open');
    await send(as.office, '/cycles/2026/results/townships/publication', { noticeEndsAt: '2027-02-28T18:00:00+08:00' });
    await send(as['unit-reporter'], '/cycles/2026/appeals', {
      appealId: 'appeal-xcp-1',
      unitId: 'xinchengpu',
      against: { kind: 'proposal', proposalId: 'insp-xcp-1' },
      grounds: '当日窗口已张贴临时调岗公告',
    });
    clock.set('2027-03-01T09:00:00+08:00');
    expect(await refused(as.committee, '/cycles/2026/results/townships/finalisation', {})).toEqual({ status: 409, code: 'appeals-pending' });
    await send(as.committee, '/cycles/2026/appeals/appeal-xcp-1/decision', { outcome: 'upheld', note: '撤销该项扣分' });
    await send(as.committee, '/cycles/2026/proposals/insp-xcp-1/deduction/revoke', { appealId: 'appeal-xcp-1', reason: '申诉成立' });
    await send(as.office, '/cycles/2026/results/townships/computations', { appealId: 'appeal-xcp-1' });
    await send(as.office, '/cycles/2026/results/townships/publication', { noticeEndsAt: '2027-03-05T18:00:00+08:00' });
    clock.set('2027-03-06T09:00:00+08:00');
    await send(as.committee, '/cycles/2026/results/townships/finalisation');
    const types = (await api.store.readStream('results-2026-townships')).map((event) => event.type);
    expect(types).toEqual(['ResultsComputed', 'ResultsPublished', 'ResultsComputed', 'ResultsPublished', 'ResultsFinalised']);
  });

  it('orders rectification: only the ordered unit plans and reports it, and the office accepts it', async () => {
    clock.set('2027-03-10T09:00:00+08:00');
    await send(as.office, '/cycles/2026/phases/results/open');
    await send(as.office, '/cycles/2026/rectification-orders', { orderId: 'rect-nn-1', unitId: 'nanniu', reason: '投诉查实，须整改', dueAt: '2027-06-30T18:00:00+08:00' });
    expect(await refused(as['unit-reporter'], '/cycles/2026/rectification-orders/rect-nn-1/plan', { plan: '代为整改', documents: [] })).toEqual({ status: 403, code: 'not-own-unit' });
    await send(nanniuReporter, '/cycles/2026/rectification-orders/rect-nn-1/plan', { plan: '一、压缩审批时限……', documents: ['doc-rect-plan'] });
    await send(nanniuReporter, '/cycles/2026/rectification-orders/rect-nn-1/completion', { report: '整改已完成', documents: ['doc-rect-report'] });
    await send(as.office, '/cycles/2026/rectification-orders/rect-nn-1/acceptance');
  });

  it('kept who did each thing, in which role, with what evidence', async () => {
    const events = await api.log();
    const lifecycle = events.filter((event) => !event.streamId.startsWith('user-'));
    expect(lifecycle.every((event) => event.metadata.commandId !== undefined && event.metadata.actorId !== '')).toBe(true);
    const approval = lifecycle.find((event) => event.type === 'DeductionApproved');
    expect(approval?.metadata).toMatchObject({ actorId: PEOPLE.committee.userId, role: 'committee' });
    const finding = lifecycle.find((event) => event.type === 'InspectionFindingRecorded');
    expect(finding?.metadata).toMatchObject({ actorId: PEOPLE.inspector.userId, role: 'inspector', evidence: ['photo-2026-0515-01'], extra: { providerId: 'efficiency-office' } });
  });
});
