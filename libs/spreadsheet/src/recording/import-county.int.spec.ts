import { createEventStore, type EventStore } from '@kaoping/eventstore';
import { scoreCategoryFromLog } from '@kaoping/lifecycle';
import { scoreAt } from '@kaoping/audit';
import { rankingTable } from '../exports/ranking.table';
import { tablesToXlsx, loadWorkbook } from '../tables/xlsx.util';
import { templatePlan, templateWorkbook } from '../templates/template';
import {
  COUNTY_ACTORS,
  COUNTY_PROVIDERS,
  CountyDriver,
  countyCategoryOf,
  countyIndicatorId,
  countyTarget,
  countyUnitId,
  countyValue,
  fillTemplate,
} from '../testing/county.fixture';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { noticePdf } from '../publication/notice-pdf';
import { publicationNotice } from '../publication/publication-notice';
import { importFile, loadImportBase } from './import-file';

const SHAPE = { cycleId: 'county2099', units: 48, indicators: 10 } as const;
const indexOf = (id: string): number => Number(id.slice(id.lastIndexOf('-') + 1)) - 1;

describe('importing a 48-unit county from .xlsx templates', () => {
  let store: EventStore;
  let driver: CountyDriver;
  const files = new Map<string, Buffer>();
  const log = async () => (await store.readAll()).length;

  beforeAll(async () => {
    store = await createEventStore({ kind: 'embedded' });
    driver = new CountyDriver(store, SHAPE);
    await driver.setUp();
  }, 60_000);
  afterAll(async () => {
    await store.close();
  });

  const base = () => loadImportBase({ store, cycleId: SHAPE.cycleId, proposalStreams: [] });

  it('registers the units, assigns indicators with targets, records mid-year and year-end values from three providers, and the exported ranking equals the live scores', async () => {
    const unitsTemplate = await templateWorkbook(templatePlan(await base(), 'units'));
    const units = await fillTemplate(unitsTemplate, {
      sheet: '单位',
      append: Array.from({ length: SHAPE.units }, (_, at) => ({ unitId: countyUnitId(at), name: `第${at + 1}单位`, level: at % 2 === 0 ? '乡镇（街道）' : 'department', categoryId: countyCategoryOf(at) })),
    });
    files.set('units.xlsx', units);
    const registered = await importFile({ store, cycleId: SHAPE.cycleId, actor: COUNTY_ACTORS.office, now: driver.now() }, { file: { name: 'units.xlsx', bytes: units } });
    expect(registered.problems).toEqual([]);
    expect(registered).toMatchObject({ status: 'recorded', recorded: SHAPE.units, alreadyRecorded: 0 });

    const assignmentsPlan = templatePlan(await base(), 'assignments');
    // Every indicator of each unit's category: the proportional ones and the committee rating.
    expect(assignmentsPlan.rows).toHaveLength(SHAPE.units * (SHAPE.indicators + 1));
    const assignments = await fillTemplate(await templateWorkbook(assignmentsPlan), {
      sheet: '指标分配',
      fill: (row) => (row['indicatorId'] === 'committee' ? undefined : { 'target:mid-year': countyTarget(indexOf(row['unitId'] ?? ''), indexOf(row['indicatorId'] ?? ''), 'mid-year'), 'target:year-end': countyTarget(indexOf(row['unitId'] ?? ''), indexOf(row['indicatorId'] ?? ''), 'year-end') }),
    });
    files.set('assignments.xlsx', assignments);
    const assigned = await importFile({ store, cycleId: SHAPE.cycleId, actor: COUNTY_ACTORS.office, now: driver.now() }, { file: { name: 'assignments.xlsx', bytes: assignments } });
    expect(assigned.problems).toEqual([]);
    expect(assigned.recorded).toBe(SHAPE.units * (SHAPE.indicators + 1));

    await driver.phase('planning', 'close');
    await driver.phase('monitoring', 'open');
    for (const providerId of COUNTY_PROVIDERS) {
      const plan = templatePlan(await base(), 'values', { providerId });
      // A provider's template holds only its own indicators: about a third of them, for every unit and both periods.
      expect(new Set(plan.rows.map((row) => row['indicatorId']))).toEqual(new Set(Array.from({ length: SHAPE.indicators }, (_, at) => countyIndicatorId(at)).filter((_, at) => at % 3 === COUNTY_PROVIDERS.indexOf(providerId))));
      const values = await fillTemplate(await templateWorkbook(plan), {
        sheet: '数据报送',
        fill: (row) => ({ value: countyValue(indexOf(row['unitId'] ?? ''), indexOf(row['indicatorId'] ?? ''), row['period'] ?? '') }),
      });
      files.set(`values-${providerId}.xlsx`, values);
      const report = await importFile({ store, cycleId: SHAPE.cycleId, actor: COUNTY_ACTORS.provider(providerId), now: driver.now() }, { file: { name: `values-${providerId}.xlsx`, bytes: values } });
      expect(report.problems).toEqual([]);
      expect(report.recorded).toBe(plan.rows.length);
    }

    for (const categoryId of ['townships', 'departments']) {
      const { moment, result } = await scoreAt({ store, now: () => new Date(Date.UTC(2100, 0, 1)) }, { cycleId: SHAPE.cycleId, categoryId, moment: { kind: 'now' } });
      const workbook = await loadWorkbook(await tablesToXlsx([rankingTable(result, { cycleId: SHAPE.cycleId, moment: moment.at, position: moment.position })]));
      const sheet = workbook.getWorksheet(`排名-${categoryId}`);
      const header = (sheet?.getRow(3).values ?? []) as unknown[];
      const unitColumn = header.indexOf('单位编码');
      const totalColumn = header.indexOf('总分');
      const exported = new Map<string, unknown>();
      sheet?.eachRow((row, number) => {
        if (number > 3) exported.set(String(row.getCell(unitColumn).value), row.getCell(totalColumn).value);
      });
      const live = await scoreCategoryFromLog({ store, cycleId: SHAPE.cycleId, categoryId, asOf: moment.at });
      expect(live.units).toHaveLength(SHAPE.units / 2);
      expect(exported).toEqual(new Map(live.units.map((unit) => [unit.unitId, unit.total])));
      // Not every total is the same: the import carried the values through to different scores.
      expect(new Set(live.units.map((unit) => unit.total)).size).toBeGreaterThan(5);
    }
  }, 300_000);

  it('records nothing when the same files are imported again', async () => {
    const before = await log();
    for (const [name, bytes] of files) {
      const actor = name.startsWith('values-') ? COUNTY_ACTORS.provider(name.slice('values-'.length, -'.xlsx'.length)) : COUNTY_ACTORS.office;
      const report = await importFile({ store, cycleId: SHAPE.cycleId, actor, now: driver.now() }, { file: { name, bytes } });
      expect(report).toMatchObject({ status: 'recorded', recorded: 0, problems: [] });
      expect(report.alreadyRecorded).toBe(report.rowCount);
    }
    expect(await log()).toBe(before);
  }, 120_000);

  it('names all three bad rows of a file (sheet, row, column, rule, value) and records nothing', async () => {
    const before = await log();
    const providerId = 'finance-bureau';
    const plan = templatePlan(await base(), 'values', { providerId });
    const bad = await fillTemplate(await templateWorkbook(plan), {
      sheet: '数据报送',
      append: [
        { unitId: countyUnitId(0), indicatorId: 'no-such-indicator', period: 'year-end', value: '12' },
        { unitId: countyUnitId(1), indicatorId: countyIndicatorId(3), period: 'year-end', value: '12,5' },
        { unitId: countyUnitId(2), indicatorId: countyIndicatorId(0), period: 'year-end', value: '99' },
      ],
    });
    const report = await importFile({ store, cycleId: SHAPE.cycleId, actor: COUNTY_ACTORS.provider(providerId), now: driver.now() }, { file: { name: 'bad.xlsx', bytes: bad } });
    expect(report.status).toBe('refused');
    expect(report.rowCount).toBe(3);
    const dataRows = plan.rows.length + 3;
    expect(report.problems.map(({ sheet, row, column, rule, value }) => ({ sheet, row, column, rule, value }))).toEqual([
      // A provider's row naming an indicator it does not provide is refused by its scope first.
      { sheet: '数据报送', row: dataRows, column: '指标编码', rule: 'not-own-indicator', value: 'no-such-indicator' },
      { sheet: '数据报送', row: dataRows + 1, column: '数值', rule: 'not-a-decimal', value: '12,5' },
      { sheet: '数据报送', row: dataRows + 2, column: '指标编码', rule: 'already-submitted', value: countyIndicatorId(0) },
    ]);
    for (const problem of report.problems) {
      expect(problem.message['zh-CN']).not.toBe('');
      expect(problem.message.en).not.toBe('');
    }
    expect(report.recorded).toBe(0);
    expect(await log()).toBe(before);
  }, 120_000);

  it('prints the 公示 of published results as a PDF with an embedded Chinese font, the notice period, the appeal route and the seal', async () => {
    for (const [phase, action] of [['monitoring', 'close'], ['mid-year', 'open'], ['mid-year', 'close'], ['year-end', 'open'], ['year-end', 'close'], ['review', 'open']] as const) await driver.phase(phase, action);
    const categoryId = 'townships';
    const asOf = driver.now();
    const scored = await scoreCategoryFromLog({ store, cycleId: SHAPE.cycleId, categoryId, asOf });
    await driver.send({ type: 'ComputeResults', data: { categoryId, asOf, ...scored } });
    await driver.phase('review', 'close');
    await driver.phase('publication', 'open');
    await driver.send({ type: 'PublishResults', data: { categoryId, noticeEndsAt: '2100-03-07' } });

    const notice = await publicationNotice({ store, cycleId: SHAPE.cycleId, categoryId });
    expect(notice.seal.asOfPosition).toBe(scored.asOfPosition);
    const pdf = await noticePdf(notice);
    const dir = mkdtempSync(join(tmpdir(), 'kaoping-notice-'));
    const file = join(dir, 'notice.pdf');
    writeFileSync(file, pdf);

    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSansHans.*yes/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('2099年度某县绩效考评');
    expect(text).toContain('乡镇考评结果公示');
    expect(text).toContain('2100年3月7日');
    expect(text).toContain('申诉途径');
    expect(text).toContain('绩效考评办公室');
    expect(text).toContain(notice.seal.publishedHash);
    expect(text).toContain(`计算依据日志位置：${scored.asOfPosition}`);
    for (const line of scored.units) {
      const printed = notice.lines.find((l) => l.rank === line.rank && l.total === line.total);
      expect(printed).toBeDefined();
      expect(text).toContain(line.total);
    }
    expect(text).toContain('第1单位');

    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, join(dir, 'page')]);
    const png = readFileSync(join(dir, 'page-1.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(statSync(join(dir, 'page-1.png')).size).toBeGreaterThan(10_000);
    process.stdout.write(`公示 rendered: ${join(dir, 'page-1.png')}\n`);
  }, 180_000);
});
