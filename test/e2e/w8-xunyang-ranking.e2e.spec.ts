import { parseDocumentText } from '@kaoping/scoring';
import type { SchemeWhatIf } from '@kaoping/cycle-log';
import { settledHeadPosition } from '@kaoping/testing';
import { parseCsv } from '@kaoping/spreadsheet';
import { liveAgreesWithLog } from './support/audit-reads';
import { recordExample } from './support/example-cycle';
import { type Headers, type Kaoping, readRepoFile, startKaoping } from './support/kaoping';

// Xunyang (S8): 区直单位 with investment-promotion duty (N 70 + S 15 + 15) and without (N 80 +
// conduct 20) are two categories of the scheme (one tree each) and one ranking group
// (`district-departments-all`): the top 1/5 and the last place are counted over the whole group.
// schemes/examples/w8-xunyang-district-departments.facts.yaml: 22 + 6 units with distinct totals.

type LiveLine = Readonly<{ unitId: string; categoryId: string; total: string; rank: number; grade: Readonly<{ id: string }>; flags: readonly Readonly<{ ref?: string }>[] }>;
type LiveRead = Readonly<{ total: number; units: readonly LiveLine[]; category: Readonly<{ categoryId: string; categories: readonly string[]; ranking: Readonly<{ id: string; units: number }> | null; grades: readonly Readonly<{ id: string; count: number; places?: number }>[] }> }>;

const WINNERS = ['dept01', 'wu1', 'dept02', 'wu2', 'dept03', 'wu3'];

describe('Xunyang 区直单位: one ranking across two trees', () => {
  let k: Kaoping;
  let office: Headers;
  let head: bigint;
  beforeAll(async () => {
    k = await startKaoping('embedded');
    await recordExample(k, { cycleId: 'w8', year: 2026, name: '浔阳区综合考核', scheme: 'schemes/s8-xunyang-znsx.yaml', facts: 'schemes/examples/w8-xunyang-district-departments.facts.yaml' });
    office = await k.asOffice();
    head = await settledHeadPosition(k.api.store);
  }, 180_000);
  afterAll(() => k.close());

  const csv = async (path: string): Promise<readonly string[][]> => {
    const res = await k.api.http().get(path).set(office);
    if (res.status !== 200) throw new Error(`GET ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return parseCsv(res.text);
  };
  const column = (table: readonly string[][], title: string): string[] => {
    const at = table[0]?.indexOf(title) ?? -1;
    if (at < 0) throw new Error(`no column ${title} in ${JSON.stringify(table[0])}`);
    return table.slice(1).map((row) => row[at] ?? '');
  };

  it('reads the live ranking of the group by its id: 28 units, 6 winners over both trees and one last place', async () => {
    const live = await k.read<LiveRead>(office, `/cycles/w8/live-scores/district-departments-all?minPosition=${head}`);
    expect(live.total).toBe(28);
    expect(live.units.map((unit) => unit.rank)).toEqual(Array.from({ length: 28 }, (_, index) => index + 1));
    expect(live.units.filter((unit) => unit.grade.id === 'winner').map((unit) => unit.unitId)).toEqual(WINNERS);
    expect(live.units.filter((unit) => unit.flags.some((flag) => flag.ref === 'last-place')).map((unit) => unit.unitId)).toEqual(['dept22']);
    expect(live.units.slice(0, 2).map((unit) => [unit.unitId, unit.categoryId, unit.total])).toEqual([
      ['dept01', 'district-departments', '100.00'],
      ['wu1', 'district-departments-no-investment', '99.75'],
    ]);
    expect(live.category).toMatchObject({ categoryId: 'district-departments-all', categories: ['district-departments', 'district-departments-no-investment'], ranking: { id: 'district-departments-all', units: 28 } });
    expect(live.category.grades.find((grade) => grade.id === 'winner')).toMatchObject({ count: 6, places: 6 });
  });

  it('gives each member category its own units with their ranks and grades in the group, as the log computes them', async () => {
    const live = await k.read<LiveRead>(office, `/cycles/w8/live-scores/district-departments-no-investment?minPosition=${head}`);
    expect(live.units.map((unit) => `${unit.unitId} ${unit.rank} ${unit.grade.id}`)).toEqual(['wu1 2 winner', 'wu2 4 winner', 'wu3 6 winner', 'wu4 8 standard', 'wu5 10 standard', 'wu6 12 standard']);
    expect(live.category.ranking).toMatchObject({ id: 'district-departments-all', units: 28 });
    const { live: lines, log } = await liveAgreesWithLog({ k, who: office, cycleId: 'w8', categoryId: 'district-departments' });
    expect(lines).toEqual(log);
    expect(lines.filter((line) => line[3] === 'winner').map((line) => line[0])).toEqual(['dept01', 'dept02', 'dept03']);
  });

  it('exports the group ranking with each unit’s category and the parts of both trees', async () => {
    const table = await csv('/cycles/w8/exports/ranking/district-departments-all?format=csv');
    expect(column(table, '单位编码').slice(0, 6)).toEqual(WINNERS);
    expect(column(table, '等次').filter((grade) => grade === '优胜单位')).toHaveLength(6);
    expect(column(table, '考评类别').slice(0, 2)).toEqual(['district-departments', 'district-departments-no-investment']);
    expect(column(table, '常规工作（N）（满分80）').slice(0, 2)).toEqual(['', '79.75']);
    expect(column(table, '常规工作（N）（满分70）').slice(0, 2)).toEqual(['70.00', '']);
  });

  it('records provisional results of a member category with the ranks and grades of the group', async () => {
    await k.send(office, '/cycles/w8/results/district-departments-no-investment/computations');
    const snapshot = await csv('/cycles/w8/exports/snapshot/district-departments-no-investment?format=csv');
    expect(column(snapshot, '单位编码')).toEqual(['wu1', 'wu2', 'wu3', 'wu4', 'wu5', 'wu6']);
    expect(column(snapshot, '名次')).toEqual(['2', '4', '6', '8', '10', '12']);
  });

  // What-if over the group: a draft that reweights only the tree with investment duty (N 70 → 1,
  // conduct 15 → 84) caps dept03..dept22's routine deductions at 1, so twenty of them tie at 99.00
  // ahead of wu3 (98.75), whose own tree and total do not change: over the group it falls from 6th
  // (优胜单位) to 25th (达标). Ranked within its own category it would stay 3rd.
  it('shows in a what-if the group-wide ranks and grades that a weight change in the other tree moves, and records nothing', async () => {
    type Node = { id: string; points?: number; children?: Node[] };
    const parsed = parseDocumentText(readRepoFile('schemes/s8-xunyang-znsx.yaml'), 'yaml');
    if (!parsed.ok) throw new Error(parsed.error.message);
    const draft = JSON.parse(JSON.stringify(parsed.value)) as { version: number; categories: { id: string; parts: Node[] }[] };
    draft.version = 2;
    const parts = draft.categories.find((category) => category.id === 'district-departments')?.parts ?? [];
    const node = (nodes: readonly Node[] | undefined, id: string): Node => {
      const found = nodes?.find((candidate) => candidate.id === id);
      if (found === undefined) throw new Error(`no node ${id}`);
      return found;
    };
    node(parts, 'routine').points = 1;
    node(parts, 'special').points = 99;
    node(node(parts, 'special').children, 'conduct').points = 84;
    const before = await k.api.log();

    const res = await k.api.http().post('/cycles/w8/what-if').set(office).send({ scheme: draft, categoryId: 'district-departments-no-investment' });
    expect(res.status).toBe(200);
    const [category] = (res.body as SchemeWhatIf).categories;
    expect(category?.ranking).toEqual(expect.objectContaining({ id: 'district-departments-all', units: 28 }));
    const wu3 = category?.units.find((unit) => unit.unitId === 'wu3');
    expect(wu3).toEqual(
      expect.objectContaining({
        inForce: expect.objectContaining({ total: '98.75', rank: 6, grade: expect.objectContaining({ id: 'winner' }) }),
        draft: expect.objectContaining({ total: '98.75', rank: 25, grade: expect.objectContaining({ id: 'standard' }) }),
        totalChange: '0.00',
        gradeChanged: true,
        rankChange: -19,
        partsMoved: [],
      }),
    );
    expect(category?.units.map((unit) => `${unit.unitId} ${unit.inForce.rank}→${unit.draft.rank}`)).toEqual(['wu1 2→2', 'wu2 4→4', 'wu3 6→25', 'wu4 8→26', 'wu5 10→27', 'wu6 12→28']);
    expect(category?.changed).toEqual(['wu3', 'wu4', 'wu5', 'wu6']);

    // The reweighted tree's own units carry the same group ranks.
    const all = (await k.api.http().post('/cycles/w8/what-if').set(office).send({ scheme: draft })).body as SchemeWhatIf;
    const withDuty = all.categories.find((candidate) => candidate.categoryId === 'district-departments');
    expect(withDuty?.units.slice(0, 4).map((unit) => `${unit.unitId} ${unit.draft.total} ${unit.inForce.rank}→${unit.draft.rank}`)).toEqual([
      'dept01 100.00 1→1',
      'dept02 99.50 3→3',
      'dept03 99.00 5→5',
      'dept04 99.00 7→5',
    ]);
    expect(await k.api.log()).toEqual(before);
  });
});
