import { settledHeadPosition } from '@kaoping/testing';
import { type Headers, type Kaoping, readRepoFile, startKaoping } from './support/kaoping';

type Body = Readonly<Record<string, unknown>>;
type Standing = Readonly<{ categoryId: string; total: string; rank: number; grade: Readonly<{ id: string; label: Readonly<Record<string, string>> }> | null }>;
type TreeNode = Readonly<{ unitId: string; level: string; parentUnitId: string | null; score: Standing | null; children: readonly TreeNode[] }>;

const CYCLE = '/cycles/qitai';

/** The tree as [unitId, level, [children…]], to compare its shape at a glance. */
const shapeOf = (nodes: readonly TreeNode[]): unknown[] => nodes.map((node) => [node.unitId, node.level, shapeOf(node.children)]);
const find = (nodes: readonly TreeNode[], unitId: string): TreeNode | undefined => {
  for (const node of nodes) {
    if (node.unitId === unitId) return node;
    const below = find(node.children, unitId);
    if (below !== undefined) return below;
  }
  return undefined;
};

// S4 Qitai (奇台县四级绩效管理): departments and townships, their sections (科室), their staff (干部).
describe('four levels of Qitai, through HTTP', () => {
  let k: Kaoping;
  let office: Headers;

  const refused = async (path: string, body: Body) => {
    const before = (await k.api.log()).length;
    const res = await k.api.http().post(path).set(office).send(body);
    expect((await k.api.log()).length).toBe(before);
    return res;
  };

  beforeAll(async () => {
    k = await startKaoping('embedded');
    office = await k.asOffice();
    await k.send(office, '/cycles', { cycleId: 'qitai', year: 2026, name: '2026年度奇台县四级绩效管理' });
    await k.send(office, `${CYCLE}/scheme`, { schemeYaml: readRepoFile('schemes/s4-qitai-four-level.yaml') });
    await k.send(office, `${CYCLE}/phases/planning/open`);
    const register = (unitId: string, name: string, level: string, categoryId: string, parentUnitId?: string) =>
      k.send(office, `${CYCLE}/units`, { unitId, name, level, categoryId, ...(parentUnitId === undefined ? {} : { parentUnitId }) });
    await register('caizhengju', '县财政局', 'department', 'departments');
    await register('laoqitai', '老奇台镇', 'township', 'townships');
    await register('caizhengju-yusuanke', '预算股', 'section', 'sections', 'caizhengju');
    await register('laoqitai-dangzhengban', '党政办', 'section', 'sections', 'laoqitai');
    await register('li-ming', '李明', 'person', 'staff', 'caizhengju-yusuanke');
    // 财政局's staff: in its section and directly under it; 吴敏 works in the township.
    await register('zhang-wei', '张伟', 'person', 'staff', 'caizhengju');
    await register('wang-fang', '王芳', 'person', 'staff', 'caizhengju-yusuanke');
    await register('zhao-lei', '赵磊', 'person', 'staff', 'caizhengju');
    await register('sun-li', '孙丽', 'person', 'staff', 'caizhengju-yusuanke');
    await register('zhou-jie', '周杰', 'person', 'staff', 'caizhengju');
    await register('wu-min', '吴敏', 'person', 'staff', 'laoqitai-dangzhengban');
  }, 120_000);
  afterAll(() => k.close());

  it('refuses a parent that is not registered, with 400 naming parentUnitId and the rule, and records nothing', async () => {
    const res = await refused(`${CYCLE}/units`, { unitId: 'shuiwu-ke', name: '税务股', level: 'section', categoryId: 'sections', parentUnitId: 'shuiwuju' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'unknown-parent', details: [expect.objectContaining({ path: 'parentUnitId', rule: 'unknown-parent' })] });
  });

  it('refuses a section without its department, and a section under a person, with 400', async () => {
    const orphan = await refused(`${CYCLE}/units`, { unitId: 'shuiwu-ke', name: '税务股', level: 'section', categoryId: 'sections' });
    expect(orphan.status).toBe(400);
    expect(orphan.body.details).toEqual([expect.objectContaining({ path: 'parentUnitId', rule: 'parent-required' })]);
    const underPerson = await refused(`${CYCLE}/units`, { unitId: 'shuiwu-ke', name: '税务股', level: 'section', categoryId: 'sections', parentUnitId: 'li-ming' });
    expect(underPerson.status).toBe(400);
    expect(underPerson.body.details).toEqual([expect.objectContaining({ path: 'parentUnitId', rule: 'parent-level-not-allowed' })]);
  });

  it('refuses a person registered among the departments, with 400 naming level and the rule', async () => {
    const res = await refused(`${CYCLE}/units`, { unitId: 'qian-hao', name: '钱浩', level: 'person', categoryId: 'departments', parentUnitId: 'caizhengju' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'level-not-in-category', details: [expect.objectContaining({ path: 'level', rule: 'level-not-in-category' })] });
  });

  it('refuses a data provider the scheme does not name, so the scheme’s provider still reports the indicator', async () => {
    const res = await refused(`${CYCLE}/units/caizhengju/indicators`, { indicatorId: 'key-work', providerId: 'tax-bureau' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'unknown-provider', details: [expect.objectContaining({ path: 'providerId', rule: 'unknown-provider' })] });
    expect(res.body.message).toMatch(/数据采集单位/);

    await k.send(office, `${CYCLE}/phases/planning/close`, { periods: [] });
    await k.send(office, `${CYCLE}/phases/monitoring/open`);
    const performanceOffice = await k.as('provider.performance-office', 'data-provider', { providerId: 'performance-office' });
    await k.send(performanceOffice, `${CYCLE}/units/caizhengju/data`, { indicatorId: 'key-work', period: 'half-year', value: '95' });
  });

  it('reads the tree with each unit’s live score and grade, scoped like the other unit reads', async () => {
    const efficiency = await k.as('provider.efficiency-office', 'data-provider', { providerId: 'efficiency-office' });
    await k.send(efficiency, `${CYCLE}/units/caizhengju/data`, { indicatorId: 'conduct', period: 'half-year', value: '90' });
    const reporter = await k.as('reporter.li-ming', 'unit-reporter', { unitId: 'li-ming' });
    await k.send(reporter, `${CYCLE}/units/li-ming/data`, { indicatorId: 'post-targets', period: 'half-year', value: '80' });
    const head = await settledHeadPosition(k.api.store);
    const tree = async (who: Headers) => {
      const res = await k.api.http().get(`${CYCLE}/units-tree?minPosition=${head}`).set(who);
      expect(res.status).toBe(200);
      return res.body as Readonly<{ position: string | null; scoresPosition: string | null; roots: readonly TreeNode[] }>;
    };

    const all = await tree(office);
    expect(shapeOf(all.roots)).toEqual([
      [
        'caizhengju',
        'department',
        [
          ['caizhengju-yusuanke', 'section', [['li-ming', 'person', []], ['sun-li', 'person', []], ['wang-fang', 'person', []]]],
          ['zhang-wei', 'person', []],
          ['zhao-lei', 'person', []],
          ['zhou-jie', 'person', []],
        ],
      ],
      ['laoqitai', 'township', [['laoqitai-dangzhengban', 'section', [['wu-min', 'person', []]]]]],
    ]);
    expect(BigInt(all.scoresPosition ?? '0')).toBeGreaterThanOrEqual(head);
    // 财政局: key work 30 × 95% + conduct 20 × 90% = 46.5 of the 90 points, the half-year's 30 of them → 15.50 (the rest pending).
    const department = find(all.roots, 'caizhengju')?.score;
    expect(department).toMatchObject({ categoryId: 'departments', total: '15.50', rank: 1, grade: { id: 'fail', label: { 'zh-CN': '不合格', en: 'Fail' } } });
    const live = await k.read<Readonly<{ units: readonly Readonly<{ unitId: string; total: string; grade: Readonly<{ id: string }> }>[] }>>(office, `${CYCLE}/live-scores/departments?minPosition=${head}`);
    expect(live.units.find((unit) => unit.unitId === 'caizhengju')).toMatchObject({ total: department?.total, grade: { id: department?.grade?.id } });
    // 李明: post targets 40 × 80% = 32 of 90, the half-year's 30 of them → 10.67, 不称职 for now.
    expect(find(all.roots, 'li-ming')?.score).toEqual({ categoryId: 'staff', total: '10.67', rank: 1, grade: { id: 'incompetent', label: { 'zh-CN': '不称职', en: 'Incompetent' } } });
    expect(find(all.roots, 'laoqitai-dangzhengban')?.score).toMatchObject({ categoryId: 'sections', total: '0.00' });

    const own = await tree(reporter);
    expect(shapeOf(own.roots)).toEqual([['li-ming', 'person', []]]);
    expect(own.roots[0]?.score?.total).toBe(find(all.roots, 'li-ming')?.score?.total);

    // Leaders see scores only once a category is published; a data provider reads no live scores.
    const leader = await k.as('leader.county-head', 'leader');
    expect(find((await tree(leader)).roots, 'caizhengju')).toMatchObject({ unitId: 'caizhengju', score: null });
    expect(find((await tree(efficiency)).roots, 'li-ming')).toMatchObject({ score: null });
  });
  it('grades 财政局’s staff within the 优秀 share its own grade allows: 不合格 gives 12 %, one place of six, shared by a tie', async () => {
    const survey = await k.as('zhou.survey', 'survey-office', { providerId: 'statistics-bureau' });
    const full = async (personId: string, satisfied: string) => {
      const self = await k.as(`reporter.${personId}`, 'unit-reporter', { unitId: personId });
      for (const period of ['half-year', 'year-end']) {
        for (const indicatorId of ['general', 'post-targets', 'conduct']) await k.send(self, `${CYCLE}/units/${personId}/data`, { indicatorId, period, value: '100' });
      }
      const fairly = String(10 - Number(satisfied));
      await k.send(survey, `${CYCLE}/units/${personId}/surveys`, { indicatorId: 'public', counts: { satisfied, 'fairly-satisfied': fairly }, sampleSize: '10' });
    };
    // 张伟 and 王芳 100.00 (优秀), 赵磊 99.20 (8 of 10 satisfied, 2 fairly: 92 % of 10 points).
    await full('zhang-wei', '10');
    await full('wang-fang', '10');
    await full('zhao-lei', '8');
    const head = await settledHeadPosition(k.api.store);
    const grades = async (who: Headers, unitId: string) => k.api.http().get(`${CYCLE}/units/${unitId}/person-grades?minPosition=${head}`).set(who);

    const res = await grades(office, 'caizhengju');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ unitId: 'caizhengju', unit: { categoryId: 'departments', grade: { id: 'fail' } }, excellenceRatio: '12', quota: 1, excellent: 2 });
    const byPerson = new Map((res.body.persons as readonly Readonly<{ personId: string }>[]).map((person) => [person.personId, person]));
    expect([...byPerson.keys()].sort()).toEqual(['li-ming', 'sun-li', 'wang-fang', 'zhang-wei', 'zhao-lei', 'zhou-jie']);
    expect(byPerson.get('zhang-wei')).toEqual({ personId: 'zhang-wei', name: '张伟', parentUnitId: 'caizhengju', total: '100.00', scored: '优秀', grade: '优秀', quotaFilled: false });
    expect(byPerson.get('wang-fang')).toMatchObject({ parentUnitId: 'caizhengju-yusuanke', total: '100.00', grade: '优秀', quotaFilled: false });
    expect(byPerson.get('zhao-lei')).toMatchObject({ total: '99.20', scored: '优秀', grade: '称职', quotaFilled: true });
    expect(byPerson.get('li-ming')).toMatchObject({ scored: '不称职', grade: '不称职', quotaFilled: false });

    // The section is graded too, but Qitai's sections set no share: no quota, the scores' own grades stand.
    const section = await grades(office, 'caizhengju-yusuanke');
    expect(section.body).toMatchObject({ excellenceRatio: null, quota: null, excellent: 1 });
    expect(section.body.persons.map((person: { personId: string }) => person.personId).sort()).toEqual(['li-ming', 'sun-li', 'wang-fang']);

    expect((await grades(await k.as('reporter.caizhengju', 'unit-reporter', { unitId: 'caizhengju' }), 'caizhengju')).status).toBe(200);
    expect((await grades(await k.as('reporter.li-ming', 'unit-reporter', { unitId: 'li-ming' }), 'caizhengju')).status).toBe(403);
    expect((await grades(office, 'nobody')).status).toBe(404);
  });
});
