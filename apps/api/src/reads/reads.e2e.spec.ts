import { settledHeadPosition } from '@kaoping/testing';
import { driveSmallCycle } from '@kaoping/projections';
import { assertTestDatabaseReachable, freshTestSchema, testDatabaseUrl, type TestSchema } from '@kaoping/testing';
import { KAOPING_CONFIG, SQL_DATABASE, type KaopingConfig, type SqlDatabase } from '@kaoping/runtime';
import { bootApi, TEST_ADMIN_PASSWORD, type ApiUnderTest } from '../testing/api-test-app';

jest.setTimeout(180_000);

const PASSWORD = 'reads e2e password';
const PEOPLE = {
  office: { role: 'office' },
  committee: { role: 'committee' },
  reporter: { role: 'unit-reporter', unitId: 'townships-001' },
  provider: { role: 'data-provider', providerId: 'stats-bureau' },
  inspector: { role: 'inspector' },
  leader: { role: 'leader' },
  auditor: { role: 'auditor' },
  survey: { role: 'survey-office' },
} as const;
type Person = keyof typeof PEOPLE;
type Headers = Readonly<{ Authorization: string }>;

/**
 * The console's reads through HTTP: a small cycle driven through the lifecycle (data, a correction,
 * findings approved and one revoked), then through the API: a snapshot, results computed and
 * published, an appeal filed and decided, a rectification order.
 */
const readsOver = (boot: () => Promise<ApiUnderTest>): void => {
  let api: ApiUnderTest;
  let as: Record<Person, Headers>;
  let head: bigint;

  beforeAll(async () => {
    api = await boot();
    const admin = { Authorization: `Bearer ${await api.login('admin', TEST_ADMIN_PASSWORD)}` };
    const headers: Partial<Record<Person, Headers>> = {};
    for (const [name, grant] of Object.entries(PEOPLE) as [Person, (typeof PEOPLE)[Person]][]) {
      const res = await api.http().post('/users').set(admin).send({ userId: `${name}.user`, name: `${name} 用户`, grants: [grant], password: PASSWORD });
      expect(res.status).toBe(201);
      headers[name] = { Authorization: `Bearer ${await api.login(`${name}.user`, PASSWORD)}` };
    }
    as = headers as Record<Person, Headers>;
    await driveSmallCycle(api.store);
    const post = async (who: Person, path: string, body: object): Promise<void> => {
      const res = await api.http().post(path).set(as[who]).send(body);
      if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    };
    await post('office', '/cycles/c1/results/townships/snapshots', { phase: 'year-end' });
    await post('office', '/cycles/c1/results/townships/computations', {});
    await post('office', '/cycles/c1/results/townships/publication', { noticeEndsAt: '2030-12-31' });
    await post('reporter', '/cycles/c1/appeals', {
      appealId: 'a1',
      unitId: 'townships-001',
      against: { kind: 'proposal', proposalId: 'f-townships-001' },
      grounds: '扣分依据不足',
      evidence: ['doc-appeal-statement'],
    });
    await post('committee', '/cycles/c1/appeals/a1/decision', { outcome: 'dismissed', reason: '证据充分', evidence: ['doc-review-minutes'] });
    await post('office', '/cycles/c1/phases/publication/close', {});
    await post('office', '/cycles/c1/phases/results/open', {});
    await post('office', '/cycles/c1/rectification-orders', { orderId: 'o1', unitId: 'townships-002', dueAt: '2030-03-31', reason: '整改窗口服务' });
    head = await settledHeadPosition(api.store);
  });
  afterAll(() => api.close());

  const get = (who: Person, path: string) => api.http().get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${head}`).set(as[who]);

  it('lists cycles with their phases, the open phase, dates and deadlines', async () => {
    const res = await get('inspector', '/cycles');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 1, limit: 50, offset: 0 });
    const [cycle] = res.body.items;
    expect(cycle).toMatchObject({ cycleId: 'c1', status: 'active', openPhases: ['results'] });
    expect(cycle.phases.find((p: { id: string }) => p.id === 'year-end')).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    expect(cycle.deadlines.find((d: { id: string }) => d.id === 'year-data')).toMatchObject({ passed: true, dueAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect((await get('office', '/cycles/c1')).body.cycle.cycleId).toBe('c1');
    expect((await get('office', '/cycles/nope')).status).toBe(404);
  });

  it('gives each period of the scheme in force its rating window, as the server decides a rating', async () => {
    const { cycle } = (await get('leader', '/cycles/c1')).body;
    const { scheme } = (await get('office', '/cycles/c1/scheme')).body;
    expect(cycle.ratingWindows.map((w: { period: string }) => w.period)).toEqual(scheme.outline.periods.map((p: { id: string }) => p.id));
    // The small cycle's one period closed with the year-end phase: no rating for it is taken now.
    expect(cycle.ratingWindows).toEqual([{ period: 'year', window: 'closed' }]);
    // The list of cycles keeps to the summary.
    expect((await get('office', '/cycles')).body.items[0].ratingWindows).toBeUndefined();
  });

  it('gives the scheme with its parsed tree (names, methods, max points as decimal strings), its versions and its categories with unit counts', async () => {
    const scheme = await get('provider', '/cycles/c1/scheme');
    expect(scheme.status).toBe(200);
    expect(scheme.body.scheme).toMatchObject({ version: 1, type: 'SchemePublished', document: expect.any(Object) });
    const townships = scheme.body.scheme.outline.categories.find((c: { id: string }) => c.id === 'townships');
    type Leaf = { kind: string; maxPoints: string; method: string | null; levels?: unknown; raterRoles?: unknown; fromProjects?: unknown };
    const leaves: Leaf[] = [];
    const walk = (node: Leaf & { children: never[] }): void => {
      if (node.kind === 'leaf') leaves.push(node);
      node.children.forEach(walk);
    };
    townships.parts.forEach(walk);
    expect(leaves.length).toBeGreaterThan(0);
    expect(leaves.every((leaf) => /^\d+(\.\d+)?$/.test(leaf.maxPoints) && leaf.method !== null)).toBe(true);
    // Levels (a survey's counts, a rating's grades) and rater roles: a list, or null where the leaf has none.
    expect(leaves.every((leaf) => leaf.levels !== undefined && leaf.raterRoles !== undefined)).toBe(true);
    // No leaf of this scheme takes its projects' grades: each says so (null), so a console lists its rating tasks.
    expect(leaves.every((leaf) => leaf.fromProjects === null)).toBe(true);
    // The rater roles the scheme names: this generated scheme names none (its leaves' roles are shown by id).
    expect(scheme.body.scheme.outline.raterRoles).toEqual([]);
    expect((await get('office', '/cycles/c1/scheme/versions')).body.versions).toEqual([expect.objectContaining({ version: 1, actorId: expect.any(String) })]);
    expect((await get('office', '/cycles/c1/scheme?version=9')).status).toBe(404);
    // A version past what the versions' column holds is refused, naming the field (it was a 500).
    const huge = await get('office', '/cycles/c1/scheme?version=3000000000');
    expect([huge.status, huge.body.code, JSON.stringify(huge.body)]).toEqual([400, expect.any(String), expect.stringContaining('version')]);
    const categories = await get('office', '/cycles/c1/categories');
    expect(categories.body.categories).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'townships', units: 3, label: expect.objectContaining({ 'zh-CN': expect.any(String) }) })]));
  });

  it('lists units by category and search, pages them, builds the tree, and shows a unit reporter its own unit only', async () => {
    const page = await get('office', '/cycles/c1/units?categoryId=townships&limit=2');
    expect(page.body).toMatchObject({ total: 3, limit: 2, offset: 0 });
    expect(page.body.items.map((u: { unitId: string }) => u.unitId)).toEqual(['townships-001', 'townships-002']);
    const next = await get('office', '/cycles/c1/units?categoryId=townships&limit=2&offset=2');
    expect(next.body.items.map((u: { unitId: string }) => u.unitId)).toEqual(['townships-003']);
    expect((await get('office', '/cycles/c1/units?search=SHIPS-00')).body.total).toBe(3);
    const tree = await get('office', '/cycles/c1/units-tree');
    expect(tree.body.roots.length).toBe(6);
    const own = await get('reporter', '/cycles/c1/units');
    expect(own.body.items.map((u: { unitId: string }) => u.unitId)).toEqual(['townships-001']);
    expect((await get('reporter', '/cycles/c1/units/townships-002')).status).toBe(403);
    const detail = await get('reporter', '/cycles/c1/units/townships-001');
    expect(detail.body.unit).toMatchObject({ unitId: 'townships-001', categoryId: 'townships', status: 'registered' });
    expect(detail.body.assignments.length).toBeGreaterThan(0);
    expect((await get('office', '/cycles/c1/units?limit=501')).status).toBe(400);
    // An offset no number holds exactly (1e40 to JavaScript, refused by SQL's OFFSET: it was a 500) is
    // refused, naming the field; the largest exact one skips everything.
    const beyond = await get('office', `/cycles/c1/appeals?offset=${'9'.repeat(40)}`);
    expect([beyond.status, JSON.stringify(beyond.body)]).toEqual([400, expect.stringContaining('offset')]);
    expect((await get('office', `/cycles/c1/units?offset=${Number.MAX_SAFE_INTEGER}`)).body).toMatchObject({ total: 6, items: [] });
  });

  it('lists assignments with providers and targets, scoped to a data provider’s own indicators', async () => {
    const all = await get('office', '/cycles/c1/assignments');
    expect(all.body.total).toBeGreaterThan(0);
    const mine = await get('provider', '/cycles/c1/assignments?providerId=someone-else');
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((a: { providerId: string }) => a.providerId === 'stats-bureau')).toBe(true);
    expect((await get('inspector', '/cycles/c1/assignments')).status).toBe(403);
  });

  it('lists proposals by status and kind, and an inspector only what it recorded', async () => {
    const revoked = await get('office', '/cycles/c1/proposals?status=revoked&kind=deduction');
    expect(revoked.body.items).toEqual([expect.objectContaining({ unitId: 'townships-002', revoked: expect.objectContaining({ reason: '申诉成立' }) })]);
    expect((await get('office', '/cycles/c1/proposals')).body.total).toBe(3);
    // A complaint's evidence is the letter and what its investigation put on file, each once.
    const complaint = await get('office', '/cycles/c1/proposals/cmp-1');
    expect(complaint.body.proposal).toMatchObject({ status: 'not-upheld', evidence: ['doc-complaint-letter', 'doc-investigation-record'] });
    expect((await get('inspector', '/cycles/c1/proposals')).body.total).toBe(0);
    const one = await get('reporter', '/cycles/c1/proposals/f-townships-001');
    expect(one.body.proposal).toMatchObject({ proposalId: 'f-townships-001', status: 'approved' });
    expect((await get('reporter', '/cycles/c1/proposals/f-townships-002')).status).toBe(404);
    expect((await get('survey', '/cycles/c1/proposals')).status).toBe(403);
  });

  it('lists appeals with grounds and decision, rectification orders, results and snapshots, each in its scope', async () => {
    const appeals = await get('committee', '/cycles/c1/appeals');
    expect(appeals.body.items).toEqual([
      expect.objectContaining({
        appealId: 'a1',
        status: 'decided',
        grounds: '扣分依据不足',
        filed: expect.objectContaining({ role: 'unit-reporter', evidence: ['doc-appeal-statement'] }),
        decided: expect.objectContaining({ outcome: 'dismissed', reason: '证据充分', evidence: ['doc-review-minutes'] }),
      }),
    ]);
    expect((await get('reporter', '/cycles/c1/appeals/a1')).body.appeal.against).toEqual({ kind: 'proposal', proposalId: 'f-townships-001' });
    const orders = await get('office', '/cycles/c1/rectification-orders?status=ordered');
    expect(orders.body.items).toEqual([expect.objectContaining({ orderId: 'o1', unitId: 'townships-002', dueAt: '2030-03-31', overdue: false })]);
    expect((await get('reporter', '/cycles/c1/rectification-orders')).body.total).toBe(0);
    const results = await get('office', '/cycles/c1/results');
    const [townships] = results.body.results;
    expect(townships).toMatchObject({ categoryId: 'townships', status: 'published', published: { noticeEndsAt: '2030-12-31' } });
    expect(townships.published.units.every((line: { total: string }) => /^\d+\.\d{2}$/.test(line.total))).toBe(true);
    expect(townships.published.units).toHaveLength(3);
    const ownLine = await get('reporter', '/cycles/c1/results');
    expect(ownLine.body.results[0].published.units.map((l: { unitId: string }) => l.unitId)).toEqual(['townships-001']);
    const leader = await get('leader', '/cycles/c1/results');
    expect(leader.body.results[0].computed).toBeNull();
    const snapshots = await get('auditor', '/cycles/c1/snapshots?categoryId=townships');
    expect(snapshots.body.snapshots).toEqual([expect.objectContaining({ phase: 'year-end', units: expect.arrayContaining([expect.objectContaining({ unitId: 'townships-003' })]) })]);
    expect((await get('inspector', '/cycles/c1/appeals')).status).toBe(403);
  });

  it('counts per deadline the units submitted, pending, overdue and missing, scoped to a reporter’s unit', async () => {
    const board = await get('office', '/cycles/c1/phase-board');
    expect(board.status).toBe(200);
    const data = board.body.deadlines.find((d: { deadlineId: string }) => d.deadlineId === 'year-data');
    expect(data).toMatchObject({ units: 6, missing: expect.any(Number), submitted: expect.any(Number) });
    expect(data.submitted + data.pending + data.overdue + data.missing).toBe(data.units);
    expect(data.missing).toBeGreaterThan(0);
    const own = await get('reporter', '/cycles/c1/phase-board');
    expect(own.body.deadlines.every((d: { units: number }) => d.units <= 1)).toBe(true);
    expect((await get('inspector', '/cycles/c1/phase-board')).status).toBe(403);
  });

  it('lists a unit’s audit trail in log order (positions compared as numbers)', async () => {
    const trail = await get('auditor', '/cycles/c1/audit-trail/units/townships-001');
    const positions = trail.body.entries.map((entry: { position: string }) => BigInt(entry.position));
    expect(positions.length).toBeGreaterThan(5);
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('answers a rater its own rater assignments, and anyone what they recorded under their own account', async () => {
    const mine = await get('leader', '/cycles/c1/raters?raterId=leader.user');
    expect(mine.status).toBe(200);
    expect((await get('leader', '/cycles/c1/raters?raterId=someone.else')).status).toBe(200);
    // The scenario's committee member rates every unit ('all', a JSON string in the read model): once a 500 for every reader.
    const all = await get('office', '/cycles/c1/raters');
    expect(all.status).toBe(200);
    expect(all.body.raters).toContainEqual(expect.objectContaining({ raterRole: 'committee-member', units: 'all', indicators: null }));
    const one = all.body.raters[0] as { raterId: string };
    const only = await get('office', `/cycles/c1/raters?raterId=${one.raterId}`);
    expect(only.body.raters.length).toBeGreaterThan(0);
    expect(only.body.raters.every((r: { raterId: string }) => r.raterId === one.raterId)).toBe(true);
    const recorded = await get('office', '/cycles/c1/audit-trail/mine');
    expect(recorded.status).toBe(200);
    expect(recorded.body.entries.length).toBeGreaterThan(0);
    expect(recorded.body.entries.every((entry: { actorId: string }) => entry.actorId === 'office.user')).toBe(true);
  });

  it('tells me who I am: name, acting role and scope, every grant, and the actions of my role', async () => {
    const me = await get('reporter', '/me');
    expect(me.body).toMatchObject({ userId: 'reporter.user', name: 'reporter 用户', role: 'unit-reporter', unitId: 'townships-001', grants: [{ role: 'unit-reporter', unitId: 'townships-001' }] });
    expect(me.body.actions).toEqual(expect.arrayContaining(['FileAppeal', 'ListUnits']));
    expect(me.body.actions).not.toContain('ApproveDeduction');
  });

  it('lists for the office the accounts it may assign as raters (active leaders and committee members, with their rating roles), and to nobody else', async () => {
    const raters = await get('office', '/users/raters');
    expect(raters.status).toBe(200);
    expect(raters.body).toEqual(
      expect.arrayContaining([
        { userId: 'leader.user', name: 'leader 用户', roles: ['leader'] },
        { userId: 'committee.user', name: 'committee 用户', roles: ['committee'] },
      ]),
    );
    expect(raters.body.map((r: { userId: string }) => r.userId)).not.toEqual(expect.arrayContaining(['office.user']));
    expect(raters.body.map((r: { userId: string }) => r.userId)).not.toEqual(expect.arrayContaining(['inspector.user']));
    expect((await get('leader', '/users/raters')).status).toBe(403);
  });

  it('chases (催报) the units still owing a deadline: those named, or all; refuses a unit that owes nothing, an unknown deadline, and anyone but the office', async () => {
    const chase = (who: Person, deadlineId: string, body: object) => api.http().post(`/cycles/c1/deadlines/${deadlineId}/chase`).set(as[who]).send(body);
    const chasedFacts = async () => (await api.log()).filter((event) => event.type === 'UnitsChased').map((event) => event.data as unknown as Readonly<{ deadlineId: string; unitIds: readonly string[]; recipients: readonly string[] }>);
    // departments-003's year data never came.
    expect((await chase('office', 'year-data', { unitIds: ['departments-003'], reason: '请尽快补报' })).status).toBe(201);
    const [one] = await chasedFacts();
    expect(one).toMatchObject({ deadlineId: 'year-data', unitIds: ['departments-003'] });
    expect(one?.recipients.length).toBeGreaterThan(0);
    expect(one?.recipients).not.toContain('role:office');
    // Without units: every unit still owing it.
    expect((await chase('office', 'year-data', {})).status).toBe(201);
    const all = (await chasedFacts())[1];
    expect(all?.unitIds).toContain('departments-003');
    // Named, only those units' streams are folded: the same people owe the same unit's items.
    expect(all?.recipients).toEqual(expect.arrayContaining([...(one?.recipients ?? [])]));
    const delivered = await chase('office', 'year-data', { unitIds: ['townships-001'] });
    expect([delivered.status, delivered.body.details]).toEqual([400, [expect.objectContaining({ path: 'unitIds[0]', rule: 'nothing-owed' })]]);
    const unknown = await chase('office', 'no-such-deadline', {});
    expect([unknown.status, unknown.body.details]).toEqual([400, [expect.objectContaining({ path: 'deadlineId', rule: 'unknown-deadline' })]]);
    expect((await chase('committee', 'year-data', {})).status).toBe(403);
    expect(await chasedFacts()).toHaveLength(2);
  });

  // Last: it alters the log.
  it("verifies the 公示 against the log: its printed seal, the chains, its signature, its table recomputed; then finds an altered fact", async () => {
    const path = '/audit/cycles/c1/categories/townships/publication/verify';
    // Read from the log itself: no read model to wait for.
    const verify = (who: Person, query = '') => api.http().get(`${path}${query}`).set(as[who]);
    const whole = await verify('auditor');
    expect(whole.status).toBe(200);
    expect(whole.body).toMatchObject({ ok: true, mismatches: [], seal: { publishedHash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    const status = (body: { checks: readonly { check: string; status: string }[] }) => Object.fromEntries(body.checks.map((c) => [c.check, c.status]));
    expect(status(whole.body)).toEqual({ 'log-intact': 'passed', signed: expect.stringMatching(/^(passed|not-yet)$/), 'table-recomputes': 'passed' });
    const { publishedHash, computedEventId } = whole.body.seal;
    // The seal as printed (upper case, spaced as copied): it matches; one digit off: it does not.
    const printed = await verify('auditor', `?publishedHash=%20${publishedHash.toUpperCase()}&computedEventId=${computedEventId}`);
    expect(status(printed.body)['seal-matches']).toBe('passed');
    const forged = await verify('auditor', `?publishedHash=${publishedHash.replace(/^./, (c: string) => (c === '0' ? '1' : '0'))}`);
    expect([forged.status, forged.body.ok, status(forged.body)['seal-matches']]).toEqual([200, false, 'failed']);
    const malformed = await verify('auditor', `?publishedHash=abc`);
    expect(malformed.status).toBe(400);
    expect(malformed.body.details).toEqual([expect.objectContaining({ path: 'publishedHash' })]);
    expect((await verify('auditor', `?publishedEventId=00000000-0000-7000-8000-000000000000`)).status).toBe(404);
    expect((await verify('reporter')).status).toBe(403);

    // A submitted value altered in the database: the chain breaks there, and the table no longer recomputes.
    const { client } = api.app.get<SqlDatabase>(SQL_DATABASE);
    const schemaName = api.app.get<KaopingConfig>(KAOPING_CONFIG).databaseSchema;
    const altered = await client.query(
      `UPDATE "${schemaName}".events SET data = jsonb_set(data::jsonb, '{value}', '"1"')::json WHERE stream_id LIKE 'unit-c1-townships-001%' AND type = 'DataSubmitted' RETURNING event_id`,
    );
    expect(altered.length).toBeGreaterThan(0);
    const after = await verify('auditor');
    expect(after.body.ok).toBe(false);
    expect(status(after.body)['log-intact']).toBe('failed');
    expect(after.body.log.firstBroken).toMatchObject({ problem: 'hash-mismatch' });
    expect(status(after.body)['table-recomputes']).toBe('failed');
    expect(after.body.mismatches).toEqual([expect.objectContaining({ unitId: 'townships-001', published: expect.objectContaining({ unitId: 'townships-001' }) })]);
  });
};

describe('console reads on the embedded store', () => readsOver(() => bootApi()));

describe('console reads on PostgreSQL', () => {
  let schema: TestSchema;
  readsOver(async () => {
    await assertTestDatabaseReachable();
    schema = await freshTestSchema({ label: 'api-reads' });
    return bootApi({ EVENT_STORE: 'postgres', DATABASE_URL: testDatabaseUrl(), DATABASE_SCHEMA: schema.name });
  });
  afterAll(() => schema.drop());
});
