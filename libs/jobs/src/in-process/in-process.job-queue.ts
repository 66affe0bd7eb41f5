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
  backoffDelayMs,
  isPermanentFailure,
  retryPolicyOf,
  scheduleOf,
  sleep,
  type RetryPolicy,
} from '../queue/job-request.util';

export type InProcessJobQueueOptions = JobQueueOptions;

/** setTimeout fires at once for delays above 2^31-1 ms (~24.8 days); longer waits are re-armed in steps. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

type Entry = {
  readonly jobId: string;
  readonly name: string;
  readonly payload: JobPayload;
  readonly scheduledFor: Date;
  readonly seq: number;
  state: JobState;
  failedAttempts: number;
  /** Real time (Date.now) when the delay or backoff ends. */
  dueAtMs?: number;
  timer?: NodeJS.Timeout;
  /** Cancelled or rescheduled: a stale reference in the ready list is skipped. */
  removed: boolean;
};

/**
 * The job queue in the process's memory, for the embedded mode without Redis: the same port
 * and semantics as the BullMQ adapter (dedupe by jobId, delays, retries with exponential
 * backoff, PermanentJobError, graceful close, runDue with a ManualClock) on process timers.
 *
 * Nothing survives a restart, by design: on start the lifecycle re-derives every schedule
 * from the event log and enqueues it again. Each job has a deterministic id and an
 * idempotent handler, so a job that ran before the restart is at worst run again to no effect.
 * Finished jobs stay in memory (without them, dedupe would forget that a jobId already ran).
 */
export class InProcessJobQueue<C extends JobCatalog> implements JobQueue<C> {
  private readonly clock: Clock;
  private readonly policy: RetryPolicy;
  private readonly concurrency: number;
  private readonly jobs = new Map<string, Entry>();
  private ready: Entry[] = [];
  private readyHead = 0;
  private readonly running = new Set<Promise<void>>();
  private readonly counters = { runs: 0, succeeded: 0, retried: 0, failed: 0 };
  private dispatch: Dispatch | undefined;
  private seq = 0;
  private closing = false;
  private closed: Promise<void> | undefined;

  constructor(private readonly options: InProcessJobQueueOptions = {}) {
    this.clock = options.clock ?? new SystemClock();
    this.policy = retryPolicyOf(options);
    this.concurrency = options.concurrency ?? 1;
    if (!Number.isInteger(this.concurrency) || this.concurrency < 1) {
      throw new RangeError(`concurrency must be an integer >= 1, got ${this.concurrency}`);
    }
  }

  async enqueue(job: JobRequest<C>): Promise<EnqueueResult> {
    this.assertOpen();
    assertJobId(job.jobId);
    const existing = this.jobs.get(job.jobId);
    if (existing) return { outcome: 'duplicate', jobId: job.jobId, state: existing.state };
    const { scheduledFor, delayMs } = scheduleOf(this.clock, job.runAt);
    this.add({ jobId: job.jobId, name: job.name, payload: asJson(job.payload), scheduledFor, delayMs });
    return { outcome: 'enqueued', jobId: job.jobId, scheduledFor, delayed: delayMs > 0 };
  }

  async cancel(jobId: string): Promise<CancelResult> {
    this.assertOpen();
    const entry = this.jobs.get(jobId);
    if (!entry) return { outcome: 'not-found', jobId };
    if (!isPendingJobState(entry.state)) return { outcome: 'not-pending', jobId, state: entry.state };
    this.remove(entry);
    return { outcome: 'cancelled', jobId };
  }

  async reschedule(jobId: string, runAt: Date): Promise<RescheduleResult> {
    this.assertOpen();
    const entry = this.jobs.get(jobId);
    if (!entry) return { outcome: 'not-found', jobId };
    if (!isPendingJobState(entry.state)) return { outcome: 'not-pending', jobId, state: entry.state };
    const { scheduledFor, delayMs } = scheduleOf(this.clock, runAt);
    this.remove(entry);
    this.add({ jobId, name: entry.name, payload: entry.payload, scheduledFor, delayMs });
    return { outcome: 'rescheduled', jobId, scheduledFor, delayed: delayMs > 0 };
  }

  async start(handlers: JobHandlers<C>): Promise<void> {
    this.assertOpen();
    if (this.dispatch) throw new Error('InProcessJobQueue.start: already started');
    this.dispatch = dispatcherOf(handlers);
    this.pump();
  }

  async runDue(): Promise<number> {
    this.assertOpen();
    const now = this.clock.now().getTime();
    const due = [...this.jobs.values()]
      .filter((entry) => entry.state === 'delayed' && entry.scheduledFor.getTime() <= now)
      .sort(bySchedule);
    for (const entry of due) this.makeReady(entry);
    return due.length;
  }

  async nextScheduled(): Promise<ScheduledJob | undefined> {
    const [next] = [...this.jobs.values()].filter((entry) => entry.state === 'delayed').sort(bySchedule);
    return next && { jobId: next.jobId, name: next.name, scheduledFor: new Date(next.scheduledFor) };
  }

  async whenIdle(options: Readonly<{ timeoutMs?: number }> = {}): Promise<void> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
    const deadline = Date.now() + timeoutMs;
    while (!this.isIdle()) {
      if (Date.now() > deadline) {
        const { counts } = await this.stats();
        throw new JobQueueTimeoutError(
          `in-process queue not idle after ${timeoutMs} ms (waiting ${counts.waiting}, active ${counts.active}` +
            `${this.dispatch ? '' : ', not started'})`,
        );
      }
      await sleep(5);
    }
  }

  async stats(): Promise<JobQueueStats> {
    const counts = { waiting: 0, active: 0, delayed: 0, completed: 0, failed: 0 };
    for (const { state } of this.jobs.values()) counts[state === 'retrying' ? 'delayed' : state] += 1;
    return { counts, sinceStart: { ...this.counters } };
  }

  close(): Promise<void> {
    this.closed ??= this.shutdown();
    return this.closed;
  }

  private async shutdown(): Promise<void> {
    this.closing = true;
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
    for (const entry of this.jobs.values()) clearTimeout(entry.timer);
  }

  private add(job: Readonly<{ jobId: string; name: string; payload: JobPayload; scheduledFor: Date; delayMs: number }>): void {
    const entry: Entry = {
      jobId: job.jobId,
      name: job.name,
      payload: job.payload,
      scheduledFor: job.scheduledFor,
      seq: this.seq++,
      state: job.delayMs > 0 ? 'delayed' : 'waiting',
      failedAttempts: 0,
      removed: false,
    };
    this.jobs.set(entry.jobId, entry);
    if (job.delayMs > 0) this.arm(entry, job.delayMs);
    else this.makeReady(entry);
  }

  private remove(entry: Entry): void {
    clearTimeout(entry.timer);
    entry.removed = true;
    this.jobs.delete(entry.jobId);
  }

  private arm(entry: Entry, delayMs: number): void {
    entry.dueAtMs = Date.now() + delayMs;
    this.armTimer(entry);
  }

  private armTimer(entry: Entry): void {
    const remaining = Math.max(0, (entry.dueAtMs ?? 0) - Date.now());
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      if (Date.now() >= (entry.dueAtMs ?? 0)) this.makeReady(entry);
      else this.armTimer(entry);
    }, Math.min(remaining, MAX_TIMER_MS));
    // A far-off schedule must not keep the process alive on its own.
    entry.timer.unref();
  }

  private makeReady(entry: Entry): void {
    clearTimeout(entry.timer);
    entry.timer = undefined;
    entry.dueAtMs = undefined;
    entry.state = 'waiting';
    this.ready.push(entry);
    this.pump();
  }

  private takeReady(): Entry | undefined {
    while (this.readyHead < this.ready.length) {
      const entry = this.ready[this.readyHead++];
      if (entry && !entry.removed && entry.state === 'waiting') return entry;
    }
    this.ready = [];
    this.readyHead = 0;
    return undefined;
  }

  private pump(): void {
    const dispatch = this.dispatch;
    if (!dispatch || this.closing) return;
    while (this.running.size < this.concurrency) {
      const entry = this.takeReady();
      if (!entry) return;
      const run: Promise<void> = this.run(entry, dispatch).finally(() => {
        this.running.delete(run);
        this.pump();
      });
      this.running.add(run);
    }
  }

  private async run(entry: Entry, dispatch: Dispatch): Promise<void> {
    entry.state = 'active';
    this.counters.runs += 1;
    const attempt = entry.failedAttempts + 1;
    try {
      await dispatch({
        jobId: entry.jobId,
        name: entry.name,
        payload: asJson(entry.payload),
        attempt,
        scheduledFor: new Date(entry.scheduledFor),
      });
      entry.state = 'completed';
      this.counters.succeeded += 1;
    } catch (error) {
      entry.failedAttempts = attempt;
      if (isPermanentFailure(error, this.options.isPermanent) || attempt >= this.policy.attempts) {
        entry.state = 'failed';
        this.counters.failed += 1;
      } else {
        entry.state = 'retrying';
        this.counters.retried += 1;
        this.arm(entry, backoffDelayMs(this.policy, attempt));
      }
    }
  }

  private isIdle(): boolean {
    if (this.running.size > 0) return false;
    for (const { state } of this.jobs.values()) {
      if (state === 'waiting' || state === 'active' || state === 'retrying') return false;
    }
    return true;
  }

  private assertOpen(): void {
    if (this.closing) throw new JobQueueClosedError('the in-process job queue is closed');
  }
}

const bySchedule = (a: Entry, b: Entry): number => a.scheduledFor.getTime() - b.scheduledFor.getTime() || a.seq - b.seq;

/** A copy through JSON, as the BullMQ adapter stores it: the caller's object is never shared with a handler. */
const asJson = (payload: JobPayload): JobPayload => {
  const copy: JobPayload = JSON.parse(JSON.stringify(payload));
  return copy;
};
