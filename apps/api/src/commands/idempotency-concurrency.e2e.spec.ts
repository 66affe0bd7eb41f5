import { assertTestDatabaseReachable, freshTestSchema, testDatabaseUrl, type TestSchema } from '@kaoping/testing';
import { TEST_ADMIN_PASSWORD, bootApi, type ApiUnderTest } from '../testing/api-test-app';
import { PEOPLE, planningCycle, signInEveryone, type PersonRole } from '../testing/lifecycle-actors';

type Bearer = Readonly<{ Authorization: string }>;

const suite = (boot: () => Promise<ApiUnderTest>) => () => {
  let api: ApiUnderTest;
  let as: Readonly<Record<PersonRole, Bearer>>;

  beforeAll(async () => {
    api = await boot();
    as = await signInEveryone(api, await api.login('admin', TEST_ADMIN_PASSWORD));
    await planningCycle(api, as.office, '2026');
  });
  afterAll(() => api?.close());

  it('reserves an Idempotency-Key atomically: of concurrent requests with one key and different bodies, one is recorded (201) and the others get 409', async () => {
    const keys = Array.from({ length: 6 }, (_, k) => `concurrent-key-${k}`);
    const attempts = keys.flatMap((key, k) =>
      ['甲', '乙', '丙'].map((variant) => ({
        key,
        name: `${variant}乡${k}`,
        send: () =>
          api
            .http()
            .post('/cycles/2026/units')
            .set(as.office)
            .set('Idempotency-Key', key)
            .send({ unitId: `town-${k}`, name: `${variant}乡${k}`, level: 'township', categoryId: 'townships' }),
      })),
    );
    const answers = await Promise.all(attempts.map(async (a) => ({ ...a, res: await a.send() })));
    for (const key of keys) {
      const mine = answers.filter((a) => a.key === key);
      const accepted = mine.filter((a) => a.res.status === 201);
      expect({ key, statuses: mine.map((a) => a.res.status).sort() }).toEqual({ key, statuses: [201, 409, 409] });
      expect(mine.filter((a) => a.res.status === 409).map((a) => a.res.body.code)).toEqual(['idempotency-key-reused', 'idempotency-key-reused']);
      // What was acknowledged is what was saved.
      const [event, ...more] = await api.store.readStream(`unit-2026-town-${keys.indexOf(key)}`);
      expect(more).toEqual([]);
      expect(event?.data).toMatchObject({ name: accepted[0]?.name });
      expect(event?.id).toBe(accepted[0]?.res.body.eventIds[0]);
    }
  });

  it('answers concurrent repeats of one request (same key, same body) with the same 201, and records it once', async () => {
    const send = () =>
      api.http().post('/cycles/2026/units').set(as.office).set('Idempotency-Key', 'same-request').send({ unitId: 'town-same', name: '同乡', level: 'township', categoryId: 'townships' });
    const answers = await Promise.all(Array.from({ length: 4 }, send));
    expect(answers.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(answers.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expect(await api.store.readStream('unit-2026-town-same')).toHaveLength(1);
  });

  it("shows a conflict's events only to who may read them: the office sees who appended; a data provider sees only a count", async () => {
    const stream = await api.store.readStream('unit-2026-xinchengpu');
    const office = await api.http().post('/cycles/2026/units/xinchengpu/plan/approve').set(as.office).set('If-Match', '"0"').send({});
    expect(office.status).toBe(409);
    expect(office.body.details.appendedSince.length).toBe(stream.length - 1);
    expect(office.body.details.appendedSince[0]).toMatchObject({ actorId: PEOPLE.office.userId, role: 'office' });

    const provider = await api.http().post('/cycles/2026/units/xinchengpu/data').set(as['data-provider']).set('If-Match', '"0"').send({ indicatorId: 'revenue', period: 'mid-year', value: '1' });
    expect(provider.status).toBe(409);
    expect(provider.body).toMatchObject({ code: 'concurrency-conflict', details: { streamId: 'unit-2026-xinchengpu', appendedSince: [], othersAppendedSince: stream.length - 1 } });
    expect(JSON.stringify(provider.body)).not.toContain(PEOPLE.office.userId);
  });
};

describe('idempotency and conflicts under concurrency (embedded store)', suite(() => bootApi()));

describe('idempotency and conflicts under concurrency (PostgreSQL)', () => {
  let schema: TestSchema | undefined;
  suite(async () => {
    await assertTestDatabaseReachable();
    schema = await freshTestSchema({ label: 'api-idem' });
    return bootApi({ EVENT_STORE: 'postgres', DATABASE_URL: testDatabaseUrl(), DATABASE_SCHEMA: schema.name });
  })();
  afterAll(() => schema?.drop());
});
