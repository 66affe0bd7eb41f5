/** What kind of failure a job queue error is. */
export type JobQueueErrorCode = 'job-permanent-failure' | 'job-invalid' | 'job-queue-closed' | 'job-queue-timeout';

/** The base of the errors this library throws. */
export abstract class JobQueueError extends Error {
  abstract readonly code: JobQueueErrorCode;

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * Thrown by a handler when no retry can help (a rule violation): the job fails at once,
 * without further attempts.
 */
export class PermanentJobError extends JobQueueError {
  readonly code = 'job-permanent-failure';
}

/** A request the queue cannot accept: empty jobId, invalid date, unknown job name. */
export class InvalidJobError extends JobQueueError {
  readonly code = 'job-invalid';
}

/** The queue was closed. */
export class JobQueueClosedError extends JobQueueError {
  readonly code = 'job-queue-closed';
}

/** `whenIdle` waited longer than it was allowed to. */
export class JobQueueTimeoutError extends JobQueueError {
  readonly code = 'job-queue-timeout';
}
