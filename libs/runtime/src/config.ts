import { createPrivateKey } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
/**
 * The process configuration, read once from the environment and validated before anything
 * starts. A bad value stops the process with a message naming the variable and the rule.
 */
export type EventStoreKind = 'embedded' | 'postgres' | 'kurrentdb';
export type LogFormat = 'json' | 'text';
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export type KaopingConfig = Readonly<{
  port: number;
  host: string;
  eventStore: EventStoreKind;
  /** Embedded store: PGlite data directory, or undefined for in-memory. */
  dataDir: string | undefined;
  databaseUrl: string | undefined;
  databaseSchema: string;
  kurrentdbUrl: string | undefined;
  redisUrl: string | undefined;
  logLevel: LogLevel;
  logFormat: LogFormat;
  /** HMAC secret of access tokens (at least 32 characters); undefined: the API makes one per process (embedded only). */
  jwtSecret: string | undefined;
  /** How long an access token lives, in seconds. */
  jwtTtlSeconds: number;
  /** Password of the first-run `admin`; undefined: a random one is printed once in the log. */
  adminPassword: string | undefined;
  /** Whether the API process also runs the projections and jobs (embedded PGlite opens in one process only). */
  runWorker: boolean;
  /** 'on': phases open and close on their scheme dates by themselves; 'off': only by hand (the office). */
  phaseSchedule: 'on' | 'off';
  /** Ed25519 private key (PKCS#8 PEM) signing checkpoints of the log head, given in the environment. */
  logSigningKey: string | undefined;
  /** File holding that key; embedded default `<DATA_DIR>/log-signing.key`, made on first start. */
  logSigningKeyFile: string | undefined;
  /** Browser origins allowed to call the API (CORS); empty: CORS stays off. */
  corsOrigins: readonly string[];
  /** Tries of one robot webhook delivery (the first included) before it is marked failed, and the base of their exponential backoff. */
  webhookAttempts: number;
  webhookBackoffMs: number;
  /** How many events the command path's kept stream folds may stand for in all (see KEPT_FOLD_EVENTS). */
  keptFoldEvents: number;
}>;

/** What the process that loads the config does: an API signs tokens, so it needs JWT_SECRET outside embedded mode. */
export type ConfigPurpose = Readonly<{ signsTokens?: boolean }>;

export type ConfigProblem = Readonly<{ variable: string; rule: string; value?: string }>;

export class InvalidConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(
      `Invalid configuration:\n${problems
        .map((p) => `  - ${p.variable}: ${p.rule}${p.value === undefined ? '' : ` (got '${p.value}')`}`)
        .join('\n')}`,
    );
    this.name = 'InvalidConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** Every variable Kaoping reads, with its default and meaning: the README's reference is built from this. */
export const CONFIG_VARIABLES = [
  { name: 'PORT', default: '3000', meaning: 'HTTP port of the API' },
  { name: 'HOST', default: '127.0.0.1', meaning: 'interface the API listens on (0.0.0.0 in containers)' },
  { name: 'EVENT_STORE', default: 'embedded', meaning: 'embedded | postgres | kurrentdb' },
  { name: 'DATA_DIR', default: '.data/kaoping', meaning: "embedded store's PGlite directory; 'memory' keeps nothing on disk" },
  { name: 'DATABASE_URL', default: '(none)', meaning: 'PostgreSQL URL; required when EVENT_STORE=postgres; read models live there too' },
  { name: 'DATABASE_SCHEMA', default: 'kaoping', meaning: 'PostgreSQL schema for events, checkpoints and read models' },
  { name: 'KURRENTDB_URL', default: '(none)', meaning: 'KurrentDB connection string; required when EVENT_STORE=kurrentdb' },
  { name: 'REDIS_URL', default: '(none)', meaning: 'Redis URL; when set, jobs run on BullMQ and /health reports Redis' },
  { name: 'LOG_LEVEL', default: 'info', meaning: 'debug | info | warn | error' },
  { name: 'LOG_FORMAT', default: 'json', meaning: 'json (one JSON object per line) | text' },
  { name: 'JWT_SECRET', default: '(none)', meaning: 'secret signing access tokens, at least 32 characters; required by the API unless EVENT_STORE=embedded (then one is made per process and tokens end with it)' },
  { name: 'JWT_TTL', default: '1h', meaning: 'lifetime of an access token: seconds, or a number with s, m, h or d (60 s to 7 d)' },
  { name: 'ADMIN_PASSWORD', default: '(none)', meaning: 'password of the first-run admin (at least 10 characters); unset: a random one is printed once in the log' },
  { name: 'RUN_WORKER', default: 'true', meaning: 'true: the API process also runs the projections and scheduled jobs (the single `npm start`); false on API replicas when dedicated workers run' },
  { name: 'LOG_SIGNING_KEY', default: '(none)', meaning: 'Ed25519 private key (PKCS#8 PEM) that signs checkpoints of the event log head; keep it outside the database. PostgreSQL needs it or LOG_SIGNING_KEY_FILE' },
  { name: 'LOG_SIGNING_KEY_FILE', default: '<DATA_DIR>/log-signing.key', meaning: 'file holding that key; the embedded store creates it on first start (in memory without DATA_DIR: one key per process)' },
  { name: 'PHASE_SCHEDULE', default: 'on', meaning: "on: phases open and close on the scheme's dates, with reminders, overdue facts and snapshots; off: the office moves phases by hand (e.g. while entering a past cycle)" },
  { name: 'CORS_ORIGINS', default: '(none)', meaning: 'comma-separated browser origins allowed to call the API (e.g. https://kaoping.example.gov.cn); unset: CORS stays off' },
  {
    name: 'KEPT_FOLD_EVENTS',
    default: '250000',
    meaning:
      "events the API's commands keep folded in memory (the streams used most; about 200–300 bytes an event): a command on a kept stream is decided on it without reading the stream (the append's expected revision checks that nothing came since; if something did, only that is read). A province sizes it to its townships' streams (10,000 × 1,300 events: 13000000); 0 keeps none",
  },
  { name: 'WEBHOOK_ATTEMPTS', default: '8', meaning: 'tries of one robot webhook delivery (1 to 20) before it is marked failed; the office or admin may retry a failed one' },
  { name: 'WEBHOOK_BACKOFF_MS', default: '5000', meaning: 'base of the exponential backoff between webhook tries, in ms (1 to 600000): 5000 and 8 tries is about 10 minutes in all' },
] as const;

const oneOf = <T extends string>(
  problems: ConfigProblem[],
  env: Env,
  variable: string,
  allowed: readonly T[],
  fallback: T,
): T => {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  problems.push({ variable, rule: `must be one of ${allowed.join(', ')}`, value: raw });
  return fallback;
};

const url = (problems: ConfigProblem[], env: Env, variable: string, protocols: readonly string[]): string | undefined => {
  const raw = env[variable];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    problems.push({ variable, rule: 'must be a URL', value: raw });
    return undefined;
  }
  if (!protocols.includes(parsed.protocol.replace(/:$/, ''))) {
    problems.push({ variable, rule: `must use ${protocols.join(' or ')}://`, value: raw });
  }
  return raw;
};

const MIN_JWT_SECRET_LENGTH = 32;
const MIN_ADMIN_PASSWORD_LENGTH = 10;
const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds from `3600`, `90s`, `15m`, `8h` or `1d`, within bounds. Secrets are never echoed in problems. */
const duration = (
  problems: ConfigProblem[],
  env: Env,
  variable: string,
  fallback: string,
  bounds: Readonly<{ min: number; max: number }>,
): number => {
  const raw = env[variable] || fallback;
  const match = /^(\d{1,9})([smhd]?)$/.exec(raw);
  const seconds = match ? Number(match[1]) * (UNIT_SECONDS[match[2] || 's'] ?? 1) : Number.NaN;
  if (!(seconds >= bounds.min && seconds <= bounds.max)) {
    problems.push({ variable, rule: `must be a duration from ${bounds.min} s to ${bounds.max / 86400} d (e.g. 3600, 15m, 8h)`, value: raw });
    return Number.NaN;
  }
  return seconds;
};

/** A whole number within bounds, or the fallback when unset. */
const whole = (problems: ConfigProblem[], env: Env, variable: string, fallback: number, bounds: Readonly<{ min: number; max: number }>): number => {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const value = /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(value >= bounds.min && value <= bounds.max)) problems.push({ variable, rule: `must be a whole number from ${bounds.min} to ${bounds.max}`, value: raw });
  return value;
};

/** Parses the environment into a config, or throws {@link InvalidConfigError} listing every problem. */
export function loadConfig(env: Env = process.env, purpose: ConfigPurpose = {}): KaopingConfig {
  const problems: ConfigProblem[] = [];

  const portRaw = env.PORT ?? '3000';
  const port = /^\d+$/.test(portRaw) ? Number.parseInt(portRaw, 10) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) problems.push({ variable: 'PORT', rule: 'must be an integer from 0 to 65535', value: portRaw });

  const eventStore = oneOf(problems, env, 'EVENT_STORE', ['embedded', 'postgres', 'kurrentdb'] as const, 'embedded');
  const databaseUrl = url(problems, env, 'DATABASE_URL', ['postgres', 'postgresql']);
  const kurrentdbUrl = url(problems, env, 'KURRENTDB_URL', ['esdb', 'esdb+discover', 'kurrentdb', 'kurrentdb+discover', 'kdb', 'kdb+discover']);
  const redisUrl = url(problems, env, 'REDIS_URL', ['redis', 'rediss']);
  if (eventStore === 'postgres' && !databaseUrl) problems.push({ variable: 'DATABASE_URL', rule: 'is required when EVENT_STORE=postgres' });
  if (eventStore === 'kurrentdb' && !kurrentdbUrl) problems.push({ variable: 'KURRENTDB_URL', rule: 'is required when EVENT_STORE=kurrentdb' });

  const databaseSchema = env.DATABASE_SCHEMA || 'kaoping';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(databaseSchema)) {
    problems.push({ variable: 'DATABASE_SCHEMA', rule: 'must be a lower-case SQL identifier (a-z, 0-9, _)', value: databaseSchema });
  }

  const dataDirRaw = env.DATA_DIR || '.data/kaoping';
  const logLevel = oneOf(problems, env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info');
  const logFormat = oneOf(problems, env, 'LOG_FORMAT', ['json', 'text'] as const, 'json');

  const jwtSecret = env.JWT_SECRET || undefined;
  if (jwtSecret !== undefined && jwtSecret.length < MIN_JWT_SECRET_LENGTH) {
    problems.push({ variable: 'JWT_SECRET', rule: `must be at least ${MIN_JWT_SECRET_LENGTH} characters` });
  }
  if (purpose.signsTokens === true && jwtSecret === undefined && eventStore !== 'embedded') {
    problems.push({
      variable: 'JWT_SECRET',
      rule: `is required when EVENT_STORE=${eventStore} (every API process must accept the others' tokens): at least ${MIN_JWT_SECRET_LENGTH} characters, e.g. from openssl rand -base64 48`,
    });
  }
  const jwtTtlSeconds = duration(problems, env, 'JWT_TTL', '1h', { min: 60, max: 7 * 86400 });
  const adminPassword = env.ADMIN_PASSWORD || undefined;
  if (adminPassword !== undefined && adminPassword.length < MIN_ADMIN_PASSWORD_LENGTH) {
    problems.push({ variable: 'ADMIN_PASSWORD', rule: `must be at least ${MIN_ADMIN_PASSWORD_LENGTH} characters` });
  }

  const runWorker = oneOf(problems, env, 'RUN_WORKER', ['true', 'false'] as const, 'true') === 'true';
  const phaseSchedule = oneOf(problems, env, 'PHASE_SCHEDULE', ['on', 'off'] as const, 'on');
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of corsOrigins) {
    let ok = false;
    try {
      const parsed = new URL(origin);
      ok = (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin === origin;
    } catch {
      ok = false;
    }
    if (!ok) problems.push({ variable: 'CORS_ORIGINS', rule: 'is a comma-separated list of origins like https://host or http://host:port (no path, no trailing slash)', value: origin });
  }

  const webhookAttempts = whole(problems, env, 'WEBHOOK_ATTEMPTS', 8, { min: 1, max: 20 });
  const webhookBackoffMs = whole(problems, env, 'WEBHOOK_BACKOFF_MS', 5000, { min: 1, max: 600_000 });
  const keptFoldEvents = whole(problems, env, 'KEPT_FOLD_EVENTS', 250_000, { min: 0, max: 100_000_000 });

  const logSigningKey = env.LOG_SIGNING_KEY || undefined;
  if (logSigningKey !== undefined && !isEd25519PrivateKeyPem(logSigningKey)) {
    problems.push({ variable: 'LOG_SIGNING_KEY', rule: 'must be an Ed25519 private key in PKCS#8 PEM (-----BEGIN PRIVATE KEY-----)' });
  }
  const dataDir = dataDirRaw === 'memory' ? undefined : dataDirRaw;
  const logSigningKeyFile =
    env.LOG_SIGNING_KEY_FILE || (logSigningKey === undefined && eventStore === 'embedded' && dataDir !== undefined ? join(dataDir, 'log-signing.key') : undefined);
  if (eventStore === 'postgres' && logSigningKey === undefined && logSigningKeyFile === undefined) {
    problems.push({ variable: 'LOG_SIGNING_KEY_FILE', rule: 'is required when EVENT_STORE=postgres (or LOG_SIGNING_KEY): the key that signs the log head, kept outside the database' });
  }

  if (problems.length > 0) throw new InvalidConfigError(problems);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    eventStore,
    dataDir,
    databaseUrl,
    databaseSchema,
    kurrentdbUrl,
    redisUrl,
    logLevel,
    logFormat,
    jwtSecret,
    jwtTtlSeconds,
    adminPassword,
    runWorker,
    phaseSchedule,
    logSigningKey,
    logSigningKeyFile,
    corsOrigins,
    webhookAttempts,
    keptFoldEvents,
    webhookBackoffMs,
  };
}

const isEd25519PrivateKeyPem = (pem: string): boolean => {
  try {
    return createPrivateKey({ key: pem, format: 'pem' }).asymmetricKeyType === 'ed25519';
  } catch {
    return false;
  }
};

/**
 * Whether the embedded store can keep its data in `dir`: the directory exists or can be made, and
 * a file can be written in it. A problem naming DATA_DIR, or undefined.
 */
export function dataDirProblem(dir: string): ConfigProblem | undefined {
  try {
    // Directory by directory, not mkdirSync(recursive): that never returns for some paths (/proc/x).
    const missing: string[] = [];
    let at = resolve(dir);
    while (!existsSync(at)) {
      missing.unshift(at);
      const parent = dirname(at);
      if (parent === at) break;
      at = parent;
    }
    if (!statSync(at).isDirectory()) return { variable: 'DATA_DIR', rule: `${at} is not a directory: give a writable directory, or 'memory'`, value: dir };
    for (const step of missing) mkdirSync(step);
    const probe = join(dir, `.kaoping-write-test-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
    return undefined;
  } catch (error: unknown) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    const why = code === 'EACCES' || code === 'EPERM' ? 'is not writable by this user' : code === 'ENOTDIR' || code === 'EEXIST' ? 'is not a directory' : code === 'EROFS' ? 'is on a read-only file system' : `cannot be used (${code || String(error)})`;
    return { variable: 'DATA_DIR', rule: `${why}: give a writable directory, or 'memory'`, value: dir };
  }
}

/**
 * For process entry points: the config, or every problem at once — bad variables, a missing
 * JWT_SECRET for an API outside embedded mode, an unusable DATA_DIR — on stderr, one line each,
 * and exit code 78 (EX_CONFIG), never a stack trace.
 */
export function loadConfigOrExit(env: Env = process.env, purpose: ConfigPurpose = {}): KaopingConfig {
  let problems: readonly ConfigProblem[] = [];
  let config: KaopingConfig | undefined;
  try {
    config = loadConfig(env, purpose);
  } catch (error) {
    if (!(error instanceof InvalidConfigError)) throw error;
    problems = error.problems;
  }
  const eventStore = config?.eventStore ?? env.EVENT_STORE ?? 'embedded';
  const dataDir = config === undefined ? (env.DATA_DIR || '.data/kaoping') : config.dataDir;
  const usesDataDir = eventStore === 'embedded' || (eventStore === 'kurrentdb' && !env.DATABASE_URL);
  const dirProblem = usesDataDir && dataDir !== undefined && dataDir !== 'memory' ? dataDirProblem(dataDir) : undefined;
  if (dirProblem !== undefined) problems = [...problems, dirProblem];
  if (config !== undefined && problems.length === 0) return config;
  process.stderr.write(`${new InvalidConfigError(problems).message}\n(every variable: README, Configuration)\n`);
  process.exit(78);
}
