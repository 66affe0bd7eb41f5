import { auditReads } from './support/audit-reads';
import { recordExample } from './support/example-cycle';
import { type Kaoping, startKaoping } from './support/kaoping';

describe.each(['embedded', 'postgres'] as const)('W5 Shanghang township on %s', (store) => {
  let k: Kaoping;
  beforeAll(async () => {
    k = await startKaoping(store);
    await recordExample(k, { cycleId: 'w5', year: 2026, name: '上杭乡镇千分制考评', scheme: 'schemes/s5-shanghang-township.yaml', facts: 'schemes/examples/w5-shanghang-township.facts.yaml' });
  }, 120_000);
  afterAll(() => k.close());

  it('scores 789.88 after capping each inspecting body’s deductions', async () => {
    const audit = auditReads(k, await k.asAuditor(), 'w5');
    const [unit] = (await audit.category('townships')).units;
    expect(unit?.total).toBe('789.88');
  });
});
