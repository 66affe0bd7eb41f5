export type { Clock } from './clock/clock.port';
export { SystemClock } from './clock/system.clock';
export { ManualClock } from './clock/manual.clock';
export type {
  CancelResult,
  EnqueueResult,
  JobCatalog,
  JobHandler,
  JobHandlers,
  JobName,
  JobPayload,
  JobQueue,
  JobQueueOptions,
  JobQueueStats,
  JobRequest,
  JobRun,
  JobState,
  JsonValue,
  PendingJobState,
  RescheduleResult,
  ScheduledJob,
} from './queue/job-queue.port';
export { isPendingJobState } from './queue/job-queue.port';
export {
  InvalidJobError,
  JobQueueClosedError,
  JobQueueError,
  JobQueueTimeoutError,
  PermanentJobError,
} from './queue/job.errors';
export type { JobQueueErrorCode } from './queue/job.errors';
export { tick } from './queue/tick.util';
export type { TickOptions } from './queue/tick.util';
export { BullmqJobQueue } from './bullmq/bullmq.job-queue';
export type { BullmqJobQueueOptions, JobHistory } from './bullmq/bullmq.job-queue';
export { decodeJobId, encodeJobId } from './bullmq/job-id.codec';
export { bullmq } from './bullmq/lazy-modules';
export { InProcessJobQueue, MAX_TIMER_MS } from './in-process/in-process.job-queue';
export type { InProcessJobQueueOptions } from './in-process/in-process.job-queue';
export { createJobQueue } from './create-job-queue';
export type { CreateJobQueueOptions } from './create-job-queue';
