/**
 * One phase worker process for `npm run bench:phases`: `node --import tsx phases-bench-worker.ts`
 * with REDIS_URL, DATABASE_URL, SCHEMA, QUEUE_NAME, CONCURRENCY and CLOCK_AT (the moment the
 * jobs are due: every process sees the same "now"). Runs the phase job handlers, prints
 * "ready" once started, closes on SIGTERM. No Nest: the handlers are imported by file.
 */
import { Redis } from 'ioredis';
import { createEventStore, openSqlDatabase } from '@kaoping/eventstore';
import { BullmqJobQueue, ManualClock } from '@kaoping/jobs';
import { isPermanentPhaseJobError } from '../src/handling/phase-job.errors';
import { phaseJobHandlers } from '../src/handling/phase-job.handlers';
import type { PhaseJobs } from '../src/jobs/phase-jobs.catalog';
import { NotificationOutbox } from '../src/notifications/notification-outbox';

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`phases bench worker: ${name} is not set`);
  return value;
};

const main = async (): Promise<void> => {
  const schema = env('SCHEMA');
  const redis = new Redis(env('REDIS_URL'), { maxRetriesPerRequest: null });
  const client = await openSqlDatabase({ kind: 'postgres', connectionString: env('DATABASE_URL') });
  const store = await createEventStore({ kind: 'sql', client, dialect: 'postgres', schema });
  const clock = new ManualClock(env('CLOCK_AT'));
  const queue = new BullmqJobQueue<PhaseJobs>({
    connection: redis,
    queueName: env('QUEUE_NAME'),
    clock,
    concurrency: Number(env('CONCURRENCY')),
    drainDelaySeconds: 1,
    isPermanent: isPermanentPhaseJobError,
  });
  await queue.start(phaseJobHandlers({ store, clock, queue, outbox: new NotificationOutbox({ client, schema }) }));
  process.once('SIGTERM', () => {
    void queue
      .close()
      .then(() => store.close())
      .then(() => client.close())
      .then(() => redis.quit())
      .then(() => process.exit(0));
  });
  process.stdout.write('ready\n');
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
