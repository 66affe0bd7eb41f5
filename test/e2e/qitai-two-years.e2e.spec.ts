import { parseDocumentText } from '@kaoping/scoring';
import type { SchemeWhatIf } from '@kaoping/cycle-log';
import { settledHeadPosition } from '@kaoping/testing';
import { type Headers, type Kaoping, readRepoFile, startKaoping } from './support/kaoping';

// Qitai (S4, seed 000), two years running through the API: the county (一级, the unscored root of the
// tree), three departments and a township (二级), a section (三级) and eight staff (四级) of 交通运输局,
// and 交通运输局's special project (专项). 2026 follows 2025. Every value is recorded by the person
// who would record it: the office plans and runs the phases, the county's bureaus report the
// departments' and the township's data, sections and staff report their own, the survey office
// records the public evaluations, the development commission and the audit bureau the project's.

const SCHEME = 'schemes/s4-qitai-four-level.yaml';

/** A value for the half-year and one for the year-end (of 100). */
type Values = Readonly<Record<string, readonly [half: string, yearEnd: string]>>;
/** A public evaluation of 10 respondents: 满意, 基本满意 (60 %), 不满意 (0 %). */
type Survey = readonly [satisfied: number, fairly: number, dissatisfied: number];
type Assessed = Readonly<{ values: Values; survey: Survey }>;
type Year = Readonly<{
  cycleId: string;
  year: number;
  predecessorCycleId?: string;
  /** Departments and the township, by unit id (the bureaus report their values). */
  units: Readonly<Record<string, Assessed>>;
  /** The section and the staff, by unit id (they report their own). */
  ownReports: Readonly<Record<string, Assessed>>;
  project: Readonly<{ tracking: string; audit: string; survey: Survey }>;
}>;

const COUNTY = { unitId: 'qitai', name: '奇台县', level: 'county' } as const;
const UNITS = [
  { unitId: 'caizhengju', name: '县财政局', level: 'department', categoryId: 'departments', parentUnitId: 'qitai' },
  { unitId: 'jiaotongju', name: '县交通运输局', level: 'department', categoryId: 'departments', parentUnitId: 'qitai' },
  { unitId: 'shuiliju', name: '县水利局', level: 'department', categoryId: 'departments', parentUnitId: 'qitai' },
  { unitId: 'laoqitai', name: '老奇台镇', level: 'township', categoryId: 'townships', parentUnitId: 'qitai' },
  { unitId: 'guihuagu', name: '规划股', level: 'section', categoryId: 'sections', parentUnitId: 'jiaotongju' },
  { unitId: 'road', name: '奇台—江布拉克公路', level: 'project', categoryId: 'special-projects', parentUnitId: 'jiaotongju' },
  // 交通运输局's staff: four in its section, four directly under it.
  ...['li-ming', 'wang-fang', 'zhang-wei', 'zhao-lei'].map((unitId) => ({ unitId, name: unitId, level: 'person', categoryId: 'staff', parentUnitId: 'guihuagu' })),
  ...['sun-li', 'zhou-jie', 'wu-min', 'zheng-hao'].map((unitId) => ({ unitId, name: unitId, level: 'person', categoryId: 'staff', parentUnitId: 'jiaotongju' })),
] as const;
const STAFF = UNITS.filter((unit) => unit.level === 'person').map((unit) => unit.unitId);

/** The scheme's data provider of a department's or township's indicator (sections and staff report their own). */
const PROVIDER_OF: Readonly<Record<string, string>> = {
  'key-work': 'performance-office',
  'annual-targets': 'performance-office',
  'public-services': 'performance-office',
  conduct: 'efficiency-office',
  economy: 'statistics-bureau',
  society: 'statistics-bureau',
};

const same = (value: string): readonly [string, string] => [value, value];
const department = (keyWork: readonly [string, string], annualTargets: string, conduct: string, survey: Survey): Assessed => ({
  values: { 'key-work': keyWork, 'annual-targets': same(annualTargets), conduct: same(conduct) },
  survey,
});
const township = (all: string, survey: Survey): Assessed => ({
  values: Object.fromEntries(['key-work', 'economy', 'society', 'public-services', 'conduct'].map((id) => [id, same(all)])),
  survey,
});
const section = (all: string, survey: Survey): Assessed => ({ values: { 'key-work': same(all), 'annual-targets': same(all), conduct: same(all) }, survey });
const person = (all: string, survey: Survey): Assessed => ({ values: { general: same(all), 'post-targets': same(all), conduct: same(all) }, survey });

// The same staff both years: what changes their 优秀 places is their unit's own grade.
// general 20 + post targets 40 + conduct 30 (of 90, as the value's share) + public 10:
//   li-ming    100 and 10 满意              → 90 + 10                       = 100.00 优秀
//   wang-fang  100 and 8 满意 2 基本满意     → 90 + (800 + 120)/10 % of 10  =  99.20 优秀
//   zhang-wei  95 and 10 满意               → 85.5 + 10                     =  95.50 优秀
//   zhao-lei   90 and 5 满意 5 基本满意      → 81 + 8                        =  89.00 称职
//   the other four 80 and 5/5              → 72 + 8                        =  80.00 称职
const OWN_REPORTS: Year['ownReports'] = {
  guihuagu: section('90', [10, 0, 0]),
  'li-ming': person('100', [10, 0, 0]),
  'wang-fang': person('100', [8, 2, 0]),
  'zhang-wei': person('95', [10, 0, 0]),
  'zhao-lei': person('90', [5, 5, 0]),
  ...Object.fromEntries(['sun-li', 'zhou-jie', 'wu-min', 'zheng-hao'].map((id) => [id, person('80', [5, 5, 0])])),
};

const YEAR_2025: Year = {
  cycleId: 'qitai2025',
  year: 2025,
  units: {
    caizhengju: department(same('95'), '90', '90', [9, 1, 0]),
    jiaotongju: department(same('90'), '90', '85', [8, 2, 0]),
    shuiliju: department(same('80'), '85', '80', [7, 3, 0]),
    laoqitai: township('70', [5, 5, 0]),
  },
  ownReports: OWN_REPORTS,
  project: { tracking: '85', audit: '90', survey: [10, 0, 0] },
};
const YEAR_2026: Year = {
  cycleId: 'qitai2026',
  year: 2026,
  predecessorCycleId: 'qitai2025',
  units: {
    caizhengju: department(same('75'), '95', '90', [9, 1, 0]),
    jiaotongju: department(same('95'), '95', '90', [10, 0, 0]),
    shuiliju: department(['90', '93'], '85', '85', [8, 2, 0]),
    laoqitai: township('75', [6, 4, 0]),
  },
  ownReports: OWN_REPORTS,
  project: { tracking: '95', audit: '90', survey: [10, 0, 0] },
};

type Grade = Readonly<{ id: string; label: Readonly<Record<string, string>> }>;
type Flag = Readonly<{ code: string; ref?: string }>;
type LiveUnit = Readonly<{
  unitId: string;
  total: string;
  rank: number;
  grade: Grade;
  parts: readonly Readonly<{ id: string; shown: string }>[];
  flags: readonly Flag[];
  resultsUse: Readonly<{ rankChange?: Readonly<{ previousRank: number; change: number; direction: string }> }>;
}>;
type TreeNode = Readonly<{ unitId: string; level: string; categoryId: string | null; score: Readonly<{ total: string }> | null; children: readonly TreeNode[] }>;
type PersonGrades = Readonly<{
  unit: Readonly<{ total: string; grade: Grade }> | null;
  excellenceRatio: string | null;
  quota: number | null;
  persons: readonly Readonly<{ personId: string; total: string; scored: string; grade: string; quotaFilled: boolean }>[];
}>;

// On both stores: a county without a category is a row with no category in PostgreSQL's read model too.
describe.each(['embedded', 'postgres'] as const)('Qitai over two years on %s, through HTTP: four levels, a special project, last year’s results and a what-if', (store) => {
  let k: Kaoping;
  let office: Headers;

  const fresh = async (): Promise<string> => `minPosition=${await settledHeadPosition(k.api.store)}`;
  const live = async (cycleId: string, categoryId: string): Promise<ReadonlyMap<string, LiveUnit>> => {
    const read = await k.read<Readonly<{ units: readonly LiveUnit[] }>>(office, `/cycles/${cycleId}/live-scores/${categoryId}?${await fresh()}`);
    return new Map(read.units.map((unit) => [unit.unitId, unit]));
  };
  const partsOf = (unit: LiveUnit | undefined) => Object.fromEntries((unit?.parts ?? []).map((part) => [part.id, part.shown]));
  const standing = (unit: LiveUnit | undefined) => (unit === undefined ? undefined : [unit.total, unit.rank, unit.grade.label['zh-CN']]);
  const personGrades = async (cycleId: string, unitId: string): Promise<PersonGrades> => k.read<PersonGrades>(office, `/cycles/${cycleId}/units/${unitId}/person-grades?${await fresh()}`);
  const graded = (grades: PersonGrades) => Object.fromEntries(grades.persons.map((p) => [p.personId, [p.total, p.scored, p.grade, p.quotaFilled]]));

  /** One year of Qitai from planning to the review, each step by the person who takes it. */
  const runYear = async (year: Year): Promise<void> => {
    const cycle = `/cycles/${year.cycleId}`;
    const phase = (name: string, action: 'open' | 'close', body: Readonly<Record<string, unknown>> = {}) => k.send(office, `${cycle}/phases/${name}/${action}`, body);
    const provider = (providerId: string) => k.as(`provider.${providerId}`, 'data-provider', { providerId });
    const survey = await k.as('survey.statistics-bureau', 'survey-office', { providerId: 'statistics-bureau' });
    const surveyed = (unitId: string, [satisfied, fairly, dissatisfied]: Survey) =>
      k.send(survey, `${cycle}/units/${unitId}/surveys`, {
        indicatorId: 'public',
        counts: { satisfied: String(satisfied), 'fairly-satisfied': String(fairly), dissatisfied: String(dissatisfied) },
        sampleSize: String(satisfied + fairly + dissatisfied),
      });
    const report = async (at: 0 | 1) => {
      const period = at === 0 ? 'half-year' : 'year-end';
      for (const [unitId, { values }] of Object.entries(year.units)) {
        for (const [indicatorId, value] of Object.entries(values)) {
          const providerId = PROVIDER_OF[indicatorId];
          if (providerId === undefined) throw new Error(`no provider of ${indicatorId} in the test's table`);
          await k.send(await provider(providerId), `${cycle}/units/${unitId}/data`, { indicatorId, period, value: value[at] });
        }
      }
      for (const [unitId, { values }] of Object.entries(year.ownReports)) {
        const own = await k.asReporter(unitId);
        for (const [indicatorId, value] of Object.entries(values)) await k.send(own, `${cycle}/units/${unitId}/data`, { indicatorId, period, value: value[at] });
      }
    };

    // Planning (方案部署): the cycle, the scheme, the four levels with the county at the root, the project.
    await k.send(office, '/cycles', { cycleId: year.cycleId, year: year.year, name: `${year.year}年度奇台县四级绩效管理`, ...(year.predecessorCycleId === undefined ? {} : { predecessorCycleId: year.predecessorCycleId }) });
    await k.send(office, `${cycle}/scheme`, { schemeYaml: readRepoFile(SCHEME) });
    await phase('planning', 'open');
    await k.send(office, `${cycle}/units`, COUNTY);
    for (const unit of UNITS) await k.send(office, `${cycle}/units`, unit);
    await phase('planning', 'close', { periods: [] });

    // Monitoring and the half-year (半年初评): the half-year values.
    await phase('monitoring', 'open');
    await phase('mid-year', 'open');
    await report(0);
    await phase('mid-year', 'close');
    await phase('monitoring', 'close', { periods: [] });

    // Year-end (年终总评): the year-end values, the public evaluations (公众评议), the project's tracking and audit.
    await phase('year-end', 'open');
    await report(1);
    for (const [unitId, { survey: counts }] of [...Object.entries(year.units), ...Object.entries(year.ownReports)]) await surveyed(unitId, counts);
    await k.send(await provider('development-commission'), `${cycle}/units/road/data`, { indicatorId: 'tracking', period: 'year-end', value: year.project.tracking });
    await k.send(await provider('audit-bureau'), `${cycle}/units/road/data`, { indicatorId: 'audit', period: 'year-end', value: year.project.audit });
    await surveyed('road', year.project.survey);
    await phase('year-end', 'close');

    // Review (审核): the project's result is computed first; its grade is what its owner counts.
    await phase('review', 'open');
    await k.send(office, `${cycle}/results/special-projects/computations`);
  };

  /** The office publishes the units' results (公示) and opens the results phase (结果运用). */
  const publish = async (cycleId: string, categoryIds: readonly string[]): Promise<void> => {
    const cycle = `/cycles/${cycleId}`;
    await k.send(office, `${cycle}/phases/review/close`);
    await k.send(office, `${cycle}/phases/publication/open`);
    for (const categoryId of categoryIds) {
      await k.send(office, `${cycle}/results/${categoryId}/computations`);
      await k.send(office, `${cycle}/results/${categoryId}/publication`, { noticeEndsAt: '2099-12-31T00:00:00Z' });
    }
    await k.send(office, `${cycle}/phases/results/open`);
  };

  beforeAll(async () => {
    k = await startKaoping(store);
    office = await k.asOffice();
    await runYear(YEAR_2025);
  }, 600_000);
  afterAll(() => k.close());

  describe('2025', () => {
    it('registers the county as the unscored root of the four levels, and reads the tree below it', async () => {
      const tree = await k.read<Readonly<{ roots: readonly TreeNode[] }>>(office, `/cycles/qitai2025/units-tree?${await fresh()}`);
      const shape = (nodes: readonly TreeNode[]): unknown[] => nodes.map((node) => [node.unitId, node.children.length === 0 ? [] : shape(node.children)]);
      expect(shape(tree.roots)).toEqual([
        [
          'qitai',
          [
            ['caizhengju', []],
            ['jiaotongju', [['guihuagu', [['li-ming', []], ['wang-fang', []], ['zhang-wei', []], ['zhao-lei', []]]], ['road', []], ['sun-li', []], ['wu-min', []], ['zheng-hao', []], ['zhou-jie', []]]],
            ['shuiliju', []],
            ['laoqitai', []],
          ],
        ],
      ]);
      expect(tree.roots[0]).toMatchObject({ level: 'county', categoryId: null, score: null });
      // Section: key work 35 × 90 % + targets 35 × 90 % + conduct 20 × 90 % = 81, + 10 满意 of 10 = 91.00.
      expect(tree.roots[0]?.children.find((node) => node.unitId === 'jiaotongju')?.children[0]?.score).toMatchObject({ total: '91.00' });
    });

    it('has no score of the county to explain: the seed grades 一级 from its vice-county-heads’ areas, by no points', async () => {
      const res = await k.api.http().get(`/cycles/qitai2025/units/qitai/explained-score?${await fresh()}`).set(office);
      expect([res.status, res.body.code]).toEqual([404, 'unit-not-scored']);
    });

    it('scores the project and lands its grade in its owner’s points', async () => {
      // Project: tracking 85 × 80 % + public 100 × 10 % + audit 90 × 10 % = 68 + 10 + 9 = 87.00 → 良好 (80–90).
      expect(standing((await live('qitai2025', 'special-projects')).get('road'))).toEqual(['87.00', 1, '良好']);
      // 良好 enters as 8–9 of the 10 points: 87 is 7/10 into 80–90 → 8.7, in both period shares.
      // 交通运输局: key work 30 × 90 % + targets 30 × 90 % + conduct 20 × 85 % + projects 8.7 = 27 + 27 + 17 + 8.7 = 79.70.
      expect(partsOf((await live('qitai2025', 'departments')).get('jiaotongju'))).toEqual({ assessed: '79.70', public: '9.20' });
    });

    it('totals and ranks the departments and the township to the hand calculation', async () => {
      await publish('qitai2025', ['departments', 'townships', 'sections', 'staff']);
      const departments = await live('qitai2025', 'departments');
      // 交通运输局: 79.7 + public (8 × 100 % + 2 × 60 %) / 10 = 92 % of 10 = 9.2 → 88.90 良好.
      // 财政局: 30 × 95 % + 30 × 90 % + 20 × 90 % = 73.5 (no project: its 10 points are 0) + 96 % of 10 = 9.6 → 83.10 良好.
      // 水利局: 30 × 80 % + 30 × 85 % + 20 × 80 % = 65.5 + 88 % of 10 = 8.8 → 74.30 合格.
      expect(['jiaotongju', 'caizhengju', 'shuiliju'].map((id) => standing(departments.get(id)))).toEqual([
        ['88.90', 1, '良好'],
        ['83.10', 2, '良好'],
        ['74.30', 3, '合格'],
      ]);
      // 老奇台镇: 80 points of indicators × 70 % = 56 (no project) + 80 % of 10 = 8 → 64.00 不合格, the first year: no flag.
      const laoqitai = (await live('qitai2025', 'townships')).get('laoqitai');
      expect(standing(laoqitai)).toEqual(['64.00', 1, '不合格']);
      expect(laoqitai?.flags.map((flag) => flag.ref)).not.toContain('two-years-fail');
      // The first year has no year before it.
      expect([...departments.values()].every((unit) => unit.resultsUse.rankChange === undefined)).toBe(true);
    });

    it('grades 交通运输局’s staff within the 优秀 share its 良好 allows: 18 % of 8 → 1 place', async () => {
      const grades = await personGrades('qitai2025', 'jiaotongju');
      // round_half_up(8 × 18 %) = round_half_up(1.44) = 1: 李明 (100.00) keeps 优秀; 王芳 and 张伟 score 优秀 but are 称职.
      expect(grades).toMatchObject({ unit: { total: '88.90', grade: { id: 'good' } }, excellenceRatio: '18', quota: 1 });
      expect(graded(grades)).toMatchObject({
        'li-ming': ['100.00', '优秀', '优秀', false],
        'wang-fang': ['99.20', '优秀', '称职', true],
        'zhang-wei': ['95.50', '优秀', '称职', true],
        'zhao-lei': ['89.00', '称职', '称职', false],
        'sun-li': ['80.00', '称职', '称职', false],
      });
    });
  });

  describe('2026, following 2025', () => {
    beforeAll(() => runYear(YEAR_2026), 600_000);

    it('lands the project’s 先进 in its owner’s points as the full 10', async () => {
      // Project: 95 × 80 % + 10 + 9 = 95.00 → 先进 → 10 of 10.
      expect(standing((await live('qitai2026', 'special-projects')).get('road'))).toEqual(['95.00', 1, '先进']);
      // 交通运输局: 30 × 95 % + 30 × 95 % + 20 × 90 % + 10 = 28.5 + 28.5 + 18 + 10 = 85.00.
      expect(partsOf((await live('qitai2026', 'departments')).get('jiaotongju'))).toEqual({ assessed: '85.00', public: '10.00' });
    });

    it('totals the departments and shows each its rank change against 2025’s published results', async () => {
      const departments = await live('qitai2026', 'departments');
      // 交通运输局: 85 + 10 = 95.00 优秀, first as in 2025.
      // 水利局: key work half-year 30 × 30/90 × 90 % + year-end 30 × 60/90 × 93 % = 9 + 18.6 = 27.6; targets 30 × 85 % = 25.5;
      //         conduct 20 × 85 % = 17 → 70.1 + 92 % of 10 = 9.2 → 79.30 合格, up from third to second.
      // 财政局: 30 × 75 % + 30 × 95 % + 20 × 90 % = 22.5 + 28.5 + 18 = 69 + 9.6 → 78.60 合格, down from second to third.
      expect(['jiaotongju', 'shuiliju', 'caizhengju'].map((id) => [...(standing(departments.get(id)) ?? []), departments.get(id)?.resultsUse.rankChange])).toEqual([
        ['95.00', 1, '优秀', { previousRank: 1, change: 0, direction: 'same' }],
        ['79.30', 2, '合格', { previousRank: 3, change: 1, direction: 'up' }],
        ['78.60', 3, '合格', { previousRank: 2, change: -1, direction: 'down' }],
      ]);
      expect([...departments.values()].some((unit) => unit.flags.some((flag) => flag.code === 'results-flag'))).toBe(false);
    });

    it('flags 老奇台镇, 不合格 two years running (连续两年被评为差)', async () => {
      // 80 × 75 % = 60 + (6 × 100 % + 4 × 60 %) / 10 = 84 % of 10 = 8.4 → 68.40 不合格, as in 2025.
      const laoqitai = (await live('qitai2026', 'townships')).get('laoqitai');
      expect(standing(laoqitai)).toEqual(['68.40', 1, '不合格']);
      expect(laoqitai?.flags).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'results-flag', ref: 'two-years-fail' })]));
    });

    it('grades 交通运输局’s staff within the share its 优秀 now allows: 20 % of 8 → 2 places', async () => {
      const grades = await personGrades('qitai2026', 'jiaotongju');
      // round_half_up(8 × 20 %) = round_half_up(1.6) = 2: 李明 and 王芳 优秀; 张伟 (95.50) is 称职 still.
      expect(grades).toMatchObject({ unit: { total: '95.00', grade: { id: 'excellent' } }, excellenceRatio: '20', quota: 2 });
      expect(graded(grades)).toMatchObject({
        'li-ming': ['100.00', '优秀', '优秀', false],
        'wang-fang': ['99.20', '优秀', '优秀', false],
        'zhang-wei': ['95.50', '优秀', '称职', true],
        'zhao-lei': ['89.00', '称职', '称职', false],
      });
      expect(grades.persons.map((p) => p.personId).sort()).toEqual([...STAFF].sort());
    });

    it('shows the office what moving 10 points of key work to annual targets would do, and records nothing', async () => {
      const parsed = parseDocumentText(readRepoFile(SCHEME), 'yaml');
      if (!parsed.ok) throw new Error(parsed.error.message);
      type Node = { id: string; points?: number; children?: Node[] };
      // A parsed YAML document is plain JSON data; the test changes only the departments' two weights.
      const draft = JSON.parse(JSON.stringify(parsed.value)) as { version: number; categories: { id: string; parts: Node[] }[] };
      draft.version = 2;
      const assessed = draft.categories.find((category) => category.id === 'departments')?.parts.find((part) => part.id === 'assessed');
      const node = (id: string): Node => {
        const found = assessed?.children?.find((child) => child.id === id);
        if (found === undefined) throw new Error(`no node ${id}`);
        return found;
      };
      node('key-work').points = 20;
      node('annual-targets').points = 40;

      const before = await k.api.log();
      const res = await k.api.http().post('/cycles/qitai2026/what-if').set(office).send({ scheme: draft });
      expect(res.status).toBe(200);
      const answer = res.body as SchemeWhatIf;
      const departments = answer.categories.find((category) => category.categoryId === 'departments');
      const line = (unitId: string) => departments?.units.find((unit) => unit.unitId === unitId);
      // 财政局: key work 20 × 75 % = 15 + targets 40 × 95 % = 38 + conduct 18 = 71 + 9.6 → 80.60 良好 (+2.00), second.
      expect(line('caizhengju')).toMatchObject({
        inForce: { total: '78.60', rank: 3, grade: expect.objectContaining({ id: 'pass' }) },
        draft: { total: '80.60', rank: 2, grade: expect.objectContaining({ id: 'good' }) },
        totalChange: '2.00',
        gradeChanged: true,
        rankChange: 1,
        partsMoved: [expect.objectContaining({ id: 'assessed', changeShown: '2.00' })],
      });
      // 水利局: key work 20 × 92 % = 18.4 + targets 40 × 85 % = 34 + conduct 17 = 69.4 + 9.2 → 78.60 (−0.70), third.
      expect(line('shuiliju')).toMatchObject({ inForce: { total: '79.30', rank: 2 }, draft: { total: '78.60', rank: 3 }, totalChange: '-0.70', rankChange: -1 });
      // 交通运输局: 20 × 95 % + 40 × 95 % = 57, as before → 95.00, first.
      expect(line('jiaotongju')).toMatchObject({ inForce: { total: '95.00', rank: 1 }, draft: { total: '95.00', rank: 1 }, totalChange: '0.00', rankChange: 0 });
      expect(departments?.changed).toEqual(expect.arrayContaining(['caizhengju', 'shuiliju']));
      expect(departments?.changed).not.toContain('jiaotongju');
      // The township's key work is its own node: untouched.
      expect(answer.categories.find((category) => category.categoryId === 'townships')?.changed).toEqual([]);
      expect(await k.api.log()).toEqual(before);
    });
  });
});
