import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CategoryResult } from '@kaoping/scoring';
import { type CliIo, EXIT } from './cli-io';
import { runCli } from './cli';

// The CLI in-process on the shipped schemes and example facts, and on broken files.

const ROOT = join(__dirname, '..', '..', '..');

type Run = Readonly<{ code: number; out: string; err: string }>;

/** Runs a command line; `files` are extra in-memory files, everything else is read from the repository. */
const cli = async (argv: readonly string[], files: Readonly<Record<string, string>> = {}): Promise<Run> => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readFile: (path) => files[path] ?? readFileSync(join(ROOT, path), 'utf8'),
  };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
};

const scoreJson = async (scheme: string, facts: string): Promise<readonly CategoryResult[]> => {
  const run = await cli(['score', '--scheme', `schemes/${scheme}`, '--facts', `schemes/examples/${facts}`, '--json']);
  expect(run.code).toBe(EXIT.ok);
  const parsed: unknown = JSON.parse(run.out);
  // The CLI prints { scheme, categories } where categories are the engine's results.
  return (parsed as { categories: readonly CategoryResult[] }).categories;
};

const totalsAndGrades = (results: readonly CategoryResult[]): readonly (readonly [string, string, string])[] =>
  results.flatMap((result) => result.units.map((unit) => [unit.name ?? unit.unitId, unit.total, unit.grade.label['zh-CN']] as const));

describe('npm run cli -- score', () => {
  it.each([
    ['s1-sichuan-2014.yaml', 'w1-sichuan-department.facts.yaml', [['某厅（W1）', '93.65', '先进'], ['某厅（W1b）', '88.35', '合格']]],
    ['s2-jiangsu-2011.yaml', 'w2-jiangsu-department.facts.yaml', [['某厅（W2）', '85.28', '良好']]],
    [
      's3-zhengding.yaml',
      'w3-zhengding-townships.facts.yaml',
      [
        ['新城铺镇', '99.55', '先进'],
        ['南牛乡', '99.53', '合格'],
        ['新安镇', '94.29', '先进'],
        ['西平乐乡', '92.84', '合格'],
        ['南楼乡', '83.35', '合格'],
        ['曲阳桥乡', '67.20', '合格'],
        ['北早现乡', '51.28', '不合格'],
      ],
    ],
    [
      's6-city-organs.yaml',
      'w4-city-organs.facts.yaml',
      [
        ['发改委', '99.60', '优秀'],
        ['财政局', '94.40', '优秀'],
        ['教育局', '92.20', '优秀'],
        ['民政局', '92.20', '优秀'],
        ['交通局', '87.70', '良好'],
        ['水利局', '84.70', '良好'],
        ['农业局', '84.00', '达标'],
        ['商务局', '81.80', '达标'],
        ['统计局', '76.80', '达标'],
        ['审计局', '72.20', '不达标'],
      ],
    ],
    ['s5-shanghang-township.yaml', 'w5-shanghang-township.facts.yaml', [['上杭乡', '789.88', '一等奖']]],
  ])('scores %s with %s to the totals and grades of EXAMPLES.md', async (scheme, facts, expected) => {
    expect(totalsAndGrades(await scoreJson(scheme, facts))).toEqual(expected);
  });

  it('prints the W3 table ranked, with parts, total, grade and flags', async () => {
    const run = await cli(['score', '--scheme', 'schemes/s3-zhengding.yaml', '--facts', 'schemes/examples/w3-zhengding-townships.facts.yaml']);
    const lines = run.out.split('\n');
    expect(run.code).toBe(EXIT.ok);
    expect(lines[1]?.split(/\s+/)).toEqual(['名次', '单位', '指标评估', '领导评估', '加分', '扣分', '总分', '等次', '标记']);
    expect(lines[4]?.trim().split(/\s+/)).toEqual(['2', '南牛乡', '90.00', '9.53', '0.00', '0.00', '99.53', '合格', '发生特大生产安全事故：取消先进资格']);
  });

  it('includes the explanation trees in JSON', async () => {
    const [townships] = await scoreJson('s3-zhengding.yaml', 'w3-zhengding-townships.facts.yaml');
    const leaf = townships?.units[0]?.explanation.children[0]?.children[0]?.children[0]?.children[0];
    expect(leaf).toMatchObject({ id: 'fiscal-revenue', period: 'mid-year', inputs: { actual: '2400', target: '2500' }, factIds: ['xinchengpu-fiscal-revenue-mid-year'] });
  });

  it('says which data is still pending before its deadline and missing after it', async () => {
    const facts = [
      'scheme: s3-zhengding',
      'cycleYear: 2026',
      'units: [{ id: a, name: 甲乡, category: townships }]',
      'facts:',
      '  - { type: DataSubmitted, unitId: a, indicatorId: new-jobs, period: mid-year, value: 300 }',
    ].join('\n');
    const flagsAt = async (asOf: string): Promise<readonly string[]> => {
      const run = await cli(['score', '--scheme', 'schemes/s3-zhengding.yaml', '--facts', 'live.facts.yaml', '--as-of', asOf, '--json'], { 'live.facts.yaml': facts });
      const [townships] = (JSON.parse(run.out) as { categories: readonly CategoryResult[] }).categories;
      return townships?.units[0]?.flags.filter((flag) => flag.code.endsWith('-data')).map((flag) => `${flag.code}: ${(flag.items ?? []).filter((item) => item.startsWith('new-jobs')).join(',')}`) ?? [];
    };
    // Mid-year data was due 15 July, year-end data 15 January of the next year (ratings 31 January).
    expect(await flagsAt('2026-12-20')).toEqual(['missing-data: ', 'pending-data: new-jobs@year-end']);
    expect(await flagsAt('2027-01-16')).toEqual(['missing-data: new-jobs@year-end', 'pending-data: ']);
  });

  it('refuses facts for another scheme', async () => {
    const run = await cli(['score', '--scheme', 'schemes/s1-sichuan-2014.yaml', '--facts', 'schemes/examples/w3-zhengding-townships.facts.yaml']);
    expect([run.code, run.err]).toEqual([EXIT.invalidInput, expect.stringContaining('the facts are for scheme "s3-zhengding"')]);
  });

  it('names the path of a bad fact', async () => {
    const facts = 'units: [{ id: a, category: townships }]\nfacts:\n  - { type: DataSubmitted, unitId: a, indicatorId: new-jobs, value: lots }\n';
    const run = await cli(['score', '--scheme', 'schemes/s3-zhengding.yaml', '--facts', 'bad.facts.yaml'], { 'bad.facts.yaml': facts });
    expect([run.code, run.err]).toEqual([EXIT.invalidInput, expect.stringContaining('bad.facts.yaml:3:69: facts[0].value [not-a-decimal]')]);
  });

  it('explains its usage when arguments are missing', async () => {
    const run = await cli(['score', '--scheme', 'schemes/s3-zhengding.yaml']);
    expect([run.code, run.err]).toEqual([EXIT.usage, expect.stringContaining('--facts is required')]);
  });
});

describe('npm run cli -- validate', () => {
  const schemes = readdirSync(join(ROOT, 'schemes')).filter((file) => file.endsWith('.yaml'));

  it.each(schemes.map((file) => [file]))('prints OK for the seed scheme %s', async (file) => {
    const run = await cli(['validate', `schemes/${file}`]);
    expect([run.code, run.out]).toEqual([EXIT.ok, expect.stringMatching(/^OK /)]);
  });

  it('names the line and column of a YAML syntax error', async () => {
    const run = await cli(['validate', 'broken.yaml'], { 'broken.yaml': 'id: x\nname: "unclosed\n' });
    expect([run.code, run.err]).toEqual([EXIT.invalidInput, expect.stringMatching(/^broken\.yaml:\d+:\d+: syntax error/)]);
  });

  it('names the line and column of a JSON syntax error', async () => {
    const run = await cli(['validate', 'broken.json'], { 'broken.json': '{\n  "id": "x",\n  "version": 1,\n}\n' });
    expect([run.code, run.err]).toEqual([EXIT.invalidInput, expect.stringMatching(/^broken\.json:4:1: syntax error/)]);
  });

  it('lists every problem with its line and path', async () => {
    const scheme = readFileSync(join(ROOT, 'schemes/s7-tantou-township.yaml'), 'utf8').replace('weight: 30, provider', 'weight: 35, provider').replace('max: 2, rules', 'max: -2, rules');
    const run = await cli(['validate', 'tantou.yaml'], { 'tantou.yaml': scheme });
    expect(run.code).toBe(EXIT.invalidInput);
    expect(run.err.split('\n')).toEqual([
      expect.stringMatching(/^tantou\.yaml:\d+:\d+: categories\[0\]\.parts\[0\]\.children\[0\]\.children \[weights-sum\] 同级权重之和为 105%，应为 100% \/ sibling weights sum to 105%, not 100%$/),
      expect.stringMatching(/^tantou\.yaml:\d+:\d+: categories\[0\]\.deductions\.caps\[0\]\.max \[negative-cap\]/),
      '2 problems in tantou.yaml',
    ]);
  });

  it('fails on a file it cannot read', async () => {
    const run = await cli(['validate', 'schemes/missing.yaml']);
    expect([run.code, run.err]).toEqual([EXIT.invalidInput, expect.stringContaining('schemes/missing.yaml: cannot read the file')]);
  });

  it('rejects an unknown command with the list of commands', async () => {
    const run = await cli(['frobnicate']);
    expect([run.code, run.err]).toEqual([EXIT.usage, expect.stringContaining('validate   check a scheme file')]);
  });
});
