import { TEST_ADMIN_PASSWORD, bootApi, type ApiUnderTest } from '../testing/api-test-app';
import { planningCycle, signInEveryone, type PersonRole } from '../testing/lifecycle-actors';

type Bearer = Readonly<{ Authorization: string }>;
type Refusal = Readonly<{ statusCode: number; code: string; message: string; details?: readonly Readonly<{ path: string; rule: string }>[] }>;

// Each malformed request a hostile or careless client sent in issue 9 (which got a 500, or a 201
// that later stopped a read model): now a 4xx in the one error shape, naming the field, writing nothing.
describe('malformed requests are refused with a 4xx naming what is wrong', () => {
  let api: ApiUnderTest;
  let as: Readonly<Record<PersonRole, Bearer>>;
  let head: bigint;

  const expectRefusal = (res: Readonly<{ status: number; body: Refusal }>, status: number, code: string, path?: string): void => {
    expect({ status: res.status, statusCode: res.body.statusCode, code: res.body.code, message: typeof res.body.message }).toEqual({ status, statusCode: status, code, message: 'string' });
    if (path !== undefined) expect(res.body.details?.map((d) => d.path)).toContain(path);
  };

  beforeAll(async () => {
    api = await bootApi();
    as = await signInEveryone(api, await api.login('admin', TEST_ADMIN_PASSWORD));
    await planningCycle(api, as.office, '2026');
    head = await api.store.headPosition();
  });
  afterAll(async () => {
    // Nothing above wrote an event.
    expect(await api.store.headPosition()).toBe(head);
    await api.close();
  });

  it('refuses NUL and lone surrogates in any text field, naming the field (the rule is the same everywhere)', async () => {
    const nulReason = await api.http().post('/cycles/2026/units').set(as.office).send({ unitId: 'zhengding', name: '正定镇', level: 'township', categoryId: 'townships', reason: '\u0000' });
    expectRefusal(nulReason, 400, 'invalid-input', 'reason');
    expect(nulReason.body.details?.[0]?.rule).toBe('storable-text');
    const surrogate = await api
      .http()
      .post('/cycles')
      .set(as.office)
      .set('Content-Type', 'application/json')
      .send('{"cycleId":"2027","year":2027,"name":"bad \\ud800 name"}');
    expectRefusal(surrogate, 400, 'invalid-input', 'name');
    const nested = await api.http().post('/cycles/2026/units').set(as.office).send({ unitId: 'zhengding', name: '正定镇', level: 'township', categoryId: 'townships', evidence: ['ok', 'x\u0000'] });
    expectRefusal(nested, 400, 'invalid-input', 'evidence[1]');
  });

  it('refuses JSON nested too deeply, also on the unauthenticated login', async () => {
    const deep = '{"a":'.repeat(1500) + '1' + '}'.repeat(1500);
    expectRefusal(await api.http().post('/auth/login').set('Content-Type', 'application/json').send(deep), 400, 'json-too-deep');
    expectRefusal(await api.http().post('/cycles').set(as.office).set('Content-Type', 'application/json').send('['.repeat(1500) + ']'.repeat(1500)), 400, 'json-too-deep');
  });

  it('refuses charsets other than UTF-8 with 415, and bodies that are not JSON (form-encoded login) with 415', async () => {
    expectRefusal(await api.http().post('/cycles').set(as.office).set('Content-Type', 'application/json; charset=koi8-r').send('{"cycleId":"2027"}'), 415, 'unsupported-media-type');
    expectRefusal(await api.http().post('/auth/login').type('form').send({ userId: 'admin', password: TEST_ADMIN_PASSWORD }), 415, 'unsupported-media-type');
  });

  it('refuses %00 in the path and the query of read-model routes', async () => {
    expectRefusal(await api.http().get('/cycles/%00/live-scores/townships').set(as.office), 400, 'invalid-input', 'cycleId');
    expectRefusal(await api.http().get('/cycles/2026/audit-trail/units/%00').set(as.auditor), 400, 'invalid-input', 'unitId');
    expectRefusal(await api.http().get('/cycles/2026/submission-status?unitId=%00').set(as.office), 400, 'invalid-input', 'unitId');
    expectRefusal(await api.http().get('/cycles/2026/review-queue?unitId=a%00b').set(as.committee), 400, 'invalid-input', 'unitId');
  });

  it('refuses an appeal without `against`, or with `against: []`', async () => {
    const appeal = { appealId: 'appeal-1', unitId: 'xinchengpu', grounds: '不服' };
    expectRefusal(await api.http().post('/cycles/2026/appeals').set(as['unit-reporter']).send(appeal), 400, 'invalid-input', 'against');
    expectRefusal(await api.http().post('/cycles/2026/appeals').set(as['unit-reporter']).send({ ...appeal, against: [] }), 400, 'invalid-input', 'against');
  });

  it('refuses a complaint finding with `deduction: null` (a field is omitted, never null)', async () => {
    const res = await api.http().post('/cycles/2026/complaints/cmp-1/finding').set(as['complaint-handler']).send({ unitId: 'nanniu', upheld: true, findings: '属实', deduction: null });
    expectRefusal(res, 400, 'invalid-input', 'deduction');
  });
});
