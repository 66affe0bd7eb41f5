import fc from 'fast-check';
import { PROBLEM_CODES } from '@kaoping/scoring';
import { preferredLang } from '../i18n/accept-language';
import { hasErrorText } from '../i18n/error-texts';
import { TEST_ADMIN_PASSWORD, bootApi, type ApiUnderTest } from '../testing/api-test-app';
import { PEOPLE, isPersonRole, planningCycle, signInEveryone, type PersonRole } from '../testing/lifecycle-actors';
import { rolesAllowedTo } from '../auth/role-table';

// Fuzz: thousands of generated bad requests over every route of the OpenAPI document, each sent by
// a person in a role the route allows (so it gets past the guards), against the embedded in-memory
// store. No answer may be a 5xx, every refusal has the one error shape, and the log does not move:
// reads may be anything (they write nothing); every write carries at least one defect the API must
// refuse (a bad character, a null field, nesting too deep, a charset or media type it does not
// take, malformed JSON, a cycle that does not exist…). FUZZ_RUNS and FUZZ_SEED replay a run.

type Schema = Readonly<{
  $ref?: string;
  type?: string;
  enum?: readonly unknown[];
  example?: unknown;
  items?: Schema;
  properties?: Readonly<Record<string, Schema>>;
  required?: readonly string[];
  allOf?: readonly Schema[];
}>;
type Parameter = Readonly<{ name: string; in: string; schema?: Schema }>;
type Operation = Readonly<{
  parameters?: readonly Parameter[];
  requestBody?: Readonly<{ content?: Readonly<Record<string, Readonly<{ schema?: Schema }>>> }>;
  security?: readonly unknown[];
  'x-kaoping-action'?: string;
}>;
type OpenApi = Readonly<{ paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>; components?: Readonly<{ schemas?: Readonly<Record<string, Schema>> }> }>;

type Route = Readonly<{
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  role: PersonRole | undefined;
  pathParams: readonly string[];
  queryParams: readonly string[];
  body: Readonly<Record<string, Schema>> | undefined;
}>;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const isMethod = (value: string): value is Route['method'] => METHODS.some((m) => m === value);

/** The first person (in PEOPLE order) whose role the route's action allows; '*': the office. */
const roleFor = (action: string | undefined): PersonRole | undefined => {
  if (action === undefined) return undefined;
  const allowed = rolesAllowedTo(action) ?? [];
  if (allowed.includes('*')) return 'office';
  const role = Object.keys(PEOPLE).find((candidate) => allowed.includes(candidate));
  if (role === undefined || !isPersonRole(role)) throw new Error(`no test person may ${action} (allowed: ${allowed.join(', ')})`);
  return role;
};

const routesOf = (doc: OpenApi): Route[] => {
  const schemas = doc.components?.schemas ?? {};
  const resolve = (schema: Schema | undefined): Schema | undefined => {
    if (schema?.$ref !== undefined) return resolve(schemas[schema.$ref.replace('#/components/schemas/', '')]);
    if (schema?.allOf !== undefined) {
      const parts = schema.allOf.map(resolve);
      return { type: 'object', properties: Object.assign({}, ...parts.map((p) => p?.properties ?? {})) };
    }
    return schema;
  };
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.entries(operations).flatMap(([method, op]): Route[] => {
      if (!isMethod(method)) return [];
      const secured = (op.security ?? []).length > 0;
      if (secured && op['x-kaoping-action'] === undefined) throw new Error(`${method.toUpperCase()} ${path} has no x-kaoping-action`);
      const bodySchema = resolve(op.requestBody?.content?.['application/json']?.schema);
      const properties = bodySchema?.properties ?? (op.requestBody ? {} : undefined);
      return [
        {
          method,
          path,
          role: secured ? roleFor(op['x-kaoping-action']) : undefined,
          pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
          queryParams: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
          body: properties === undefined ? undefined : Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, resolve(v) ?? {}])),
        },
      ];
    }),
  );
};

// ---- generators -------------------------------------------------------------------------------

/** Ids that exist after the setup (so some requests reach deep), and some that do not. */
const KNOWN_IDS = ['2026', 'xinchengpu', 'nanniu', 'townships', 'revenue', 'jobs', 'mid-year', 'year-end', 'planning', 'monitoring', 'admin', 'wang.office', 'insp-1', '0', '1'];
const NASTY = ['\u0000', 'a\u0000b', '\uD800', 'x\uDFFFy', '\uDC00\uD800', '%00', '..', '../..', "'; drop table events; --", '\u202Eevil', '🙂', ' ', '', 'null', '-1', '1e309', 'NaN', '9'.repeat(40), '<script>', '${x}', '__proto__', 'constructor'];

const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const hostileString = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.constantFrom(...KNOWN_IDS),
  fc.string({ unit: utf16Unit, maxLength: 24 }),
  fc.string({ maxLength: 12 }).map((s) => `${s}\u0000`),
  fc.integer({ min: 2001, max: 5000 }).map((n) => 'x'.repeat(n)),
);
const { value: hostileValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    fc.constant(null),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 4 }),
  ),
}));

/** A plausible value for a property (its example or enum), so some bodies pass validation. */
const plausible = (schema: Schema): fc.Arbitrary<unknown> => {
  if (schema.enum !== undefined && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  if (schema.example !== undefined) return fc.constant(schema.example);
  if (schema.type === 'array') return fc.array(schema.items ? plausible(schema.items) : hostileValue, { maxLength: 3 });
  if (schema.type === 'boolean') return fc.boolean();
  if (schema.type === 'object' && schema.properties) return shapedBody(schema.properties);
  return fc.constantFrom(...KNOWN_IDS);
};

/** A body with the route's own fields, each plausible or hostile, sometimes missing or extra. */
const shapedBody = (properties: Readonly<Record<string, Schema>>): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .record({
      own: fc.tuple(
        ...Object.entries(properties).map(([key, schema]) =>
          fc.oneof(fc.constant(undefined), plausible(schema), plausible(schema), hostileValue).map((value) => [key, value] as const),
        ),
      ),
      extra: fc.option(fc.dictionary(hostileString, hostileValue, { minKeys: 1, maxKeys: 1 }), { freq: 10 }),
    })
    .map(({ own, extra }) => ({ ...Object.fromEntries(own.filter(([, value]) => value !== undefined)), ...(extra ?? {}) }));

const DEEP = (n: number, open: string, close: string, inner = '1'): string => open.repeat(n) + inner + close.repeat(n);
const rawBodies = fc.constantFrom(
  '{',
  '{"a":}',
  'nul\u0000l',
  '"\\u0000"',
  '{"reason":"\\u0000"}',
  '{"reason":"\\ud800"}',
  '[1,2,',
  '\uFEFF{}',
  '1',
  'true',
  '"text"',
  '[]',
  DEEP(1500, '[', ']'),
  DEEP(1500, '{"a":', '}'),
  DEEP(65, '{"a":', '}'),
);

type Sent = Readonly<{ contentType?: string; body?: string }>;
const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'application/json; charset=koi8-r', 'application/json; charset=utf-16le', 'application/json; charset=bogus', 'application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x', 'application/xml'];

/** Percent-encodes a path segment or query part; lone surrogates (which encodeURIComponent refuses) as their raw UTF-8 bytes. */
const encode = (text: string): string => {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0').toUpperCase()}`).join('');
  }
};
const pathValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...KNOWN_IDS).map(encode) },
  { weight: 2, arbitrary: hostileString.filter((s) => s !== '').map(encode) },
  { weight: 1, arbitrary: fc.constantFrom('%', '%zz', '%E0%A4', '%00', '%2e%2e', '%2F') },
);
const headerText = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 140 });
const headers = fc.record(
  {
    'Idempotency-Key': fc.oneof(headerText, fc.constant(' '), fc.constant('k'.repeat(200))),
    'If-Match': fc.oneof(headerText, fc.constantFrom('"0"', '"-1"', '"99999"', 'W/"2"', '*')),
    'Accept-Language': fc.constantFrom('en', 'zh-CN', 'en-US,en;q=0.9', '*', 'xx'),
  },
  { requiredKeys: [] },
);

/** The defects a write always carries, at least one of them, chosen by what the route has. */
type Defect = 'nul-in-body' | 'null-field' | 'deep' | 'charset' | 'form' | 'malformed' | 'nul-in-path' | 'missing-cycle' | 'unknown-field';

const applyDefect = (defect: Defect, route: Route, path: Record<string, string>, body: Record<string, unknown>, sent: Sent): Readonly<{ path: Record<string, string>; sent: Sent }> => {
  const firstKey = Object.keys(route.body ?? {})[0];
  switch (defect) {
    case 'nul-in-body':
      return { path, sent: { contentType: 'application/json', body: JSON.stringify({ ...body, [firstKey ?? 'reason']: 'a\u0000b' }) } };
    case 'null-field':
      return { path, sent: { contentType: 'application/json', body: JSON.stringify({ ...body, [firstKey ?? 'reason']: null }) } };
    case 'unknown-field':
      return { path, sent: { contentType: 'application/json', body: JSON.stringify({ ...body, notAField: 'x' }) } };
    case 'deep':
      return { path, sent: { contentType: 'application/json', body: DEEP(1500, '{"a":', '}') } };
    case 'charset':
      return { path, sent: { contentType: 'application/json; charset=koi8-r', body: sent.body ?? JSON.stringify(body) } };
    case 'form':
      return { path, sent: { contentType: 'application/x-www-form-urlencoded', body: 'userId=admin&password=x' } };
    case 'malformed':
      return { path, sent: { contentType: 'application/json', body: '{"reason": "unterminated' } };
    case 'nul-in-path':
      return { path: { ...path, [route.pathParams[0] ?? 'x']: '%00' }, sent };
    case 'missing-cycle':
      return { path: { ...path, cycleId: 'no-such-cycle' }, sent };
  }
};

const defectsFor = (route: Route): Defect[] => [
  'deep',
  'charset',
  'form',
  'malformed',
  ...(route.body !== undefined ? (['nul-in-body', 'null-field', 'unknown-field'] as const) : []),
  ...(route.pathParams.length > 0 ? (['nul-in-path'] as const) : []),
  ...(route.pathParams.includes('cycleId') ? (['missing-cycle'] as const) : []),
];

type Request = Readonly<{ route: Route; url: string; headers: Readonly<Record<string, string>>; sent: Sent }>;

const requestFor = (route: Route): fc.Arbitrary<Request> =>
  fc
    .record({
      path: fc.record(Object.fromEntries(route.pathParams.map((name) => [name, pathValue]))),
      query: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...route.queryParams, 'minPosition', 'at', 'unitId'), hostileString), fc.oneof(hostileString, fc.constantFrom('%00', '0', '1', 'now'))), { maxLength: 3 }),
      headers,
      body: route.body === undefined ? fc.constant({}) : shapedBody(route.body),
      shape: fc.constantFrom('shaped', 'shaped', 'random', 'raw', 'none'),
      random: hostileValue,
      raw: rawBodies,
      contentType: fc.constantFrom(...CONTENT_TYPES),
      defects: fc.subarray(defectsFor(route), { minLength: 1, maxLength: 2 }),
    })
    .map((g) => {
      const chosen: Sent =
        g.shape === 'none'
          ? {}
          : { contentType: g.shape === 'shaped' ? 'application/json' : g.contentType, body: g.shape === 'shaped' ? JSON.stringify(g.body) : g.shape === 'raw' ? g.raw : JSON.stringify(g.random ?? null) };
      // Reads write nothing, so they may be anything; every write carries its defects.
      const defected = route.method === 'get' ? { path: g.path, sent: chosen } : g.defects.reduce((acc, d) => applyDefect(d, route, acc.path, g.body, acc.sent), { path: g.path, sent: chosen });
      const pathname = route.path.replace(/\{(\w+)\}/g, (_, name: string) => defected.path[name] ?? 'x');
      const query = g.query.map(([k, v]) => `${encode(k)}=${v === '%00' ? v : encode(v)}`).join('&');
      return { route, url: query === '' ? pathname : `${pathname}?${query}`, headers: g.headers, sent: defected.sent };
    });

// ---- the suite --------------------------------------------------------------------------------

describe('hostile requests over every route (fuzz)', () => {
  let api: ApiUnderTest;
  let routes: Route[];
  let bearer: Readonly<Record<PersonRole, Readonly<{ Authorization: string }>>>;
  let headBefore: bigint;
  const statuses = new Map<number, number>();
  let sentCount = 0;

  beforeAll(async () => {
    api = await bootApi();
    bearer = await signInEveryone(api, await api.login('admin', TEST_ADMIN_PASSWORD));
    await planningCycle(api, bearer.office, '2026');
    const doc: OpenApi = (await api.http().get('/docs/openapi.json').expect(200)).body;
    routes = routesOf(doc);
    headBefore = await api.store.headPosition();
    // Ten people provisioned and signed in (twenty password hashes): minutes on a machine under heavy load.
  }, 600_000);
  afterAll(async () => {
    const counts = [...statuses.entries()].sort(([a], [b]) => a - b).map(([status, n]) => `${status}: ${n}`).join(', ');
    process.stdout.write(`fuzz: ${sentCount} requests over ${routes?.length ?? 0} routes; statuses ${counts}\n`);
    await api?.close();
  });

  it('derives the routes from the OpenAPI document: every route of the API, each with a role that may call it', () => {
    expect(routes.length).toBeGreaterThan(50);
    expect(routes.filter((r) => r.method !== 'get').length).toBeGreaterThan(30);
    expect(routes.some((r) => r.path === '/auth/login' && r.role === undefined)).toBe(true);
  });

  it('answers every generated request with no 5xx, the one error shape for refusals, and writes nothing', async () => {
    const runs = Number(process.env.FUZZ_RUNS ?? 3000);
    const unworded = new Set<string>();
    const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes).chain(requestFor),
        async ({ route, url, headers: extra, sent }) => {
          const auth = route.role === undefined ? {} : bearer[route.role];
          let req = api.http()[route.method](url).set({ ...extra, ...auth });
          if (sent.contentType !== undefined) req = req.set('Content-Type', sent.contentType);
          const res = sent.body === undefined ? await req : await req.send(sent.body);
          sentCount++;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const what = `${route.method.toUpperCase()} ${url.slice(0, 300)} [${sent.contentType ?? '-'}] ${(sent.body ?? '').slice(0, 200)} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
          if (res.status >= 500) throw new Error(`5xx: ${what}`);
          if (route.method !== 'get' && res.status < 400) throw new Error(`a defective write was accepted: ${what}`);
          if (res.status >= 400) {
            const body: unknown = res.body;
            const shaped = typeof body === 'object' && body !== null && 'statusCode' in body && body.statusCode === res.status && 'code' in body && typeof body.code === 'string' && 'message' in body && typeof body.message === 'string';
            if (!shaped) throw new Error(`not the one error shape: ${what}`);
            // In the language asked for (Chinese unless English is preferred), from words the catalog
            // has for the code and each rule.
            const lang = preferredLang((extra as Readonly<Record<string, string>>)['Accept-Language']);
            if (res.headers['content-language'] !== lang) throw new Error(`not answered in ${lang}: ${what}`);
            if (lang === 'zh-CN' && !/[\u4e00-\u9fff]/.test(String(body.message))) throw new Error(`not in Chinese: ${what}`);
            if (!hasErrorText(String(body.code))) unworded.add(`code ${String(body.code)}`);
            const details: unknown = 'details' in body ? body.details : undefined;
            for (const detail of Array.isArray(details) ? (details as readonly { rule?: unknown }[]) : []) {
              const rule = String(detail.rule);
              if (!hasErrorText(rule) && !(PROBLEM_CODES as readonly string[]).includes(rule)) unworded.add(`rule ${rule}`);
            }
          }
        },
      ),
      { numRuns: runs, ...(seed === undefined ? {} : { seed }), endOnFailure: true },
    );
    expect(sentCount).toBeGreaterThanOrEqual(runs);
    expect(await api.store.headPosition()).toBe(headBefore);
    // Scheme problems carry their own zh-CN words; every other code and rule is in the catalog.
    expect([...unworded]).toEqual([]);
  }, 600_000);
});
