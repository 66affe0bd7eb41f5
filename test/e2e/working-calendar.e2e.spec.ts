import { type Kaoping, readRepoFile, startKaoping } from './support/kaoping';

type Deadline = Readonly<{ id: string; dueAt: string }>;
type CycleRead = Readonly<{ cycle: Readonly<{ deadlines: readonly Deadline[] }> }>;

// Zhengding (s3): each unit's evaluation plan is due 7 working days after the scheme is issued
// (《实施方案》下发7个工作日内), counted from planning's start on 1 January 2026.
describe('the working-day calendar over HTTP', () => {
  let k: Kaoping;
  beforeAll(async () => {
    k = await startKaoping('embedded');
    const office = await k.asOffice();
    await k.send(office, '/cycles', { cycleId: 'zd2026', year: 2026, name: '2026年度正定县绩效考评' });
    await k.send(office, '/cycles/zd2026/scheme', { schemeYaml: readRepoFile('schemes/s3-zhengding.yaml') });
  }, 120_000);
  afterAll(() => k.close());

  const unitPlanDue = async (position: unknown): Promise<string | undefined> => {
    const read = await k.read<CycleRead>(await k.asAuditor(), `/cycles/zd2026?minPosition=${String(position)}`);
    return read.cycle.deadlines.find((deadline) => deadline.id === 'unit-plan')?.dueAt;
  };

  it('counts the shipped calendar (1–3 January off, Sunday 4 January worked), then follows the office’s amendment with its reason', async () => {
    const office = await k.asOffice();
    const head = (await k.api.log()).at(-1)?.globalPosition;
    // 4, 5, 6, 7, 8, 9, 12 January.
    expect(await unitPlanDue(head)).toBe('2026-01-12');

    const answer = await k.send(office, '/cycles/zd2026/calendar/amendments', { date: '2026-01-07', day: 'holiday', reason: '县政府通知：1月7日暴雪停止办公', evidence: ['正政办〔2026〕1号'] });
    const recorded = (await k.api.log()).at(-1);
    expect(recorded).toEqual(
      expect.objectContaining({
        type: 'CalendarAmended',
        data: { cycleId: 'zd2026', date: '2026-01-07', day: 'holiday' },
        metadata: expect.objectContaining({ actorId: 'wang.office', role: 'office', reason: '县政府通知：1月7日暴雪停止办公', evidence: ['正政办〔2026〕1号'] }),
      }),
    );
    expect(await unitPlanDue(answer['position'] ?? recorded?.globalPosition)).toBe('2026-01-13');
  });

  it('refuses the amendment without a reason, with a bad date or day, or from anyone but the office, and records nothing', async () => {
    const [office, auditor, committee] = [await k.asOffice(), await k.asAuditor(), await k.asCommittee()];
    const before = await k.api.log();
    const post = (who: Readonly<{ Authorization: string }>, body: object) => k.api.http().post('/cycles/zd2026/calendar/amendments').set(who).send(body);
    const noReason = await post(office, { date: '2026-01-08', day: 'holiday' });
    expect([noReason.status, noReason.body.details?.[0]?.path]).toEqual([400, 'reason']);
    const badDay = await post(office, { date: '2026-01-08', day: 'weekend', reason: '调休' });
    expect([badDay.status, badDay.body.details?.[0]?.path]).toEqual([400, 'day']);
    const badDate = await post(office, { date: '2026-02-30', day: 'holiday', reason: '调休' });
    expect([badDate.status, badDate.body.details?.[0]?.path]).toEqual([400, 'date']);
    for (const who of [auditor, committee]) {
      const refused = await post(who, { date: '2026-01-08', day: 'holiday', reason: '调休' });
      expect([refused.status, refused.body.code]).toEqual([403, 'role-not-allowed']);
    }
    expect(await k.api.log()).toEqual(before);
  });
});
