import { TEST_ADMIN_PASSWORD, bootApi, type ApiUnderTest } from '../testing/api-test-app';
import { COUNTY_SCHEME } from '../testing/county-scheme.fixture';
import { planningCycle, signInEveryone, type PersonRole } from '../testing/lifecycle-actors';

type Bearer = Readonly<{ Authorization: string }>;
type Detail = Readonly<{ path: string; rule: string; message: string }>;
type Answer = Readonly<{ status: number; headers: Record<string, string>; body: Readonly<{ statusCode: number; code: string; message: string; details?: readonly Detail[] }> }>;

const CJK = /[\u4e00-\u9fff]/;
const ENGLISH = { 'Accept-Language': 'en-US,en;q=0.9,zh;q=0.5' };

/** The same refusal in both languages: code, paths and rules equal; words in the language asked for. */
const expectSameRefusal = (zh: Answer, en: Answer, status: number, code: string): void => {
  expect([zh.status, en.status]).toEqual([status, status]);
  expect([zh.body.code, en.body.code]).toEqual([code, code]);
  expect(zh.headers['content-language']).toBe('zh-CN');
  expect(en.headers['content-language']).toBe('en');
  expect(zh.headers.vary).toMatch(/Accept-Language/i);
  expect(zh.body.message).toMatch(CJK);
  expect(en.body.message).not.toMatch(CJK);
  const shape = (answer: Answer) => (answer.body.details ?? []).map((d) => ({ path: d.path, rule: d.rule }));
  expect(shape(zh)).toEqual(shape(en));
  for (const detail of zh.body.details ?? []) expect(detail.message).toMatch(CJK);
  for (const detail of en.body.details ?? []) expect(Object.keys(detail).sort()).toEqual(['message', 'path', 'rule']);
};

// Issue 9, item 5: every refusal in Chinese unless the client asks for English.
describe('errors are answered in Chinese by default and in English on Accept-Language', () => {
  let api: ApiUnderTest;
  let as: Readonly<Record<PersonRole, Bearer>>;
  let head: bigint;

  beforeAll(async () => {
    api = await bootApi();
    as = await signInEveryone(api, await api.login('admin', TEST_ADMIN_PASSWORD));
    await planningCycle(api, as.office, '2026');
    await api.http().post('/cycles').set(as.office).send({ cycleId: 'broken', year: 2026, name: '方案有误的年度' }).expect(201);
    head = await api.store.headPosition();
  });
  afterAll(async () => {
    expect(await api.store.headPosition()).toBe(head);
    await api.close();
  });

  it('a validation error (400): each field and rule named, Chinese first', async () => {
    const body = { unitId: 'x y', name: '', level: 'township', categoryId: 'townships', extra: 1 };
    const zh: Answer = await api.http().post('/cycles/2026/units').set(as.office).send(body);
    const en: Answer = await api.http().post('/cycles/2026/units').set(as.office).set(ENGLISH).send(body);
    expectSameRefusal(zh, en, 400, 'invalid-input');
    const zhOf = (path: string, rule: string) => zh.body.details?.find((d) => d.path === path && d.rule === rule)?.message;
    expect(zhOf('unitId', 'matches')).toBe('字段 unitId：格式不符：须为1–64 个字母、数字、“.”“_”或“-”，以字母或数字开头');
    expect(zhOf('name', 'isNotEmpty')).toBe('字段 name：不能为空');
    expect(zhOf('extra', 'unknown-field')).toBe('字段 extra：不是可接受的字段');
    expect(zh.body.message).toContain('字段 unitId：');
    // English keeps the messages written where the rule is declared.
    expect(en.body.details?.find((d) => d.path === 'extra')?.message).toBe('extra is not a known field');
    // zh-CN with English second, `*` and an unknown language: Chinese.
    for (const header of ['zh-CN,en;q=0.8', '*', 'fr-FR']) {
      const res: Answer = await api.http().post('/cycles/2026/units').set(as.office).set('Accept-Language', header).send(body);
      expect({ header, lang: res.headers['content-language'], message: res.body.message }).toEqual({ header, lang: 'zh-CN', message: zh.body.message });
    }
  });

  it("a limit in the Chinese text comes from the validator's declaration (MaxLength)", async () => {
    const zh: Answer = await api.http().post('/cycles/2026/units').set(as.office).send({ unitId: 'dalong', name: '镇'.repeat(201), level: 'township', categoryId: 'townships' });
    expect(zh.status).toBe(400);
    expect(zh.body.details).toEqual([{ path: 'name', rule: 'maxLength', message: '字段 name：长度不能超过 200 个字符' }]);
  });

  it('a rule of the lifecycle on one field (400 from the decider)', async () => {
    const body = { unitId: 'dalong', name: '大龙镇', level: 'township', categoryId: 'villages' };
    const zh: Answer = await api.http().post('/cycles/2026/units').set(as.office).send(body);
    const en: Answer = await api.http().post('/cycles/2026/units').set(as.office).set(ENGLISH).send(body);
    expectSameRefusal(zh, en, 400, 'unknown-category');
    expect(zh.body.details).toEqual([{ path: 'categoryId', rule: 'unknown-category', message: '字段 categoryId：方案中没有此考评类别' }]);
    expect(zh.body.message).toBe('字段 categoryId：方案中没有此考评类别');
    expect(en.body.details?.[0]?.message).toBe('villages is not a category of the scheme');
  });

  it('a 404', async () => {
    const zh: Answer = await api.http().post('/cycles/2026/units/no-such-unit/retire').set(as.office).send({ reason: '撤并' });
    const en: Answer = await api.http().post('/cycles/2026/units/no-such-unit/retire').set(as.office).set(ENGLISH).send({ reason: '撤并' });
    expectSameRefusal(zh, en, 404, 'unit-not-found');
    expect(zh.body.message).toBe('该单位尚未登记');
  });

  it('a 409 rule violation and a 409 conflict', async () => {
    const again = { unitId: 'xinchengpu', name: '新城铺镇', level: 'township', categoryId: 'townships' };
    const zh: Answer = await api.http().post('/cycles/2026/units').set(as.office).send(again);
    const en: Answer = await api.http().post('/cycles/2026/units').set(as.office).set(ENGLISH).send(again);
    expectSameRefusal(zh, en, 409, 'unit-exists');
    expect(zh.body.message).toBe('该单位已在本年度登记');
    expect(en.body.message).toBe('unit xinchengpu is already registered in this cycle');

    const zhRule: Answer = await api.http().post('/cycles/2026/phases/monitoring/close').set(as.office).send({});
    const enRule: Answer = await api.http().post('/cycles/2026/phases/monitoring/close').set(as.office).set(ENGLISH).send({});
    expectSameRefusal(zhRule, enRule, 409, 'phase-not-open');
    expect(zhRule.body.message).toBe('当前阶段不接受此操作');
    expect(enRule.body.message).toBe('phase monitoring is not open');
  });

  it('a 401 and a 403', async () => {
    const zh: Answer = await api.http().get('/me');
    const en: Answer = await api.http().get('/me').set(ENGLISH);
    expectSameRefusal(zh, en, 401, 'missing-token');
    expect(zh.body.message).toBe('请先登录：此操作需要 Authorization: Bearer 令牌');

    const body = { unitId: 'dalong', name: '大龙镇', level: 'township', categoryId: 'townships' };
    const zhRole: Answer = await api.http().post('/cycles/2026/units').set(as.committee).send(body);
    const enRole: Answer = await api.http().post('/cycles/2026/units').set(as.committee).set(ENGLISH).send(body);
    expectSameRefusal(zhRole, enRole, 403, 'role-not-allowed');
    expect(zhRole.body.message).toBe('当前角色无权进行此操作');
  });

  it('a scheme upload with problems: each problem in its own zh-CN words, or en', async () => {
    const broken = { ...COUNTY_SCHEME, version: 0, periods: [], categories: [{ ...COUNTY_SCHEME.categories[0], total: -1 }] };
    const zh: Answer = await api.http().post('/cycles/broken/scheme').set(as.office).send({ scheme: broken });
    const en: Answer = await api.http().post('/cycles/broken/scheme').set(as.office).set(ENGLISH).send({ scheme: broken });
    expectSameRefusal(zh, en, 400, 'invalid-scheme');
    const count = zh.body.details?.length ?? 0;
    expect(count).toBeGreaterThan(1);
    expect(zh.body.message).toBe(`考评方案有 ${count} 处问题，未保存`);
    expect(en.body.message).toBe(`the scheme has ${count} problem(s)`);
    for (const detail of zh.body.details ?? []) expect(detail.message.startsWith(`字段 ${detail.path}：`)).toBe(true);
    // The scheme library's own Chinese, not a generic rule text.
    expect(zh.body.details?.find((d) => d.rule === 'negative')?.message).toMatch(/^字段 scheme\.categories\[0\]\.total：不能为负数（-1）$/);
    expect(en.body.details?.find((d) => d.rule === 'negative')?.message).toBe('must not be negative (-1)');
  });

  it('an error raised before any handler (415) is worded too', async () => {
    const zh: Answer = await api.http().post('/cycles').set(as.office).set('Content-Type', 'text/plain').send('x');
    const en: Answer = await api.http().post('/cycles').set(as.office).set('Content-Type', 'text/plain').set(ENGLISH).send('x');
    expectSameRefusal(zh, en, 415, 'unsupported-media-type');
  });

  it('headers too large for Node to parse (431) still get the one error shape, in the language asked for', async () => {
    const big = 'x'.repeat(20_000);
    const zh: Answer = await api.http().get('/cycles').set(as.office).set('X-Filler', big);
    const en: Answer = await api.http().get('/cycles').set(ENGLISH).set(as.office).set('X-Filler', big);
    expect([zh.status, zh.body.statusCode, zh.body.code, zh.headers['content-language']]).toEqual([431, 431, 'headers-too-large', 'zh-CN']);
    expect(zh.body.message).toMatch(CJK);
    expect([en.status, en.body.code, en.headers['content-language']]).toEqual([431, 'headers-too-large', 'en']);
    expect(en.body.message).not.toMatch(CJK);
  });
});
