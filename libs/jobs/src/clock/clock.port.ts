/**
 * Where the job queue reads "now". The domain never reads the clock: a handler gets the
 * time its job was scheduled for; only the queue asks the clock when a job is due.
 */
export interface Clock {
  now(): Date;
}
