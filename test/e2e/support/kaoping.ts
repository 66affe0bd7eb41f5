import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '@kaoping/jobs';
import { assertTestDatabaseReachable, freshTestSchema, testDatabaseUrl, type TestSchema } from '@kaoping/testing';
import { bootApi, TEST_ADMIN_PASSWORD, type ApiUnderTest } from '../../../apps/api/src/testing/api-test-app';

export type StoreKind = 'embedded' | 'postgres';
export type Headers = Readonly<{ Authorization: string }>;
type Scope = Readonly<{ unitId?: string; providerId?: string }>;
type Body = Readonly<Record<string, unknown>>;

/** Everyone the tests provision signs in with it (the console's tests in a browser too). */
export const PASSWORD = 'e2e password of everyone';
export const REPO = join(__dirname, '..', '..', '..');
export const readRepoFile = (path: string): string => readFileSync(join(REPO, path), 'utf8');

/** The data providers (数据采集单位) of the tests, by the name people call them (the seed schemes' source ids). */
export const PROVIDERS = { 统计局: 'statistics-bureau', 财政局: 'finance-bureau' } as const;

/** One API on one store (a fresh in-memory PGlite, or a fresh PostgreSQL schema), with the people who use it. */
export type Kaoping = Readonly<{
  api: ApiUnderTest;
  store: StoreKind;
  /** Signs in a person in a role, provisioning them first if the admin has not yet (cached). */
  as: (userId: string, role: string, scope?: Scope) => Promise<Headers>;
  asOffice: () => Promise<Headers>;
  asCommittee: () => Promise<Headers>;
  asAuditor: () => Promise<Headers>;
  asProvider: (name: keyof typeof PROVIDERS) => Promise<Headers>;
  asReporter: (unitId: string) => Promise<Headers>;
  /** POSTs a command and expects 201 (the refusal body in the error otherwise); returns the answer. */
  send: (who: Headers, path: string, body?: Body) => Promise<Readonly<Record<string, unknown>>>;
  /** GETs a read and expects 200; returns the body. */
  read: <T>(who: Headers, path: string) => Promise<T>;
  close: () => Promise<void>;
}>;

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Boots the API on the store and signs the first-run admin in. With a `clock`, requests arrive and
 * events are recorded at its time (a test walks the year by moving it forward); `settings`: more
 * environment (e.g. WEBHOOK_ATTEMPTS), as the operator would set it.
 */
export const startKaoping = async (store: StoreKind, options: Readonly<{ clock?: Clock; settings?: Readonly<Record<string, string>> }> = {}): Promise<Kaoping> => {
  let schema: TestSchema | undefined;
  let env: Record<string, string> = { ...options.settings };
  if (store === 'postgres') {
    const url = testDatabaseUrl();
    await assertTestDatabaseReachable(url);
    schema = await freshTestSchema({ label: 'e2e', url });
    env = { ...env, EVENT_STORE: 'postgres', DATABASE_URL: url, DATABASE_SCHEMA: schema.name };
  }
  const api = await bootApi(env, options.clock === undefined ? {} : { clock: options.clock, recordsAtClock: true });
  return kaopingOver(api, store, async () => {
    await api.close();
    await schema?.drop();
  });
};

/**
 * The people of the tests over an API already booted (the console's tests boot theirs to serve the
 * console): the admin signs in and provisions each person on first use. `close` ends what the caller booted.
 */
export const kaopingOver = async (api: ApiUnderTest, store: StoreKind, close: () => Promise<void>): Promise<Kaoping> => {
  const admin: Headers = { Authorization: `Bearer ${await api.login('admin', TEST_ADMIN_PASSWORD)}` };
  const signedIn = new Map<string, Headers>();

  const send: Kaoping['send'] = async (who, path, body = {}) => {
    const res = await api.http().post(path).set(who).send(body);
    if (res.status !== 201 && res.status !== 200) throw new Error(`POST ${path} ${JSON.stringify(body)} → ${res.status} ${JSON.stringify(res.body)}`);
    return isRecord(res.body) ? res.body : {};
  };
  const as: Kaoping['as'] = async (userId, role, scope = {}) => {
    const key = `${userId}/${role}`;
    const known = signedIn.get(key);
    if (known !== undefined) return known;
    await send(admin, '/users', { userId, name: userId, grants: [{ role, ...scope }], password: PASSWORD });
    const headers = { Authorization: `Bearer ${await api.login(userId, PASSWORD)}` };
    signedIn.set(key, headers);
    return headers;
  };
  return {
    api,
    store,
    as,
    asOffice: () => as('wang.office', 'office'),
    asCommittee: () => as('zhang.committee', 'committee'),
    asAuditor: () => as('wu.auditor', 'auditor'),
    asProvider: (name) => as(`provider.${PROVIDERS[name]}`, 'data-provider', { providerId: PROVIDERS[name] }),
    asReporter: (unitId) => as(`reporter.${unitId}`, 'unit-reporter', { unitId }),
    send,
    read: async <T>(who: Headers, path: string): Promise<T> => {
      const res = await api.http().get(path).set(who);
      if (res.status !== 200) throw new Error(`GET ${path} → ${res.status} ${JSON.stringify(res.body)}`);
      const body: T = res.body;
      return body;
    },
    close,
  };
};
