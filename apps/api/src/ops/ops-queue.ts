import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { EventStore } from '@kaoping/eventstore';
import { BullmqJobQueue, InProcessJobQueue, type JobQueue, type JobQueueStats } from '@kaoping/jobs';
import { EVENT_STORE } from '@kaoping/runtime';
import { PHASE_JOB_QUEUE, PHASE_QUEUE, type PhaseJobs } from '@kaoping/schedule';

export type QueueAdapterKind = 'bullmq' | 'in-process';

/** What GET /ops/queues answers: one entry per job queue of this process. */
export type QueueReport = Readonly<{
  name: string;
  adapter: QueueAdapterKind;
  counts: JobQueueStats['counts'];
  /** waiting + delayed + active: what is still to do. */
  depth: number;
  /** What this API process's handlers did since it started (BullMQ: other processes count their own). */
  sinceStart: JobQueueStats['sinceStart'];
}>;

/**
 * The phase job queue of this process, as the schedule module provides it (PHASE_JOB_QUEUE,
 * imported by the NotificationsModule). Looked up, not imported again, so ops reads exactly the
 * queue the app runs and never makes a second one.
 */
@Injectable()
export class OpsQueue {
  private resolved: JobQueue<PhaseJobs> | undefined;

  constructor(
    private readonly moduleRef: ModuleRef,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  get queue(): JobQueue<PhaseJobs> {
    this.resolved ??= this.moduleRef.get<JobQueue<PhaseJobs>>(PHASE_JOB_QUEUE, { strict: false });
    return this.resolved;
  }

  get adapter(): QueueAdapterKind {
    const queue = this.queue;
    if (queue instanceof BullmqJobQueue) return 'bullmq';
    if (queue instanceof InProcessJobQueue) return 'in-process';
    throw new Error('the phase job queue is neither BullMQ nor in-process');
  }

  /** The BullMQ queue name, when the queue is on BullMQ. */
  get bullmqName(): string | undefined {
    const queue = this.queue;
    return queue instanceof BullmqJobQueue ? queue.queueName : undefined;
  }

  /**
   * The queue's report. BullMQ's commands wait for Redis to come back rather than fail, so a
   * queue that does not answer within `timeoutMs` is reported unreachable (503).
   */
  async report(timeoutMs = 2000): Promise<QueueReport> {
    const adapter = this.adapter;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new ServiceUnavailableException(`the ${adapter} job queue did not answer within ${timeoutMs} ms (is Redis reachable?)`)),
        timeoutMs,
      );
    });
    const { counts, sinceStart } = await Promise.race([this.queue.stats(), timeout]).finally(() => clearTimeout(timer));
    return {
      name: this.bullmqName ?? PHASE_QUEUE,
      adapter,
      counts,
      depth: counts.waiting + counts.delayed + counts.active,
      sinceStart,
    };
  }

  headPosition(): Promise<bigint> {
    return this.store.headPosition();
  }
}
