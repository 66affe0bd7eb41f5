import { parseCsv } from '@kaoping/spreadsheet';
import { settledHeadPosition } from '@kaoping/testing';
import { CITY_ORGANS_2025, CITY_ORGANS_2026, publishCategory, recordExample } from './support/example-cycle';
import { type Headers, type Kaoping, startKaoping } from './support/kaoping';

type Flag = Readonly<{ code: string; ref?: string; items?: readonly string[]; message?: Readonly<{ 'zh-CN': string }> }>;
type LiveUnit = Readonly<{
  unitId: string;
  name: string;
  rank: number;
  grade: Readonly<{ id: string }>;
  flags: readonly Flag[];
  resultsUse: Readonly<{ payFactor?: string; actions: readonly Readonly<{ 'zh-CN': string }>[]; rankChange?: Readonly<{ previousRank: number; change: number; direction: string }> }>;
}>;

const CATEGORY = 'government-departments';

// Years that follow each other (city organs, S6): 2026 names 2025 as the cycle before it. 2025's
// published results give each department its rank change; 审计局, 不达标 both years, is flagged
// (六(三) 连续两年不达标); the rectification ordered in 2025 and still open is carried into 2026
// (Jiangsu art. 20); beside them the results use of each grade (pay factor, actions).
describe.each(['embedded', 'postgres'] as const)('years that follow each other on %s', (store) => {
  let k: Kaoping;
  let office: Headers;
  beforeAll(async () => {
    k = await startKaoping(store);
    office = await k.asOffice();
    await recordExample(k, CITY_ORGANS_2025);
    await publishCategory(k, 'co2025', CATEGORY);
    await k.send(office, '/cycles/co2025/phases/results/open');
    await k.send(office, '/cycles/co2025/rectification-orders', { orderId: 'sjj-2025-1', unitId: 'sjj', dueAt: '2099-06-30T00:00:00Z', reason: '年度考评不达标，限期整改' });
    await k.send(office, '/cycles/co2025/rectification-orders', { orderId: 'nyj-2025-1', unitId: 'nyj', dueAt: '2099-06-30T00:00:00Z', reason: '台账不全' });
    await k.send(await k.asReporter('nyj'), '/cycles/co2025/rectification-orders/nyj-2025-1/plan', { plan: '一月内补齐台账', documents: ['plan-nyj'] });
    await k.send(await k.asReporter('nyj'), '/cycles/co2025/rectification-orders/nyj-2025-1/completion', { report: '台账已补齐', documents: ['report-nyj'] });
    await k.send(office, '/cycles/co2025/rectification-orders/nyj-2025-1/acceptance');
    await recordExample(k, CITY_ORGANS_2026);
  }, 300_000);
  afterAll(() => k.close());

  // Reads wait until their read model holds everything recorded so far (on PostgreSQL projections run behind the writes).
  const fresh = async (): Promise<string> => `minPosition=${await settledHeadPosition(k.api.store)}`;
  const live = async (cycleId: string): Promise<readonly LiveUnit[]> =>
    (await k.read<Readonly<{ units: readonly LiveUnit[] }>>(office, `/cycles/${cycleId}/live-scores/${CATEGORY}?${await fresh()}`)).units;
  const unit = (units: readonly LiveUnit[], unitId: string): LiveUnit => {
    const found = units.find((line) => line.unitId === unitId);
    if (found === undefined) throw new Error(`no line for ${unitId}`);
    return found;
  };

  it('refuses a cycle that names a predecessor that does not exist, naming the field, and records nothing', async () => {
    const res = await k.api.http().post('/cycles').set(office).send({ cycleId: 'co2027', year: 2027, name: '2027年度', predecessorCycleId: 'co2024' });
    expect([res.status, res.body.details]).toEqual([400, [expect.objectContaining({ path: 'predecessorCycleId', rule: 'unknown-cycle' })]]);
    expect((await k.api.http().get('/cycles/co2027').set(office)).status).toBe(404);
  });

  it('shows each unit its rank change against last year’s published results', async () => {
    const units = await live('co2026');
    expect(['jtj', 'jyj', 'sjj', 'fgw'].map((id) => [unit(units, id).name, unit(units, id).rank, unit(units, id).resultsUse.rankChange])).toEqual([
      ['交通局', 3, { previousRank: 5, change: 2, direction: 'up' }],
      ['教育局', 4, { previousRank: 3, change: -1, direction: 'down' }],
      ['审计局', 10, { previousRank: 10, change: 0, direction: 'same' }],
      ['发改委', 1, { previousRank: 1, change: 0, direction: 'same' }],
    ]);
    // The first year has no year before it.
    expect((await live('co2025')).every((line) => line.resultsUse.rankChange === undefined)).toBe(true);
  });

  it('flags 审计局, 不达标 two years running, and only it, with the results use of its grade', async () => {
    const units = await live('co2026');
    const flagged = units.filter((line) => line.flags.some((flag) => flag.code === 'results-flag' && flag.ref === 'two-years-below-standard'));
    expect(flagged.map((line) => [line.name, line.grade.id])).toEqual([['审计局', 'below-standard']]);
    const sjj = unit(units, 'sjj');
    expect([sjj.resultsUse.payFactor, sjj.resultsUse.actions.map((action) => action['zh-CN'])]).toEqual([
      '-20',
      ['递交书面整改意见，主要负责人诫勉谈话', '取消年度评先评优资格，公务员评优比例降低5%'],
    ]);
    expect(unit(units, 'fgw').resultsUse.payFactor).toBe('10');
    // Last year 审计局 was 不达标 for the first time: no flag then.
    expect(unit(await live('co2025'), 'sjj').flags.map((flag) => flag.code)).not.toContain('results-flag');
  });

  it('carries last year’s open rectification into this year with the unit, and not an accepted one', async () => {
    const units = await live('co2026');
    const carried = units.flatMap((line) => line.flags.filter((flag) => flag.code === 'rectification-carried').map((flag) => [line.unitId, flag.ref, flag.items]));
    expect(carried).toEqual([['sjj', 'co2025', ['sjj-2025-1']]]);
    expect(unit(units, 'sjj').flags.find((flag) => flag.code === 'rectification-carried')?.message?.['zh-CN']).toContain('年度考评不达标，限期整改');
  });

  it('records the results use, the rank change and the flags with year two’s computed results, and shows them in the results read', async () => {
    await k.send(office, '/cycles/co2026/phases/review/close');
    await k.send(office, '/cycles/co2026/phases/publication/open');
    await k.send(office, `/cycles/co2026/results/${CATEGORY}/computations`);
    type Line = Readonly<{ unitId: string; rank: number; resultsUse?: LiveUnit['resultsUse']; flags?: readonly string[]; carriedRectifications?: readonly string[] }>;
    const read = await k.read<Readonly<{ results: readonly Readonly<{ categoryId: string; computed: Readonly<{ units: readonly Line[] }> | null }>[] }>>(office, `/cycles/co2026/results?categoryId=${CATEGORY}&${await fresh()}`);
    const lines = read.results[0]?.computed?.units ?? [];
    const line = (unitId: string) => lines.find((l) => l.unitId === unitId);
    expect(line('sjj')).toMatchObject({ rank: 10, flags: ['two-years-below-standard'], carriedRectifications: ['sjj-2025-1'], resultsUse: { payFactor: '-20', rankChange: { previousRank: 10, change: 0 } } });
    expect(line('jtj')?.resultsUse?.rankChange).toEqual({ previousRank: 5, change: 2, direction: 'up' });
    expect(line('jtj')?.flags).toBeUndefined();
  });

  it('exports the ranking with results use, rank change and the two-year flag beside each other', async () => {
    const res = await k.api.http().get(`/cycles/co2026/exports/ranking/${CATEGORY}?format=csv`).set(office);
    expect(res.status).toBe(200);
    const table = parseCsv(res.text);
    const header = table[0] ?? [];
    const row = (unitId: string) => table.find((line) => line[header.indexOf('单位编码')] === unitId) ?? [];
    const cell = (unitId: string, title: string) => row(unitId)[header.indexOf(title)];
    expect([cell('jtj', '名次变化'), cell('sjj', '名次变化'), cell('sjj', '绩效奖金系数（%）')]).toEqual(['上升2位（上年第5名）', '持平（上年第10名）', '-20']);
    expect(cell('sjj', '标记')).toContain('连续两年不达标');
    expect(cell('sjj', '标记')).toContain('sjj-2025-1');
  });

  it('stops carrying the order into this year once last year’s office accepts its completion', async () => {
    const reporter = await k.asReporter('sjj');
    await k.send(reporter, '/cycles/co2025/rectification-orders/sjj-2025-1/plan', { plan: '三个月内完成整改', documents: ['plan-sjj'] });
    await k.send(reporter, '/cycles/co2025/rectification-orders/sjj-2025-1/completion', { report: '整改已完成', documents: ['report-sjj'] });
    await k.send(office, '/cycles/co2025/rectification-orders/sjj-2025-1/acceptance');
    const sjj = unit(await live('co2026'), 'sjj');
    expect(sjj.flags.map((flag) => flag.code)).not.toContain('rectification-carried');
    // The two-year flag stays: it is about the grades, not the order.
    expect(sjj.flags.map((flag) => flag.ref)).toContain('two-years-below-standard');
  });
});
