import { COMMAND_TYPES, rolesFor, type EvaluationCommandType } from '@kaoping/evaluation';
import { assertTestDatabaseReachable, freshTestSchema, testDatabaseUrl, type TestSchema } from '@kaoping/testing';
import { TEST_ADMIN_PASSWORD, bootApi, type ApiUnderTest } from '../testing/api-test-app';
import { COUNTY_SCHEME } from '../testing/county-scheme.fixture';
import { PEOPLE, PERSON_ROLES, isPersonRole, planningCycle, signInEveryone, type PersonRole } from '../testing/lifecycle-actors';

type Route = Readonly<{ method: 'post'; path: string; action: EvaluationCommandType }>;
type Bearer = Readonly<{ Authorization: string }>;

/** Values for the path parameters of every route. */
const SAMPLE_PARAMS: Readonly<Record<string, string>> = {
  cycleId: '2026',
  unitId: 'xinchengpu',
  phase: 'monitoring',
  indicatorId: 'revenue',
  submissionId: 'no-such-submission',
  proposalId: 'no-such-proposal',
  appealId: 'no-such-appeal',
  categoryId: 'townships',
  orderId: 'no-such-order',
};

const isCommandType = (value: unknown): value is EvaluationCommandType => typeof value === 'string' && (COMMAND_TYPES as readonly string[]).includes(value);

/** The command routes, read from the OpenAPI document (each names its command in x-kaoping-action). */
const commandRoutes = async (api: ApiUnderTest): Promise<readonly Route[]> => {
  const doc = await api.http().get('/docs/openapi.json').expect(200);
  const paths: Record<string, Record<string, Record<string, unknown>>> = doc.body.paths;
  return Object.entries(paths).flatMap(([template, operations]) =>
    Object.entries(operations).flatMap(([method, operation]) => {
      const action = operation['x-kaoping-action'];
      if (method !== 'post' || !isCommandType(action)) return [];
      const path = template.replace(/\{(\w+)\}/g, (_match, name: string) => SAMPLE_PARAMS[name] ?? 'sample');
      return [{ method: 'post' as const, path, action }];
    }),
  );
};

/** The role/idempotency suite: the same on every store. */
const accessAndIdempotency = (boot: () => Promise<ApiUnderTest>): void => {
  let api: ApiUnderTest;
  let as: Readonly<Record<PersonRole, Bearer>>;
  let routes: readonly Route[];

  beforeAll(async () => {
    api = await boot();
    as = await signInEveryone(api, await api.login('admin', TEST_ADMIN_PASSWORD));
    await planningCycle(api, as.office, '2026');
    routes = await commandRoutes(api);
  });
  afterAll(() => api.close());

  it('has a route for every command a person sends (the system-only ones are the worker’s)', () => {
    const personCommands = COMMAND_TYPES.filter((type) => rolesFor(type).some((role) => role !== 'system'));
    expect(new Set(routes.map((route) => route.action))).toEqual(new Set(personCommands));
  });

  it('answers 401 on every command route without a token, a bad one or an expired one, and writes nothing', async () => {
    const before = await api.log();
    for (const route of routes) {
      const res = await api.http().post(route.path).send({});
      expect([route.path, res.status, res.body.code]).toEqual([route.path, 401, 'missing-token']);
      const bad = await api.http().post(route.path).set({ Authorization: 'Bearer forged.token.value' }).send({});
      expect([route.path, bad.status, bad.body.code]).toEqual([route.path, 401, 'invalid-token']);
    }
    expect(await api.log()).toEqual(before);
  }, 30_000);

  it('answers 403 naming the role and the command to every role the role table does not allow, and writes nothing', async () => {
    const before = await api.log();
    let refusals = 0;
    for (const route of routes) {
      const allowed: readonly string[] = rolesFor(route.action);
      for (const role of PERSON_ROLES.filter((candidate) => !allowed.includes(candidate))) {
        if (!isPersonRole(role)) continue;
        const res = await api.http().post(route.path).set(as[role]).set('Accept-Language', 'en').send({});
        expect([route.path, role, res.status, res.body.code]).toEqual([route.path, role, 403, 'role-not-allowed']);
        expect(res.body.message).toContain(`the ${role} role may not ${route.action}`);
        refusals += 1;
      }
    }
    expect(refusals).toBeGreaterThan(200);
    expect(await api.log()).toEqual(before);
  });

  it('answers 403 to the right role acting outside its scope, and writes nothing', async () => {
    await api.http().post('/cycles/2026/phases/monitoring/open').set(as.office).send({}).expect(201);
    const before = await api.log();
    const otherUnit = await api.http().post('/cycles/2026/units/nanniu/plan').set(as['unit-reporter']).send({ summary: '南牛乡计划', documents: [] });
    expect([otherUnit.status, otherUnit.body.code]).toEqual([403, 'not-own-unit']);
    expect(otherUnit.body.details).toEqual([expect.objectContaining({ path: 'meta.actor', rule: 'not-own-unit' })]);
    const otherIndicator = await api.http().post('/cycles/2026/units/xinchengpu/data').set(as['data-provider']).send({ indicatorId: 'jobs', period: 'mid-year', value: '40' });
    expect([otherIndicator.status, otherIndicator.body.code]).toEqual([403, 'not-own-indicator']);
    const otherSource = await api
      .http()
      .post('/cycles/2026/inspection-findings')
      .set(as.inspector)
      .send({ proposalId: 'insp-1', unitId: 'xinchengpu', source: 'stats-bureau', what: '窗口无人', where: '便民服务中心', ruleId: 'inspection', amount: '0.5', evidence: ['photo-1'] });
    expect([otherSource.status, otherSource.body.code]).toEqual([403, 'not-own-source']);
    const unassigned = await api.http().post('/cycles/2026/units/xinchengpu/sign-offs').set(as.leader).send({ period: 'mid-year' });
    expect([unassigned.status, unassigned.body.code]).toEqual([403, 'not-assigned-rater']);
    expect(await api.log()).toEqual(before);
  });

  it('names the field and the rule of bad input (400), and writes nothing', async () => {
    const before = await api.log();
    const cycle = await api.http().post('/cycles').set(as.office).send({ cycleId: '2027 年', year: 'next', name: '', extra: 1 }).expect(400);
    expect(cycle.body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'cycleId', rule: 'matches' }),
        expect.objectContaining({ path: 'year', rule: 'isInt' }),
        expect.objectContaining({ path: 'name', rule: 'isNotEmpty' }),
        expect.objectContaining({ path: 'extra', rule: 'unknown-field' }),
      ]),
    );
    const target = await api.http().post('/cycles/2026/units/xinchengpu/indicators').set(as.office).send({ indicatorId: 'jobs', targets: { 'mid-year': '1,5' } }).expect(400);
    expect(target.body.details).toEqual([expect.objectContaining({ path: 'targets', rule: 'recordOf' })]);
    const path = await api.http().post('/cycles/2026/units/新城铺/retire').set(as.office).send({ reason: '撤并' }).expect(400);
    expect(path.body.details).toEqual([expect.objectContaining({ path: 'unitId', rule: 'pattern' })]);
    const unknownCategory = await api.http().post('/cycles/2026/units').set(as.office).send({ unitId: 'x', name: 'X', level: 'township', categoryId: 'villages' });
    expect(unknownCategory.status).toBe(400);
    expect(unknownCategory.body.details).toEqual([expect.objectContaining({ path: 'categoryId' })]);
    expect(await api.log()).toEqual(before);
  });

  it('refuses an invalid scheme with every problem listed, and writes nothing', async () => {
    await api.http().post('/cycles').set(as.office).send({ cycleId: 'broken', year: 2026, name: '方案有误的年度' }).expect(201);
    const before = await api.log();
    const broken = { ...COUNTY_SCHEME, version: 0, periods: [], categories: [{ ...COUNTY_SCHEME.categories[0], total: -1 }] };
    const res = await api.http().post('/cycles/broken/scheme').set(as.office).send({ scheme: broken }).expect(400);
    expect(res.body.code).toBe('invalid-scheme');
    expect(res.body.details.length).toBeGreaterThan(1);
    for (const detail of res.body.details) expect(detail.path).toMatch(/^scheme(\.|$)/);
    const yaml = await api.http().post('/cycles/broken/scheme').set(as.office).send({ schemeYaml: 'id: [unclosed' }).expect(400);
    expect(yaml.body.details).toEqual([expect.objectContaining({ path: 'schemeYaml', rule: 'yaml-syntax' })]);
    expect(await api.log()).toEqual(before);
  });

  it('answers a retried command (same Idempotency-Key) as the first time, with one event, and refuses the key for another request', async () => {
    const register = (name: string) =>
      api
        .http()
        .post('/cycles/2026/units')
        .set(as.office)
        .set('Idempotency-Key', 'register-xinan-2026')
        .send({ unitId: 'xinan', name, level: 'township', categoryId: 'townships' });
    const first = await register('新安镇').expect(201);
    const before = await api.log();
    const again = await register('新安镇').expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await api.log()).toEqual(before);
    const stream = await api.store.readStream('unit-2026-xinan');
    expect(stream.map((event) => [event.type, event.metadata.commandId])).toEqual([['UnitRegistered', 'register-xinan-2026']]);
    const reused = await register('新安乡').expect(409);
    expect(reused.body.code).toBe('idempotency-key-reused');
    expect(await api.log()).toEqual(before);
  });

  it('answers 409 with expected and actual revision when the stream moved since the client read it, and writes nothing', async () => {
    const move = await api.http().post('/cycles/2026/phases/year-end/move').set(as.office).send({ end: '2027-02-10', reason: '春节顺延' }).expect(201);
    const read = move.body.revision - 1;
    const before = await api.log();
    const stale = await api.http().post('/cycles/2026/phases/year-end/move').set(as.office).set('If-Match', `"${read}"`).send({ end: '2027-02-15', reason: '再次顺延' }).expect(409);
    expect(stale.body).toMatchObject({
      code: 'concurrency-conflict',
      details: {
        streamId: 'cycle-2026',
        expectedRevision: read,
        actualRevision: move.body.revision,
        appendedSince: [{ type: 'PhaseMoved', actorId: PEOPLE.office.userId, role: 'office', revision: move.body.revision }],
      },
    });
    expect(await api.log()).toEqual(before);
    await api.http().post('/cycles/2026/phases/year-end/move').set(as.office).set('If-Match', `"${move.body.revision}"`).send({ end: '2027-02-15', reason: '再次顺延' }).expect(201);
  });

  it('records who did it, in which role, why and with what evidence, in every event of a command', async () => {
    const res = await api
      .http()
      .post('/cycles/2026/units/nanniu/indicators/revenue/target')
      .set(as.office)
      .set('X-Request-Id', 'req-target-nanniu')
      .set('Idempotency-Key', 'key-target-nanniu')
      .send({ period: 'year-end', value: '180', reason: '受灾影响调整目标', evidence: ['doc-2026-0311'], effectiveDate: '2026-03-11' })
      .expect(201);
    const [event] = await api.store.readStream('unit-2026-nanniu', { fromRevision: res.body.revision });
    expect(event?.metadata).toMatchObject({
      actorId: PEOPLE.office.userId,
      role: 'office',
      commandId: 'key-target-nanniu',
      correlationId: 'req-target-nanniu',
      reason: '受灾影响调整目标',
      evidence: ['doc-2026-0311'],
      effectiveDate: '2026-03-11',
    });
    // Caused by nothing but its command: no causation id repeats the command id.
    expect(event?.metadata).not.toHaveProperty('causationId');
  });
};

describe('lifecycle routes: roles, scopes, input, conflicts and retries (embedded store)', () => {
  accessAndIdempotency(() => bootApi());
});

describe('lifecycle routes: roles, scopes, input, conflicts and retries (PostgreSQL)', () => {
  let schema: TestSchema;
  accessAndIdempotency(async () => {
    await assertTestDatabaseReachable();
    schema = await freshTestSchema({ label: 'api-access' });
    return bootApi({ EVENT_STORE: 'postgres', DATABASE_URL: testDatabaseUrl(), DATABASE_SCHEMA: schema.name });
  });
  afterAll(() => schema.drop());
});
