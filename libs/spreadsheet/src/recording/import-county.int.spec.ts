import { createEventStore, type EventStore } from '@kaoping/eventstore';
import { scoreCategoryFromLog } from '@kaoping/cycle-log';
import { categoryAsOf, diffBetween, scoreAt } from '@kaoping/audit';
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
    // Every indicator of each unit's category: the proportional ones, the committee rating and the survey.
    expect(assignmentsPlan.rows).toHaveLength(SHAPE.units * (SHAPE.indicators + 2));
    const assignments = await fillTemplate(await templateWorkbook(assignmentsPlan), {
      sheet: '指标分配',
      fill: (row) => (row['indicatorId'] === 'committee' || row['indicatorId'] === 'public' ? undefined : { 'target:mid-year': countyTarget(indexOf(row['unitId'] ?? ''), indexOf(row['indicatorId'] ?? ''), 'mid-year'), 'target:year-end': countyTarget(indexOf(row['unitId'] ?? ''), indexOf(row['indicatorId'] ?? ''), 'year-end') }),
    });
    files.set('assignments.xlsx', assignments);
    const assigned = await importFile({ store, cycleId: SHAPE.cycleId, actor: COUNTY_ACTORS.office, now: driver.now() }, { file: { name: 'assignments.xlsx', bytes: assignments } });
    expect(assigned.problems).toEqual([]);
    expect(assigned.recorded).toBe(SHAPE.units * (SHAPE.indicators + 2));

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
    // The template comes back with the values recorded so far: those rows are unchanged, not problems.
    expect(report.rowCount).toBe(plan.rows.length + 3);
    expect(report.unchanged).toBe(plan.rows.length);
    const dataRows = plan.rows.length + 3;
    expect(report.problems.map(({ sheet, row, column, rule, value }) => ({ sheet, row, column, rule, value }))).toEqual([
      // A provider's row naming an indicator it does not provide is refused by its scope first.
      { sheet: '数据报送', row: dataRows, column: '指标编码', rule: 'not-own-indicator', value: 'no-such-indicator' },
      { sheet: '数据报送', row: dataRows + 1, column: '数值', rule: 'not-a-decimal', value: '12,5' },
      // A different value for a slot recorded already is a correction, which needs its reason.
      { sheet: '数据报送', row: dataRows + 2, column: '更正原因', rule: 'reason-required', value: '' },
    ]);
    for (const problem of report.problems) {
      expect(problem.message['zh-CN']).not.toBe('');
      expect(problem.message.en).not.toBe('');
    }
    expect(report.recorded).toBe(0);
    expect(await log()).toBe(before);
  }, 120_000);

  it('takes corrections from the values template sent back: a changed value with its reason supersedes the recorded one, one without a reason is named, unchanged rows record nothing', async () => {
    const providerId = 'stats-bureau';
    const actor = COUNTY_ACTORS.provider(providerId);
    const plan = templatePlan(await base(), 'values', { providerId });
    // The template shows the values that count now.
    expect(plan.rows.map((row) => row['value'])).toEqual(plan.rows.map((row) => countyValue(indexOf(row['unitId'] ?? ''), indexOf(row['indicatorId'] ?? ''), row['period'] ?? '')));
    const [a, b] = plan.rows;
    if (a === undefined || b === undefined) throw new Error('the template has fewer than two rows');
    const same = (row: Readonly<Record<string, string>>, other: Readonly<Record<string, string>>) => row['unitId'] === other['unitId'] && row['indicatorId'] === other['indicatorId'] && row['period'] === other['period'];
    const sendBack = async (reasonForB: string) =>
      fillTemplate(await templateWorkbook(plan), {
        sheet: '数据报送',
        fill: (row) => (same(row, a) ? { value: '1234.50', reason: '统计口径调整，按年报数更正' } : same(row, b) ? { value: '777', reason: reasonForB } : undefined),
      });
    const before = await log();
    const refused = await importFile({ store, cycleId: SHAPE.cycleId, actor, now: driver.now() }, { file: { name: 'values-again.xlsx', bytes: await sendBack('') } });
    expect(refused.status).toBe('refused');
    expect(refused.problems.map(({ row, column, rule }) => ({ row, column, rule }))).toEqual([{ row: 4, column: '更正原因', rule: 'reason-required' }]);
    expect(await log()).toBe(before);

    const correctedFile = await sendBack('录入错误');
    const corrected = await importFile({ store, cycleId: SHAPE.cycleId, actor, now: driver.now() }, { file: { name: 'values-corrected.xlsx', bytes: correctedFile } });
    expect(corrected.problems).toEqual([]);
    expect(corrected).toMatchObject({ status: 'recorded', recorded: 2, unchanged: plan.rows.length - 2 });
    expect(corrected.planned.map((p) => [p.row, p.type, p.events])).toEqual([
      [3, 'CorrectData', ['DataCorrected']],
      [4, 'CorrectData', ['DataCorrected']],
    ]);
    const events = await store.readAll();
    const correction = events.find((event) => event.type === 'DataCorrected' && event.streamId.endsWith(a['unitId'] ?? '') && (event.data as { indicatorId?: string }).indicatorId === a['indicatorId']);
    const submitted = events.find((event) => event.type === 'DataSubmitted' && event.streamId === correction?.streamId && (event.data as { indicatorId?: string; period?: string }).indicatorId === a['indicatorId'] && (event.data as { period?: string }).period === a['period']);
    // A new event pointing at the old one, with who and why; the old one stays as it was.
    expect(correction?.data).toMatchObject({ supersedes: submitted?.id, value: '1234.50', period: a['period'] });
    expect(correction?.metadata).toMatchObject({ actorId: actor.userId, role: 'data-provider', reason: '统计口径调整，按年报数更正' });
    expect(submitted?.data).toMatchObject({ value: a['value'] });

    // The same file again: its rows are recognised by their command ids. Another file with the same
    // values (here another reason: another hash, so other command ids) finds every value as it is now.
    const again = await importFile({ store, cycleId: SHAPE.cycleId, actor, now: driver.now() }, { file: { name: 'values-corrected.xlsx', bytes: correctedFile } });
    expect(again).toMatchObject({ status: 'recorded', recorded: 0, alreadyRecorded: 2, unchanged: plan.rows.length - 2 });
    const rewritten = await importFile({ store, cycleId: SHAPE.cycleId, actor, now: driver.now() }, { file: { name: 'values-rewritten.xlsx', bytes: await sendBack('录入错误（复核）') } });
    expect(rewritten).toMatchObject({ status: 'recorded', recorded: 0, alreadyRecorded: 0, unchanged: plan.rows.length });
    // Two corrections and one upload fact for each of the two files new to the log.
    expect(await log()).toBe(before + 4);
    const next = templatePlan(await base(), 'values', { providerId });
    expect(next.rows.find((row) => same(row, a))?.['value']).toBe('1234.50');
  }, 120_000);

  it('records inspection findings from the findings template, each a proposal with its evidence, after naming a row whose rule the scheme lacks', async () => {
    const plan = templatePlan(await base(), 'findings');
    expect(plan.lists.get('ruleId')).toEqual(['inspection']);
    const rows = [
      { unitId: countyUnitId(0), ruleId: 'inspection', amount: '0.5', what: '便民服务窗口无人值守', where: '镇便民服务中心', evidence: 'photo-a1；photo-a2' },
      { unitId: countyUnitId(2), ruleId: 'inspection', amount: '1', what: '台账未按月更新', where: '镇党政办', evidence: 'photo-b1' },
    ];
    const before = await log();
    const bad = await importFile({ store, cycleId: SHAPE.cycleId, actor: COUNTY_ACTORS.inspector, now: driver.now() }, {
      file: { name: 'findings-bad.xlsx', bytes: await fillTemplate(await templateWorkbook(plan), { sheet: '察访核验', append: [...rows, { ...rows[0], unitId: countyUnitId(4), ruleId: 'no-such-rule' }] }) },
    });
    expect(bad.problems.map(({ row, column, rule, value }) => ({ row, column, rule, value }))).toEqual([{ row: 5, column: '扣分规则', rule: 'unknown-rule', value: 'no-such-rule' }]);
    expect(await log()).toBe(before);

    const report = await importFile({ store, cycleId: SHAPE.cycleId, actor: COUNTY_ACTORS.inspector, now: driver.now() }, {
      file: { name: 'findings.xlsx', bytes: await fillTemplate(await templateWorkbook(plan), { sheet: '察访核验', append: rows }) },
    });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ status: 'recorded', recorded: 2 });
    const findings = (await store.readAll()).filter((event) => event.type === 'InspectionFindingRecorded');
    expect(findings.map((event) => [(event.data as { unitId: string }).unitId, (event.data as { amount?: string }).amount, event.metadata.role, event.metadata.evidence])).toEqual([
      [countyUnitId(0), '0.5', 'inspector', ['photo-a1', 'photo-a2']],
      [countyUnitId(2), '1', 'inspector', ['photo-b1']],
    ]);
  }, 120_000);

  it('records the committee’s ratings and the survey office’s satisfaction results from their templates at year-end, and they reach the scores', async () => {
    await driver.send({ type: 'AssignRater', data: { raterId: 'li.committee', raterRole: 'committee-member', units: 'all' } });
    for (const [phase, action] of [['monitoring', 'close'], ['mid-year', 'open'], ['mid-year', 'close'], ['year-end', 'open']] as const) await driver.phase(phase, action);
    const rater = { userId: 'li.committee', role: 'committee' } as const;
    const ratingsPlan = templatePlan(await base(), 'ratings', { raterId: rater.userId });
    expect(ratingsPlan.rows).toHaveLength(SHAPE.units);
    const grades = ['good', 'fair', 'poor'];
    const ratings = await fillTemplate(await templateWorkbook(ratingsPlan), { sheet: '评价打分', fill: (row) => ({ grade: grades[indexOf(row['unitId'] ?? '') % 3] ?? 'good' }) });
    const rated = await importFile({ store, cycleId: SHAPE.cycleId, actor: rater, now: driver.now() }, { file: { name: 'ratings.xlsx', bytes: ratings } });
    expect(rated.problems).toEqual([]);
    expect(rated).toMatchObject({ status: 'recorded', recorded: SHAPE.units });

    const surveyor = { userId: 'zhou.survey', role: 'survey-office' } as const;
    const surveysPlan = templatePlan(await base(), 'surveys');
    expect(surveysPlan.columns.map((c) => c.zh)).toEqual(expect.arrayContaining(['样本量', '人数·满意[satisfied]', '人数·比较满意[fairly-satisfied]', '人数·不满意[dissatisfied]']));
    const surveys = await fillTemplate(await templateWorkbook(surveysPlan), {
      sheet: '满意度调查',
      fill: (row): Readonly<Record<string, string>> => (indexOf(row['unitId'] ?? '') % 2 === 0 ? { sampleSize: '200', 'count:satisfied': '150', 'count:fairly-satisfied': '40', 'count:dissatisfied': '10' } : { sampleSize: '120', rate: '87.5' }),
    });
    const surveyed = await importFile({ store, cycleId: SHAPE.cycleId, actor: surveyor, now: driver.now() }, { file: { name: 'surveys.xlsx', bytes: surveys } });
    expect(surveyed.problems).toEqual([]);
    expect(surveyed).toMatchObject({ status: 'recorded', recorded: SHAPE.units });

    const scored = await categoryAsOf({ store, now: () => new Date(Date.UTC(2100, 0, 1)) }, { cycleId: SHAPE.cycleId, categoryId: 'townships', moment: { kind: 'now' } });
    const first = scored.units.find((unit) => unit.unitId === countyUnitId(0));
    // unit-001: committee 好 (100 % of 80 points); survey (150×100 % + 40×80 %) / 200 = 91 % of 10 points.
    expect(first?.parts).toMatchObject({ committee: '80.00', public: '9.10' });
    const third = scored.units.find((unit) => unit.unitId === countyUnitId(2));
    // unit-003: committee 差 (50 %); survey the same 91 %.
    expect(third?.parts).toMatchObject({ committee: '40.00', public: '9.10' });
  }, 180_000);

  it('prints the 公示 of published results as a PDF with an embedded Chinese font, the notice period, the appeal route and the seal', async () => {
    for (const [phase, action] of [['year-end', 'close'], ['review', 'open']] as const) await driver.phase(phase, action);
    const categoryId = 'townships';
    const asOf = driver.now();
    const scored = await scoreCategoryFromLog({ store, cycleId: SHAPE.cycleId, categoryId, asOf });
    await driver.send({ type: 'ComputeResults', data: { categoryId, asOf, ...scored } });
    await driver.phase('review', 'close');
    await driver.phase('publication', 'open');
    await driver.send({ type: 'PublishResults', data: { categoryId, noticeEndsAt: '2100-03-07' } });

    // The departments' diff over the townships' computation and publication lists neither.
    const departments = await diffBetween({ store, now: () => new Date(Date.UTC(2100, 0, 1)) }, { cycleId: SHAPE.cycleId, categoryId: 'departments', from: { kind: 'position', position: BigInt(scored.asOfPosition) }, to: { kind: 'now' } });
    expect(departments.facts.map((fact) => fact.event.type)).toEqual(['PhaseClosed', 'PhaseOpened']);

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
