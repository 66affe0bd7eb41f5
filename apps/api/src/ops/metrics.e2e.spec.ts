import { TEST_ADMIN_PASSWORD, bootApi, type ApiUnderTest } from '../testing/api-test-app';

describe('GET /ops/metrics (Prometheus text)', () => {
  let api: ApiUnderTest;
  let admin: Readonly<{ Authorization: string }>;

  beforeAll(async () => {
    api = await bootApi();
    admin = { Authorization: `Bearer ${await api.login('admin', TEST_ADMIN_PASSWORD)}` };
  });
  afterAll(() => api.close());

  it('has HTTP latency by route pattern, append latency, read-model lag per projection, and the job families', async () => {
    await api.http().post('/users').set(admin).send({ userId: 'wu.auditor', name: '吴', grants: [{ role: 'auditor' }], password: 'auditor password' }).expect(201);
    await api.http().get('/users/wu.auditor').set(admin).expect(200);
    const auditor = { Authorization: `Bearer ${await api.login('wu.auditor', 'auditor password')}` };
    const res = await api.http().get('/ops/metrics').set(auditor).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const text: string = res.text;
    expect(text).toMatch(/^kaoping_http_request_duration_seconds_bucket\{.*method="GET",route="\/users\/:userId",status="200".*\} [1-9]/m);
    expect(text).toMatch(/^kaoping_http_request_duration_seconds_count\{method="POST",route="\/users",status="201"\} 1$/m);
    expect(text).toMatch(/^kaoping_eventstore_append_duration_seconds_count\{outcome="ok"\} [1-9]/m);
    for (const projection of ['audit-trail', 'live-scores', 'proposals', 'submission-status']) {
      expect(text).toMatch(new RegExp(`^kaoping_projection_lag_seconds\\{projection="${projection}"\\} \\d`, 'm'));
      expect(text).toMatch(new RegExp(`^kaoping_projection_stopped\\{projection="${projection}"\\} 0$`, 'm'));
    }
    expect(text).toMatch(/^kaoping_jobs_run_total\{/m);
    expect(text).toMatch(/^kaoping_queue_depth\{/m);
    // The families do not repeat (a Prometheus scrape refuses duplicates).
    const families = text.split('\n').filter((line) => line.startsWith('# TYPE ')).map((line) => line.split(' ')[2]);
    expect(new Set(families).size).toBe(families.length);
  });
});
