import { auditReads, tableRow, liveAgreesWithLog } from './support/audit-reads';
import { type RecordedExample, recordExample } from './support/example-cycle';
import { type Kaoping, startKaoping } from './support/kaoping';

// EXAMPLES.md W1 and W1b (Sichuan 2014), then an upheld appeal on the integrity deduction (→ 94.15).
describe.each(['embedded', 'postgres'] as const)('W1 Sichuan 2014 on %s', (store) => {
  let k: Kaoping;
  let w1: RecordedExample;
  beforeAll(async () => {
    k = await startKaoping(store);
    w1 = await recordExample(k, { cycleId: 'w1', year: 2014, name: '2014年度省政府部门绩效管理', scheme: 'schemes/s1-sichuan-2014.yaml', facts: 'schemes/examples/w1-sichuan-department.facts.yaml' });
  }, 180_000);
  afterAll(() => k.close());

  it('shows the office the same totals, ranks and grades in the live read model as computed from the log', async () => {
    const { live, log } = await liveAgreesWithLog({ k, who: await k.asOffice(), cycleId: 'w1', categoryId: 'departments' });
    expect(live.length).toBeGreaterThan(0);
    expect(live).toEqual(log);
  });

  it('shows the department 93.65, 先进, part by part, and W1b 88.35, 合格', async () => {
    const audit = auditReads(k, await k.asAuditor(), 'w1');
    const { units } = await audit.category('departments');
    const byId = new Map(units.map((unit) => [unit.unitId, unit]));
    expect(byId.get('department-w1')?.parts).toEqual({ governor: '8.00', 'vice-governor': '10.00', committee: '45.87', peers: '13.88', public: '13.61' });
    expect(units.map((unit) => [unit.unitId, ...tableRow(unit)])).toEqual([
      ['department-w1', '93.65', '先进', '4.00', '1.70'],
      ['department-w1b', '88.35', '合格', '5.00', '8.00'],
    ]);
  });

  it('explains every number down to the events behind it, with who recorded and who approved it', async () => {
    const audit = auditReads(k, await k.asAuditor(), 'w1');
    const unit = await audit.unit('departments', 'department-w1');
    expect(unit.unit.total).toBe('93.65');
    const links = JSON.stringify(unit.explanation);
    const integrity = w1.eventOf.get('department-w1-deduction-2');
    expect(integrity).toBeDefined();
    expect(links).toContain(`"eventId":"${integrity ?? ''}"`);
    const deduction = unit.explanation.children.find((node) => node.kind === 'deduction');
    const evidence = deduction === undefined ? [] : JSON.parse(JSON.stringify(deduction)).children.flatMap((child: { events: unknown[] }) => child.events);
    expect(evidence).toContainEqual(
      expect.objectContaining({
        event: expect.objectContaining({ eventId: integrity, type: 'DeductionApproved', actorId: 'zhang.committee', role: 'committee' }),
        trail: [expect.objectContaining({ type: 'InspectionFindingRecorded', role: 'inspector', evidence: ['photo-department-w1-deduction-2'] })],
      }),
    );
  });

  it('keeps the published 93.65 while now shows 94.15 after the upheld appeal, and the diff says why', async () => {
    const office = await k.asOffice();
    const committee = await k.asCommittee();
    const reporter = await k.asReporter('department-w1');
    const proposalId = w1.proposalOf.get('department-w1-deduction-2') ?? '';
    await k.send(office, '/cycles/w1/phases/review/close');
    await k.send(office, '/cycles/w1/phases/publication/open');
    await k.send(office, '/cycles/w1/results/departments/computations');
    await k.send(office, '/cycles/w1/results/departments/publication', { noticeEndsAt: '2099-12-31T00:00:00Z' });
    await k.send(reporter, '/cycles/w1/appeals', { appealId: 'a1', unitId: 'department-w1', against: { kind: 'proposal', proposalId }, grounds: '该干部非本厅人员' });
    await k.send(committee, '/cycles/w1/appeals/a1/decision', { outcome: 'upheld', revokes: [{ proposalId, kind: 'deduction' }], note: '复核属实' });
    await k.send(committee, `/cycles/w1/proposals/${proposalId}/deduction/revoke`, { reason: '申诉成立：该干部非本厅人员', appealId: 'a1' });

    const audit = auditReads(k, await k.asAuditor(), 'w1');
    const published = await audit.unit('departments', 'department-w1', 'published');
    const now = await audit.unit('departments', 'department-w1');
    expect([published.unit.total, published.unit.deduction]).toEqual(['93.65', '1.70']);
    expect([now.unit.total, now.unit.deduction, now.unit.gradeLabel]).toEqual(['94.15', '1.20', '先进']);
    expect(now.stopped).toEqual([
      expect.objectContaining({
        how: 'revoked',
        event: expect.objectContaining({ type: 'DeductionApproved', eventId: w1.eventOf.get('department-w1-deduction-2') }),
        stoppedBy: expect.objectContaining({ type: 'DeductionRevoked', actorId: 'zhang.committee', reason: '申诉成立：该干部非本厅人员' }),
      }),
    ]);

    const diff = await audit.diff('departments', 'published', 'now');
    expect(diff.changes).toEqual([
      { unitId: 'department-w1', field: 'total', from: '93.65', to: '94.15' },
      { unitId: 'department-w1', field: 'deduction', from: '1.70', to: '1.20' },
    ]);
    expect(diff.facts.filter((fact) => fact.kind === 'revoked')).toEqual([
      expect.objectContaining({
        unitId: 'department-w1',
        event: expect.objectContaining({ type: 'DeductionRevoked', actorId: 'zhang.committee', role: 'committee', reason: '申诉成立：该干部非本厅人员' }),
        changes: expect.objectContaining({ type: 'DeductionApproved', eventId: w1.eventOf.get('department-w1-deduction-2') }),
      }),
    ]);
    expect(diff.facts.map((fact) => fact.event.type)).toEqual(['AppealFiled', 'AppealDecided', 'DeductionRevoked']);
  });

  it('lets a unit reporter read its own unit only', async () => {
    const reporter = await k.asReporter('department-w1');
    const own = await k.api.http().get('/audit/cycles/w1/categories/departments/units/department-w1/score').set(reporter);
    const other = await k.api.http().get('/audit/cycles/w1/categories/departments/units/department-w1b/score').set(reporter);
    expect([own.status, other.status, other.body.code]).toEqual([200, 403, 'not-own-unit']);
  });

  it('proves no record was altered', async () => {
    const report = await k.read<{ ok: boolean; brokenLinks: number; eventsChecked: number }>(await k.asAuditor(), '/audit/verify?cycleId=w1');
    expect([report.ok, report.brokenLinks]).toEqual([true, 0]);
    expect(report.eventsChecked).toBe((await k.api.log()).filter((event) => /^(cycle-w1|[a-z]+-w1-)/.test(event.streamId)).length);
  });
});
