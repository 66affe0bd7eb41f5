import { ManualClock } from '@kaoping/jobs';
import { TEST_ADMIN_PASSWORD, bootApi, type ApiUnderTest } from '../testing/api-test-app';
import { COUNTY_SCHEME } from '../testing/county-scheme.fixture';
import { signInEveryone, type PersonRole } from '../testing/lifecycle-actors';

type Bearer = Readonly<{ Authorization: string }>;

// The county scheme as a Chinese office writes it: the ids it defines in Chinese (its sources stay
// as the people provisioned for these tests act for them).
const CHINESE = new Map<string, string>([
  ['townships', '乡镇'],
  ['mid-year', '半年'],
  ['year-end', '年终'],
  ['grade', '等次'],
  ['good', '好'],
  ['fair', '较好'],
  ['poor', '差'],
  ['satisfaction', '满意度'],
  ['satisfied', '满意'],
  ['dissatisfied', '不满意'],
  ['indicators', '目标指标'],
  ['revenue', '财政收入'],
  ['jobs', '新增就业'],
  ['committee', '绩效委评价'],
  ['committee-member', '绩效委委员'],
  ['public', '公众评议'],
  ['provincial-award', '省级表彰'],
  ['criticism', '通报批评'],
  ['inspection', '察访核验'],
  ['safety-accident', '重大安全事故'],
  ['advanced', '先进'],
  ['pass', '良好'],
  ['fail', '不合格'],
]);
const inChinese = (value: unknown): unknown => {
  if (typeof value === 'string') return CHINESE.get(value) ?? value;
  if (Array.isArray(value)) return value.map(inChinese);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [CHINESE.get(key) ?? key, key === 'label' || key === 'name' ? entry : inChinese(entry)]));
  }
  return value;
};

describe('a scheme with Chinese ids, through HTTP', () => {
  const clock = new ManualClock('2026-02-01T09:00:00+08:00');
  let api: ApiUnderTest;
  let as: Readonly<Record<PersonRole, Bearer>>;

  const send = async (who: Bearer, path: string, body: Readonly<Record<string, unknown>> = {}): Promise<void> => {
    const res = await api.http().post(encodeURI(path)).set(who).send(body);
    if (res.status !== 201) throw new Error(`POST ${path}: expected 201, got ${res.status} ${JSON.stringify(res.body)}`);
  };

  beforeAll(async () => {
    api = await bootApi({}, { clock });
    as = await signInEveryone(api, await api.login('admin', TEST_ADMIN_PASSWORD));
  });
  afterAll(() => api.close());

  it('publishes it, then registers units in 乡镇 and records their ratings (graded 好), surveys keyed 满意 and data for 年终', async () => {
    const scheme = { ...(inChinese(COUNTY_SCHEME) as Record<string, unknown>), id: 'e2e-county-zh' };
    await send(as.office, '/cycles', { cycleId: '2026', year: 2026, name: '2026年度乡镇绩效考评' });
    await send(as.office, '/cycles/2026/scheme', { scheme });
    await send(as.office, '/cycles/2026/phases/planning/open');
    await send(as.office, '/cycles/2026/units', { unitId: 'xinchengpu', name: '新城铺镇', level: 'township', categoryId: '乡镇' });
    await send(as.office, '/cycles/2026/units/xinchengpu/indicators', { indicatorId: '财政收入', providerId: 'finance-bureau', targets: { 半年: '100', 年终: '200' } });
    await send(as.office, '/cycles/2026/raters', { raterId: 'zhang.committee', raterRole: '绩效委委员', units: 'all', indicators: ['绩效委评价'] });
    clock.set('2026-12-10T09:00:00+08:00');
    for (const phase of ['monitoring', 'mid-year', 'year-end']) await send(as.office, `/cycles/2026/phases/${phase}/open`);
    await send(as.committee, '/cycles/2026/units/xinchengpu/ratings', { indicatorId: '绩效委评价', raterRole: '绩效委委员', grade: '好' });
    await send(as['survey-office'], '/cycles/2026/units/xinchengpu/surveys', { indicatorId: '公众评议', counts: { 满意: '90', 不满意: '10' }, sampleSize: '100' });
    await send(as['data-provider'], '/cycles/2026/units/xinchengpu/data', { indicatorId: '财政收入', period: '年终', value: '200' });
    const types = (await api.store.readStream('unit-2026-xinchengpu')).map((event) => event.type);
    expect(types).toEqual(['UnitRegistered', 'IndicatorAssigned', 'RatingGiven', 'SurveyResultRecorded', 'DataSubmitted']);
  });

  it('computes the results of 乡镇 at /results/乡镇 and grades them by its Chinese grades (不合格: half the year is missing)', async () => {
    clock.set('2027-02-05T09:00:00+08:00');
    await send(as.office, '/cycles/2026/phases/review/open');
    await send(as.office, '/cycles/2026/results/乡镇/computations');
    const [computed] = await api.store.readStream('results-2026-乡镇');
    expect(computed).toMatchObject({ type: 'ResultsComputed', data: { categoryId: '乡镇', units: [{ unitId: 'xinchengpu', grade: '不合格' }] } });
  });

  it('still refuses an id no scheme accepts, naming the field', async () => {
    const res = await api.http().post('/cycles/2026/units/xinchengpu/ratings').set(as.committee).send({ indicatorId: '绩效委 评价', raterRole: '绩效委委员', grade: '好' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('indicatorId');
  });
});
