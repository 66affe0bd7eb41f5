import { settledHeadPosition } from '@kaoping/testing';
import { ModulesContainer } from '@nestjs/core';
import { driveSmallCycle, PROJECTION_RUNNER, ProjectionRunner } from '@kaoping/projections';
import { bootApi, TEST_ADMIN_PASSWORD, type ApiUnderTest } from '../testing/api-test-app';

const PASSWORD = 'queries e2e password';
const PEOPLE = {
  office: { userId: 'wang.office', grant: { role: 'office' } },
  reporter: { userId: 'li.reporter', grant: { role: 'unit-reporter', unitId: 'townships-001' } },
  leader: { userId: 'liu.leader', grant: { role: 'leader' } },
  auditor: { userId: 'wu.auditor', grant: { role: 'auditor' } },
  survey: { userId: 'zhou.survey', grant: { role: 'survey-office' } },
} as const;

describe('query endpoints over the read models', () => {
  let api: ApiUnderTest;
  let as: Record<keyof typeof PEOPLE, Readonly<{ Authorization: string }>>;
  let head: bigint;

  beforeAll(async () => {
    api = await bootApi();
    const admin = { Authorization: `Bearer ${await api.login('admin', TEST_ADMIN_PASSWORD)}` };
    const headers: Partial<Record<keyof typeof PEOPLE, Readonly<{ Authorization: string }>>> = {};
    for (const [name, person] of Object.entries(PEOPLE) as [keyof typeof PEOPLE, (typeof PEOPLE)[keyof typeof PEOPLE]][]) {
      const res = await api.http().post('/users').set(admin).send({ userId: person.userId, name: person.userId, grants: [person.grant], password: PASSWORD });
      expect(res.status).toBe(201);
      headers[name] = { Authorization: `Bearer ${await api.login(person.userId, PASSWORD)}` };
    }
    as = { office: headers.office ?? admin, reporter: headers.reporter ?? admin, leader: headers.leader ?? admin, auditor: headers.auditor ?? admin, survey: headers.survey ?? admin };
    await driveSmallCycle(api.store);
    head = await settledHeadPosition(api.store);
  });
  afterAll(() => api.close());

  it('answers the office the ranked live scores once the projection reached the position it asks for', async () => {
    const res = await api.http().get(`/cycles/c1/live-scores/townships?minPosition=${head}`).set(as.office);
    expect(res.status).toBe(200);
    expect(BigInt(res.body.position)).toBeGreaterThanOrEqual(head);
    expect(res.body.units.map((u: { unitId: string }) => u.unitId).sort()).toEqual(['townships-001', 'townships-002', 'townships-003']);
    expect(res.body.units[0].rank).toBe(1);
  });

  it('pages the ranking in rank order, saying how many lines there are in all, and refuses a page size out of range', async () => {
    const all = await api.http().get(`/cycles/c1/live-scores/townships?minPosition=${head}`).set(as.office);
    expect(all.body.total).toBe(3);
    const ranked = all.body.units.map((u: { unitId: string }) => u.unitId);
    const second = await api.http().get('/cycles/c1/live-scores/townships?limit=2&offset=1').set(as.office);
    expect(second.status).toBe(200);
    expect(second.body.total).toBe(3);
    expect(second.body.units.map((u: { unitId: string }) => u.unitId)).toEqual(ranked.slice(1, 3));
    expect(second.body.units[0].total).toBe(all.body.units[1].total);
    const past = await api.http().get('/cycles/c1/live-scores/townships?limit=2&offset=4').set(as.office);
    expect(past.status).toBe(200);
    expect(past.body.total).toBe(3);
    expect(past.body.units).toEqual([]);
    const tooMany = await api.http().get('/cycles/c1/live-scores/townships?limit=501').set(as.office);
    expect(tooMany.status).toBe(400);
    expect(JSON.stringify(tooMany.body.details)).toContain('limit');
  });

  it('shows a unit reporter its own score with the events behind each number, and refuses another unit', async () => {
    const own = await api.http().get(`/cycles/c1/units/townships-001/explained-score?minPosition=${head}`).set(as.reporter);
    expect(own.status).toBe(200);
    const events = Object.values(own.body.events) as { type: string; actorId: string; role: string }[];
    expect(events).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'DeductionApproved', actorId: 'member-1', role: 'committee' })]));
    const other = await api.http().get('/cycles/c1/units/townships-002/explained-score').set(as.reporter);
    expect(other.status).toBe(403);
    expect(other.body).not.toHaveProperty('score');
    expect(other.body).not.toHaveProperty('events');
    const trail = await api.http().get('/cycles/c1/audit-trail/units/townships-002').set(as.reporter);
    expect(trail.status).toBe(403);
    const ranked = await api.http().get('/cycles/c1/live-scores/townships').set(as.reporter);
    expect(ranked.body.units.map((u: { unitId: string }) => u.unitId)).toEqual(['townships-001']);
    expect(ranked.body.total).toBe(1);
  });

  it('keeps scores from leaders before publication', async () => {
    const res = await api.http().get('/cycles/c1/live-scores/townships').set(as.leader);
    expect(res.status).toBe(403);
    expect(res.body.units).toBeUndefined();
  });

  it('lists proposals by status with who decided and who revoked', async () => {
    const res = await api.http().get(`/cycles/c1/review-queue?status=revoked&minPosition=${head}`).set(as.auditor);
    expect(res.status).toBe(200);
    expect(res.body.proposals).toEqual([expect.objectContaining({ unitId: 'townships-002', revoked: expect.objectContaining({ reason: '申诉成立' }) })]);
  });

  it('lists submission status with filters', async () => {
    const res = await api.http().get(`/cycles/c1/submission-status?status=missing&minPosition=${head}`).set(as.office);
    expect(res.status).toBe(200);
    expect(res.body.items.some((item: { unitId: string; kind: string }) => item.unitId === 'departments-003' && item.kind === 'data')).toBe(true);
  });

  it('narrows submission status to a kind of deadline, and gives the survey office the survey deadlines only', async () => {
    const all = await api.http().get(`/cycles/c1/submission-status?minPosition=${head}`).set(as.office);
    const kinds = new Set(all.body.items.map((item: { kind: string }) => item.kind));
    expect([...kinds].sort()).toEqual(['data', 'self-assessment']);
    const selfReports = await api.http().get(`/cycles/c1/submission-status?kind=self-assessment&minPosition=${head}`).set(as.office);
    expect(selfReports.body.items.length).toBeGreaterThan(0);
    expect(selfReports.body.items.length).toBeLessThan(all.body.items.length);
    expect(selfReports.body.items.every((item: { kind: string }) => item.kind === 'self-assessment')).toBe(true);
    // This cycle's scheme surveys nothing: the survey office reads no row, whatever kind it asks for.
    for (const query of ['', '&kind=data']) {
      const res = await api.http().get(`/cycles/c1/submission-status?minPosition=${head}${query}`).set(as.survey);
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual([]);
    }
    expect((await api.http().get(`/cycles/c1/submission-status?kind=surveys&minPosition=${head}`).set(as.office)).body).toMatchObject({ code: 'invalid-input', details: [expect.objectContaining({ path: 'kind' })] });
  });

  it('gives each delivered data item its value, the corrected one where a correction replaced it, and no value to other items', async () => {
    const res = await api.http().get(`/cycles/c1/submission-status?unitId=townships-001&status=submitted&minPosition=${head}`).set(as.office);
    expect(res.status).toBe(200);
    const items: readonly { kind: string; indicatorId: string | null; value: string | null }[] = res.body.items;
    // Submitted as 100, 101 and 102 (the scenario's values); ind-01 then corrected to 95.
    expect(Object.fromEntries(items.filter((item) => item.kind === 'data').map((item) => [item.indicatorId, item.value]))).toEqual({ 'ind-01': '95', 'ind-02': '101', 'ind-03': '102' });
    expect(items.filter((item) => item.kind !== 'data').map((item) => item.value)).toEqual(items.filter((item) => item.kind !== 'data').map(() => null));
  });

  it('refuses a position past the end of the log (no write returned it), naming minPosition (Chinese first), once the wait is over', async () => {
    const res = await api.http().get(`/cycles/c1/audit-trail/indicators/ind-01?minPosition=${head + 1000n}`).set(as.auditor);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'invalid-input', details: [expect.objectContaining({ path: 'minPosition', rule: 'positionInLog' })] });
    expect(res.body.message).toMatch(/minPosition.*超出日志末尾/);
  });

  it('refuses a paging position past the largest the log can hold, naming after (Chinese first); the largest one pages past the end', async () => {
    // 19 nines: the digits the pattern allows, past PostgreSQL's bigint (it was a 500).
    const past = await api.http().get(`/cycles/c1/audit-trail/indicators/ind-01?after=${'9'.repeat(19)}`).set(as.auditor);
    expect(past.status).toBe(400);
    expect(past.body).toMatchObject({ code: 'invalid-input', details: [expect.objectContaining({ path: 'after', rule: 'max' })] });
    expect(past.body.message).toMatch(/after.*不能大于 9223372036854775807/);
    const last = await api.http().get('/cycles/c1/audit-trail/indicators/ind-01?after=9223372036854775807').set(as.auditor);
    expect([last.status, last.body.entries]).toEqual([200, []]);
  });

  it('takes the position to wait for from the X-Min-Position header as from minPosition', async () => {
    const reached = await api.http().get('/cycles/c1/audit-trail/indicators/ind-01').set(as.auditor).set('X-Min-Position', String(head));
    expect(reached.status).toBe(200);
    // The later of the two counts.
    const ahead = await api.http().get(`/cycles/c1/audit-trail/indicators/ind-01?minPosition=${head}`).set(as.auditor).set('X-Min-Position', String(head + 1000n));
    expect(ahead.status).toBe(400);
    expect(ahead.body).toMatchObject({ statusCode: 400, code: 'invalid-input', details: [expect.objectContaining({ path: 'minPosition' })] });
  });

  it('refuses a malformed X-Min-Position header, naming it (Chinese first)', async () => {
    const res = await api.http().get('/cycles/c1/review-queue').set(as.auditor).set('X-Min-Position', 'latest');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'invalid-input', details: [expect.objectContaining({ path: 'X-Min-Position', rule: 'matches' })] });
    expect(res.body.message).toMatch(/X-Min-Position.*事件位置/);
  });

  // Last: it stops the API's projections.
  it('answers 503 read-model-behind when a position in the log is not reached in time', async () => {
    // The runner that runs the read models here (the spreadsheets' module only reads them: its runner is null).
    const runners = [...api.app.get(ModulesContainer).values()].flatMap((module) => {
      const runner: unknown = module.providers.get(PROJECTION_RUNNER)?.instance;
      return runner instanceof ProjectionRunner ? [runner] : [];
    });
    expect(runners).toHaveLength(1);
    for (const runner of runners) await runner.stop();
    const appended = await api.store.appendToStream(
      'unit-c1-townships-001',
      [{ type: 'DataSubmitted', data: { cycleId: 'c1', unitId: 'townships-001', indicatorId: 'ind-01', period: 'm12', value: '1' }, metadata: { actorId: 'x', role: 'data-provider' } }],
      { expectedRevision: 'any' },
    );
    const res = await api.http().get(`/cycles/c1/audit-trail/indicators/ind-01?minPosition=${appended.lastGlobalPosition}`).set(as.auditor);
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ statusCode: 503, code: 'read-model-behind' });
  });
});
