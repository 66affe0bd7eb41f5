import type { ManualClock } from '../clock/manual.clock';
import type { JobCatalog, JobQueue } from './job-queue.port';

export type TickOptions<C extends JobCatalog> = Readonly<
  { queue: JobQueue<C>; clock: ManualClock; timeoutMs?: number } & ({ to: Date } | { by: number })
>;

/**
 * Walks a test's calendar: moves the ManualClock forward to `to` (or `by` ms), stopping at
 * each scheduled job's time on the way — the clock is set to that time, `runDue()` starts
 * what is due and `whenIdle()` waits for it — so handlers that read the clock see the time
 * their job was for, and jobs they enqueue on the way run in turn. Returns how many jobs
 * were started. The queue must be started.
 */
export const tick = async <C extends JobCatalog>(options: TickOptions<C>): Promise<number> => {
  const { queue, clock } = options;
  const idle = { timeoutMs: options.timeoutMs };
  const target = 'to' in options ? options.to.getTime() : clock.now().getTime() + options.by;
  let started = 0;
  for (;;) {
    const promoted = await queue.runDue();
    started += promoted;
    await queue.whenIdle(idle);
    const next = await queue.nextScheduled();
    if (!next || next.scheduledFor.getTime() > target) break;
    if (next.scheduledFor.getTime() > clock.now().getTime()) clock.set(next.scheduledFor);
    else if (promoted === 0) throw new Error(`tick: job ${next.jobId} is due but runDue() did not start it`);
  }
  if (target > clock.now().getTime()) clock.set(new Date(target));
  return started;
};
