import type { Clock } from '../clock/clock.port';

/** A value that survives JSON: job payloads travel through Redis as JSON. Dates travel as ISO strings. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue | undefined };

/** The payload of one job: a JSON object. */
export type JobPayload = { readonly [key: string]: JsonValue | undefined };

/**
 * The application's one exhaustive record of job names and their payloads, e.g.
 *
 * ```ts
 * type LifecycleJobs = {
 *   'phase.close': { cycleId: string; phase: string };
 *   'deadline.remind': { cycleId: string; deadlineId: string };
 * };
 * const queue: JobQueue<LifecycleJobs> = createJobQueue<LifecycleJobs>({ kind: 'in-process' });
 * ```
 *
 * Declare it with `type` (not `interface`) so it has the implicit index signature this
 * constraint needs.
 */
export type JobCatalog = { readonly [name: string]: JobPayload };

/** The names of a catalog's jobs. */
export type JobName<C extends JobCatalog> = keyof C & string;

/**
 * A request to run one job, once. `jobId` is required and must be derived from what the job
 * is about (`phase.close:cycle-2025:mid-year`), never random: enqueueing the same jobId again
 * is a no-op, which is what makes re-deriving a schedule from the event log safe.
 * Without `runAt` the job is due now; with `runAt` after the clock's now it is delayed.
 */
export type JobRequest<C extends JobCatalog> = {
  [K in JobName<C>]: Readonly<{ name: K; jobId: string; payload: C[K]; runAt?: Date }>;
}[JobName<C>];

/** Where a job is. `retrying`: it failed a transient attempt and waits for its backoff. */
export type JobState = 'waiting' | 'delayed' | 'retrying' | 'active' | 'completed' | 'failed';

/** States a job can still be cancelled or rescheduled in: it has not started, or waits for a retry. */
export type PendingJobState = Extract<JobState, 'waiting' | 'delayed' | 'retrying'>;

export const isPendingJobState = (state: JobState): state is PendingJobState =>
  state === 'waiting' || state === 'delayed' || state === 'retrying';

export type EnqueueResult =
  | Readonly<{ outcome: 'enqueued'; jobId: string; scheduledFor: Date; delayed: boolean }>
  /** The jobId was already known (in any state, including completed and failed): nothing was added. */
  | Readonly<{ outcome: 'duplicate'; jobId: string; state: JobState }>;

export type CancelResult =
  | Readonly<{ outcome: 'cancelled'; jobId: string }>
  | Readonly<{ outcome: 'not-found'; jobId: string }>
  /** It is running or has finished: there is nothing left to cancel. */
  | Readonly<{ outcome: 'not-pending'; jobId: string; state: Exclude<JobState, PendingJobState> }>;

export type RescheduleResult =
  | Readonly<{ outcome: 'rescheduled'; jobId: string; scheduledFor: Date; delayed: boolean }>
  | Readonly<{ outcome: 'not-found'; jobId: string }>
  | Readonly<{ outcome: 'not-pending'; jobId: string; state: Exclude<JobState, PendingJobState> }>;

/** What a handler receives. `attempt` starts at 1; `scheduledFor` is the time the job was due. */
export type JobRun<P extends JobPayload = JobPayload, N extends string = string> = Readonly<{
  jobId: string;
  name: N;
  payload: P;
  attempt: number;
  scheduledFor: Date;
}>;

/**
 * Carries out one job. Resolve when done. Throw `PermanentJobError` when no retry can help
 * (a rule violation); anything else thrown is retried with exponential backoff.
 * Handlers must be idempotent: a job whose worker died mid-run is run again.
 */
export type JobHandler<P extends JobPayload = JobPayload, N extends string = string> = (
  job: JobRun<P, N>,
) => Promise<void>;

/** One handler per job name of the catalog: the compiler rejects a missing one. */
export type JobHandlers<C extends JobCatalog> = { readonly [K in JobName<C>]: JobHandler<C[K], K> };

export type JobQueueStats = Readonly<{
  /** Jobs in the queue now (for BullMQ: across all workers). `delayed` includes `retrying`. */
  counts: Readonly<{ waiting: number; active: number; delayed: number; completed: number; failed: number }>;
  /** What this instance's handlers did since `start()`. */
  sinceStart: Readonly<{ runs: number; succeeded: number; retried: number; failed: number }>;
}>;

/** The next job waiting for its time on the queue's clock. */
export type ScheduledJob = Readonly<{ jobId: string; name: string; scheduledFor: Date }>;

/**
 * The job queue port: the lifecycle turns a cycle's calendar into jobs and this carries them
 * out, once each, at their time.
 *
 * ## Time
 * Every job keeps the time it is due (`scheduledFor`, from `runAt` or the clock's now at
 * enqueue). When `runAt` is after the clock's now, the job is delayed by the difference
 * and the delay then elapses on real time (a BullMQ delay, or a process timer). That is
 * all production needs, with a {@link SystemClock}.
 *
 * A test cannot wait a year, so it uses a {@link ManualClock} and delays far longer than
 * the test: moving the clock runs nothing by itself; `runDue()` starts every delayed job
 * whose `scheduledFor` is at or before the clock's now, in `scheduledFor` order, and
 * `whenIdle()` waits for them (and their retries) to finish. {@link tick} walks a calendar
 * date by date. Production and tests share the same jobs, ids and handlers; only what
 * makes a delayed job due differs.
 *
 * Retry backoff is mechanical and stays on real time with either clock; `runDue()` never
 * hurries a retry.
 */
export interface JobQueue<C extends JobCatalog> {
  /** Adds a job unless its jobId is already known; says which happened. */
  enqueue(job: JobRequest<C>): Promise<EnqueueResult>;
  /** Removes a job that has not started (or waits for a retry). */
  cancel(jobId: string): Promise<CancelResult>;
  /** Moves a pending job to a new time (a calendar was amended), keeping its name and payload; attempts start afresh. */
  reschedule(jobId: string, runAt: Date): Promise<RescheduleResult>;
  /** Starts processing with one handler per job name. Call once. */
  start(handlers: JobHandlers<C>): Promise<void>;
  /** Makes every delayed job due by the clock runnable now, earliest first; returns how many. */
  runDue(): Promise<number>;
  /** The earliest job still waiting for its time, if any. */
  nextScheduled(): Promise<ScheduledJob | undefined>;
  /**
   * Resolves once nothing is waiting, running or retrying (jobs delayed to a later time
   * do not count). Rejects with `JobQueueTimeoutError` after `timeoutMs` (default 10 s).
   */
  whenIdle(options?: Readonly<{ timeoutMs?: number }>): Promise<void>;
  stats(): Promise<JobQueueStats>;
  /** Stops taking jobs, waits for the running ones to finish, then releases its resources. */
  close(): Promise<void>;
}

/** Options both adapters share. */
export type JobQueueOptions = Readonly<{
  /** Where "now" comes from; default the system clock. */
  clock?: Clock;
  /** Tries per job including the first; default 5. */
  attempts?: number;
  /** Base of the exponential backoff: retry n waits backoffMs × 2^(n-1); default 1000 ms. */
  backoffMs?: number;
  /** Jobs one instance runs at once; default 1. */
  concurrency?: number;
  /**
   * Classifies errors thrown by handlers as permanent besides `PermanentJobError`, e.g.
   * `(e) => e instanceof DomainError && e.kind === 'rule-violated'`.
   */
  isPermanent?: (error: unknown) => boolean;
  /** Errors the queue cannot hand to a caller (a lost connection in the worker loop); default: console.error. */
  onError?: (error: unknown) => void;
}>;
