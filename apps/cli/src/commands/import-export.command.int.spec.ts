import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventStore, openSqlDatabase, type EventStore, type SqlClient } from '@kaoping/eventstore';
import { COUNTY_ACTORS, CountyDriver, countyCategoryOf, countyUnitId, loadWorkbook, parseCsv } from '@kaoping/spreadsheet';
import { scoreCategoryFromLog } from '@kaoping/cycle-log';
import type { CliIo } from '../cli-io';
import { createExportCommand } from './export.command';
import { createImportCommand } from './import.command';

const capture = (): CliIo & { lines: { out: string[]; err: string[] } } => {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, out: (l) => lines.out.push(l), err: (l) => lines.err.push(l), readFile: () => '' };
};

describe('import and export on the command line', () => {
  let store: EventStore;
  let driver: CountyDriver;
  let database: SqlClient;
  const dir = mkdtempSync(join(tmpdir(), 'kaoping-cli-'));
  const opened = () => Promise.resolve({ store, database, schema: 'kaoping', close: async () => undefined });

  beforeAll(async () => {
    database = await openSqlDatabase({ kind: 'embedded' });
    store = await createEventStore({ kind: 'sql', client: database, dialect: 'embedded' });
    driver = new CountyDriver(store, { cycleId: 'cli2099', units: 4, indicators: 3 });
    await driver.setUp();
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    await database?.close();
  });

  it('imports a units CSV (dry run first), refuses a bad one with every problem on stderr, and exports the ranking', async () => {
    const rows = Array.from({ length: 4 }, (_, at) => `${countyUnitId(at)},第${at + 1}单位,township,${countyCategoryOf(at)}`);
    const good = join(dir, 'units.csv');
    writeFileSync(good, `单位编码,单位名称,层级,考评类别\r\n${rows.join('\r\n')}\r\n`);
    const importing = createImportCommand(opened);
    const as = ['--actor', COUNTY_ACTORS.office.userId, '--role', 'office', '--cycle', 'cli2099'];

    const dry = capture();
    expect(await importing.run([...as, '--file', good, '--dry-run'], dry)).toBe(0);
    expect(dry.lines.out[1]).toBe('dry run: 4 command(s) would be recorded, 0 already recorded, 0 unchanged');
    const before = (await store.readAll()).length;
    expect(before).toBeGreaterThan(0);

    const done = capture();
    expect(await importing.run([...as, '--file', good], done)).toBe(0);
    expect(done.lines.out[1]).toMatch(/^recorded 4 command\(s\); 0 row\(s\) were recorded before/);

    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, '单位编码,单位名称,层级,考评类别\r\nunit-009,九,village,townships\r\nunit-010,十,township,nowhere\r\n');
    const refused = capture();
    const after = (await store.readAll()).length;
    expect(await importing.run([...as, '--file', bad], refused)).toBe(1);
    expect(refused.lines.err.slice(2)).toEqual([
      expect.stringMatching(/^ {2}bad 第2行 层级 \[unknown-level\] “village”/),
      expect.stringMatching(/^ {2}bad 第3行 考评类别 \[unknown-category\] “nowhere”/),
    ]);
    expect((await store.readAll()).length).toBe(after);

    const exporting = createExportCommand(opened);
    const csv = capture();
    expect(await exporting.run(['ranking', '--cycle', 'cli2099', '--category', 'townships', '--format', 'csv'], csv)).toBe(0);
    const [header, ...ranking] = parseCsv(csv.lines.out.join('\n'));
    expect(header?.slice(0, 3)).toEqual(['名次', '单位编码', '单位名称']);
    expect(ranking.map((row) => row[1]).sort()).toEqual([countyUnitId(0), countyUnitId(2)]);

    const file = join(dir, 'ranking.xlsx');
    expect(await exporting.run(['ranking', '--cycle', 'cli2099', '--category', 'townships', '--out', file], capture())).toBe(0);
    const workbook = await loadWorkbook(readFileSync(file));
    expect(workbook.getWorksheet('排名-townships')?.getCell('A3').value).toBe('名次');

    // No snapshot yet: said plainly, exit 1; once the mid-year snapshot is taken, its lines.
    const none = capture();
    expect(await exporting.run(['snapshot', '--cycle', 'cli2099', '--category', 'townships', '--format', 'csv'], none)).toBe(1);
    expect(none.lines.err).toEqual([expect.stringMatching(/^no-snapshot: /)]);
    for (const [phase, action] of [['planning', 'close'], ['monitoring', 'open'], ['monitoring', 'close'], ['mid-year', 'open']] as const) await driver.phase(phase, action);
    const asOf = driver.now();
    const scored = await scoreCategoryFromLog({ store, cycleId: 'cli2099', categoryId: 'townships', asOf });
    await driver.send({ type: 'TakeSnapshot', data: { categoryId: 'townships', phase: 'mid-year', asOf, ...scored } });
    const snapshot = capture();
    expect(await exporting.run(['snapshot', '--cycle', 'cli2099', '--category', 'townships', '--format', 'csv'], snapshot)).toBe(0);
    const [snapshotHeader, ...lines] = parseCsv(snapshot.lines.out.join('\n'));
    expect(snapshotHeader).toEqual(['名次', '单位编码', '总分', '等次']);
    expect(new Map(lines.map((line) => [line[1], line[2]]))).toEqual(new Map(scored.units.map((unit) => [unit.unitId, unit.total])));
    expect(lines).toHaveLength(2);
  }, 120_000);
});
