import type { ChildProcess } from 'node:child_process';
import { processExited, startWorkerProcess, stopWorkerProcess } from '@kaoping/testing';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import type { WorkerFixtureJobs } from '../../test/fixtures/worker.fixture';
import { connectRedis, deleteKeys, eventually, obliterateQueue, randomQueueName, redisUrl } from '../../test/redis.util';
import { BullmqJobQueue } from './bullmq.job-queue';

const REPO_ROOT = join(__dirname, '../../../..');
const WORKER_FIXTURE = join(__dirname, '../../test/fixtures/worker.fixture.ts');
const JOBS = 200;

let redis: Redis;
let queueName: string;
let keys: string;
let producer: BullmqJobQueue<WorkerFixtureJobs>;
let children: ChildProcess[];

beforeAll(async () => {
  redis = await connectRedis();
});

afterAll(async () => {
  await redis.quit();
});

beforeEach(() => {
  queueName = randomQueueName();
  keys = `test:${queueName}`;
  children = [];
  producer = new BullmqJobQueue<WorkerFixtureJobs>({ connection: redis, queueName });
});

afterEach(async () => {
  await Promise.all(children.map(stopWorkerProcess));
  await producer.close();
  await obliterateQueue(redis, queueName);
  await deleteKeys(redis, `${keys}:*`);
});

/** A worker process on this test's queue (children are stopped after each test). */
const startWorker = (name: string, env: Readonly<Record<string, string>> = {}): Promise<ChildProcess> => {
  const worker = startWorkerProcess({ script: WORKER_FIXTURE, cwd: REPO_ROOT, name, env: { REDIS_URL: redisUrl(), QUEUE_NAME: queueName, KEY_PREFIX: keys, WORKER_NAME: name, ...env }, readyWithinMs: 20_000 });
  children.push(worker.child);
  return worker.ready;
};

const enqueueCounting = async (): Promise<string[]> => {
  const jobIds = Array.from({ length: JOBS }, (_, n) => `count:${queueName}:${n}`);
  for (const [n, jobId] of jobIds.entries()) await producer.enqueue({ name: 'count', jobId, payload: { n } });
  return jobIds;
};

const runCounts = async (jobIds: readonly string[]): Promise<Array<string | null>> =>
  redis.mget(...jobIds.map((jobId) => `${keys}:runs:${jobId}`));

describe('BullMQ workers sharing one queue', () => {
  it(`run each of ${JOBS} jobs exactly once with two Worker instances in one process`, async () => {
    const ran: string[] = [];
    const instances = ['a', 'b'].map(
      () => new BullmqJobQueue<WorkerFixtureJobs>({ connection: redis, queueName, concurrency: 4, drainDelaySeconds: 1 }),
    );
    try {
      for (const instance of instances) {
        await instance.start({
          count: async (job) => {
            await redis.incr(`${keys}:runs:${job.jobId}`);
            ran.push(job.jobId);
            await new Promise((resolve) => setTimeout(resolve, 2));
          },
          long: async () => undefined,
        });
      }
      const jobIds = await enqueueCounting();
      await producer.whenIdle({ timeoutMs: 20_000 });

      expect(await runCounts(jobIds)).toEqual(jobIds.map(() => '1'));
      expect([...ran].sort()).toEqual([...jobIds].sort());
      const [a, b] = await Promise.all(instances.map((instance) => instance.stats()));
      expect(a?.sinceStart.runs).toBeGreaterThan(0);
      expect(b?.sinceStart.runs).toBeGreaterThan(0);
      expect((a?.sinceStart.runs ?? 0) + (b?.sinceStart.runs ?? 0)).toBe(JOBS);
      expect((await producer.stats()).counts).toMatchObject({ completed: JOBS, failed: 0 });
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
    }
  });

  it(`run each of ${JOBS} jobs exactly once with two worker processes`, async () => {
    await Promise.all([startWorker('w1'), startWorker('w2')]);
    const jobIds = await enqueueCounting();
    await producer.whenIdle({ timeoutMs: 20_000 });

    expect(await runCounts(jobIds)).toEqual(jobIds.map(() => '1'));
    const log = await redis.lrange(`${keys}:log`, 0, -1);
    expect(log).toHaveLength(JOBS);
    expect(new Set(log.map((line) => line.split(' ')[1])).size).toBe(JOBS);
    expect(new Set(log.map((line) => line.split(' ')[0]))).toEqual(new Set(['w1', 'w2']));
    expect((await producer.stats()).counts).toMatchObject({ completed: JOBS, failed: 0 });
  });

  it('finish a job exactly once when its worker is killed with SIGKILL mid-job', async () => {
    // Short locks so the dead worker's job is found stalled within about two seconds.
    const locks = { LOCK_DURATION_MS: '1000', STALLED_INTERVAL_MS: '300' };
    const doomed = await startWorker('doomed', { ...locks, LONG_JOB_MS: '60000' });
    await producer.enqueue({ name: 'long', jobId: 'long:1', payload: { label: 'snapshot' } });
    await eventually('the doomed worker to start the job', async () => (await redis.llen(`${keys}:started`)) === 1);

    doomed.kill('SIGKILL');
    await processExited(doomed);
    await startWorker('rescuer', { ...locks, LONG_JOB_MS: '100' });
    await eventually('the job to complete', async () => (await producer.stats()).counts.completed === 1, 20_000);
    // A second, wrongful finish would show up within a few stalled checks.
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    expect(await redis.lrange(`${keys}:started`, 0, -1)).toEqual(['doomed long:1 attempt 1', 'rescuer long:1 attempt 1']);
    expect(await redis.lrange(`${keys}:finished`, 0, -1)).toEqual(['rescuer long:1 attempt 1']);
    expect((await producer.stats()).counts).toMatchObject({ completed: 1, failed: 0, active: 0, waiting: 0 });
  });
});
