import { auditReads, liveAgreesWithLog } from './support/audit-reads';
import { recordExample } from './support/example-cycle';
import { type Kaoping, startKaoping } from './support/kaoping';

describe.each(['embedded', 'postgres'] as const)('W5 Shanghang township on %s', (store) => {
  let k: Kaoping;
  beforeAll(async () => {
    k = await startKaoping(store);
    await recordExample(k, { cycleId: 'w5', year: 2026, name: '上杭乡镇千分制考评', scheme: 'schemes/s5-shanghang-township.yaml', facts: 'schemes/examples/w5-shanghang-township.facts.yaml' });
  }, 120_000);
  afterAll(() => k.close());

  it('shows the office the same totals, ranks and grades in the live read model as computed from the log', async () => {
    const { live, log } = await liveAgreesWithLog({ k, who: await k.asOffice(), cycleId: 'w5', categoryId: 'townships' });
    expect(live.length).toBeGreaterThan(0);
    expect(live).toEqual(log);
  });

  it('scores 789.88 after capping each inspecting body’s deductions', async () => {
    const audit = auditReads(k, await k.asAuditor(), 'w5');
    const [unit] = (await audit.category('townships')).units;
    expect(unit?.total).toBe('789.88');
  });
});
