import { BullmqJobQueue, type BullmqJobQueueOptions } from './bullmq/bullmq.job-queue';
import { InProcessJobQueue, type InProcessJobQueueOptions } from './in-process/in-process.job-queue';
import type { JobCatalog, JobQueue } from './queue/job-queue.port';

export type CreateJobQueueOptions =
  | (Readonly<{ kind: 'bullmq' }> & BullmqJobQueueOptions)
  | (Readonly<{ kind: 'in-process' }> & InProcessJobQueueOptions);

/**
 * Builds the job queue for a catalog:
 *
 * ```ts
 * createJobQueue<LifecycleJobs>({ kind: 'bullmq', connection: process.env.REDIS_URL, queueName: 'lifecycle', clock })
 * createJobQueue<LifecycleJobs>({ kind: 'in-process', clock })
 * ```
 */
export function createJobQueue<C extends JobCatalog>(
  options: Readonly<{ kind: 'bullmq' }> & BullmqJobQueueOptions,
): BullmqJobQueue<C>;
export function createJobQueue<C extends JobCatalog>(
  options: Readonly<{ kind: 'in-process' }> & InProcessJobQueueOptions,
): InProcessJobQueue<C>;
export function createJobQueue<C extends JobCatalog>(options: CreateJobQueueOptions): JobQueue<C>;
export function createJobQueue<C extends JobCatalog>(options: CreateJobQueueOptions): JobQueue<C> {
  switch (options.kind) {
    case 'bullmq':
      return new BullmqJobQueue<C>(options);
    case 'in-process':
      return new InProcessJobQueue<C>(options);
    default: {
      const unknownKind: never = options;
      throw new Error(`unknown job queue kind: ${JSON.stringify(unknownKind)}`);
    }
  }
}
