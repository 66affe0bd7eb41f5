import {
  JobQueueClosedError,
  ManualClock,
  PermanentJobError,
  tick,
  type JobHandlers,
  type JobQueue,
  type JobQueueOptions,
  type JobRun,
} from '../src';

/** The catalog the contract runs: the shapes the lifecycle will use, and a few for failure modes. */
export type ContractJobs = {
  'phase.close': { cycleId: string; phase: string };
  'deadline.remind': { cycleId: string; deadlineId: string };
  flaky: { failTimes: number };
  'rule.broken': { reason: string };
  slow: { ms: number };
};

export type ContractQueueOptions = Required<Pick<JobQueueOptions, 'attempts' | 'backoffMs'>> & { clock: ManualClock };

/** Builds a fresh queue for one test; `dispose` closes it and removes whatever it left behind. */
export type ContractQueueFactory = (
  options: ContractQueueOptions,
) => Promise<Readonly<{ queue: JobQueue<ContractJobs>; dispose: () => Promise<void> }>>;

type Seen = JobRun & Readonly<{ clockAt: Date; realAt: number }>;

const T0 = new Date('2025-01-01T00:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const at = (days: number): Date => new Date(T0.getTime() + days * DAY);

/**
 * The behaviour every JobQueue adapter promises. Run it against each adapter:
 * `describeJobQueueContract('in-process', factory)`.
 */
export const describeJobQueueContract = (adapter: string, makeQueue: ContractQueueFactory): void => {
  describe(`JobQueue contract: ${adapter}`, () => {
    let clock: ManualClock;
    let queue: JobQueue<ContractJobs>;
    let dispose: () => Promise<void>;
    let seen: Seen[];
    let slowFinished: string[];

    const open = async (options: Partial<ContractQueueOptions> = {}): Promise<void> => {
      ({ queue, dispose } = await makeQueue({ clock, attempts: 3, backoffMs: 20, ...options }));
    };

    const handlers = (): JobHandlers<ContractJobs> => {
      const record = (job: JobRun): void => {
        seen.push({ ...job, clockAt: clock.now(), realAt: Date.now() });
      };
      return {
        'phase.close': async (job) => {
          record(job);
          // A phase closing schedules the reminder for a deadline one day later.
          await queue.enqueue({
            name: 'deadline.remind',
            jobId: `deadline.remind:${job.payload.cycleId}:${job.payload.phase}`,
            payload: { cycleId: job.payload.cycleId, deadlineId: job.payload.phase },
            runAt: new Date(job.scheduledFor.getTime() + DAY),
          });
        },
        'deadline.remind': async (job) => record(job),
        flaky: async (job) => {
          record(job);
          if (job.attempt <= job.payload.failTimes) throw new Error(`transient failure on attempt ${job.attempt}`);
        },
        'rule.broken': async (job) => {
          record(job);
          throw new PermanentJobError(job.payload.reason);
        },
        slow: async (job) => {
          record(job);
          await new Promise((resolve) => setTimeout(resolve, job.payload.ms));
          slowFinished.push(job.jobId);
        },
      };
    };

    beforeEach(() => {
      clock = new ManualClock(T0);
      seen = [];
      slowFinished = [];
    });

    afterEach(async () => {
      await dispose();
    });

    it('runs an enqueued job once, with its payload, attempt 1 and the time it was due', async () => {
      await open();
      const result = await queue.enqueue({
        name: 'phase.close',
        jobId: 'phase.close:cycle-2025:planning',
        payload: { cycleId: 'cycle-2025', phase: 'planning' },
      });
      expect(result).toEqual({ outcome: 'enqueued', jobId: 'phase.close:cycle-2025:planning', scheduledFor: T0, delayed: false });

      await queue.start(handlers());
      await queue.whenIdle();

      expect(seen.map(({ jobId, name, payload, attempt, scheduledFor }) => ({ jobId, name, payload, attempt, scheduledFor }))).toEqual([
        {
          jobId: 'phase.close:cycle-2025:planning',
          name: 'phase.close',
          payload: { cycleId: 'cycle-2025', phase: 'planning' },
          attempt: 1,
          scheduledFor: T0,
        },
      ]);
    });

    it('treats the same jobId as one job, and says so, before it runs and after', async () => {
      await open();
      const job = { name: 'deadline.remind', jobId: 'deadline.remind:c1:self-assessment', payload: { cycleId: 'c1', deadlineId: 'sa' } } as const;

      expect(await queue.enqueue(job)).toMatchObject({ outcome: 'enqueued' });
      expect(await queue.enqueue(job)).toEqual({ outcome: 'duplicate', jobId: job.jobId, state: 'waiting' });
      await queue.start(handlers());
      await queue.whenIdle();
      expect(await queue.enqueue({ ...job, runAt: at(3) })).toEqual({ outcome: 'duplicate', jobId: job.jobId, state: 'completed' });
      await queue.whenIdle();

      expect(seen.map((run) => run.jobId)).toEqual([job.jobId]);
    });

    it('holds a delayed job past the 24.8-day timer limit until the clock reaches its time and runDue() runs it', async () => {
      await open();
      await queue.start(handlers());
      const runAt = at(30);
      const result = await queue.enqueue({
        name: 'deadline.remind',
        jobId: 'deadline.remind:c1:data',
        payload: { cycleId: 'c1', deadlineId: 'data' },
        runAt,
      });
      expect(result).toEqual({ outcome: 'enqueued', jobId: 'deadline.remind:c1:data', scheduledFor: runAt, delayed: true });

      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await queue.runDue()).toBe(0);
      await queue.whenIdle();
      expect(seen).toEqual([]);
      expect(await queue.nextScheduled()).toEqual({ jobId: 'deadline.remind:c1:data', name: 'deadline.remind', scheduledFor: runAt });

      clock.advance(30 * DAY - 1);
      expect(await queue.runDue()).toBe(0);
      await queue.whenIdle();
      expect(seen).toEqual([]);

      clock.advance(1);
      expect(await queue.runDue()).toBe(1);
      await queue.whenIdle();
      expect(seen.map((run) => [run.jobId, run.scheduledFor])).toEqual([['deadline.remind:c1:data', runAt]]);
      expect(await queue.nextScheduled()).toBeUndefined();
    });

    it('moves a pending job with reschedule() and removes one with cancel(), but not once it has run', async () => {
      await open();
      await queue.start(handlers());
      const remind = (deadlineId: string, days: number) =>
        queue.enqueue({ name: 'deadline.remind', jobId: `remind:${deadlineId}`, payload: { cycleId: 'c1', deadlineId }, runAt: at(days) });
      await remind('moved', 10);
      await remind('cancelled', 20);
      await remind('brought-forward', 15);

      expect(await queue.reschedule('remind:moved', at(40))).toEqual({ outcome: 'rescheduled', jobId: 'remind:moved', scheduledFor: at(40), delayed: true });
      expect(await queue.cancel('remind:cancelled')).toEqual({ outcome: 'cancelled', jobId: 'remind:cancelled' });
      expect(await queue.cancel('remind:cancelled')).toEqual({ outcome: 'not-found', jobId: 'remind:cancelled' });
      expect(await queue.reschedule('remind:unknown', at(1))).toEqual({ outcome: 'not-found', jobId: 'remind:unknown' });
      // Due now by the clock: it runs without runDue().
      expect(await queue.reschedule('remind:brought-forward', T0)).toMatchObject({ outcome: 'rescheduled', delayed: false });
      await queue.whenIdle();
      expect(seen.map((run) => run.jobId)).toEqual(['remind:brought-forward']);

      clock.set(at(39));
      expect(await queue.runDue()).toBe(0);
      clock.set(at(40));
      expect(await queue.runDue()).toBe(1);
      await queue.whenIdle();
      expect(seen.map((run) => [run.jobId, run.scheduledFor])).toEqual([
        ['remind:brought-forward', T0],
        ['remind:moved', at(40)],
      ]);

      expect(await queue.cancel('remind:moved')).toEqual({ outcome: 'not-pending', jobId: 'remind:moved', state: 'completed' });
      expect(await queue.reschedule('remind:moved', at(50))).toEqual({ outcome: 'not-pending', jobId: 'remind:moved', state: 'completed' });
      // A cancelled id is free again: a re-derived calendar may enqueue it anew.
      expect(await remind('cancelled', 41)).toMatchObject({ outcome: 'enqueued' });
    });

    it('retries a transient failure with exponential backoff, then succeeds (attempts 1, 2, 3)', async () => {
      await open({ attempts: 5, backoffMs: 20 });
      await queue.enqueue({ name: 'flaky', jobId: 'flaky:1', payload: { failTimes: 2 } });
      await queue.start(handlers());
      await queue.whenIdle();

      expect(seen.map((run) => run.attempt)).toEqual([1, 2, 3]);
      const [first, , third] = seen;
      // Backoff waits 20 ms, then 40 ms (a few ms of timer rounding allowed).
      expect((third?.realAt ?? 0) - (first?.realAt ?? 0)).toBeGreaterThanOrEqual(55);
      const stats = await queue.stats();
      expect(stats.sinceStart).toEqual({ runs: 3, succeeded: 1, retried: 2, failed: 0 });
      expect(stats.counts).toMatchObject({ completed: 1, failed: 0 });
    });

    it('gives up after the configured number of attempts', async () => {
      await open({ attempts: 3, backoffMs: 5 });
      await queue.enqueue({ name: 'flaky', jobId: 'flaky:always', payload: { failTimes: 99 } });
      await queue.start(handlers());
      await queue.whenIdle();

      expect(seen.map((run) => run.attempt)).toEqual([1, 2, 3]);
      expect((await queue.stats()).counts).toMatchObject({ completed: 0, failed: 1 });
      expect(await queue.enqueue({ name: 'flaky', jobId: 'flaky:always', payload: { failTimes: 0 } })).toEqual({
        outcome: 'duplicate',
        jobId: 'flaky:always',
        state: 'failed',
      });
    });

    it('fails a job that throws PermanentJobError after exactly one attempt', async () => {
      await open({ attempts: 5, backoffMs: 5 });
      await queue.enqueue({ name: 'rule.broken', jobId: 'rule.broken:1', payload: { reason: 'phase already closed' } });
      await queue.start(handlers());
      await queue.whenIdle();
      // Give a wrongly scheduled retry the time to show up.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await queue.whenIdle();

      expect(seen.map((run) => run.attempt)).toEqual([1]);
      const stats = await queue.stats();
      expect(stats.sinceStart).toEqual({ runs: 1, succeeded: 0, retried: 0, failed: 1 });
      expect(stats.counts).toMatchObject({ failed: 1, delayed: 0, waiting: 0 });
    });

    it('close() waits for the job in flight to finish, then refuses new jobs', async () => {
      await open();
      await queue.enqueue({ name: 'slow', jobId: 'slow:1', payload: { ms: 300 } });
      await queue.start(handlers());
      const deadline = Date.now() + 10_000;
      while (seen.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(slowFinished).toEqual([]);

      await queue.close();

      expect(seen.map((run) => run.jobId)).toEqual(['slow:1']);
      expect(slowFinished).toEqual(['slow:1']);
      await expect(queue.enqueue({ name: 'slow', jobId: 'slow:2', payload: { ms: 1 } })).rejects.toBeInstanceOf(JobQueueClosedError);
    });

    it('counts jobs by state, and what this instance ran since start', async () => {
      await open({ attempts: 2, backoffMs: 5 });
      await queue.enqueue({ name: 'deadline.remind', jobId: 'r:1', payload: { cycleId: 'c1', deadlineId: '1' } });
      await queue.enqueue({ name: 'deadline.remind', jobId: 'r:2', payload: { cycleId: 'c1', deadlineId: '2' } });
      await queue.enqueue({ name: 'rule.broken', jobId: 'b:1', payload: { reason: 'vetoed' } });
      await queue.enqueue({ name: 'deadline.remind', jobId: 'r:later', payload: { cycleId: 'c1', deadlineId: '3' }, runAt: at(60) });
      expect(await queue.stats()).toEqual({
        counts: { waiting: 3, active: 0, delayed: 1, completed: 0, failed: 0 },
        sinceStart: { runs: 0, succeeded: 0, retried: 0, failed: 0 },
      });

      await queue.start(handlers());
      await queue.whenIdle();

      expect(await queue.stats()).toEqual({
        counts: { waiting: 0, active: 0, delayed: 1, completed: 2, failed: 1 },
        sinceStart: { runs: 3, succeeded: 2, retried: 0, failed: 1 },
      });
    });

    it('walks a calendar with tick(): each job runs at its own time, and jobs it schedules run in turn', async () => {
      await open();
      await queue.start(handlers());
      for (const [phase, days] of [['year-end', 350], ['mid-year', 200], ['monitoring', 60]] as const) {
        await queue.enqueue({ name: 'phase.close', jobId: `phase.close:c1:${phase}`, payload: { cycleId: 'c1', phase }, runAt: at(days) });
      }

      const started = await tick({ queue, clock, to: at(365) });

      expect(started).toBe(6);
      expect(seen.map((run) => [run.jobId, run.clockAt.toISOString()])).toEqual([
        ['phase.close:c1:monitoring', at(60).toISOString()],
        ['deadline.remind:c1:monitoring', at(61).toISOString()],
        ['phase.close:c1:mid-year', at(200).toISOString()],
        ['deadline.remind:c1:mid-year', at(201).toISOString()],
        ['phase.close:c1:year-end', at(350).toISOString()],
        ['deadline.remind:c1:year-end', at(351).toISOString()],
      ]);
      expect(seen.every((run) => run.clockAt.getTime() === run.scheduledFor.getTime())).toBe(true);
      expect(clock.now()).toEqual(at(365));
    });
  });
};
