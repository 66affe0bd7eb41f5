import { randomUUID } from 'node:crypto';
import type { Job, JobsOptions, KeepJobs, Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Clock } from '../clock/clock.port';
import { SystemClock } from '../clock/system.clock';
import { dispatcherOf, type Dispatch } from '../queue/job-dispatch.util';
import {
  isPendingJobState,
  type CancelResult,
  type EnqueueResult,
  type JobCatalog,
  type JobHandlers,
  type JobPayload,
  type JobQueue,
  type JobQueueOptions,
  type JobQueueStats,
  type JobRequest,
  type JobState,
  type RescheduleResult,
  type ScheduledJob,
} from '../queue/job-queue.port';
import { JobQueueClosedError, JobQueueTimeoutError } from '../queue/job.errors';
import {
  DEFAULT_IDLE_TIMEOUT_MS,
  assertJobId,
  isPermanentFailure,
  retryPolicyOf,
  scheduleOf,
  sleep,
  type RetryPolicy,
} from '../queue/job-request.util';
import { encodeJobId } from './job-id.codec';
import { bullmq, ioredis } from './lazy-modules';

/** How many finished jobs BullMQ keeps: all of them, or a `{ count }` / `{ age, count? }` window. */
export type JobHistory = 'all' | KeepJobs;

export type BullmqJobQueueOptions = JobQueueOptions &
  Readonly<{
    /**
     * A Redis URL (the queue opens and closes its own connection), or an ioredis client
     * created with `maxRetriesPerRequest: null`, which the queue shares and does not close.
     */
    connection: Redis | string;
    /** One queue per catalog. No ':' in it. */
    queueName: string;
    /** Redis key prefix; default BullMQ's `bull`. */
    prefix?: string;
    /**
     * Completed jobs kept; default 'all'. BullMQ dedupes by a job's id only while the job
     * exists: once a completed job is removed, enqueueing its id again runs it again. Keeping
     * them all makes "the same jobId runs once" hold for good; a cycle yields a few thousand
     * small jobs a year. A window ({ age }) is safe too, because handlers are idempotent, but
     * then a re-derived schedule may run an old job once more to no effect.
     */
    keepCompleted?: JobHistory;
    /** Failed jobs kept; default 'all', for operators to inspect (and so re-enqueueing does not hide a failure). */
    keepFailed?: JobHistory;
    /** How long a worker's hold on a running job lasts without renewal; default 30 000 ms. */
    lockDurationMs?: number;
    /** How often workers look for jobs whose worker died (lock expired) and put them back; default 30 000 ms. */
    stalledIntervalMs?: number;
    /** How many times a job may be recovered from a dead worker before it fails; default 1. */
    maxStalledCount?: number;
    /** Seconds a worker blocks waiting for a job when the queue is empty; default 5. */
    drainDelaySeconds?: number;
  }>;

/** What the adapter stores as a BullMQ job's data. */
type StoredJob = Readonly<{
  jobId: string;
  payload: JobPayload;
  /** ISO time the job is due, on the queue's clock; what runDue() compares with. */
  scheduledFor: string;
  /** Random per enqueue: tells our own add from a duplicate (BullMQ returns the id either way). */
  token: string;
}>;

type StoredJobRecord = Job<StoredJob, void, string>;

const PAGE = 500;
const IDLE_POLL_MS = 20;

/**
 * The job queue on BullMQ and Redis, for production and multi-process workers.
 *
 * - One BullMQ queue per catalog; the BullMQ job id is the encoded jobId ({@link encodeJobId}),
 *   so BullMQ's own atomic check makes a second enqueue a no-op.
 * - Retries: `attempts` tries with BullMQ's exponential backoff; a permanent failure is
 *   rethrown as BullMQ's `UnrecoverableError`, which fails the job without further tries.
 * - A worker that dies mid-job stops renewing its lock; after `lockDurationMs` another
 *   worker's stalled check (every `stalledIntervalMs`) puts the job back and it runs again
 *   (so handlers are idempotent), up to `maxStalledCount` times.
 * - The worker is created in `start()` with `autorun: false` and run explicitly, so nothing
 *   is processed before `start()`: a test enqueues, then starts, and controls timing.
 */
export class BullmqJobQueue<C extends JobCatalog> implements JobQueue<C> {
  readonly queueName: string;
  private readonly clock: Clock;
  private readonly policy: RetryPolicy;
  private readonly connection: Redis;
  private readonly ownsConnection: boolean;
  private readonly queue: Queue<StoredJob, void, string>;
  private readonly jobOptions: JobsOptions;
  private readonly onError: (error: unknown) => void;
  private readonly counters = { runs: 0, succeeded: 0, retried: 0, failed: 0 };
  private worker: Worker<StoredJob, void, string> | undefined;
  private workerLoop: Promise<void> | undefined;
  private closing = false;
  private closed: Promise<void> | undefined;

  constructor(private readonly options: BullmqJobQueueOptions) {
    this.queueName = options.queueName;
    this.clock = options.clock ?? new SystemClock();
    this.policy = retryPolicyOf(options);
    this.onError = options.onError ?? ((error) => console.error(`[jobs:${options.queueName}]`, error));
    this.ownsConnection = typeof options.connection === 'string';
    this.connection =
      typeof options.connection === 'string'
        ? new (ioredis().Redis)(options.connection, { maxRetriesPerRequest: null })
        : options.connection;
    this.queue = new (bullmq().Queue)<StoredJob, void, string>(options.queueName, {
      connection: this.connection,
      ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
    });
    this.queue.on('error', this.onError);
    this.jobOptions = {
      attempts: this.policy.attempts,
      backoff: { type: 'exponential', delay: this.policy.backoffMs },
      removeOnComplete: historyOption(options.keepCompleted),
      removeOnFail: historyOption(options.keepFailed),
    };
  }

  async enqueue(job: JobRequest<C>): Promise<EnqueueResult> {
    this.assertOpen();
    assertJobId(job.jobId);
    const { scheduledFor, delayMs } = scheduleOf(this.clock, job.runAt);
    const added = await this.add({ jobId: job.jobId, name: job.name, payload: job.payload, scheduledFor, delayMs });
    return added.outcome === 'added'
      ? { outcome: 'enqueued', jobId: job.jobId, scheduledFor, delayed: delayMs > 0 }
      : { outcome: 'duplicate', jobId: job.jobId, state: added.state };
  }

  async cancel(jobId: string): Promise<CancelResult> {
    this.assertOpen();
    // A worker may take the job between the look and the removal (a running job is locked
    // and not removed): look again, a bounded number of times.
    for (let tries = 0; tries < 3; tries += 1) {
      const found = await this.find(jobId);
      if (!found) return { outcome: 'not-found', jobId };
      if (!isPendingJobState(found.state)) return { outcome: 'not-pending', jobId, state: found.state };
      if ((await this.queue.remove(encodeJobId(jobId))) === 1) return { outcome: 'cancelled', jobId };
    }
    throw new Error(`job ${jobId} on ${this.queueName} could not be removed though it looked pending`);
  }

  async reschedule(jobId: string, runAt: Date): Promise<RescheduleResult> {
    this.assertOpen();
    const { scheduledFor, delayMs } = scheduleOf(this.clock, runAt);
    for (let tries = 0; tries < 3; tries += 1) {
      const found = await this.find(jobId);
      if (!found) return { outcome: 'not-found', jobId };
      if (!isPendingJobState(found.state)) return { outcome: 'not-pending', jobId, state: found.state };
      // Remove and add again rather than change the delay in place: the stored scheduledFor
      // moves with it, a waiting job can become delayed, and attempts start afresh.
      if ((await this.queue.remove(encodeJobId(jobId))) !== 1) continue;
      const { name, data } = found.job;
      const added = await this.add({ jobId, name, payload: data.payload, scheduledFor, delayMs });
      // A duplicate here: someone enqueued the same id in between, and that job stands.
      if (added.outcome === 'duplicate' && !isPendingJobState(added.state)) {
        return { outcome: 'not-pending', jobId, state: added.state };
      }
      return { outcome: 'rescheduled', jobId, scheduledFor, delayed: delayMs > 0 };
    }
    throw new Error(`job ${jobId} on ${this.queueName} could not be removed though it looked pending`);
  }

  async start(handlers: JobHandlers<C>): Promise<void> {
    this.assertOpen();
    if (this.worker) throw new Error(`BullmqJobQueue(${this.queueName}).start: already started`);
    const { options } = this;
    const worker = new (bullmq().Worker)<StoredJob, void, string>(this.queueName, this.processorOf(dispatcherOf(handlers)), {
      connection: this.connection,
      autorun: false,
      concurrency: options.concurrency ?? 1,
      ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
      ...(options.lockDurationMs === undefined ? {} : { lockDuration: options.lockDurationMs }),
      ...(options.stalledIntervalMs === undefined ? {} : { stalledInterval: options.stalledIntervalMs }),
      ...(options.maxStalledCount === undefined ? {} : { maxStalledCount: options.maxStalledCount }),
      ...(options.drainDelaySeconds === undefined ? {} : { drainDelay: options.drainDelaySeconds }),
    });
    worker.on('error', this.onError);
    this.worker = worker;
    this.workerLoop = worker.run().catch(this.onError);
    await worker.waitUntilReady();
  }

  async runDue(): Promise<number> {
    this.assertOpen();
    const now = this.clock.now().getTime();
    const due = (await this.scheduled()).filter((job) => Date.parse(job.data.scheduledFor) <= now).sort(bySchedule);
    let promoted = 0;
    for (const job of due) {
      try {
        await job.promote();
        promoted += 1;
      } catch {
        // No longer delayed: cancelled, or its real-time delay ended meanwhile.
      }
    }
    return promoted;
  }

  async nextScheduled(): Promise<ScheduledJob | undefined> {
    const [next] = (await this.scheduled()).sort(bySchedule);
    return next && { jobId: next.data.jobId, name: next.name, scheduledFor: new Date(next.data.scheduledFor) };
  }

  async whenIdle(options: Readonly<{ timeoutMs?: number }> = {}): Promise<void> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
    const deadline = Date.now() + timeoutMs;
    // Two idle looks in a row: one look reads the counts and the delayed set in two
    // commands, and a job moving between them (active → retrying) could slip through.
    let idleLooks = 0;
    while (idleLooks < 2) {
      idleLooks = (await this.looksIdle()) ? idleLooks + 1 : 0;
      if (idleLooks < 2) {
        if (Date.now() > deadline) {
          const { counts } = await this.stats();
          throw new JobQueueTimeoutError(
            `queue ${this.queueName} not idle after ${timeoutMs} ms (waiting ${counts.waiting}, active ${counts.active}, ` +
              `delayed ${counts.delayed}${this.worker ? '' : ', not started here'})`,
          );
        }
        await sleep(IDLE_POLL_MS);
      }
    }
  }

  async stats(): Promise<JobQueueStats> {
    const counts = await this.queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed');
    const count = (type: string): number => counts[type] ?? 0;
    return {
      counts: {
        waiting: count('waiting') + count('prioritized'),
        active: count('active'),
        delayed: count('delayed'),
        completed: count('completed'),
        failed: count('failed'),
      },
      sinceStart: { ...this.counters },
    };
  }

  close(): Promise<void> {
    this.closed ??= this.shutdown();
    return this.closed;
  }

  private async shutdown(): Promise<void> {
    this.closing = true;
    // Worker.close() waits for the jobs in flight to finish before it stops.
    await this.worker?.close();
    await this.workerLoop;
    await this.queue.close();
    if (this.ownsConnection) await this.connection.quit().catch(() => this.connection.disconnect());
  }

  private processorOf(dispatch: Dispatch): (job: StoredJobRecord) => Promise<void> {
    return async (job) => {
      this.counters.runs += 1;
      // attemptsMade counts failed tries; a run cut short by a dead worker is not one.
      const attempt = job.attemptsMade + 1;
      try {
        await dispatch({
          jobId: job.data.jobId,
          name: job.name,
          payload: job.data.payload,
          attempt,
          scheduledFor: new Date(job.data.scheduledFor),
        });
        this.counters.succeeded += 1;
      } catch (error) {
        if (isPermanentFailure(error, this.options.isPermanent)) {
          this.counters.failed += 1;
          throw new (bullmq().UnrecoverableError)(describe(error));
        }
        if (attempt >= (job.opts.attempts ?? 1)) this.counters.failed += 1;
        else this.counters.retried += 1;
        throw error instanceof Error ? error : new Error(describe(error));
      }
    };
  }

  private async add(
    job: Readonly<{ jobId: string; name: string; payload: JobPayload; scheduledFor: Date; delayMs: number }>,
  ): Promise<Readonly<{ outcome: 'added' }> | Readonly<{ outcome: 'duplicate'; state: JobState }>> {
    const id = encodeJobId(job.jobId);
    for (let tries = 0; ; tries += 1) {
      const token = randomUUID();
      const data: StoredJob = { jobId: job.jobId, payload: job.payload, scheduledFor: job.scheduledFor.toISOString(), token };
      await this.queue.add(job.name, data, { ...this.jobOptions, jobId: id, delay: job.delayMs });
      const stored = await this.queue.getJob(id);
      // Gone already: ours ran and its history was trimmed.
      if (!stored || stored.data.token === token) return { outcome: 'added' };
      const state = await stateOf(stored);
      if (state) return { outcome: 'duplicate', state };
      // The existing job was removed between our add and our look: add again (bounded).
      if (tries >= 3) return { outcome: 'duplicate', state: 'completed' };
    }
  }

  private async find(jobId: string): Promise<Readonly<{ job: StoredJobRecord; state: JobState }> | undefined> {
    const job = await this.queue.getJob(encodeJobId(jobId));
    if (!job) return undefined;
    const state = await stateOf(job);
    return state && { job, state };
  }

  /** Delayed jobs waiting for their first try (not retries). */
  private async scheduled(): Promise<StoredJobRecord[]> {
    return (await this.delayed()).filter((job) => job.attemptsMade === 0);
  }

  private async delayed(): Promise<StoredJobRecord[]> {
    const jobs: StoredJobRecord[] = [];
    for (let start = 0; ; start += PAGE) {
      const page = await this.queue.getDelayed(start, start + PAGE - 1);
      for (const job of page) if (job) jobs.push(job);
      if (page.length < PAGE) return jobs;
    }
  }

  private async looksIdle(): Promise<boolean> {
    if ((await this.delayed()).some((job) => job.attemptsMade > 0)) return false;
    const counts = await this.queue.getJobCounts('waiting', 'prioritized', 'active', 'waiting-children');
    return Object.values(counts).every((count) => count === 0);
  }

  private assertOpen(): void {
    if (this.closing) throw new JobQueueClosedError(`job queue ${this.queueName} is closed`);
  }
}

const stateOf = async (job: StoredJobRecord): Promise<JobState | undefined> => {
  const state = await job.getState();
  switch (state) {
    case 'completed':
    case 'failed':
    case 'active':
      return state;
    case 'delayed':
      return job.attemptsMade > 0 ? 'retrying' : 'delayed';
    case 'waiting':
    case 'prioritized':
    case 'waiting-children':
      return 'waiting';
    default:
      return undefined;
  }
};

const historyOption = (history: JobHistory | undefined): false | KeepJobs =>
  history === undefined || history === 'all' ? false : history;

const bySchedule = (a: StoredJobRecord, b: StoredJobRecord): number =>
  Date.parse(a.data.scheduledFor) - Date.parse(b.data.scheduledFor) || a.timestamp - b.timestamp;

const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : `non-error thrown: ${String(error)}`;
