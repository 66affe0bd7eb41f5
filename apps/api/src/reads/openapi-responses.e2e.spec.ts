import { bootApi, type ApiUnderTest } from '../testing/api-test-app';

jest.setTimeout(120_000);

type Schema = Readonly<{ $ref?: string; type?: string; properties?: object; items?: Schema; oneOf?: readonly Schema[]; allOf?: readonly Schema[] }>;
type Operation = Readonly<{ responses?: Readonly<Record<string, Readonly<{ content?: Readonly<Record<string, Readonly<{ schema?: Schema }>>> }>>> }>;

const typed = (schema: Schema | undefined): boolean =>
  schema !== undefined && (schema.$ref !== undefined || schema.properties !== undefined || (schema.type !== undefined && schema.type !== 'object') || (schema.oneOf?.length ?? 0) > 0 || (schema.allOf?.length ?? 0) > 0);

/** The typed client generated from /docs/openapi.json gets real types only where each 2xx answer has a schema. */
describe('the OpenAPI document', () => {
  let api: ApiUnderTest;
  beforeAll(async () => {
    api = await bootApi();
  });
  afterAll(() => api.close());

  it('gives every operation a typed 2xx response (or a 204 without a body)', async () => {
    const res = await api.http().get('/docs/openapi.json');
    expect(res.status).toBe(200);
    const paths = res.body.paths as Readonly<Record<string, Readonly<Record<string, Operation>>>>;
    const untyped: string[] = [];
    let operations = 0;
    for (const [path, methods] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        operations += 1;
        const answers = Object.entries(operation.responses ?? {}).filter(([code]) => code.startsWith('2'));
        const ok = answers.length > 0 && answers.every(([code, answer]) => (code === '204' && answer.content === undefined) || Object.values(answer.content ?? {}).some((c) => typed(c.schema)));
        if (!ok) untyped.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(operations).toBeGreaterThan(40);
    expect(untyped).toEqual([]);
  });
});
