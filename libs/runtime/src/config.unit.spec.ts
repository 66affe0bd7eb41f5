import { InvalidConfigError, loadConfig } from './config';

const problemsOf = (env: Record<string, string>, purpose: Parameters<typeof loadConfig>[1] = {}): string[] => {
  try {
    loadConfig(env, purpose);
  } catch (error) {
    if (error instanceof InvalidConfigError) return error.problems.map((p) => `${p.variable}: ${p.rule}`);
    throw error;
  }
  return [];
};

describe('configuration', () => {
  it('runs on embedded defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, eventStore: 'embedded', dataDir: '.data/kaoping', redisUrl: undefined });
  });

  it("keeps nothing on disk when DATA_DIR is 'memory'", () => {
    expect(loadConfig({ DATA_DIR: 'memory' }).dataDir).toBeUndefined();
  });

  it('runs projections and the phase schedule in the one process by default, and either can be turned off', () => {
    expect(loadConfig({})).toMatchObject({ runWorker: true, phaseSchedule: 'on' });
    expect(loadConfig({ RUN_WORKER: 'false', PHASE_SCHEDULE: 'off' })).toMatchObject({ runWorker: false, phaseSchedule: 'off' });
    expect(problemsOf({ PHASE_SCHEDULE: 'auto' })).toEqual(['PHASE_SCHEDULE: must be one of on, off']);
  });

  it('names the variable and the rule for a bad value', () => {
    expect(problemsOf({ EVENT_STORE: 'mysql' })).toEqual(['EVENT_STORE: must be one of embedded, postgres, kurrentdb']);
    expect(problemsOf({ PORT: 'eighty' })).toEqual(['PORT: must be an integer from 0 to 65535']);
    expect(problemsOf({ REDIS_URL: 'http://localhost' })).toEqual(['REDIS_URL: must use redis or rediss://']);
  });

  it('requires the server URL of the chosen event store, and for PostgreSQL a log signing key', () => {
    expect(problemsOf({ EVENT_STORE: 'postgres' })).toEqual([
      'DATABASE_URL: is required when EVENT_STORE=postgres',
      'LOG_SIGNING_KEY_FILE: is required when EVENT_STORE=postgres (or LOG_SIGNING_KEY): the key that signs the log head, kept outside the database',
    ]);
    expect(problemsOf({ EVENT_STORE: 'postgres', DATABASE_URL: 'postgresql://x/y', LOG_SIGNING_KEY_FILE: '/etc/kaoping/log.key' })).toEqual([]);
    expect(problemsOf({ LOG_SIGNING_KEY: 'not a key' })).toEqual([
      'LOG_SIGNING_KEY: must be an Ed25519 private key in PKCS#8 PEM (-----BEGIN PRIVATE KEY-----)',
    ]);
    expect(loadConfig({ DATA_DIR: '/srv/kaoping' }).logSigningKeyFile).toBe('/srv/kaoping/log-signing.key');
    expect(loadConfig({ DATA_DIR: 'memory' }).logSigningKeyFile).toBeUndefined();
    expect(problemsOf({ EVENT_STORE: 'kurrentdb' })).toEqual(['KURRENTDB_URL: is required when EVENT_STORE=kurrentdb']);
  });

  it('lists every problem at once, with the offending value in the message', () => {
    const attempt = () => loadConfig({ PORT: '-1', LOG_LEVEL: 'loud', DATABASE_SCHEMA: 'Drop Table' });
    expect(attempt).toThrow(InvalidConfigError);
    expect(attempt).toThrow(/PORT: must be an integer from 0 to 65535 \(got '-1'\)/);
    expect(problemsOf({ PORT: '-1', LOG_LEVEL: 'loud', DATABASE_SCHEMA: 'Drop Table' })).toHaveLength(3);
  });

  it('reads the token secret, its lifetime and the first admin password', () => {
    const config = loadConfig({ JWT_SECRET: 'x'.repeat(32), JWT_TTL: '8h', ADMIN_PASSWORD: 'correct horse battery' });
    expect(config).toMatchObject({ jwtSecret: 'x'.repeat(32), jwtTtlSeconds: 28800, adminPassword: 'correct horse battery' });
    expect(loadConfig({})).toMatchObject({ jwtSecret: undefined, jwtTtlSeconds: 3600, adminPassword: undefined });
    expect(loadConfig({ JWT_TTL: '900' }).jwtTtlSeconds).toBe(900);
  });

  it('refuses a token secret shorter than 32 characters without echoing it', () => {
    expect(problemsOf({ JWT_SECRET: 'short' })).toEqual(['JWT_SECRET: must be at least 32 characters']);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).not.toThrow(/short'/);
  });

  it('refuses a token lifetime that is not a duration from a minute to a week', () => {
    expect(problemsOf({ JWT_TTL: 'forever' })).toEqual(['JWT_TTL: must be a duration from 60 s to 7 d (e.g. 3600, 15m, 8h)']);
    expect(problemsOf({ JWT_TTL: '30s' })).toHaveLength(1);
    expect(problemsOf({ JWT_TTL: '8d' })).toHaveLength(1);
  });

  it('refuses a first admin password shorter than 10 characters', () => {
    expect(problemsOf({ ADMIN_PASSWORD: 'admin' })).toEqual(['ADMIN_PASSWORD: must be at least 10 characters']);
  });

  it('requires JWT_SECRET of an API outside embedded mode, listed with every other problem', () => {
    const api = { signsTokens: true };
    const signingKey = { LOG_SIGNING_KEY_FILE: '/etc/kaoping/log-signing.key' };
    expect(problemsOf({ EVENT_STORE: 'postgres', DATABASE_URL: 'postgresql://kaoping:kaoping@localhost:5432/kaoping', ...signingKey }, api)).toEqual([
      expect.stringMatching(/^JWT_SECRET: is required when EVENT_STORE=postgres/),
    ]);
    // DATABASE_URL, LOG_LEVEL, JWT_SECRET and the log signing key, all at once.
    expect(problemsOf({ EVENT_STORE: 'postgres', LOG_LEVEL: 'loud' }, api)).toEqual([
      expect.stringMatching(/^DATABASE_URL/),
      expect.stringMatching(/^LOG_LEVEL/),
      expect.stringMatching(/^JWT_SECRET/),
      expect.stringMatching(/^LOG_SIGNING_KEY_FILE/),
    ]);
    expect(problemsOf({}, api)).toEqual([]);
    // A worker or the CLI signs no tokens.
    expect(problemsOf({ EVENT_STORE: 'postgres', DATABASE_URL: 'postgresql://localhost/k', ...signingKey })).toEqual([]);
  });

  it('tries a webhook delivery 8 times from 5 s unless WEBHOOK_ATTEMPTS and WEBHOOK_BACKOFF_MS say otherwise, within bounds', () => {
    expect([loadConfig({}).webhookAttempts, loadConfig({}).webhookBackoffMs]).toEqual([8, 5000]);
    const set = loadConfig({ WEBHOOK_ATTEMPTS: '3', WEBHOOK_BACKOFF_MS: '250' });
    expect([set.webhookAttempts, set.webhookBackoffMs]).toEqual([3, 250]);
    expect(problemsOf({ WEBHOOK_ATTEMPTS: '0', WEBHOOK_BACKOFF_MS: 'soon' })).toEqual([
      'WEBHOOK_ATTEMPTS: must be a whole number from 1 to 20',
      'WEBHOOK_BACKOFF_MS: must be a whole number from 1 to 600000',
    ]);
  });

  it('keeps 250,000 events of command folds unless KEPT_FOLD_EVENTS says otherwise (0 keeps none), within bounds', () => {
    expect(loadConfig({}).keptFoldEvents).toBe(250_000);
    expect([loadConfig({ KEPT_FOLD_EVENTS: '13000000' }).keptFoldEvents, loadConfig({ KEPT_FOLD_EVENTS: '0' }).keptFoldEvents]).toEqual([13_000_000, 0]);
    expect(problemsOf({ KEPT_FOLD_EVENTS: '-1' })).toEqual(['KEPT_FOLD_EVENTS: must be a whole number from 0 to 100000000']);
    expect(problemsOf({ KEPT_FOLD_EVENTS: '200000000' })).toEqual(['KEPT_FOLD_EVENTS: must be a whole number from 0 to 100000000']);
  });

  it('keeps CORS off unless CORS_ORIGINS lists origins, and refuses anything but origins', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://kaoping.example.gov.cn, http://localhost:5173' }).corsOrigins).toEqual(['https://kaoping.example.gov.cn', 'http://localhost:5173']);
    expect(problemsOf({ CORS_ORIGINS: 'https://a.example/path,*' })).toHaveLength(2);
  });
});
