#!/usr/bin/env node
// `npm test`: find (or start) PostgreSQL and Redis, type-check, run every Jest tier, and
// close with one plain line `jest: N passed, N failed`. Tests never skip: a run that reports
// pending or todo tests fails.
//
// PostgreSQL: DATABASE_URL, else postgresql://postgres@127.0.0.1:5432/postgres. Redis:
// REDIS_URL, else redis://127.0.0.1:6379. Where none answers but the server binaries are
// installed, a throwaway instance is started on a free port for this run and stopped after.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, chownSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const cleanups = [];
const log = (msg) => process.stdout.write(`[test] ${msg}\n`);

const fail = (msg) => {
  process.stderr.write(`[test] ${msg}\n`);
  runCleanups();
  process.exit(1);
};

function runCleanups() {
  while (cleanups.length) {
    try {
      cleanups.pop()();
    } catch {
      /* best effort on the way out */
    }
  }
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => fail(`interrupted by ${sig}`));

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function postgresAnswers(url) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function redisAnswers(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname || '127.0.0.1', port: Number(port || 6379) });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(3000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (buf) => done(buf.toString().startsWith('+PONG')));
  });
}

function findBinary(name, extraDirs = []) {
  const which = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  for (const dir of extraDirs) {
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

function postgresBinDirs() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => join(base, v, 'bin'));
}

async function startThrowawayPostgres() {
  const dirs = postgresBinDirs();
  const initdb = findBinary('initdb', dirs);
  const postgres = findBinary('postgres', dirs);
  if (!initdb || !postgres) return undefined;
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'kaoping-pg-'));
  // PostgreSQL refuses to run as root: run it as the 'postgres' system user when we are root.
  const asRoot = userInfo().uid === 0;
  const runAs = (cmd, args) => (asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]);
  if (asRoot) {
    const pgUid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const pgGid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dataDir, pgUid, pgGid);
  }
  const [initCmd, initArgs] = runAs(initdb, ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const init = spawnSync(initCmd, initArgs, { encoding: 'utf8' });
  if (init.status !== 0) fail(`initdb failed:\n${init.stderr}`);
  const [pgCmd, pgArgs] = runAs(postgres, [
    '-D', dataDir, '-p', String(port), '-k', dataDir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off',
  ]);
  const child = spawn(pgCmd, pgArgs, { stdio: 'ignore', detached: true });
  cleanups.push(() => {
    try {
      process.kill(-child.pid, 'SIGINT');
    } catch {
      child.kill('SIGINT');
    }
    spawnSync('sh', ['-c', `sleep 1; rm -rf '${dataDir}'`]);
  });
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  for (let i = 0; i < 60; i++) {
    if (await postgresAnswers(url)) return url;
    await sleep(250);
  }
  fail(`started PostgreSQL in ${dataDir} on port ${port}, but it did not answer within 15 s`);
  return undefined;
}

async function startThrowawayRedis() {
  const server = findBinary('redis-server');
  if (!server) return undefined;
  const port = await freePort();
  const child = spawn(server, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  cleanups.push(() => child.kill('SIGTERM'));
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 40; i++) {
    if (await redisAnswers(url)) return url;
    await sleep(250);
  }
  fail(`started redis-server on port ${port}, but it did not answer within 10 s`);
  return undefined;
}

async function resolvePostgres() {
  const url = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  if (await postgresAnswers(url)) return { url, how: 'found' };
  if (process.env.DATABASE_URL) fail(`DATABASE_URL=${url} does not answer. Start that server or unset DATABASE_URL.`);
  const started = await startThrowawayPostgres();
  if (started) return { url: started, how: 'started a throwaway server' };
  fail(
    'No PostgreSQL answers at 127.0.0.1:5432 and no server binaries (initdb, postgres) are installed.\n' +
      '  Install one (Debian/Ubuntu: apt-get install postgresql) or set DATABASE_URL to a reachable server.',
  );
  return undefined;
}

async function resolveRedis() {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (await redisAnswers(url)) return { url, how: 'found' };
  if (process.env.REDIS_URL) fail(`REDIS_URL=${url} does not answer. Start that server or unset REDIS_URL.`);
  const started = await startThrowawayRedis();
  if (started) return { url: started, how: 'started a throwaway server' };
  fail(
    'No Redis answers at 127.0.0.1:6379 and redis-server is not installed.\n' +
      '  Install it (Debian/Ubuntu: apt-get install redis-server) or set REDIS_URL to a reachable server.',
  );
  return undefined;
}

// The console's browser tests drive Chromium (headless): CHROME_PATH, else a system chromium. None: stop and say
// how to install it (test/console/support/chromium.ts holds the same search for the tests themselves).
function resolveChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) fail(`CHROME_PATH=${fromEnv} does not exist. Point it at a Chromium binary or unset it.`);
    return { path: fromEnv, how: 'CHROME_PATH' };
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = findBinary(name);
    if (found) return { path: found, how: 'found' };
  }
  fail(
    'No Chromium for the console browser tests (CHROME_PATH unset, no chromium on PATH).\n' +
      '  Install it (Debian/Ubuntu: apt-get install -y chromium) or set CHROME_PATH to a Chromium binary.',
  );
  return undefined;
}

function run(cmd, args, env) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  return res.status ?? 1;
}

const pg = await resolvePostgres();
const redis = await resolveRedis();
const chrome = resolveChromium();
log(`PostgreSQL: ${pg.url} (${pg.how})`);
log(`Redis: ${redis.url} (${redis.how})`);
log(`Chromium: ${chrome.path} (${chrome.how})`);
const env = { ...process.env, DATABASE_URL: pg.url, REDIS_URL: redis.url, CHROME_PATH: chrome.path, KAOPING_TEST_SERVICES: '1' };

// The repository (with Jest's types), what `npm start` and `npm run build` compile (nest build,
// tsconfig.build.json: the apps and what they import, without Jest's types: a test helper with Jest's
// globals that an app reached through a package index once broke `npm start` while every test
// passed), and the console.
for (const [project, what] of [
  ['tsconfig.json', 'the repository'],
  ['tsconfig.build.json', 'the apps as built'],
  ['apps/console/tsconfig.json', 'the console'],
]) {
  log(`type-checking ${what} (tsc --noEmit -p ${project})`);
  if (run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', project], env) !== 0) {
    fail(`type check of ${what} failed`);
  }
}

const resultsDir = mkdtempSync(join(tmpdir(), 'kaoping-jest-'));
const resultsFile = join(resultsDir, 'results.json');
const jestArgs = [join(root, 'node_modules/jest/bin/jest.js'), '--ci', '--maxWorkers=2', '--json', `--outputFile=${resultsFile}`, ...process.argv.slice(2)];
const status = run(process.execPath, jestArgs, env);

let summary;
try {
  summary = JSON.parse(readFileSync(resultsFile, 'utf8'));
} catch {
  fail(`jest exited with ${status} and wrote no results`);
}
rmSync(resultsDir, { recursive: true, force: true });
runCleanups();

const { numPassedTests: passed, numFailedTests: failed, numPendingTests: pending, numTodoTests: todo, numTotalTests: total } = summary;
const suiteErrors = summary.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
if (pending > 0 || todo > 0) {
  process.stderr.write(`[test] ${pending} skipped and ${todo} todo tests: this project does not skip tests.\n`);
}
if (total === 0) process.stderr.write('[test] no test ran.\n');
process.stdout.write(`jest: ${passed} passed, ${failed + suiteErrors} failed\n`);
process.exit(status === 0 && pending === 0 && todo === 0 && total > 0 ? 0 : 1);
