import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { createEventStore, openSqlDatabase, type EventStore, type SqlClient } from '@kaoping/eventstore';
import { cycleStreamId, type Actor, type EvaluationCommand } from '@kaoping/evaluation';
import { BullmqJobQueue, ManualClock, decodeJobId } from '@kaoping/jobs';
import { handleEvaluationCommand } from '@kaoping/cycle-log';
import { assertTestDatabaseReachable, freshTestSchema, processExited, startWorkerProcess, stopWorkerProcess, testDatabaseUrl, type TestSchema } from '@kaoping/testing';
import { zhengdingScheme } from '../test/zhengding-cycle.scenario';
import { NotificationOutbox, calendarOfView, loadCycleView, planCycleJobs, type PhaseJobs, type PlannedJob } from '.';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const REPO_ROOT = join(__dirname, '../../..');
const FIXTURE = join(__dirname, '../test/fixtures/phase-worker.fixture.ts');
const CYCLE = 'zd_crash';
const office: Actor = { userId: 'office-1', role: 'office' };

let redis: Redis;
let schema: TestSchema;
let client: SqlClient;
let store: EventStore;
let queueName: string;
let keys: string;
let producer: BullmqJobQueue<PhaseJobs>;
let children: ChildProcess[] = [];

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const eventually = async (what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await sleep(25);
  }
};

/** A worker process on this test's queue (children are stopped after each test). */
const startWorker = (name: string, env: Readonly<Record<string, string>> = {}): Promise<ChildProcess> => {
  const worker = startWorkerProcess({ script: FIXTURE, cwd: REPO_ROOT, name, env: { REDIS_URL, DATABASE_URL: testDatabaseUrl(), SCHEMA: schema.name, QUEUE_NAME: queueName, KEY_PREFIX: keys, CLOCK_AT: '2026-01-02T00:00:00.000Z', WORKER_NAME: name, ...env } });
  children.push(worker.child);
  return worker.ready;
};

const send = async (command: Omit<EvaluationCommand, 'meta'>, now: string): Promise<void> => {
  await handleEvaluationCommand({ store, command: { ...command, meta: { commandId: randomUUID(), actor: office, now } } as EvaluationCommand });
};

beforeAll(async () => {
  await assertTestDatabaseReachable();
  redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  await redis.ping();
});
afterAll(async () => {
  await redis.quit();
});

beforeEach(async () => {
  schema = await freshTestSchema({ label: 'phase_workers', create: true });
  client = await openSqlDatabase({ kind: 'postgres', connectionString: testDatabaseUrl() });
  store = await createEventStore({ kind: 'sql', client, dialect: 'postgres', schema: schema.name });
  await new NotificationOutbox({ client, schema: schema.name }).migrate();
  queueName = `phase-workers-${randomUUID().slice(0, 8)}`;
  keys = `test:${queueName}`;
  children = [];
  producer = new BullmqJobQueue<PhaseJobs>({ connection: redis, queueName, clock: new ManualClock('2025-12-20T00:00:00.000Z') });
  await send({ type: 'CreateCycle', data: { cycleId: CYCLE, year: 2026, name: '正定 2026' } }, '2025-12-20T09:00:00Z');
  await send({ type: 'PublishScheme', data: { cycleId: CYCLE, scheme: zhengdingScheme() } }, '2025-12-20T09:00:00Z');
});

afterEach(async () => {
  await Promise.all(children.map(stopWorkerProcess));
  await producer.close();
  const queue = new Queue(queueName, { connection: redis });
  await queue.obliterate({ force: true });
  await queue.close();
  const leftovers = await redis.keys(`${keys}:*`);
  if (leftovers.length > 0) await redis.del(...leftovers);
  await store.close();
  await client.close();
  await schema.drop();
});

describe('phase jobs on worker processes sharing one queue and one PostgreSQL log', () => {
  it('appends a job’s events exactly once when its worker is killed with SIGKILL mid-job and another finishes it', async () => {
    const view = await loadCycleView(store, CYCLE);
    const open = planCycleJobs(view, calendarOfView(view), new Date('2025-12-20T10:00:00Z')).find(
      (job) => job.name === 'phase.open' && job.payload.phase === 'planning',
    );
    if (open === undefined) throw new Error('the plan has no planning open');
    // Short locks: the dead worker's job is found stalled within about two seconds.
    const locks = { LOCK_DURATION_MS: '1000', STALLED_INTERVAL_MS: '300' };
    const doomed = await startWorker('doomed', { ...locks, HOLD_AFTER_APPEND_MS: '60000' });
    await producer.enqueue({ name: 'phase.open', jobId: open.jobId, payload: { cycleId: CYCLE, phase: 'planning' } });
    // The doomed worker committed the PhaseOpened and holds the job open: kill it there.
    await eventually('the doomed worker to append', async () => (await redis.llen(`${keys}:appended`)) === 1);
    doomed.kill('SIGKILL');
    await processExited(doomed);

    await startWorker('rescuer', locks);
    await eventually('the job to complete', async () => (await producer.stats()).counts.completed === 1);

    expect(await redis.lrange(`${keys}:started`, 0, -1)).toEqual([`doomed ${open.jobId}`, `rescuer ${open.jobId}`]);
    expect(await redis.lrange(`${keys}:finished`, 0, -1)).toEqual([`rescuer ${open.jobId}`]);
    const stream = await store.readStream(cycleStreamId(CYCLE));
    const opened = stream.filter((event) => event.type === 'PhaseOpened');
    expect(opened).toHaveLength(1);
    expect(opened[0]?.metadata).toMatchObject({ commandId: `job:${open.jobId}`, actorId: 'system' });
    expect((await producer.stats()).counts).toMatchObject({ completed: 1, failed: 0, active: 0, waiting: 0 });
  });

  it('runs each job of a calendar exactly once when three worker processes take them from one queue at once', async () => {
    // The office runs the first half of the year by hand; mid-year is closed, so its snapshots stand planned.
    for (const phase of ['planning', 'monitoring', 'mid-year'] as const) {
      await send({ type: 'OpenPhase', data: { cycleId: CYCLE, phase, trigger: 'manual' } }, '2026-01-02T09:00:00Z');
    }
    await send({ type: 'ClosePhase', data: { cycleId: CYCLE, phase: 'mid-year', trigger: 'manual' } }, '2026-08-01T09:00:00Z');
    // Every process's clock stands here, after all these jobs are due.
    const now = '2027-01-01T12:00:00.000Z';
    const view = await loadCycleView(store, CYCLE);
    const plan = planCycleJobs(view, calendarOfView(view), new Date(now));
    // At most five jobs append to the cycle stream: a job loses a race at most four times, within the default five attempts.
    const wanted = (job: PlannedJob): boolean =>
      (job.name === 'phase.close' && (job.payload.phase === 'planning' || job.payload.phase === 'monitoring')) ||
      (job.name === 'phase.open' && job.payload.phase === 'year-end') ||
      (job.name === 'deadline.pass' && (job.payload.deadlineId === 'unit-plan' || job.payload.deadlineId === 'mid-year-data')) ||
      (job.name === 'snapshot.take' && job.payload.phase === 'mid-year');
    const jobs = plan.filter(wanted);
    expect(jobs.map((job) => job.name).sort()).toEqual([
      'deadline.pass',
      'deadline.pass',
      'phase.close',
      'phase.close',
      'phase.open',
      'snapshot.take',
      'snapshot.take',
      'snapshot.take',
    ]);
    const yearEndOpen = jobs.find((job) => job.name === 'phase.open');
    if (yearEndOpen === undefined) throw new Error('the plan has no year-end open');

    await Promise.all(['one', 'two', 'three'].map((name) => startWorker(name, { CLOCK_AT: now })));
    const enqueuer = new BullmqJobQueue<PhaseJobs>({ connection: redis, queueName, clock: new ManualClock(now) });
    try {
      for (const job of jobs) {
        const enqueued = await enqueuer.enqueue(job);
        expect(enqueued).toMatchObject({ outcome: 'enqueued', delayed: false });
      }
    } finally {
      await enqueuer.close();
    }
    await eventually('every job to finish', async () => {
      const { counts } = await producer.stats();
      return counts.completed + counts.failed === jobs.length;
    }, 45_000);

    expect((await producer.stats()).counts).toMatchObject({ completed: jobs.length, failed: 0, active: 0, waiting: 0, delayed: 0 });
    const queue = new Queue(queueName, { connection: redis });
    const completed = (await queue.getCompleted()).map((job) => decodeJobId(job.id ?? ''));
    await queue.close();
    expect(completed.sort()).toEqual(jobs.map((job) => job.jobId).sort());
    const byCommand = new Map<string, number>();
    for (const event of await store.readAll()) {
      const commandId = event.metadata.commandId;
      if (commandId?.startsWith('job:')) byCommand.set(commandId, (byCommand.get(commandId) ?? 0) + 1);
    }
    expect(Object.fromEntries(byCommand)).toEqual(Object.fromEntries(jobs.map((job) => [`job:${job.jobId}`, 1])));
    expect(await redis.lrange(`${keys}:finished`, 0, -1)).toEqual([expect.stringMatching(new RegExp(`^(one|two|three) ${escapeRegExp(yearEndOpen.jobId)}$`))]);
  }, 90_000);
});
