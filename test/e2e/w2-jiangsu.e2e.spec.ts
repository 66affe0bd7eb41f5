import { auditReads, liveAgreesWithLog } from './support/audit-reads';
import { recordExample } from './support/example-cycle';
import { type Kaoping, startKaoping } from './support/kaoping';

describe.each(['embedded', 'postgres'] as const)('W2 Jiangsu 2011 on %s', (store) => {
  let k: Kaoping;
  beforeAll(async () => {
    k = await startKaoping(store);
    await recordExample(k, { cycleId: 'w2', year: 2011, name: '2011年度省政府部门绩效管理', scheme: 'schemes/s2-jiangsu-2011.yaml', facts: 'schemes/examples/w2-jiangsu-department.facts.yaml' });
  }, 180_000);
  afterAll(() => k.close());

  it('shows the office the same totals, ranks and grades in the live read model as computed from the log', async () => {
    const { live, log } = await liveAgreesWithLog({ k, who: await k.asOffice(), cycleId: 'w2', categoryId: 'social-management' });
    expect(live.length).toBeGreaterThan(0);
    expect(live).toEqual(log);
  });

  it('scores the department 85.28: work 53.16, public 25.62, supervision findings deducted until zero', async () => {
    const audit = auditReads(k, await k.asAuditor(), 'w2');
    const unit = await audit.unit('social-management', 'department-w2');
    expect(unit.unit.total).toBe('85.28');
    expect(unit.unit.parts).toEqual(expect.objectContaining({ work: '53.16', public: '25.62' }));
  });
});
