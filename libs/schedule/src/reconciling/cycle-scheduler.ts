import type { EventStore, RecordedEvent, Subscription } from '@kaoping/eventstore';
import { InMemoryCheckpointStore } from '@kaoping/eventstore';
import type { Clock, JobQueue } from '@kaoping/jobs';
import type { PhaseJobs } from '../jobs/phase-jobs.catalog';
import { calendarOfView, loadCycleView } from '../planning/cycle-log';
import { planCycleJobs, type PlannedJob } from '../planning/plan-cycle-jobs';

/** What to change so the queue holds the plan: new slots, moved slots (old id → new job), dropped slots. */
export type ScheduleDiff = Readonly<{
  enqueue: readonly PlannedJob[];
  reschedule: readonly Readonly<{ from: string; to: PlannedJob }>[];
  cancel: readonly string[];
}>;

/**
 * Diffs the plan against what was enqueued (slot → job id), pure. A slot whose job id changed
 * (a moved phase or deadline: the date is in the id) is a reschedule: the old job is cancelled
 * and the new one enqueued, never both left standing.
 */
export const diffSchedule = (desired: readonly PlannedJob[], enqueued: ReadonlyMap<string, string>): ScheduleDiff => {
  const wanted = new Map(desired.map((job) => [job.slot, job]));
  const enqueue: PlannedJob[] = [];
  const reschedule: { from: string; to: PlannedJob }[] = [];
  for (const job of wanted.values()) {
    const current = enqueued.get(job.slot);
    if (current === undefined) enqueue.push(job);
    else if (current !== job.jobId) reschedule.push({ from: current, to: job });
  }
  const cancel = [...enqueued].filter(([slot]) => !wanted.has(slot)).map(([, jobId]) => jobId);
  return { enqueue, reschedule, cancel };
};

/** The events after which a cycle's plan may change. */
export const SCHEDULE_TRIGGERS: readonly string[] = [
  'SchemePublished',
  'SchemeAmended',
  'PhaseMoved',
  'CalendarAmended',
  'PhaseOpened',
  'PhaseClosed',
  'ResultsPublished',
  'RectificationOrdered',
  'AppealDecided',
];

const cycleIdOf = (event: RecordedEvent): string | undefined => {
  const data = event.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const cycleId = data['cycleId'];
  return typeof cycleId === 'string' ? cycleId : undefined;
};

/** The cycles trigger events touch, each once, in order of first touch. */
const cyclesTouchedBy = (events: readonly RecordedEvent[]): readonly string[] => [
  ...new Set(events.filter((e) => SCHEDULE_TRIGGERS.includes(e.type)).map(cycleIdOf).filter((id): id is string => id !== undefined)),
];

/**
 * Keeps the queue in step with every cycle's plan: `reconcile(cycleId)` derives the plan from the
 * log and enqueues, reschedules and cancels through the JobQueue port. After a restart every
 * cycle's jobs are derived again (`reconcileAll`: the in-process queue forgot them, and enqueueing
 * an id already known adds nothing); after that, each trigger event reconciles the cycle it
 * touches (`reconcileAfter`). `start()` does both on a subscription of its own from the log's start
 * (the libs' tests and benches); the Nest apps sweep at boot and hand it the triggers from their
 * one reactions feed.
 *
 * What it enqueued is remembered in this process only: after a restart, a job enqueued before
 * for an older date stays in Redis, and its handler finds it no longer planned and does nothing.
 */
export class CycleScheduler {
  private readonly enqueued = new Map<string, Map<string, string>>();
  private readonly running = new Map<string, Promise<ScheduleDiff>>();
  private subscription: Subscription | undefined;

  constructor(private readonly deps: Readonly<{ store: EventStore; queue: JobQueue<PhaseJobs>; clock: Clock; subscriptionId?: string }>) {}

  /** Reconciles one cycle (serialised per cycle). */
  reconcile(cycleId: string): Promise<ScheduleDiff> {
    const previous = this.running.get(cycleId) ?? Promise.resolve(undefined);
    const next = previous.catch(() => undefined).then(() => this.reconcileNow(cycleId));
    this.running.set(cycleId, next);
    return next;
  }

  /** Reconciles the cycles these events touch (those of {@link SCHEDULE_TRIGGERS}; others are ignored). Idempotent. */
  async reconcileAfter(events: readonly RecordedEvent[]): Promise<void> {
    for (const cycleId of cyclesTouchedBy(events)) await this.reconcile(cycleId);
  }

  /** Reconciles every cycle a trigger event in the log touches (at boot). */
  async reconcileAll(): Promise<readonly string[]> {
    const cycles = new Set<string>();
    let after: bigint | undefined;
    for (;;) {
      const page = await this.deps.store.readAll({ filter: { eventTypes: SCHEDULE_TRIGGERS }, maxCount: 1000, ...(after === undefined ? {} : { after }) });
      for (const cycleId of cyclesTouchedBy(page)) cycles.add(cycleId);
      const last = page.at(-1);
      if (last === undefined || page.length < 1000) break;
      after = last.globalPosition;
    }
    for (const cycleId of cycles) await this.reconcile(cycleId);
    return [...cycles];
  }

  /** Follows the log from its start (a subscription of its own, in memory) and reconciles the cycles trigger events touch. */
  start(options: Readonly<{ pollIntervalMs?: number }> = {}): Subscription {
    this.subscription ??= this.deps.store.subscribe({
      subscriptionId: this.deps.subscriptionId ?? 'phase-schedule',
      filter: { eventTypes: SCHEDULE_TRIGGERS },
      checkpoints: new InMemoryCheckpointStore(),
      ...(options.pollIntervalMs === undefined ? {} : { pollIntervalMs: options.pollIntervalMs }),
      handle: (events) => this.reconcileAfter(events),
    });
    return this.subscription;
  }

  /** Resolves once every trigger event now in the log has been reconciled. */
  async caughtUp(): Promise<void> {
    if (!this.subscription) throw new Error('CycleScheduler.caughtUp: not started');
    await this.subscription.caughtUpTo(await this.deps.store.headPosition());
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    await Promise.allSettled([...this.running.values()]);
  }

  private async reconcileNow(cycleId: string): Promise<ScheduleDiff> {
    const { store, queue, clock } = this.deps;
    const view = await loadCycleView(store, cycleId);
    const desired = planCycleJobs(view, calendarOfView(view), clock.now());
    const known = this.enqueued.get(cycleId) ?? new Map<string, string>();
    const diff = diffSchedule(desired, known);
    for (const jobId of [...diff.cancel, ...diff.reschedule.map((r) => r.from)]) await queue.cancel(jobId);
    for (const job of [...diff.enqueue, ...diff.reschedule.map((r) => r.to)]) {
      await queue.enqueue(job);
    }
    this.enqueued.set(cycleId, new Map(desired.map((job) => [job.slot, job.jobId])));
    return diff;
  }
}
