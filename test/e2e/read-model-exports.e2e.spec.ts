import { settledHeadPosition } from '@kaoping/testing';
import { parseCsv } from '@kaoping/spreadsheet';
import { auditReads } from './support/audit-reads';
import { type RecordedExample, recordExample } from './support/example-cycle';
import { type Headers, type Kaoping, startKaoping } from './support/kaoping';

// The exports an office files away (EXAMPLES.md W1, Sichuan 2014): each holds what the page or
// the JSON read shows, with Chinese column titles and the exact decimal text of every score.
describe('exports of W1 as the office files them (CSV and .xlsx)', () => {
  let k: Kaoping;
  let w1: RecordedExample;
  let office: Headers;
  beforeAll(async () => {
    k = await startKaoping('embedded');
    w1 = await recordExample(k, { cycleId: 'w1', year: 2014, name: '2014年度省政府部门绩效管理', scheme: 'schemes/s1-sichuan-2014.yaml', facts: 'schemes/examples/w1-sichuan-department.facts.yaml' });
    office = await k.asOffice();
  }, 180_000);
  afterAll(() => k.close());

  const csv = async (path: string, who: Headers = office): Promise<readonly string[][]> => {
    const res = await k.api.http().get(path).set(who);
    if (res.status !== 200) throw new Error(`GET ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    expect(res.headers['content-type']).toContain('text/csv');
    return parseCsv(res.text);
  };
  const column = (table: readonly string[][], title: string): string[] => {
    const at = table[0]?.indexOf(title) ?? -1;
    if (at < 0) throw new Error(`no column ${title} in ${JSON.stringify(table[0])}`);
    return table.slice(1).map((row) => row[at] ?? '');
  };

  it('exports the submission status with one row per item the JSON read lists', async () => {
    const head = await settledHeadPosition(k.api.store);
    const json = await k.read<{ position: string; items: readonly { unitId: string; deadlineId: string; status: string }[] }>(office, `/cycles/w1/submission-status?minPosition=${head}`);
    // The read model has handled the log up to the head, though the last events were of no interest to it.
    expect(BigInt(json.position)).toBeGreaterThanOrEqual(head);
    const table = await csv(`/cycles/w1/exports/submission-status?format=csv&minPosition=${head}`);
    expect(json.items.length).toBeGreaterThan(0);
    expect(table.length - 1).toBe(json.items.length);
    expect(column(table, '单位编码').sort()).toEqual(json.items.map((item) => item.unitId).sort());
  });

  it('exports the approved deductions of the review queue with who recorded and who approved each', async () => {
    const head = await settledHeadPosition(k.api.store);
    const json = await k.read<{ proposals: readonly { proposalId: string }[] }>(office, `/cycles/w1/review-queue?status=approved&minPosition=${head}`);
    const table = await csv(`/cycles/w1/exports/review-queue?format=csv&status=approved&minPosition=${head}`);
    expect(json.proposals.length).toBeGreaterThan(0);
    expect(column(table, table[0]?.find((title) => title.includes('编号')) ?? '编号').sort()).toEqual(json.proposals.map((p) => p.proposalId).sort());
    const integrity = w1.proposalOf.get('department-w1-deduction-2');
    const row = table.find((cells) => cells.includes(integrity ?? '-'));
    expect(row?.join(' ')).toContain('zhang.committee');
  });

  it("exports a unit's audit trail: the integrity deduction's approval, by whom, in which role", async () => {
    const head = await settledHeadPosition(k.api.store);
    const table = await csv(`/cycles/w1/exports/audit-trail/units/department-w1?format=csv&minPosition=${head}`);
    const approval = w1.eventOf.get('department-w1-deduction-2') ?? '-';
    const ids = column(table, '事件编号');
    const at = ids.indexOf(approval);
    expect(at).toBeGreaterThanOrEqual(0);
    expect([column(table, '事件')[at], column(table, '操作人')[at], column(table, '角色')[at]]).toEqual(['DeductionApproved', 'zhang.committee', 'committee']);
    // The finding behind it is on the trail too, with the inspector's photo.
    const evidence = column(table, '证据').filter((_, i) => column(table, '事件')[i] === 'InspectionFindingRecorded');
    expect(evidence).toEqual(expect.arrayContaining([expect.stringContaining('photo-department-w1-deduction-2')]));
  });

  it("exports a unit's explanation whose total is the audit read's 93.65", async () => {
    const table = await csv('/cycles/w1/exports/categories/departments/units/department-w1/explanation?format=csv');
    const unit = await auditReads(k, await k.asAuditor(), 'w1').unit('departments', 'department-w1');
    expect(unit.unit.total).toBe('93.65');
    expect(table.flat()).toContain('93.65');
  });

  it('refuses the snapshot export before any, then exports the computed results line for line, and the diff after an upheld appeal', async () => {
    const none = await k.api.http().get('/cycles/w1/exports/snapshot/departments?format=csv').set(office);
    expect([none.status, none.body.code]).toEqual([404, 'no-snapshot']);

    await k.send(office, '/cycles/w1/phases/review/close');
    await k.send(office, '/cycles/w1/phases/publication/open');
    await k.send(office, '/cycles/w1/results/departments/computations');
    const snapshot = await csv('/cycles/w1/exports/snapshot/departments?format=csv');
    const totals = column(snapshot, '总分');
    expect(column(snapshot, '单位编码').map((unitId, i) => [unitId, totals[i]])).toEqual([
      ['department-w1', '93.65'],
      ['department-w1b', '88.35'],
    ]);

    await k.send(office, '/cycles/w1/results/departments/publication', { noticeEndsAt: '2099-12-31T00:00:00Z' });
    const proposalId = w1.proposalOf.get('department-w1-deduction-2') ?? '';
    const committee = await k.asCommittee();
    await k.send(await k.asReporter('department-w1'), '/cycles/w1/appeals', { appealId: 'a1', unitId: 'department-w1', against: { kind: 'proposal', proposalId }, grounds: '该干部非本厅人员' });
    await k.send(committee, '/cycles/w1/appeals/a1/decision', { outcome: 'upheld', revokes: [{ proposalId, kind: 'deduction' }], note: '复核属实' });
    await k.send(committee, `/cycles/w1/proposals/${proposalId}/deduction/revoke`, { reason: '申诉成立：该干部非本厅人员', appealId: 'a1' });
    const diff = await csv('/cycles/w1/exports/diff/departments?format=csv&from=published&to=now');
    expect(diff.slice(1)).toEqual(
      expect.arrayContaining([
        ['department-w1', 'total', '93.65', '94.15'],
        ['department-w1', 'deduction', '1.70', '1.20'],
      ]),
    );

    const xlsx = await k.api.http().get('/cycles/w1/exports/diff/departments?from=published&to=now').set(office).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((xlsx.body as Buffer).subarray(0, 2).toString('latin1')).toBe('PK');
  }, 120_000);
});
