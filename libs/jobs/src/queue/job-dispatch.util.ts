import type { JobCatalog, JobHandler, JobHandlers, JobName, JobPayload, JobRun } from './job-queue.port';
import { PermanentJobError } from './job.errors';

/** Runs a job read back from storage with the handler registered for its name. */
export type Dispatch = (run: JobRun<JobPayload, string>) => Promise<void>;

export const dispatcherOf = <C extends JobCatalog>(handlers: JobHandlers<C>): Dispatch => {
  const isKnown = (name: string): name is JobName<C> => Object.hasOwn(handlers, name);
  return (run) => {
    if (!isKnown(run.name)) return Promise.reject(new PermanentJobError(`no handler for job "${run.name}"`));
    return invoke(handlers, run.name, run);
  };
};

const invoke = <C extends JobCatalog, K extends JobName<C>>(
  handlers: JobHandlers<C>,
  name: K,
  run: JobRun<JobPayload, string>,
): Promise<void> => {
  const handler: JobHandler<C[K], K> = handlers[name];
  // The storage boundary: the payload was written by enqueue() for this name, so it is a C[K].
  return handler({ ...run, name, payload: run.payload as C[K] });
};
