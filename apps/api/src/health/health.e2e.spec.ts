import { randomInt } from 'node:crypto';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { READ_MODEL_NAMES } from '@kaoping/projections';
import { PHASE_QUEUE } from '@kaoping/schedule';
import { bootApi, type ApiUnderTest } from '../testing/api-test-app';
import { ProjectionsHealth } from './projections.health';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('/health tells a stopped or lagging read model', () => {
  let api: ApiUnderTest;

  beforeAll(async () => {
    api = await bootApi();
  });
  afterAll(() => api.close());

  it('says ok while the read models keep up, with each projection and its position', async () => {
    const health = await api.http().get('/health').expect(200);
    expect(health.body.status).toBe('ok');
    expect(health.body.details.projections.states.map((s: { projection: string }) => s.projection).sort()).toEqual([...READ_MODEL_NAMES].sort());
  });

  it('says degraded (200), naming the projection and the event, when a projection cannot apply an event', async () => {
    // An event the API would refuse today (a NUL in its reason) that reached the log another way (an older release, an import).
    await api.store.appendToStream(
      'unit-2026-xinchengpu',
      [{ type: 'DataSubmitted', data: { cycleId: '2026', unitId: 'xinchengpu', indicatorId: 'revenue', period: 'mid-year', value: '1' }, metadata: { actorId: 'x', role: 'data-provider', reason: 'bad \u0000 reason' } }],
      { expectedRevision: 'any' },
    );
    let health = await api.http().get('/health').expect(200);
    for (let i = 0; i < 200 && health.body.status !== 'degraded'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      health = await api.http().get('/health').expect(200);
    }
    expect(health.body.status).toBe('degraded');
    expect(health.body.degraded).toEqual(expect.arrayContaining([expect.stringMatching(/^projection audit-trail stopped at event \d+ \(DataSubmitted .* in unit-2026-xinchengpu\)/)]));
  });

  it('says a projection lags once its oldest unhandled event is older than the limit', async () => {
    const later = new Date(Date.now() + 10 * 60_000);
    const report = await api.app.get(ProjectionsHealth).report(later);
    expect(report.problems).toEqual(expect.arrayContaining([expect.stringMatching(/^projection audit-trail (stopped|lags)/)]));
  });
});

describe('/health without a worker (RUN_WORKER=false, jobs on BullMQ)', () => {
  // A Redis database of its own, so no other test's worker counts.
  const target = new URL(REDIS_URL);
  target.pathname = `/${randomInt(1, 16)}`;
  let api: ApiUnderTest;

  beforeAll(async () => {
    api = await bootApi({ REDIS_URL: target.href, RUN_WORKER: 'false' });
  });
  afterAll(async () => {
    await api.close();
    const redis = new Redis(target.href, { maxRetriesPerRequest: null });
    const queue = new Queue(PHASE_QUEUE, { connection: redis });
    await queue.obliterate({ force: true });
    await queue.close();
    await redis.quit();
  });

  it('says degraded: no worker is attached', async () => {
    const health = await api.http().get('/health').expect(200);
    expect(health.body).toMatchObject({ status: 'degraded', degraded: [expect.stringContaining('no worker is attached to the job queue')] });
  });
});
