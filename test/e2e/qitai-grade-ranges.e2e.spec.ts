import { settledHeadPosition } from '@kaoping/testing';
import { type Headers, type Kaoping, readRepoFile, startKaoping } from './support/kaoping';

// Qitai (S4): a special project's grade enters its owner's 10 points as 先进 10 / 良好 8–9 /
// 一般 5–6 / 差 0. The project assessor gives the grade with the points picked within its range,
// once a year (year-end): points outside the range are refused with 400 naming the field and the
// rule, and nothing is recorded. (Graded by hand: a scheme without project units.)

const CYCLE = '/cycles/qitai';
type Detail = Readonly<{ path: string; rule: string; message: string }>;
type ExplanationNode = Readonly<{ id: string; period?: string; shown: string; children: readonly ExplanationNode[] }>;

const nodesOf = (node: ExplanationNode, id: string): readonly ExplanationNode[] => [...(node.id === id ? [node] : []), ...node.children.flatMap((child) => nodesOf(child, id))];

describe('Qitai special projects: a grade given as a range of points', () => {
  let k: Kaoping;
  let office: Headers;
  let assessor: Headers;
  const rate = (body: Readonly<Record<string, unknown>>) =>
    k.api.http().post(`${CYCLE}/units/caizhengju/ratings`).set(assessor).send({ indicatorId: 'special-projects', raterRole: 'project-assessor', ...body });
  const refusal = async (body: Readonly<Record<string, unknown>>) => {
    const before = (await k.api.log()).length;
    const res = await rate(body);
    expect((await k.api.log()).length).toBe(before);
    return { status: res.status, details: (res.body.details ?? []) as readonly Detail[] };
  };

  beforeAll(async () => {
    k = await startKaoping('embedded');
    office = await k.asOffice();
    assessor = await k.as('assessor.fgw', 'committee');
    await k.send(office, '/cycles', { cycleId: 'qitai', year: 2026, name: '2026年度奇台县绩效管理' });
    // The shipped Qitai scheme derives the owner's grade from its project units (fromProjects,
    // projects-as-units.e2e); here the office keeps no project units and the assessor grades by hand.
    const byHand = readRepoFile('schemes/s4-qitai-four-level.yaml').replace('fromProjects: special-projects, ', '');
    expect(byHand).not.toContain('fromProjects');
    await k.send(office, `${CYCLE}/scheme`, { schemeYaml: byHand });
    await k.send(office, `${CYCLE}/phases/planning/open`);
    await k.send(office, `${CYCLE}/units`, { unitId: 'caizhengju', name: '县财政局', level: 'department', categoryId: 'departments' });
    await k.send(office, `${CYCLE}/raters`, { raterId: 'assessor.fgw', raterRole: 'project-assessor', units: 'all' });
    await k.send(office, `${CYCLE}/phases/planning/close`, { periods: [] });
    await k.send(office, `${CYCLE}/phases/monitoring/open`);
    await k.send(office, `${CYCLE}/phases/mid-year/open`);
  }, 120_000);
  afterAll(() => k.close());

  it('does not rate the project in the half-year: the scheme grades it once, at year-end', async () => {
    const { status, details } = await refusal({ period: 'half-year', grade: 'good', points: '8.5' });
    expect([status, details.map((detail) => [detail.path, detail.rule])]).toEqual([400, [['period', 'period-not-for-indicator']]]);
  });

  it('refuses points outside the grade’s range with 400 naming points and the rule, in Chinese, recording nothing', async () => {
    await k.send(office, `${CYCLE}/phases/mid-year/close`);
    await k.send(office, `${CYCLE}/phases/monitoring/close`, { periods: [] });
    await k.send(office, `${CYCLE}/phases/year-end/open`);
    const above = await refusal({ grade: 'good', points: '9.5' });
    expect([above.status, above.details.map((detail) => [detail.path, detail.rule])]).toEqual([400, [['points', 'points-outside-grade-range']]]);
    expect(above.details[0]?.message).toMatch(/分值区间/);
    const below = await refusal({ grade: '一般', points: '4.5' });
    expect(below.details.map((detail) => [detail.path, detail.rule])).toEqual([['points', 'points-outside-grade-range']]);
    const notRange = await refusal({ grade: 'advanced', points: '9' });
    expect(notRange.details.map((detail) => [detail.path, detail.rule])).toEqual([['points', 'points-not-for-grade']]);
  });

  it('records 良好 at the 8.5 points picked, counted once for both period shares', async () => {
    const res = await rate({ grade: 'good', points: '8.5' });
    expect(res.status).toBe(201);
    const head = await settledHeadPosition(k.api.store);
    const explained = await k.read<Readonly<{ explanation: ExplanationNode }>>(office, `${CYCLE}/units/caizhengju/explained-score?minPosition=${head}`);
    const leaves = nodesOf(explained.explanation, 'special-projects');
    // 8.5 of the 10 points in each share of the assessed part: half-year 30/90, year-end 60/90.
    expect(leaves.map((leaf) => leaf.shown)).toEqual(['2.83', '5.67']);
  });
});
