import type { RecordedEvent } from '@kaoping/eventstore';
import type { Actor } from '@kaoping/evaluation';
import { InProcessJobQueue } from '@kaoping/jobs';
import { CYCLE, harness, openWorld, zhengdingScheme, type Harness } from '../test/zhengding-cycle.scenario';
import { isPermanentPhaseJobError, type PhaseJobs } from '.';

const office: Actor = { userId: 'office-1', role: 'office' };
const committee: Actor = { userId: 'member-1', role: 'committee' };
const reporterA: Actor = { userId: 'rep-a', role: 'unit-reporter', unitId: 'town-a' };

const finalisedCategories = (events: readonly RecordedEvent[]): readonly string[] =>
  events.filter((e) => e.type === 'ResultsFinalised').map((e) => String((e.data as Readonly<Record<string, unknown>>)['categoryId']));

describe('finalising results on schedule, category by category', () => {
  let h: Harness;
  let world: Awaited<ReturnType<typeof openWorld>>;

  beforeAll(async () => {
    world = await openWorld();
    // The fallback check a day later: what must not be what finalises the townships.
    h = await harness({ queueOf: (clock) => new InProcessJobQueue<PhaseJobs>({ clock, backoffMs: 10, isPermanent: isPermanentPhaseJobError }), world, finaliseCheckMs: 86_400_000 });
    await h.send({ type: 'CreateCycle', data: { cycleId: CYCLE, year: 2026, name: '正定 2026' }, actor: office, now: '2025-12-20T09:00:00Z' });
    await h.send({ type: 'PublishScheme', data: { cycleId: CYCLE, scheme: zhengdingScheme() }, actor: office, now: '2025-12-20T09:00:00Z' });
    await h.walkTo('2026-01-02T00:00:00Z');
    await h.send({ type: 'RegisterUnit', data: { cycleId: CYCLE, unitId: 'town-a', name: '新城铺镇', level: 'township', categoryId: 'townships' }, actor: office, now: '2026-01-02T01:00:00Z' });
    await h.send({ type: 'RegisterUnit', data: { cycleId: CYCLE, unitId: 'dept-a', name: '财政局', level: 'department', categoryId: 'departments' }, actor: office, now: '2026-01-02T01:00:00Z' });
    await h.walkTo('2027-03-02T00:00:00Z'); // provisional results of every category at the end of review
    for (const categoryId of ['townships', 'departments']) {
      await h.send({ type: 'PublishResults', data: { cycleId: CYCLE, categoryId, noticeEndsAt: '2027-03-05T00:00:00.000Z' }, actor: office, now: '2027-03-02T01:00:00Z' });
    }
    await h.send({ type: 'FileAppeal', data: { cycleId: CYCLE, appealId: 'ap-1', unitId: 'town-a', against: { kind: 'results', categoryId: 'townships' }, grounds: '数据有误' }, actor: reporterA, now: '2027-03-03T01:00:00Z' });
  });

  afterAll(async () => {
    await h.scheduler.stop();
    await h.queue.close();
    await world.store.close();
    await world.client.close();
  });

  it('finalises a category once its notice ends, whatever appeals of another category are open', async () => {
    await h.walkTo('2027-03-05T12:00:00Z');
    expect(finalisedCategories(await h.events())).toEqual(['departments']);
  });

  it('finalises the appealed category minutes after its last appeal is decided, not at the next day’s check', async () => {
    await h.send({ type: 'DecideAppeal', data: { cycleId: CYCLE, appealId: 'ap-1', outcome: 'dismissed' }, actor: committee, now: '2027-03-05T12:30:00Z' });
    await h.walkTo('2027-03-05T12:35:00Z');
    expect(finalisedCategories(await h.events())).toEqual(['departments', 'townships']);
  });
});
