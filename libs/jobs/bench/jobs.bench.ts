/**
 * `npm run bench:jobs`: JOBS (default 10000) no-op jobs through BullMQ with one and with two
 * worker processes, and through the in-process adapter. Prints `name: value unit` lines.
 *
 * For BullMQ, the jobs are enqueued first (one producer, 100 enqueues in flight), the queue
 * is paused while the worker processes start, and processing is timed from resume until
 * every job is completed. REDIS_URL (default redis://127.0.0.1:6379); CONCURRENCY per
 * worker process (default 8).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { BullmqJobQueue, InProcessJobQueue, type JobQueue } from '../src';

export type BenchJobs = { noop: { n: number } };

const JOBS = Number(process.env.JOBS ?? '10000');
const CONCURRENCY = Number(process.env.CONCURRENCY ?? '8');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const IN_FLIGHT = 100;

const line = (name: string, value: number, unit: string): void => {
  process.stdout.write(`${name}: ${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}\n`);
};

const enqueueAll = async (queue: JobQueue<BenchJobs>, prefix: string): Promise<number> => {
  const started = performance.now();
  for (let from = 0; from < JOBS; from += IN_FLIGHT) {
    const batch = [];
    for (let n = from; n < Math.min(JOBS, from + IN_FLIGHT); n += 1) {
      batch.push(queue.enqueue({ name: 'noop', jobId: `noop:${prefix}:${n}`, payload: { n } }));
    }
    await Promise.all(batch);
  }
  return performance.now() - started;
};

const startWorker = (queueName: string): Promise<ChildProcess> => {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'bench-worker.ts')], {
    env: { ...process.env, REDIS_URL, QUEUE_NAME: queueName, CONCURRENCY: String(CONCURRENCY) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`bench worker exited with ${code} before it was ready`)));
  });
};

const stop = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

const benchBullmq = async (redis: Redis, processes: number): Promise<void> => {
  const queueName = `bench-jobs-${randomUUID().slice(0, 8)}`;
  const producer = new BullmqJobQueue<BenchJobs>({ connection: redis, queueName });
  const control = new Queue(queueName, { connection: redis });
  const workers: ChildProcess[] = [];
  try {
    await control.pause();
    const enqueueMs = await enqueueAll(producer, queueName);
    line(`jobs.bullmq.enqueue.${processes}p`, (JOBS / enqueueMs) * 1000, 'jobs/s');
    for (let i = 0; i < processes; i += 1) workers.push(await startWorker(queueName));
    const started = performance.now();
    await control.resume();
    while ((await control.getJobCounts('completed')).completed !== JOBS) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const processMs = performance.now() - started;
    const label = `jobs.bullmq.${processes}-process${processes > 1 ? 'es' : ''}`;
    line(`${label}.throughput`, (JOBS / processMs) * 1000, 'jobs/s');
    line(`${label}.total`, Math.round(processMs), 'ms');
  } finally {
    await Promise.all(workers.map(stop));
    await producer.close();
    await control.obliterate({ force: true });
    await control.close();
  }
};

const benchInProcess = async (): Promise<void> => {
  const queue = new InProcessJobQueue<BenchJobs>({ concurrency: CONCURRENCY });
  const enqueueMs = await enqueueAll(queue, 'in-process');
  line('jobs.in-process.enqueue', (JOBS / enqueueMs) * 1000, 'jobs/s');
  const started = performance.now();
  await queue.start({ noop: async () => undefined });
  await queue.whenIdle({ timeoutMs: 120_000 });
  const processMs = performance.now() - started;
  line('jobs.in-process.throughput', (JOBS / processMs) * 1000, 'jobs/s');
  line('jobs.in-process.total', Math.round(processMs), 'ms');
  await queue.close();
};

const main = async (): Promise<void> => {
  process.stdout.write(`# ${JOBS} no-op jobs, concurrency ${CONCURRENCY} per worker, Redis ${REDIS_URL}\n`);
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  try {
    await benchBullmq(redis, 1);
    await benchBullmq(redis, 2);
  } finally {
    await redis.quit();
  }
  await benchInProcess();
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
