import { settledHeadPosition } from '@kaoping/testing';
import { type Headers, type Kaoping, readRepoFile, startKaoping } from './support/kaoping';

// Per-unit level-3 indicators (三级指标), Qitai (S4): the office gives 县财政局 its own items with
// weights and targets under the shared 年度目标任务 (annual-targets, entered until now as one
// completion score of 100); the county performance office reports a value per item; the shared
// indicator scores Σ weight × completion ÷ Σ weight.

const CYCLE = '/cycles/qitai';
type ExplanationNode = Readonly<{ id: string; kind: string; period?: string; inputs: Readonly<Record<string, string>>; children: readonly ExplanationNode[] }>;
const nodesOf = (node: ExplanationNode, id: string): readonly ExplanationNode[] => [...(node.id === id && node.kind === 'leaf' ? [node] : []), ...node.children.flatMap((child) => nodesOf(child, id))];

describe('a unit’s own level-3 indicators through the API (Qitai 年度目标任务)', () => {
  let k: Kaoping;
  let office: Headers;
  let provider: Headers;

  beforeAll(async () => {
    k = await startKaoping('embedded');
    office = await k.asOffice();
    provider = await k.as('provider.performance-office', 'data-provider', { providerId: 'performance-office' });
    await k.send(office, '/cycles', { cycleId: 'qitai', year: 2026, name: '2026年度奇台县绩效管理' });
    await k.send(office, `${CYCLE}/scheme`, { schemeYaml: readRepoFile('schemes/s4-qitai-four-level.yaml') });
    await k.send(office, `${CYCLE}/phases/planning/open`);
    await k.send(office, `${CYCLE}/units`, { unitId: 'caizhengju', name: '县财政局', level: 'department', categoryId: 'departments' });
  }, 120_000);
  afterAll(() => k.close());

  it('refuses a list with an item without a weight, naming the field, and records nothing', async () => {
    const before = (await k.api.log()).length;
    const res = await k.api.http().post(`${CYCLE}/units/caizhengju/unit-indicators`).set(office).send({ indicatorId: 'annual-targets', items: [{ id: 'tax', label: '税收收入', target: '2000' }] });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([expect.objectContaining({ path: 'items[0].weight' })]);
    expect((await k.api.log()).length).toBe(before);
  });

  it('scores the shared indicator from the unit’s items: (70 × 90% + 30 × 100%) = 93% completion', async () => {
    await k.send(office, `${CYCLE}/units/caizhengju/unit-indicators`, {
      indicatorId: 'annual-targets',
      items: [
        { id: 'tax', label: '税收收入', weight: '70', target: '2000' },
        { id: 'arrears', label: '拖欠工程款（万元）', weight: '30', target: '10', direction: 'lower' },
      ],
    });
    await k.send(office, `${CYCLE}/phases/planning/close`, { periods: [] });
    await k.send(office, `${CYCLE}/phases/monitoring/open`);
    await k.send(provider, `${CYCLE}/units/caizhengju/data`, { indicatorId: 'annual-targets', period: 'half-year', item: 'tax', value: '1800' });
    await k.send(provider, `${CYCLE}/units/caizhengju/data`, { indicatorId: 'annual-targets', period: 'half-year', item: 'arrears', value: '8' });
    const head = await settledHeadPosition(k.api.store);
    const explained = await k.read<Readonly<{ explanation: ExplanationNode }>>(office, `${CYCLE}/units/caizhengju/explained-score?minPosition=${head}`);
    const halfYear = nodesOf(explained.explanation, 'annual-targets').find((node) => node.period === 'half-year');
    expect(halfYear?.inputs).toMatchObject({ tax: '1800/2000 ×70', arrears: '8/10 ×30', completion: '93.00%' });
  });

  it('refuses a value for an item the office did not give the unit, with 400 naming item and the rule', async () => {
    const res = await k.api.http().post(`${CYCLE}/units/caizhengju/data`).set(provider).send({ indicatorId: 'annual-targets', period: 'half-year', item: 'land-sales', value: '1' });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([expect.objectContaining({ path: 'item', rule: 'unknown-item' })]);
  });
});
