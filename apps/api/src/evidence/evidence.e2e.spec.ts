import { settledHeadPosition } from '@kaoping/testing';
import { createHash } from 'node:crypto';
import { SCENARIO_INSPECTOR_SOURCE, ScenarioDriver, scenarioActors } from '@kaoping/projections';
import { assertTestDatabaseReachable, freshTestSchema, testDatabaseUrl, type TestSchema } from '@kaoping/testing';
import { bootApi, TEST_ADMIN_PASSWORD, type ApiUnderTest } from '../testing/api-test-app';
import { MAX_EVIDENCE_BYTES } from './evidence-media';

jest.setTimeout(180_000);

const PASSWORD = 'evidence e2e password';
const PEOPLE = {
  inspector: { role: 'inspector' },
  other: { role: 'inspector' },
  auditor: { role: 'auditor' },
  reporter: { role: 'unit-reporter', unitId: 'townships-001' },
  stranger: { role: 'unit-reporter', unitId: 'townships-002' },
} as const;
type Person = keyof typeof PEOPLE;

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('现场照片 photo of the service window')]);

const evidenceOver = (boot: () => Promise<ApiUnderTest>): void => {
  let api: ApiUnderTest;
  let as: Record<Person, Readonly<{ Authorization: string }>>;

  beforeAll(async () => {
    api = await boot();
    const admin = { Authorization: `Bearer ${await api.login('admin', TEST_ADMIN_PASSWORD)}` };
    const headers: Partial<Record<Person, Readonly<{ Authorization: string }>>> = {};
    for (const [name, grant] of Object.entries(PEOPLE) as [Person, (typeof PEOPLE)[Person]][]) {
      expect((await api.http().post('/users').set(admin).send({ userId: `${name}.e`, name, grants: [grant], password: PASSWORD })).status).toBe(201);
      headers[name] = { Authorization: `Bearer ${await api.login(`${name}.e`, PASSWORD)}` };
    }
    as = headers as Record<Person, Readonly<{ Authorization: string }>>;
  });
  afterAll(() => api.close());

  const upload = (who: Person, body: Buffer, type: string) => api.http().post('/evidence').set(as[who]).set('Content-Type', type).send(body);

  it('stores a photo by its SHA-256 once, answers the reference for an event, and gives the same bytes back', async () => {
    const sha = createHash('sha256').update(PNG).digest('hex');
    const first = await upload('inspector', PNG, 'image/png');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ reference: `sha256:${sha}`, sha256: sha, mediaType: 'image/png', size: PNG.length, uploadedBy: 'inspector.e', existed: false });
    const again = await upload('other', PNG, 'image/png');
    expect(again.body).toMatchObject({ sha256: sha, existed: true, uploadedBy: 'inspector.e' });
    const back = await api.http().get(`/evidence/${sha}`).set(as.inspector).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(back.status).toBe(200);
    expect(back.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(back.body as Buffer, PNG)).toBe(0);
    expect((await api.http().get(`/evidence/sha256:${sha}`).set(as.auditor)).status).toBe(200);
  });

  it('refuses a type it does not take, bytes that are not what the Content-Type says, an empty body and a file over the limit, storing nothing', async () => {
    expect((await upload('inspector', Buffer.from('hello'), 'text/plain')).body).toMatchObject({ statusCode: 415, code: 'unsupported-media-type' });
    const lying = await upload('inspector', JPEG, 'image/png');
    expect(lying.body).toMatchObject({ statusCode: 415, message: expect.stringContaining('image/jpeg') });
    expect((await upload('inspector', Buffer.alloc(0), 'image/png')).body).toMatchObject({ statusCode: 400, code: 'evidence-empty' });
    const huge = Buffer.concat([PNG, Buffer.alloc(MAX_EVIDENCE_BYTES)]);
    expect((await upload('inspector', huge, 'image/png')).body).toMatchObject({ statusCode: 413, code: 'payload-too-large' });
    const sha = createHash('sha256').update(JPEG).digest('hex');
    expect((await api.http().get(`/evidence/${sha}`).set(as.auditor)).status).toBe(404);
    expect((await api.http().get('/evidence/not-a-hash').set(as.auditor)).status).toBe(400);
  });

  it('lets a unit reporter open the evidence its own unit’s events name, and no other', async () => {
    const stored = await upload('inspector', JPEG, 'image/jpeg');
    expect(stored.status).toBe(201);
    const sha: string = stored.body.sha256;
    expect((await api.http().get(`/evidence/${sha}`).set(as.other)).status).toBe(403);
    expect((await api.http().get(`/evidence/${sha}`).set(as.reporter)).status).toBe(403);
    // An inspector's finding on townships-001 names the photo.
    const driver = new ScenarioDriver(api.store, { cycleId: 'c1', categories: ['townships'], unitsPerCategory: 2, indicators: 1 });
    await driver.setUp();
    const finding = { proposalId: 'f-photo', unitId: 'townships-001', ruleId: 'inspection', amount: '1', source: SCENARIO_INSPECTOR_SOURCE, what: '窗口无人', where: '政务大厅' };
    await driver.send(scenarioActors.inspector, () => ({ type: 'RecordInspectionFinding', data: finding }), { evidence: [stored.body.reference] });
    const head = await settledHeadPosition(api.store);
    const trail = await api.http().get(`/cycles/c1/audit-trail/units/townships-001?minPosition=${head}`).set(as.auditor);
    expect(trail.body.entries).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'InspectionFindingRecorded', evidence: [stored.body.reference] })]));
    expect((await api.http().get(`/evidence/${sha}`).set(as.reporter)).status).toBe(200);
    expect((await api.http().get(`/evidence/${sha}`).set(as.stranger)).status).toBe(403);
  });
};

describe('evidence files on the embedded store', () => evidenceOver(() => bootApi()));

describe('evidence files on PostgreSQL', () => {
  let schema: TestSchema;
  evidenceOver(async () => {
    await assertTestDatabaseReachable();
    schema = await freshTestSchema({ label: 'api-evidence' });
    return bootApi({ EVENT_STORE: 'postgres', DATABASE_URL: testDatabaseUrl(), DATABASE_SCHEMA: schema.name });
  });
  afterAll(() => schema.drop());
});
