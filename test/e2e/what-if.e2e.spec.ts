import { parseDocumentText } from '@kaoping/scoring';
import type { SchemeWhatIf } from '@kaoping/cycle-log';
import type { CliIo } from '../../apps/cli/src/cli-io';
import { createWhatIfCommand } from '../../apps/cli/src/commands/what-if.command';
import { auditReads } from './support/audit-reads';
import { recordExample } from './support/example-cycle';
import { type Kaoping, readRepoFile, startKaoping } from './support/kaoping';

type Node = { id: string; points?: number; children?: Node[] };
type SchemeDoc = { version: number; categories: { id: string; parts: Node[] }[] };

/** The Zhengding scheme in force (v1), as the office would load it to draft an amendment. */
const zhengding = (): SchemeDoc => {
  const parsed = parseDocumentText(readRepoFile('schemes/s3-zhengding.yaml'), 'yaml');
  if (!parsed.ok) throw new Error(parsed.error.message);
  // A parsed YAML document is plain JSON data; the test reads only the fields it changes.
  return JSON.parse(JSON.stringify(parsed.value)) as SchemeDoc;
};

const child = (node: Node | undefined, id: string): Node => {
  const found = node?.children?.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no node ${id}`);
  return found;
};

/** Townships' indicators reweighted towards the economy: 经济发展 55 → 75 (30/25 → 40/35), 社会民生 35 → 15 (20/15 → 10/5). */
const economyFirst = (): SchemeDoc => {
  const draft = zhengding();
  draft.version = 2;
  const indicators = draft.categories.find((category) => category.id === 'townships')?.parts.find((part) => part.id === 'indicators');
  const economy = child(indicators, 'economy');
  const livelihood = child(indicators, 'livelihood');
  economy.points = 75;
  child(economy, 'fiscal-revenue').points = 40;
  child(economy, 'fixed-investment').points = 35;
  livelihood.points = 15;
  child(livelihood, 'livelihood-projects').points = 10;
  child(livelihood, 'new-jobs').points = 5;
  return draft;
};

// W3 (EXAMPLES.md): the office tries a reweighting of the township indicators before amending the scheme.
describe('what-if: a draft amendment scored on the W3 Zhengding cycle', () => {
  let k: Kaoping;
  beforeAll(async () => {
    k = await startKaoping('embedded');
    await recordExample(k, { cycleId: 'w3', year: 2026, name: '2026年度正定县乡镇绩效考评', scheme: 'schemes/s3-zhengding.yaml', facts: 'schemes/examples/w3-zhengding-townships.facts.yaml' });
  }, 240_000);
  afterAll(() => k.close());

  it('shows the office each township before and after a reweighting that swaps the first two ranks, and records nothing', async () => {
    const office = await k.asOffice();
    const before = await k.api.log();
    const res = await k.api.http().post('/cycles/w3/what-if').set(office).send({ scheme: economyFirst() });
    expect(res.status).toBe(200);
    const answer = res.body as SchemeWhatIf;
    expect([answer.inForce, answer.draft]).toEqual([
      { schemeId: 's3-zhengding', version: 1 },
      { schemeId: 's3-zhengding', version: 2 },
    ]);
    expect(answer.asOfPosition).toBe(before.at(-1)?.globalPosition.toString());
    const townships = answer.categories.find((category) => category.categoryId === 'townships');
    expect(townships?.units.slice(0, 2)).toEqual([
      expect.objectContaining({
        unitId: 'nanniu',
        inForce: expect.objectContaining({ total: '99.53', rank: 2 }),
        draft: expect.objectContaining({ total: '99.53', rank: 1 }),
        totalChange: '0.00',
        rankChange: 1,
        partsMoved: [],
      }),
      expect.objectContaining({
        unitId: 'xinchengpu',
        name: '新城铺镇',
        inForce: { total: '99.55', rank: 1, grade: expect.objectContaining({ id: 'advanced' }) },
        draft: { total: '98.97', rank: 2, grade: expect.objectContaining({ id: 'advanced' }) },
        totalChange: '-0.58',
        gradeChanged: false,
        rankChange: -1,
        partsMoved: [expect.objectContaining({ id: 'indicators', before: '88.4625', after: '87.8875', change: '-0.575', changeShown: '-0.58' })],
      }),
    ]);
    expect(townships?.changed).toEqual(expect.arrayContaining(['nanniu', 'xinchengpu', 'xipingle', 'beizaoxian']));
    // The departments and old-town categories have no units in W3: compared, with nothing to show.
    expect(answer.notCompared).toEqual([]);

    expect(await k.api.log()).toEqual(before);
    const inForce = await auditReads(k, await k.asAuditor(), 'w3').category('townships');
    expect([inForce.schemeVersion, inForce.units[0]?.unitId]).toEqual([1, 'xinchengpu']);
  });

  it('lets the auditor ask too (YAML text, one category), and refuses the committee and unit reporters', async () => {
    const yaml = readRepoFile('schemes/s3-zhengding.yaml').replace('version: 1', 'version: 2');
    const auditor = await k.api.http().post('/cycles/w3/what-if').set(await k.asAuditor()).send({ schemeYaml: yaml, categoryId: 'townships' });
    expect(auditor.status).toBe(200);
    const same = auditor.body as SchemeWhatIf;
    expect(same.categories.map((category) => [category.categoryId, category.changed])).toEqual([['townships', []]]);
    for (const who of [await k.asCommittee(), await k.asReporter('nanniu')]) {
      const refused = await k.api.http().post('/cycles/w3/what-if').set(who).send({ scheme: economyFirst() });
      expect([refused.status, refused.body.code]).toEqual([403, 'role-not-allowed']);
    }
  });

  it('refuses a draft that is no valid scheme with every problem at its path, as publishing would, and records nothing', async () => {
    const office = await k.asOffice();
    const draft = economyFirst();
    const indicators = draft.categories.find((category) => category.id === 'townships')?.parts.find((part) => part.id === 'indicators');
    child(indicators, 'economy').points = 65;
    const before = await k.api.log();
    const res = await k.api.http().post('/cycles/w3/what-if').set(office).set('Accept-Language', 'en').send({ scheme: draft });
    expect([res.status, res.body.code]).toEqual([400, 'invalid-scheme']);
    expect(res.body.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: expect.stringMatching(/^scheme\.categories\[\d+\]\.parts\[0\]\.children$/), rule: 'points-sum' })]),
    );
    const unknown = await k.api.http().post('/cycles/w3/what-if').set(office).send({ scheme: economyFirst(), categoryId: 'villages' });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'category-not-found']);
    const noCycle = await k.api.http().post('/cycles/w9/what-if').set(office).send({ scheme: economyFirst() });
    expect([noCycle.status, noCycle.body.code]).toEqual([404, 'cycle-not-found']);
    expect(await k.api.log()).toEqual(before);
  });

  it('prints the same comparison on the command line (a table, or JSON with --json), and the draft file’s problems at their lines', async () => {
    const files: Record<string, string> = {
      'draft.json': JSON.stringify(economyFirst(), null, 2),
      'bad.yaml': readRepoFile('schemes/s3-zhengding.yaml').replace('version: 1', 'version: 2').replace('points: 55', 'points: 65'),
    };
    const run = async (args: readonly string[]) => {
      const lines = { out: [] as string[], err: [] as string[] };
      const io: CliIo = { out: (line) => lines.out.push(line), err: (line) => lines.err.push(line), readFile: (path) => files[path] ?? '' };
      const whatIf = createWhatIfCommand(() => Promise.resolve({ store: k.api.store, close: () => Promise.resolve() }));
      return { code: await whatIf.run(args, io), ...lines };
    };
    const before = await k.api.log();

    const table = await run(['--cycle', 'w3', '--scheme', 'draft.json', '--category', 'townships']);
    expect(table.code).toBe(0);
    expect(table.out[0]).toMatch(/^w3: s3-zhengding v1 → s3-zhengding v2, as of /);
    expect(table.out).toContain('乡镇 (townships): nanniu, xinchengpu, xinan, xipingle, nanlou, quyangqiao, beizaoxian');
    expect(table.out.find((line) => line.startsWith('南牛乡'))).toMatch(/^南牛乡\s+99\.53\s+99\.53\s+0\.00\s+2→1 \(\+1\)\s+合格$/);
    expect(table.out.find((line) => line.startsWith('新城铺镇'))).toMatch(/^新城铺镇\s+99\.55\s+98\.97\s+-0\.58\s+1→2 \(-1\)\s+先进\s+指标评估 -0\.58$/);

    const json = await run(['--cycle', 'w3', '--scheme', 'draft.json', '--json']);
    expect(json.code).toBe(0);
    const printed = JSON.parse(json.out.join('\n')) as SchemeWhatIf;
    const viaApi = (await k.api.http().post('/cycles/w3/what-if').set(await k.asOffice()).send({ scheme: economyFirst() })).body as SchemeWhatIf;
    expect(printed.categories).toEqual(viaApi.categories);

    const bad = await run(['--cycle', 'w3', '--scheme', 'bad.yaml']);
    expect(bad.code).toBe(1);
    expect(bad.err[0]).toMatch(/^bad\.yaml:\d+:\d+: categories\[\d\]\.parts\[0\]\.children \[points-sum\]/);
    const unknown = await run(['--cycle', 'w9', '--scheme', 'draft.json']);
    expect([unknown.code, unknown.err]).toEqual([1, [expect.stringMatching(/^cycle-not-found: /)]]);
    expect(await k.api.log()).toEqual(before);
  });
});
