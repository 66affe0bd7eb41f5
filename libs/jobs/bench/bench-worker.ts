/**
 * One worker process for the benchmark: `node --import tsx bench-worker.ts`, with
 * REDIS_URL, QUEUE_NAME and CONCURRENCY. Prints "ready" once started; closes on SIGTERM.
 */
import { BullmqJobQueue } from '../src';
import type { BenchJobs } from './jobs.bench';

const main = async (): Promise<void> => {
  const queue = new BullmqJobQueue<BenchJobs>({
    connection: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    queueName: process.env.QUEUE_NAME ?? 'bench',
    concurrency: Number(process.env.CONCURRENCY ?? '8'),
    drainDelaySeconds: 1,
  });
  await queue.start({ noop: async () => undefined });
  process.once('SIGTERM', () => void queue.close().then(() => process.exit(0)));
  process.stdout.write('ready\n');
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
