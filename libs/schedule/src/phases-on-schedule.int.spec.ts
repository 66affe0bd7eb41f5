import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { Redis as IORedis } from 'ioredis';
import type { RecordedEvent } from '@kaoping/eventstore';
import { BullmqJobQueue, InProcessJobQueue, type JobQueue, type ManualClock } from '@kaoping/jobs';
import { CYCLE, harness, openWorld, runZhengdingCycle, type Harness } from '../test/zhengding-cycle.scenario';
import { isPermanentPhaseJobError, phaseJobHandlers, scoreCategoryAt, type PhaseJobs } from '.';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const dataOf = (event: RecordedEvent): Readonly<Record<string, unknown>> =>
  typeof event.data === 'object' && event.data !== null && !Array.isArray(event.data) ? event.data : {};
const ofType = (events: readonly RecordedEvent[], type: string) => events.filter((e) => e.type === type);

type Adapter = Readonly<{ name: string; queueOf: (clock: ManualClock) => JobQueue<PhaseJobs>; cleanUp: () => Promise<void> }>;

const inProcess = (): Adapter => ({
  name: 'in-process',
  queueOf: (clock) => new InProcessJobQueue<PhaseJobs>({ clock, backoffMs: 10, isPermanent: isPermanentPhaseJobError }),
  cleanUp: async () => undefined,
});

const bullmq = (redis: () => Redis): Adapter => {
  const queueName = `phases-test-${randomUUID().slice(0, 8)}`;
  return {
    name: 'bullmq',
    queueOf: (clock) =>
      new BullmqJobQueue<PhaseJobs>({ connection: redis(), queueName, clock, backoffMs: 10, drainDelaySeconds: 1, isPermanent: isPermanentPhaseJobError }),
    cleanUp: async () => {
      const queue = new Queue(queueName, { connection: redis() });
      await queue.obliterate({ force: true });
      await queue.close();
    },
  };
};

let redis: Redis;
beforeAll(async () => {
  redis = new IORedis(REDIS_URL, { maxRetriesPerRequest: null });
  await redis.ping();
});
afterAll(async () => {
  await redis.quit();
});

describe.each([['in-process'], ['bullmq']])('a Zhengding cycle on schedule (%s queue)', (kind) => {
  let h: Harness;
  let adapter: Adapter;
  let world: Awaited<ReturnType<typeof openWorld>>;

  beforeAll(async () => {
    adapter = kind === 'bullmq' ? bullmq(() => redis) : inProcess();
    world = await openWorld();
    h = await harness({ queueOf: adapter.queueOf, world });
    await runZhengdingCycle(h);
  });

  afterAll(async () => {
    await h.scheduler.stop();
    await h.queue.close();
    await adapter.cleanUp();
    await world.store.close();
    await world.client.close();
  });

  it('opens and closes every phase on its date, by the schedule, in phase order', async () => {
    const events = await h.events();
    const opened = ofType(events, 'PhaseOpened').map((e) => `${String(dataOf(e)['phase'])}:${String(dataOf(e)['trigger'])}`);
    const closed = ofType(events, 'PhaseClosed').map((e) => String(dataOf(e)['phase']));
    const all = ['planning', 'monitoring', 'mid-year', 'year-end', 'review', 'publication', 'results', 'rectification'];
    expect(opened).toEqual(all.map((phase) => `${phase}:schedule`));
    // Closed in date order: mid-year ends in July, monitoring at the end of December.
    expect(closed).toEqual(['planning', 'mid-year', 'monitoring', 'year-end', 'review', 'publication', 'results', 'rectification']);
    // Each names its job as its cause: the job is not the command (whose id derives from it), so both are written.
    for (const event of ofType(events, 'PhaseOpened')) {
      expect(event.metadata.causationId).toMatch(new RegExp(`^cycle:${CYCLE}:phase:${String(dataOf(event)['phase'])}:open@`));
      expect(event.metadata.commandId).not.toBe(event.metadata.causationId);
    }
  });

  it('reminds the units with missing items before a deadline, and records them overdue when it passes', async () => {
    const events = await h.events();
    const planReminders = ofType(events, 'ReminderIssued').filter((e) => dataOf(e)['deadlineId'] === 'unit-plan');
    expect(planReminders.map((e) => dataOf(e)['recipients'])).toEqual([
      ['role:office', 'unit:town-b'],
      ['role:office', 'unit:town-b'],
    ]);
    const passed = ofType(events, 'DeadlinePassed');
    const overdueOf = (deadlineId: string) => passed.find((e) => dataOf(e)['deadlineId'] === deadlineId)?.data;
    expect(overdueOf('unit-plan')).toMatchObject({ overdue: [{ unitId: 'town-b' }] });
    expect(overdueOf('mid-year-data')).toMatchObject({ overdue: [{ unitId: 'town-b', indicatorId: 'fiscal-revenue', period: 'mid-year' }] });
    expect(new Set(passed.map((e) => dataOf(e)['deadlineId'])).size).toBe(passed.length);
    // The overdue notice goes to whoever owed the item: the data to its provider.
    expect(overdueOf('mid-year-data')).toMatchObject({ recipients: ['provider:finance-bureau'] });
    const finance = await h.outbox.listFor({ userId: 'fin-1', role: 'data-provider', providerId: 'finance-bureau' });
    expect(finance.filter((n) => n.kind === 'overdue').map((n) => n.message)).toContain('截止事项 mid-year-data（2026-07-15）已过期，仍有您负责的事项未完成，按零分计');
    // No reminder is ever recorded after its deadline passed.
    for (const reminder of ofType(events, 'ReminderIssued')) {
      const pass = passed.find((e) => dataOf(e)['deadlineId'] === dataOf(reminder)['deadlineId']);
      if (pass !== undefined) expect(reminder.globalPosition).toBeLessThan(pass.globalPosition);
    }
  });

  it('freezes the mid-year snapshot of every category, and recomputing from its recorded position gives the same numbers', async () => {
    const snapshots = ofType(await h.events(), 'SnapshotTaken').filter((e) => dataOf(e)['phase'] === 'mid-year');
    expect(snapshots.map((e) => dataOf(e)['categoryId']).sort()).toEqual(['departments', 'old-town', 'townships']);
    const townships = snapshots.find((e) => dataOf(e)['categoryId'] === 'townships');
    const data = townships === undefined ? {} : dataOf(townships);
    expect(data['units']).toHaveLength(2);
    const recomputed = await scoreCategoryAt({
      store: h.store,
      cycleId: CYCLE,
      categoryId: 'townships',
      position: BigInt(String(data['asOfPosition'])),
      asOf: String(data['asOf']),
    });
    expect(recomputed).toEqual(data['units']);
    expect(recomputed.find((line) => line.unitId === 'town-a')?.rank).toBe(1);
  });

  it('computes provisional results at the end of review, and finalises them once the notice ended and every appeal is decided', async () => {
    const events = await h.events();
    expect(ofType(events, 'ResultsComputed').map((e) => dataOf(e)['categoryId']).sort()).toEqual(['departments', 'old-town', 'townships']);
    const finalised = ofType(events, 'ResultsFinalised');
    expect(finalised.map((e) => e.metadata.role)).toEqual(['system']);
    const decided = ofType(events, 'AppealDecided');
    expect(decided).toHaveLength(1);
    expect(finalised[0]!.globalPosition).toBeGreaterThan(decided[0]!.globalPosition);
  });

  it('marks the rectification order overdue after its deadline and escalates to the office', async () => {
    const events = await h.events();
    expect(ofType(events, 'RectificationOverdue').map((e) => dataOf(e)['orderId'])).toEqual(['ord-1']);
    const office = await h.outbox.listFor({ userId: 'office-1', role: 'office' });
    expect(office.filter((n) => n.kind === 'rectification-overdue')).toHaveLength(1);
    // Stored as kind + params, worded when read: Chinese by default, English on request.
    expect(office.find((n) => n.kind === 'rectification-overdue')?.message).toMatch(/^\S+ 的整改通知 ord-1 已逾期（期限 \S+）$/);
    const english = await h.outbox.listFor({ userId: 'office-1', role: 'office' }, { lang: 'en' });
    expect(english.find((n) => n.kind === 'rectification-overdue')?.message).toMatch(/^rectification order ord-1 of \S+ is overdue \(due \S+\)$/);
    const townB = await h.outbox.listFor({ userId: 'rep-b', role: 'unit-reporter', unitId: 'town-b' });
    expect(townB.some((n) => n.kind === 'reminder')).toBe(true);
    expect(townB.some((n) => n.kind === 'overdue')).toBe(true);
  });

  it('appends nothing when the same job is enqueued again or run twice, and re-deriving the schedule after a restart adds nothing', async () => {
    const head = await h.store.headPosition();
    const job = { name: 'phase.close', jobId: 'cycle:zd2026:phase:mid-year:close@2026-08-01T00:00:12.000Z', payload: { cycleId: CYCLE, phase: 'mid-year' } } as const;
    expect(await h.queue.enqueue(job)).toMatchObject({ outcome: 'duplicate' });
    const handlers = phaseJobHandlers({ store: h.store, clock: h.clock, queue: h.queue, outbox: h.outbox });
    const run = { ...job, attempt: 1, scheduledFor: new Date('2026-08-01T00:00:12.000Z') };
    await handlers['phase.close'](run);
    await handlers['phase.close'](run);
    const diff = await h.scheduler.reconcile(CYCLE);
    expect(diff.enqueue).toEqual([]);
    expect(await h.store.headPosition()).toBe(head);
    await h.outbox.project(await h.store.readAll({ filter: { eventTypes: ['ReminderIssued', 'DeadlinePassed', 'RectificationOverdue'] } }));
    const office = await h.outbox.listFor({ userId: 'office-1', role: 'office' });
    expect(office.filter((n) => n.kind === 'rectification-overdue')).toHaveLength(1);
  });
});
