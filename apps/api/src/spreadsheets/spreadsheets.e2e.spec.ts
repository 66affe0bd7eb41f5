import { loadWorkbook, parseCsv } from '@kaoping/spreadsheet';
import { TEST_ADMIN_PASSWORD, bootApi, type ApiUnderTest } from '../testing/api-test-app';
import { signInEveryone, planningCycle, type PersonRole } from '../testing/lifecycle-actors';

const CYCLE = 'xlsx2026';

describe('spreadsheets over HTTP: templates, imports, batches and exports', () => {
  let api: ApiUnderTest;
  let as: Readonly<Record<PersonRole, Readonly<{ Authorization: string }>>>;

  beforeAll(async () => {
    api = await bootApi();
    as = await signInEveryone(api, await api.login('admin', TEST_ADMIN_PASSWORD));
    await planningCycle(api, as.office, CYCLE);
    for (const [phase, action] of [['planning', 'close'], ['monitoring', 'open']] as const) {
      const res = await api.http().post(`/cycles/${CYCLE}/phases/${phase}/${action}`).set(as.office).send({});
      if (res.status !== 201) throw new Error(`${phase} ${action}: ${res.status} ${JSON.stringify(res.body)}`);
    }
  }, 180_000);
  afterAll(async () => {
    await api.close();
  });

  it('gives a data provider a template of its own indicators, takes it back filled, and records nothing the second time', async () => {
    const template = await api.http().get(`/cycles/${CYCLE}/templates/values`).set(as['data-provider']).responseType('blob');
    expect(template.status).toBe(200);
    expect(Buffer.isBuffer(template.body)).toBe(true);
    const workbook = await loadWorkbook(template.body);
    expect(workbook.worksheets.map((worksheet: { name: string }) => worksheet.name)).toEqual(['说明', '_lists', '数据报送']);
    const sheet = workbook.getWorksheet('数据报送');
    // The finance bureau provides revenue for the two units that have it assigned (xinchengpu, nanniu), in both periods.
    const rows: string[][] = [];
    sheet?.eachRow((row: { getCell: (at: number) => { value: unknown } }, number: number) => {
      if (number > 2) rows.push([String(row.getCell(1).value), String(row.getCell(3).value), String(row.getCell(5).value)]);
    });
    expect(rows).toEqual([
      ['nanniu', 'revenue', 'mid-year'],
      ['nanniu', 'revenue', 'year-end'],
      ['xinchengpu', 'revenue', 'mid-year'],
      ['xinchengpu', 'revenue', 'year-end'],
    ]);
    if (sheet === undefined) throw new Error('no 数据报送 sheet');
    sheet.getRow(3).getCell(6).value = '88.5';
    sheet.getRow(5).getCell(6).value = '2400.50';
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());

    const dry = await api.http().post(`/cycles/${CYCLE}/imports?dryRun=true`).set(as['data-provider']).attach('file', filled, '财政局数据.xlsx');
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ status: 'dry-run', recorded: 0, rowCount: 2, fileName: '财政局数据.xlsx' });
    expect(dry.body.planned.map((p: { type: string; row: number }) => [p.type, p.row])).toEqual([['SubmitData', 3], ['SubmitData', 5]]);
    const before = (await api.log()).length;

    const first = await api.http().post(`/cycles/${CYCLE}/imports`).set(as['data-provider']).attach('file', filled, '财政局数据.xlsx');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'recorded', recorded: 2, alreadyRecorded: 0 });
    const after = await api.log();
    // Two values and the upload itself (who, when, file hash, row count).
    expect(after.length).toBe(before + 3);
    const upload = after.find((event) => event.type === 'FileImported');
    expect(upload?.data).toMatchObject({ cycleId: CYCLE, fileHash: first.body.fileHash, rowCount: 2 });
    expect(upload?.metadata.actorId).toBe('zhao.finance');

    const again = await api.http().post(`/cycles/${CYCLE}/imports`).set(as['data-provider']).attach('file', filled, '财政局数据.xlsx');
    expect(again.body).toMatchObject({ status: 'recorded', recorded: 0, alreadyRecorded: 2 });
    expect((await api.log()).length).toBe(after.length);
  }, 60_000);

  it('refuses a CSV with bad rows with every problem named, in the one error shape, and records nothing', async () => {
    const before = (await api.log()).length;
    const csv = '单位编码,指标编码,期间,数值\r\nnanniu,revenue,year-end,abc\r\nnowhere,revenue,year-end,10\r\n';
    const res = await api.http().post(`/cycles/${CYCLE}/imports?kind=values`).set(as['data-provider']).attach('file', Buffer.from(csv, 'utf8'), 'values.csv');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('import-refused');
    expect(res.body.details.map((d: { path: string; rule: string }) => [d.path, d.rule])).toEqual([
      ['values!数值:2', 'not-a-decimal'],
      ['values!单位编码:3', 'unit-not-found'],
    ]);
    expect(res.body.details[0].message).toContain('须为十进制数');
    expect((await api.log()).length).toBe(before);
  }, 60_000);

  it('takes a batch of values as JSON, all or nothing, idempotent by content', async () => {
    const body = { values: [{ unitId: 'xinchengpu', indicatorId: 'jobs', period: 'mid-year', value: '40' }] };
    const bad = await api.http().post(`/cycles/${CYCLE}/batch/values`).set(as['unit-reporter']).send({ values: [...body.values, { unitId: 'nanniu', indicatorId: 'jobs', period: 'mid-year', value: '1' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toHaveLength(1);
    expect(bad.body.details[0]).toMatchObject({ path: 'values!单位编码:2', rule: 'not-own-unit' });
    const first = await api.http().post(`/cycles/${CYCLE}/batch/values`).set(as['unit-reporter']).send(body);
    expect(first.body).toMatchObject({ status: 'recorded', recorded: 1 });
    const again = await api.http().post(`/cycles/${CYCLE}/batch/values`).set(as['unit-reporter']).send(body);
    expect(again.body).toMatchObject({ status: 'recorded', recorded: 0, alreadyRecorded: 1 });
  }, 60_000);

  it('exports the ranking as CSV with Chinese titles and exact totals, and refuses the export to a data provider', async () => {
    const res = await api.http().get(`/cycles/${CYCLE}/exports/ranking/townships?format=csv`).set(as.office);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const [header, ...rows] = parseCsv(res.text);
    expect(header?.slice(0, 3)).toEqual(['名次', '单位编码', '单位名称']);
    expect(header).toContain('总分');
    const scores = await api.http().get(`/audit/cycles/${CYCLE}/categories/townships/scores?at=now`).set(as.auditor);
    const totalAt = header?.indexOf('总分') ?? -1;
    expect(new Map(rows.map((row) => [row[1], row[totalAt]]))).toEqual(new Map(scores.body.units.map((u: { unitId: string; total: string }) => [u.unitId, u.total])));
    const refused = await api.http().get(`/cycles/${CYCLE}/exports/ranking/townships`).set(as['data-provider']);
    expect(refused.status).toBe(403);
  }, 60_000);
});
