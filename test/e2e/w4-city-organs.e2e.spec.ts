import { auditReads, tableRow, liveAgreesWithLog } from './support/audit-reads';
import { recordExample } from './support/example-cycle';
import { type Kaoping, startKaoping } from './support/kaoping';

describe.each(['embedded', 'postgres'] as const)('W4 city organs on %s', (store) => {
  let k: Kaoping;
  beforeAll(async () => {
    k = await startKaoping(store);
    await recordExample(k, { cycleId: 'w4', year: 2026, name: '市机关绩效考评', scheme: 'schemes/s6-city-organs.yaml', facts: 'schemes/examples/w4-city-organs.facts.yaml' });
  }, 180_000);
  afterAll(() => k.close());

  it('shows the office the same totals, ranks and grades in the live read model as computed from the log', async () => {
    const { live, log } = await liveAgreesWithLog({ k, who: await k.asOffice(), cycleId: 'w4', categoryId: 'government-departments' });
    expect(live.length).toBeGreaterThan(0);
    expect(live).toEqual(log);
  });

  it('grades ten departments by quota, the tie at the 优秀 boundary sharing the better grade', async () => {
    const audit = auditReads(k, await k.asAuditor(), 'w4');
    const { units } = await audit.category('government-departments');
    expect(units.map((unit) => [unit.name, unit.total, unit.gradeLabel, unit.rank])).toEqual([
      ['发改委', '99.60', '优秀', 1],
      ['财政局', '94.40', '优秀', 2],
      ['教育局', '92.20', '优秀', 3],
      ['民政局', '92.20', '优秀', 3],
      ['交通局', '87.70', '良好', 5],
      ['水利局', '84.70', '良好', 6],
      ['农业局', '84.00', '达标', 7],
      ['商务局', '81.80', '达标', 8],
      ['统计局', '76.80', '达标', 9],
      ['审计局', '72.20', '不达标', 10],
    ]);
    expect(units.map(tableRow).map(([, , bonus, deduction]) => `${bonus}/${deduction}`)).toEqual([
      '2.00/0.00', '0.00/0.00', '1.00/0.00', '0.00/0.00', '0.00/0.00', '0.00/1.00', '0.00/0.00', '0.00/0.20', '0.00/2.00', '0.00/4.00',
    ]);
  });
});
