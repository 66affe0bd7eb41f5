import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEventStore, openSqlDatabase, type EventStore, type RecordedEvent, type SqlClient } from '@kaoping/eventstore';
import type { Actor, EvaluationCommand } from '@kaoping/evaluation';
import { ManualClock, tick, type JobQueue } from '@kaoping/jobs';
import { handleEvaluationCommand } from '@kaoping/cycle-log';
import { parse } from 'yaml';
import { CycleScheduler, NOTIFYING_EVENT_TYPES, NotificationOutbox, phaseJobHandlers, type PhaseJobs } from '../src';

export const CYCLE = 'zd2026';
const office: Actor = { userId: 'office-1', role: 'office' };
const committee: Actor = { userId: 'member-1', role: 'committee' };
const financeBureau: Actor = { userId: 'fin-1', role: 'data-provider', providerId: 'finance-bureau' };
const reporterA: Actor = { userId: 'rep-a', role: 'unit-reporter', unitId: 'town-a' };

export const zhengdingScheme = (): unknown =>
  parse(readFileSync(join(__dirname, '../../../schemes/s3-zhengding.yaml'), 'utf8'));

/** An in-memory PGlite database with the event store and the outbox on it. */
export const openWorld = async (): Promise<Readonly<{ store: EventStore; client: SqlClient; outbox: NotificationOutbox }>> => {
  const client = await openSqlDatabase({ kind: 'embedded' });
  const store = await createEventStore({ kind: 'sql', client, dialect: 'embedded', schema: 'kaoping' });
  const outbox = new NotificationOutbox({ client, schema: 'kaoping' });
  await outbox.migrate();
  return { store, client, outbox };
};

export type Harness = Readonly<{
  store: EventStore;
  clock: ManualClock;
  queue: JobQueue<PhaseJobs>;
  scheduler: CycleScheduler;
  outbox: NotificationOutbox;
  send: (command: Omit<EvaluationCommand, 'meta'> & Readonly<{ actor: Actor; now: string }>) => Promise<void>;
  walkTo: (iso: string) => Promise<void>;
  events: () => Promise<readonly RecordedEvent[]>;
}>;

export const harness = async (
  input: Readonly<{ queueOf: (clock: ManualClock) => JobQueue<PhaseJobs>; world: Awaited<ReturnType<typeof openWorld>>; finaliseCheckMs?: number }>,
): Promise<Harness> => {
  const { store, outbox } = input.world;
  const clock = new ManualClock('2025-12-20T00:00:00.000Z');
  const queue = input.queueOf(clock);
  await queue.start(phaseJobHandlers({ store, clock, queue, outbox, finaliseCheckMs: input.finaliseCheckMs ?? 86_400_000 }));
  const scheduler = new CycleScheduler({ store, queue, clock, subscriptionId: `schedule-${randomUUID()}` });
  scheduler.start({ pollIntervalMs: 20 });
  const send: Harness['send'] = async ({ actor, now, ...rest }) => {
    const command = { ...rest, meta: { commandId: randomUUID(), actor, now } } as EvaluationCommand;
    await handleEvaluationCommand({ store, command });
    await scheduler.caughtUp();
  };
  const walkTo = async (iso: string): Promise<void> => {
    await scheduler.caughtUp();
    await tick({ queue, clock, to: new Date(iso), timeoutMs: 20_000 });
    await scheduler.caughtUp();
  };
  const events = () => store.readAll({ filter: { streamPrefixes: [`cycle-${CYCLE}`, `results-${CYCLE}-`, `rectification-${CYCLE}-`, `appeal-${CYCLE}-`] } });
  return { store, clock, queue, scheduler, outbox, send, walkTo, events };
};

/** Zhengding 2026, planning to rectification, two townships: town-a delivers, town-b does not. */
export const runZhengdingCycle = async (h: Harness): Promise<void> => {
  const { send, walkTo } = h;
  await send({ type: 'CreateCycle', data: { cycleId: CYCLE, year: 2026, name: '正定 2026' }, actor: office, now: '2025-12-20T09:00:00Z' });
  await send({ type: 'PublishScheme', data: { cycleId: CYCLE, scheme: zhengdingScheme() }, actor: office, now: '2025-12-20T09:00:00Z' });
  await walkTo('2026-01-02T00:00:00Z'); // planning opened on schedule
  for (const unitId of ['town-a', 'town-b']) {
    await send({ type: 'RegisterUnit', data: { cycleId: CYCLE, unitId, name: unitId, level: 'township', categoryId: 'townships' }, actor: office, now: '2026-01-02T01:00:00Z' });
    await send({ type: 'AssignIndicator', data: { cycleId: CYCLE, unitId, indicatorId: 'fiscal-revenue', providerId: 'finance-bureau' }, actor: office, now: '2026-01-02T01:00:00Z' });
  }
  await send({ type: 'SubmitEvaluationPlan', data: { cycleId: CYCLE, unitId: 'town-a', summary: '计划', documents: ['plan-a.pdf'] }, actor: reporterA, now: '2026-01-05T01:00:00Z' });
  await walkTo('2026-07-05T00:00:00Z');
  await send({ type: 'SubmitData', data: { cycleId: CYCLE, unitId: 'town-a', indicatorId: 'fiscal-revenue', period: 'mid-year', value: '2000' }, actor: financeBureau, now: '2026-07-05T01:00:00Z' });
  await walkTo('2027-03-02T00:00:00Z'); // mid-year and year-end closed with snapshots; provisional results at the end of review
  for (const categoryId of ['townships']) {
    await send({ type: 'PublishResults', data: { cycleId: CYCLE, categoryId, noticeEndsAt: '2027-03-05T00:00:00.000Z' }, actor: office, now: '2027-03-02T01:00:00Z' });
  }
  await send({ type: 'FileAppeal', data: { cycleId: CYCLE, appealId: 'ap-1', unitId: 'town-a', against: { kind: 'results', categoryId: 'townships' }, grounds: '数据有误' }, actor: reporterA, now: '2027-03-03T01:00:00Z' });
  await walkTo('2027-03-05T12:00:00Z'); // notice over, an appeal open: a check is scheduled a day later
  await send({ type: 'DecideAppeal', data: { cycleId: CYCLE, appealId: 'ap-1', outcome: 'dismissed' }, actor: committee, now: '2027-03-05T13:00:00Z' });
  await walkTo('2027-03-06T12:00:00Z'); // planned again on the decision: the results are finalised
  await walkTo('2027-03-16T00:00:00Z'); // results and rectification opened
  await send({ type: 'OrderRectification', data: { cycleId: CYCLE, orderId: 'ord-1', unitId: 'town-b', reason: '排名末位', dueAt: '2027-04-30' }, actor: office, now: '2027-03-16T01:00:00Z' });
  await walkTo('2027-07-02T00:00:00Z'); // rectification deadline passed; rectification closed
  await h.outbox.project(await h.store.readAll({ filter: { eventTypes: NOTIFYING_EVENT_TYPES } }));
};
