import { createJobQueue } from './create-job-queue';
import { InProcessJobQueue } from './in-process/in-process.job-queue';
import { ManualClock } from './clock/manual.clock';
import { InvalidJobError } from './queue/job.errors';
import type { JobHandlers } from './queue/job-queue.port';

type Jobs = {
  'phase.close': { cycleId: string; phase: string };
  'snapshot.take': { cycleId: string; kind: 'mid-year' | 'year-end' };
};

describe('createJobQueue', () => {
  it('builds the in-process adapter', async () => {
    const queue = createJobQueue<Jobs>({ kind: 'in-process', clock: new ManualClock() });
    expect(queue).toBeInstanceOf(InProcessJobQueue);
    await queue.close();
  });

  it('checks job names, payloads and handlers against the catalog at compile time', async () => {
    const queue = createJobQueue<Jobs>({ kind: 'in-process', clock: new ManualClock() });
    const handlers: JobHandlers<Jobs> = {
      'phase.close': async () => undefined,
      'snapshot.take': async () => undefined,
    };
    // @ts-expect-error a handler is missing
    const incomplete: JobHandlers<Jobs> = { 'phase.close': async () => undefined };
    expect(Object.keys(incomplete)).toHaveLength(1);
    await expect(
      // @ts-expect-error the payload belongs to another job name
      queue.enqueue({ name: 'snapshot.take', jobId: 'snapshot.take:c1', payload: { cycleId: 'c1', phase: 'x' } }),
    ).resolves.toMatchObject({ outcome: 'enqueued' });
    await queue.start(handlers);
    await queue.whenIdle();
    await queue.close();
  });

  it('refuses an empty jobId and an invalid runAt', async () => {
    const queue = createJobQueue<Jobs>({ kind: 'in-process' });
    const payload = { cycleId: 'c1', phase: 'planning' };
    await expect(queue.enqueue({ name: 'phase.close', jobId: '', payload })).rejects.toBeInstanceOf(InvalidJobError);
    await expect(
      queue.enqueue({ name: 'phase.close', jobId: 'p', payload, runAt: new Date('nope') }),
    ).rejects.toBeInstanceOf(InvalidJobError);
    await queue.close();
  });
});
