import { auditReads, tableRow, liveAgreesWithLog } from './support/audit-reads';
import { type RecordedExample, recordExample } from './support/example-cycle';
import { type Kaoping, startKaoping } from './support/kaoping';

// EXAMPLES.md W3: the township category of Zhengding, 先进 by a quota of 2 and a minimum of 90.
describe.each(['embedded', 'postgres'] as const)('W3 Zhengding townships on %s', (store) => {
  let k: Kaoping;
  let w3: RecordedExample;
  beforeAll(async () => {
    k = await startKaoping(store);
    w3 = await recordExample(k, { cycleId: 'w3', year: 2026, name: '2026年度正定县乡镇绩效考评', scheme: 'schemes/s3-zhengding.yaml', facts: 'schemes/examples/w3-zhengding-townships.facts.yaml' });
  }, 240_000);
  afterAll(() => k.close());

  it('shows the office the same totals, ranks and grades in the live read model as computed from the log', async () => {
    const { live, log } = await liveAgreesWithLog({ k, who: await k.asOffice(), cycleId: 'w3', categoryId: 'townships' });
    expect(live.length).toBeGreaterThan(0);
    expect(live).toEqual(log);
  });

  it('ranks and grades the seven townships as EXAMPLES.md tabulates them', async () => {
    const audit = auditReads(k, await k.asAuditor(), 'w3');
    const { units } = await audit.category('townships');
    expect(units.map((unit) => [unit.name, unit.parts['indicators'], unit.parts['leaders'], ...tableRow(unit)])).toEqual([
      ['新城铺镇', '88.46', '9.08', '99.55', '先进', '2.00', '0.00'],
      ['南牛乡', '90.00', '9.53', '99.53', '合格', '0.00', '0.00'],
      ['新安镇', '86.46', '8.33', '94.29', '先进', '0.00', '0.50'],
      ['西平乐乡', '84.17', '8.67', '92.84', '合格', '0.00', '0.00'],
      ['南楼乡', '75.26', '8.08', '83.35', '合格', '0.00', '0.00'],
      ['曲阳桥乡', '60.12', '7.08', '67.20', '合格', '4.00', '4.00'],
      ['北早现乡', '45.20', '6.08', '51.28', '不合格', '0.00', '0.00'],
    ]);
    expect(units.find((unit) => unit.unitId === 'nanniu')?.flags).toContain('barred');
  });

  it('shows the earlier total as of before a provider’s correction, the new one now, and the correction in the diff', async () => {
    const audit = auditReads(k, await k.asAuditor(), 'w3');
    const before = await audit.category('townships');
    const submission = w3.eventOf.get('xinchengpu-fiscal-revenue-year-end') ?? '';
    const provider = await k.asProvider('统计局');
    await k.send(provider, `/cycles/w3/units/xinchengpu/data/${submission}/corrections`, { value: '4900', reason: '财政局复核：含一笔跨年度收入，更正为4900万元' });

    const atPosition = await audit.unit('townships', 'xinchengpu', before.moment.position);
    const atTime = await audit.unit('townships', 'xinchengpu', before.moment.at);
    const now = await audit.unit('townships', 'xinchengpu');
    expect([atPosition.unit.total, atTime.unit.total, now.unit.total]).toEqual(['99.55', '99.55', '99.25']);
    expect([now.unit.parts['indicators'], now.unit.rank, now.unit.gradeLabel]).toEqual(['88.16', 2, '先进']);

    const diff = await audit.diff('townships', before.moment.position, 'now');
    expect(diff.facts).toEqual([
      expect.objectContaining({
        kind: 'corrected',
        unitId: 'xinchengpu',
        event: expect.objectContaining({ type: 'DataCorrected', actorId: 'provider.statistics-bureau', role: 'data-provider', reason: '财政局复核：含一笔跨年度收入，更正为4900万元' }),
        changes: expect.objectContaining({ eventId: submission, type: 'DataSubmitted' }),
      }),
    ]);
    expect(diff.changes).toEqual([
      { unitId: 'nanniu', field: 'rank', from: '2', to: '1' },
      { unitId: 'xinchengpu', field: 'total', from: '99.55', to: '99.25' },
      { unitId: 'xinchengpu', field: 'parts.indicators', from: '88.46', to: '88.16' },
      { unitId: 'xinchengpu', field: 'rank', from: '1', to: '2' },
    ]);
  });
});
