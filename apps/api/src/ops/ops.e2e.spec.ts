import { createServer, connect, type Server, type Socket } from 'node:net';
import { randomInt } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { PHASE_QUEUE } from '@kaoping/schedule';
import { TEST_ADMIN_PASSWORD, bootApi, type ApiUnderTest } from '../testing/api-test-app';
import { DASHBOARD_COOKIE } from './dashboard-session';
import { JobsHealth } from './jobs.health';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PASSWORD = 'ops e2e password of everyone';
type Headers = Readonly<{ Authorization: string }>;

/** Signs in the admin and provisions an auditor and an office clerk: role → bearer header. */
const signIn = async (api: ApiUnderTest): Promise<Readonly<Record<'admin' | 'auditor' | 'office', Headers>>> => {
  const admin = { Authorization: `Bearer ${await api.login('admin', TEST_ADMIN_PASSWORD)}` };
  const person = async (userId: string, role: string): Promise<Headers> => {
    await api.http().post('/users').set(admin).send({ userId, name: userId, grants: [{ role }], password: PASSWORD }).expect(201);
    return { Authorization: `Bearer ${await api.login(userId, PASSWORD)}` };
  };
  return { admin, auditor: await person('ops.auditor', 'auditor'), office: await person('ops.office', 'office') };
};

const metricLine = (text: string, name: string): string | undefined => text.split('\n').find((line) => line.startsWith(name));

describe('ops on the in-process queue', () => {
  let api: ApiUnderTest;
  let as: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    api = await bootApi();
    as = await signIn(api);
  });
  afterAll(() => api.close());

  it('reports the jobs indicator in /health: the adapter, the depth and the failed count', async () => {
    const res = await api.http().get('/health').expect(200);
    expect(res.body.info.jobs).toEqual({ status: 'up', adapter: 'in-process', queue: PHASE_QUEUE, depth: 0, failed: 0 });
  });

  it('shows the queue as JSON to admins and auditors, and to nobody else', async () => {
    const res = await api.http().get('/ops/queues').set(as.admin).expect(200);
    expect(res.body).toEqual({
      queues: [
        {
          name: PHASE_QUEUE,
          adapter: 'in-process',
          counts: { waiting: 0, active: 0, delayed: 0, completed: 0, failed: 0 },
          depth: 0,
          sinceStart: { runs: 0, succeeded: 0, retried: 0, failed: 0 },
        },
      ],
    });
    await api.http().get('/ops/queues').set(as.auditor).expect(200);
    expect((await api.http().get('/ops/queues').set(as.office).expect(403)).body.code).toBe('role-not-allowed');
    await api.http().get('/ops/queues').expect(401);
  });

  it('serves Prometheus text with the job counters, the queue gauges and the head of the log', async () => {
    const res = await api.http().get('/ops/metrics').set(as.auditor).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain;/);
    expect(res.headers['content-type']).toContain('version=0.0.4');
    const text: string = res.text;
    expect(text).toContain('# TYPE kaoping_jobs_run_total counter');
    expect(metricLine(text, 'kaoping_jobs_failed_total{')).toBe(`kaoping_jobs_failed_total{queue="${PHASE_QUEUE}",adapter="in-process"} 0`);
    expect(metricLine(text, 'kaoping_jobs_retried_total{')).toBe(`kaoping_jobs_retried_total{queue="${PHASE_QUEUE}",adapter="in-process"} 0`);
    expect(text).toContain(`kaoping_queue_jobs{queue="${PHASE_QUEUE}",adapter="in-process",state="waiting"} 0`);
    expect(metricLine(text, 'kaoping_eventstore_head_position ')).toBe(`kaoping_eventstore_head_position ${(await api.store.headPosition()).toString()}`);
    await api.http().get('/ops/metrics').set(as.office).expect(403);
  });

  it('answers /admin/queues with 404 in the one error shape, pointing to GET /ops/queues', async () => {
    for (const path of ['/admin/queues', '/admin/queues/api/queues']) {
      const res = await api.http().get(path).set('Accept-Language', 'en').expect(404);
      expect(res.body).toEqual({ statusCode: 404, code: 'no-queue-dashboard', message: expect.stringContaining('GET /ops/queues') });
    }
  });
});

/**
 * A TCP relay in front of Redis that the test can cut (every connection dropped, new ones
 * accepted and left unanswered) and restore: Redis "unreachable" for one app only.
 */
const redisRelay = async (target: URL): Promise<Readonly<{ url: string; cut: () => void; restore: () => void; close: () => Promise<void> }>> => {
  let open = true;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    if (!open) return;
    const upstream = connect(Number(target.port || 6379), target.hostname);
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const url = new URL(target.href);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.href,
    cut: () => {
      open = false;
      for (const socket of sockets) socket.destroy();
    },
    restore: () => {
      open = true;
      for (const socket of sockets) socket.destroy();
    },
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
};

describe('ops on BullMQ (REDIS_URL)', () => {
  // The schedule's queue name is fixed: a database of its own keeps the test off a real app's queue.
  const target = new URL(REDIS_URL);
  target.pathname = `/${randomInt(1, 16)}`;
  let relay: Awaited<ReturnType<typeof redisRelay>>;
  let api: ApiUnderTest;
  let as: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    relay = await redisRelay(target);
    api = await bootApi({ REDIS_URL: relay.url });
    as = await signIn(api);
  });
  afterAll(async () => {
    relay.restore();
    await api.close();
    await relay.close();
    const redis = new Redis(target.href, { maxRetriesPerRequest: null });
    const queue = new Queue(PHASE_QUEUE, { connection: redis });
    await queue.obliterate({ force: true });
    await queue.close();
    await redis.quit();
  });

  it('reports the BullMQ queue in /health and GET /ops/queues', async () => {
    const health = await api.http().get('/health').expect(200);
    expect(health.body.info.jobs).toEqual({ status: 'up', adapter: 'bullmq', queue: PHASE_QUEUE, depth: 0, failed: 0 });
    expect(health.body.info.redis).toEqual({ status: 'up' });
    const queues = await api.http().get('/ops/queues').set(as.auditor).expect(200);
    expect(queues.body.queues).toEqual([expect.objectContaining({ name: PHASE_QUEUE, adapter: 'bullmq', depth: 0 })]);
  });

  it('keeps the dashboard shut without a dashboard session, even to an admin bearer token', async () => {
    const bare = await api.http().get('/admin/queues').expect(401);
    expect(bare.body).toMatchObject({ statusCode: 401, code: 'dashboard-session-required' });
    expect(bare.body.details).toEqual([expect.objectContaining({ rule: 'missing' })]);
    await api.http().get('/admin/queues/api/queues').set(as.admin).expect(401);
    await api.http().get('/admin/queues').set('Cookie', `${DASHBOARD_COOKIE}=forged.signature`).expect(401);
  });

  it('opens a short, HttpOnly, SameSite=Strict session scoped to /admin/queues for admins only, and shows the phase queue read-only', async () => {
    await api.http().post('/ops/dashboard-session').set(as.auditor).expect(403);
    const opened = await api.http().post('/ops/dashboard-session').set(as.admin).expect(204);
    const setCookie = opened.headers['set-cookie'];
    const cookie = Array.isArray(setCookie) ? setCookie[0] : setCookie;
    expect(cookie).toMatch(new RegExp(`^${DASHBOARD_COOKIE}=[^;]+; Path=/admin/queues; Max-Age=900; HttpOnly; SameSite=Strict$`));
    const pair = String(cookie).split(';')[0] ?? '';

    const page = await api.http().get('/admin/queues').set('Cookie', pair).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const board = await api.http().get('/admin/queues/api/queues').set('Cookie', pair).expect(200);
    expect(board.body.queues).toEqual([expect.objectContaining({ name: PHASE_QUEUE, readOnlyMode: true, allowRetries: false })]);

    const [body = '', signature = ''] = pair.slice(DASHBOARD_COOKIE.length + 1).split('.');
    const tampered = `${DASHBOARD_COOKIE}=${body}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    const refused = await api.http().get('/admin/queues/api/queues').set('Cookie', tampered).expect(401);
    expect(refused.body.details).toEqual([expect.objectContaining({ rule: 'bad-signature' })]);

    const closed = await api.http().delete('/ops/dashboard-session').set(as.admin).expect(204);
    expect(String(closed.headers['set-cookie'])).toContain('Max-Age=0');
  });

  it('reports the jobs down (and the API unhealthy) while Redis is unreachable, and up again after', async () => {
    relay.cut();
    await api.http().get('/health').expect(503);
    // The API's one error shape keeps no indicator details on a 503: ask the indicator itself.
    expect(await api.app.get(JobsHealth).check()).toEqual({ jobs: { status: 'down', adapter: 'bullmq', message: expect.stringContaining('did not answer') } });
    const queues = await api.http().get('/ops/queues').set(as.admin).set('Accept-Language', 'en').expect(503);
    expect(queues.body.message).toContain('is Redis reachable?');
    relay.restore();
    // ioredis reconnects with a backoff; health answers once it has.
    let health = await api.http().get('/health');
    while (health.status !== 200) health = await api.http().get('/health');
    expect(health.body.info.jobs).toMatchObject({ status: 'up', adapter: 'bullmq' });
  });
});
