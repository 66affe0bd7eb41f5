import type { NestExpressApplication } from '@nestjs/platform-express';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { LogSigner, type EventStore, type RecordedEvent } from '@kaoping/eventstore';
import { EVENT_STORE, KAOPING_CONFIG, SQL_DATABASE, loadConfig, openEventStore, type KaopingConfig, type SqlDatabase } from '@kaoping/runtime';
import request from 'supertest';
import type { Clock } from '@kaoping/jobs';
import { AppModule } from '../app.module';
import { API_CLOCK } from '../commands/request-clock';
import { configureApp } from '../setup';

export const TEST_JWT_SECRET = 'test-secret-of-at-least-32-characters-long';
export const TEST_ADMIN_PASSWORD = 'first admin password';
/** A log signing key for this test process (PostgreSQL requires one). */
export const TEST_LOG_SIGNING_KEY = LogSigner.generate().pem();

/** An API booted in-process for e2e tests, with a few ways to act on it. */
export type ApiUnderTest = Readonly<{
  app: INestApplication;
  http: () => ReturnType<typeof request>;
  store: EventStore;
  /** Signs in and returns the bearer token. */
  login: (userId: string, password: string, choice?: Readonly<{ role?: string; unitId?: string; providerId?: string }>) => Promise<string>;
  /** Every event of the global log, in order (to prove a refusal wrote nothing). */
  log: () => Promise<readonly RecordedEvent[]>;
  close: () => Promise<void>;
}>;

/**
 * Boots the whole API (AppModule, the global pipe, filter and guards) on the store the
 * environment selects: by default embedded and in memory, with a known secret and admin password;
 * `clock` says when requests arrive (their commands' `now`); with `recordsAtClock` the store also
 * records each event at that clock's time (its `recordedAt`: what as-of reads and sign-off order
 * go by); `consoleDir` serves a built console at `/`.
 */
export const bootApi = async (
  env: Readonly<Record<string, string>> = {},
  options: Readonly<{ clock?: Clock; recordsAtClock?: boolean; consoleDir?: string }> = {},
): Promise<ApiUnderTest> => {
  // Phases move by hand in these tests (their cycles are dated in the past); the schedule has its own suites.
  const config = loadConfig({ DATA_DIR: 'memory', LOG_LEVEL: 'error', JWT_SECRET: TEST_JWT_SECRET, ADMIN_PASSWORD: TEST_ADMIN_PASSWORD, PHASE_SCHEDULE: 'off', LOG_SIGNING_KEY: TEST_LOG_SIGNING_KEY, ...env });
  const builder = Test.createTestingModule({ imports: [AppModule.forRoot(config)] });
  const { clock } = options;
  if (clock !== undefined) builder.overrideProvider(API_CLOCK).useValue(clock);
  if (clock !== undefined && options.recordsAtClock === true) {
    builder.overrideProvider(EVENT_STORE).useFactory({
      inject: [KAOPING_CONFIG, SQL_DATABASE],
      factory: (kaoping: KaopingConfig, database: SqlDatabase) => openEventStore(kaoping, database, { now: () => clock.now() }),
    });
  }
  const moduleRef = await builder.compile();
  const app = configureApp(moduleRef.createNestApplication<NestExpressApplication>({ logger: false }), options.consoleDir === undefined ? {} : { consoleDir: options.consoleDir });
  await app.init();
  const store = app.get<EventStore>(EVENT_STORE);
  const agent = request(app.getHttpServer());
  const http = () => request(app.getHttpServer());
  return {
    app,
    http,
    store,
    login: async (userId, password, choice = {}) => {
      const res = await agent.post('/auth/login').send({ userId, password, ...choice });
      if (res.status !== 200) throw new Error(`login of ${userId} failed: ${res.status} ${JSON.stringify(res.body)}`);
      const token: unknown = res.body.accessToken;
      if (typeof token !== 'string') throw new Error('login answered without an access token');
      return token;
    },
    log: () => store.readAll(),
    close: () => app.close(),
  };
};
