// npm run bench:api — the API under a steady mixed load: autocannon at BENCH_RATE (500) requests/s
// for BENCH_DURATION (60) s, spread over the second by BENCH_SLOTS (10) staggered instances, 80 % reads (a ranking page, a unit's explanation, the cycle, the
// submission status) and 20 % writes (a data provider's values, each a new fact), with the
// latencies (p50, p99), the errors and non-2xx answers, and the API's resident memory idle and
// after the load. Before it, each route alone for BENCH_ROUTE_SECONDS (10; 0 skips) at
// BENCH_ROUTE_RATE (100) requests/s: the API's and PostgreSQL's CPU per request of that route. Then
// the mixed load for BENCH_WARMUP_SECONDS (5; 0 skips) as a warm-up, its p99 printed apart and not
// counted in the figures of the measured load. Run on PostgreSQL (DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres,
// a fresh schema dropped afterwards) with the read models in the API process (the single `npm start`),
// again with them in a worker process beside it (postgres+worker: the API with RUN_WORKER=false, as
// API replicas run beside a worker; the worker's CPU is printed apart), and on the embedded store (a
// fresh PGlite directory); BENCH_STORES=postgres, =postgres+worker or =embedded runs one. BENCH_API_NODE_ARGS: extra node flags for the API
// process (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it under the load).
//
// Each store is seeded first through the lifecycle's command path (the projections bench's
// generated county: BENCH_UNITS (1,000) units in one category, BENCH_INDICATORS (10) data
// indicators, values in for the first two); the writes submit the others. The API runs from its
// build (dist/apps/api/main.js, built here), alone in its process, as in production.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { LogSigner } from '@kaoping/eventstore';
import { ScenarioDriver, SCENARIO_PROVIDER } from '@kaoping/projections';
import { loadConfig, openDatabase, openEventStore } from '@kaoping/runtime';
import { freePort, jsonCaller, nodeStartOf, percentile, untilAnswering, type Json } from '@kaoping/testing';

const ROOT = join(__dirname, '..', '..', '..');
const UNITS = Number(process.env['BENCH_UNITS'] ?? '1000');
const INDICATORS = Number(process.env['BENCH_INDICATORS'] ?? '10');
const RATE = Number(process.env['BENCH_RATE'] ?? '500');
const DURATION = Number(process.env['BENCH_DURATION'] ?? '60');
/**
 * The mixed load in this many autocannon instances started 1000 / SLOTS ms apart, each with its
 * share of the rate and of the 50 connections (default 10; 1: one instance). autocannon's rate mode
 * lets each connection send its share of a second back to back as soon as that second begins, so
 * one instance sends the whole second's 500 requests in one burst, 50 at a time, and answers
 * finish in the first 600 ms of each second (measured 2026-12-03); staggered instances spread the
 * same requests over the second, as users would send them.
 */
const SLOTS = Number(process.env['BENCH_SLOTS'] ?? '10');
if (!Number.isInteger(SLOTS) || SLOTS < 1 || SLOTS > 50) throw new Error('BENCH_SLOTS: a whole number from 1 to 50 (each instance takes at least one of the 50 connections)');
const STORES = (process.env['BENCH_STORES'] ?? 'postgres,postgres+worker,embedded').split(',').map((s) => s.trim());
/** Each route alone before the mixed load: seconds (0 skips it) and rate. */
const ROUTE_SECONDS = Number(process.env['BENCH_ROUTE_SECONDS'] ?? '10');
const ROUTE_RATE = Number(process.env['BENCH_ROUTE_RATE'] ?? '100');
/**
 * The mixed load first runs this long as a warm-up, not counted: an API started moments before
 * answers its first seconds of 500 requests/s with code V8 has not yet optimized and with no fold
 * kept (measured 2026-12-05 with no routes alone before: p50 57–77 ms over the first 5 s, 7–10 ms
 * from the 8th on), and the goal is the steady answer time. Its p99 is printed on a line of its own.
 */
const WARMUP_SECONDS = Number(process.env['BENCH_WARMUP_SECONDS'] ?? '5');
const API_NODE_ARGS = (process.env['BENCH_API_NODE_ARGS'] ?? '').split(' ').filter((arg) => arg !== '');
const DATABASE_URL = process.env['DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const PASSWORD = 'bench password of everyone';
const CYCLE = 'bench';
const CATEGORY = 'townships';
/** Indicators whose values the seed submits; the writes submit the rest. */
const SEEDED_INDICATORS = 2;

/**
 * How `npm start` runs the API and `npm run start:worker` the worker (their `NAME=value` prefixes,
 * such as the glibc setting that lets freed memory go back to the system, and node's flags): the
 * bench runs them as users start them.
 */
const API_START = nodeStartOf(ROOT, 'start', 'dist/apps/api/main.js');
const WORKER_START = nodeStartOf(ROOT, 'start:worker', 'dist/apps/worker/main.js');

const line = (name: string, value: number, unit: string): void => {
  process.stdout.write(`${name}: ${value.toFixed(value < 10 ? 2 : 0)} ${unit}\n`);
};
const note = (text: string): void => {
  process.stderr.write(`[bench:api] ${text}\n`);
};
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));


/** The CPU time a process has used in the kernel (system time), from /proc (ms; clock ticks of 10 ms). */
const kernelCpuMs = (pid: number): number => Number((readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [])[12]) * 10;

/** The CPU time a process has used, user and system, from /proc (ms; clock ticks of 10 ms). */
const cpuMs = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

/**
 * The CPU time the PostgreSQL servers on this machine have used (ms): every server process's own,
 * and for each postmaster the backends it reaped (/proc's cutime and cstime), so that a connection
 * closed during the load still counts (summing the live processes alone went down when one ended).
 */
const postgresCpuMs = (): number =>
  readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') return [];
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
        return [{ pid, parent: fields[1] ?? '', own: Number(fields[11]) + Number(fields[12]), reaped: Number(fields[13]) + Number(fields[14]) }];
      } catch {
        return [];
      }
    })
    .reduce((sum, process, _, all) => sum + (process.own + (all.some((other) => other.pid === process.parent) ? 0 : process.reaped)) * 10, 0);

/** The resident memory of a process, from /proc (MiB). */
const residentMiB = (pid: number): number => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
  if (kib === undefined) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kib) / 1024;
};

/** `worker`: the read models and jobs run in a worker process of their own, the API with RUN_WORKER=false (API replicas beside a worker). */
type Store = Readonly<{ name: string; env: Readonly<Record<string, string>>; worker: boolean; cleanUp: () => Promise<void> }>;

const prepare = async (name: string): Promise<Store> => {
  if (name === 'embedded') {
    const dataDir = mkdtempSync(join(tmpdir(), 'kaoping-bench-api-'));
    return { name, env: { EVENT_STORE: 'embedded', DATA_DIR: dataDir }, worker: false, cleanUp: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  if (name !== 'postgres' && name !== 'postgres+worker') throw new Error(`BENCH_STORES: unknown store ${name} (postgres, postgres+worker, embedded)`);
  const schema = `bench_api_${process.pid}`;
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect().catch((error: unknown) => {
    throw new Error(`PostgreSQL is not reachable at ${DATABASE_URL} (${error instanceof Error ? error.message : String(error)}): start it, or set DATABASE_URL`);
  });
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
  const key = LogSigner.generate().pem();
  return {
    name,
    env: { EVENT_STORE: 'postgres', DATABASE_URL, DATABASE_SCHEMA: schema, LOG_SIGNING_KEY: key, JWT_SECRET: 'bench-api-secret-of-at-least-32-characters!!' },
    worker: name === 'postgres+worker',
    cleanUp: async () => {
      const drop = new pg.Client({ connectionString: DATABASE_URL });
      await drop.connect();
      await drop.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await drop.end();
    },
  };
};

/** The generated county, through the lifecycle's command path; returns the log head. */
const seed = async (store: Store): Promise<string> => {
  const config = loadConfig({ ...store.env });
  const database = await openDatabase(config);
  const events = await openEventStore(config, database);
  try {
    const driver = new ScenarioDriver(events, { cycleId: CYCLE, categories: [CATEGORY], unitsPerCategory: UNITS, indicators: INDICATORS });
    await driver.setUp();
    for (const unitId of driver.units.map((u) => u.unitId)) {
      for (const indicatorId of driver.indicators.slice(0, SEEDED_INDICATORS)) {
        await driver.send({ userId: 'provider-1', role: 'data-provider', providerId: SCENARIO_PROVIDER }, () => ({ type: 'SubmitData', data: { unitId, indicatorId, value: '95' } }));
      }
    }
    return String(await events.headPosition());
  } finally {
    await events.close();
    await database.client.close();
  }
};


const runOne = async (store: Store): Promise<void> => {
  note(`${store.name}: seeding ${UNITS} units × ${INDICATORS} indicators through the command path`);
  const seeded = performance.now();
  const head = await seed(store);
  note(`${store.name}: seeded in ${((performance.now() - seeded) / 1000).toFixed(0)} s (log head ${head})`);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const processEnv = { ...process.env, ...store.env, LOG_LEVEL: 'error', PHASE_SCHEDULE: 'off' };
  const api: ChildProcess = spawn(process.execPath, [...API_START.nodeFlags, ...API_NODE_ARGS, join(ROOT, 'dist', 'apps', 'api', 'main.js')], {
    cwd: ROOT,
    env: { ...processEnv, ...API_START.env, PORT: String(port), HOST: '127.0.0.1', ADMIN_PASSWORD: PASSWORD, ...(store.worker ? { RUN_WORKER: 'false' } : {}) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const worker: ChildProcess | undefined = store.worker
    ? spawn(process.execPath, [...WORKER_START.nodeFlags, join(ROOT, 'dist', 'apps', 'worker', 'main.js')], { cwd: ROOT, env: { ...processEnv, ...WORKER_START.env }, stdio: ['ignore', 'ignore', 'inherit'] })
    : undefined;
  try {
    // Any answer will do: /health says 503 while the projections catch up over the seeded log.
    await untilAnswering(base);
    const call = jsonCaller(base);
    const tokenOf = async (userId: string): Promise<string> => String((await call(null, 'POST', '/auth/login', { userId, password: PASSWORD }))['accessToken']);
    const admin = await tokenOf('admin');
    await call(admin, 'POST', '/users', { userId: 'office-1', name: '绩效办', grants: [{ role: 'office' }], password: PASSWORD });
    await call(admin, 'POST', '/users', { userId: 'provider-1', name: '统计局', grants: [{ role: 'data-provider', providerId: SCENARIO_PROVIDER }], password: PASSWORD });
    const office = await tokenOf('office-1');
    const provider = await tokenOf('provider-1');
    // The projections catch up from position 0 over the seeded log (503 read-model-behind meanwhile).
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(`${base}/cycles/${CYCLE}/live-scores/${CATEGORY}?limit=1&minPosition=${head}`, { headers: { authorization: `Bearer ${office}` } });
      if (res.ok) break;
      if (attempt > 600) throw new Error(`the live read model did not reach ${head} (last answer ${res.status})`);
      await sleep(500);
    }
    await sleep(5_000);
    const pid = api.pid ?? 0;
    const idle = residentMiB(pid);

    // Every fifth request a write: a value not yet in (unit × indicator beyond the seeded ones), each once.
    const units = Array.from({ length: UNITS }, (_, at) => `${CATEGORY}-${String(at + 1).padStart(3, '0')}`);
    const writable = units.flatMap((unitId) => Array.from({ length: INDICATORS - SEEDED_INDICATORS }, (_, at) => ({ unitId, indicatorId: `ind-${String(at + SEEDED_INDICATORS + 1).padStart(2, '0')}` })));
    const needed = Math.ceil((RATE * (WARMUP_SECONDS + DURATION)) / 5) + ROUTE_SECONDS * ROUTE_RATE;
    if (writable.length < needed) throw new Error(`${writable.length} values can be written, the load needs ${needed}: raise BENCH_UNITS or BENCH_INDICATORS`);
    let sent = 0;
    let written = 0;
    const reads = [
      (at: number) => `/cycles/${CYCLE}/live-scores/${CATEGORY}?limit=20&offset=${(at % Math.ceil(UNITS / 20)) * 20}`,
      (at: number) => `/cycles/${CYCLE}/units/${units[at % UNITS]}/explained-score`,
      () => `/cycles/${CYCLE}`,
      (at: number) => `/cycles/${CYCLE}/submission-status?unitId=${units[(at * 7) % UNITS]}`,
    ];
    // Each read path answers before the load (a wrong path would otherwise count as load).
    for (const read of reads) await call(office, 'GET', read(0));
    const statuses = new Map<number, number>();
    // Each route alone first, at a rate the machine keeps up with: what one request of it costs the
    // API and PostgreSQL, so that the mixed load's figure can be split by route.
    const writeRequest = (request: autocannon.Request): autocannon.Request => {
      const target = writable[written++ % writable.length];
      if (target === undefined) throw new Error('no value left to write');
      return {
        ...request,
        method: 'POST',
        path: `/cycles/${CYCLE}/units/${target.unitId}/data`,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${provider}` },
        body: JSON.stringify({ indicatorId: target.indicatorId, value: String(80 + (written % 30)) }),
      };
    };
    const routes: ReadonlyArray<readonly [string, (request: autocannon.Request, at: number) => autocannon.Request]> = [
      ['ranking page', (request, at) => ({ ...request, method: 'GET', path: reads[0]?.(at) ?? '/', headers: { authorization: `Bearer ${office}` } })],
      ['explained score', (request, at) => ({ ...request, method: 'GET', path: reads[1]?.(at) ?? '/', headers: { authorization: `Bearer ${office}` } })],
      ['cycle', (request, at) => ({ ...request, method: 'GET', path: reads[2]?.(at) ?? '/', headers: { authorization: `Bearer ${office}` } })],
      ['submission status', (request, at) => ({ ...request, method: 'GET', path: reads[3]?.(at) ?? '/', headers: { authorization: `Bearer ${office}` } })],
      ['data write', (request) => writeRequest(request)],
    ];
    for (const [route, requestOf] of ROUTE_SECONDS > 0 ? routes : []) {
      let at = 0;
      const routeStatuses = new Map<number, number>();
      const apiBefore = cpuMs(pid);
      const postgresBefore = postgresCpuMs();
      const alone = await autocannon({
        url: base,
        connections: 10,
        overallRate: ROUTE_RATE,
        duration: ROUTE_SECONDS,
        requests: [{ setupRequest: (request) => requestOf(request, at++), onResponse: (status) => void routeStatuses.set(status, (routeStatuses.get(status) ?? 0) + 1) }],
      });
      const failed = [...routeStatuses].filter(([status]) => status >= 300);
      if (failed.length > 0) throw new Error(`${route}: answers ${failed.map(([s, n]) => `${s}:${n}`).join(' ')}`);
      const answered = Math.max(1, alone.requests.total);
      line(`api ${store.name} ${route} alone CPU per request`, (cpuMs(pid) - apiBefore) / answered, `ms (the API process; ${ROUTE_RATE} req/s asked for ${ROUTE_SECONDS} s)`);
      if (store.env['EVENT_STORE'] === 'postgres') line(`api ${store.name} ${route} alone PostgreSQL CPU per request`, (postgresCpuMs() - postgresBefore) / answered, 'ms');
      line(`api ${store.name} ${route} alone latency p99`, alone.latency.p99, 'ms');
    }
    note(`${store.name}: ${RATE} requests/s for ${WARMUP_SECONDS} s of warm-up and ${DURATION} s measured, 80 % reads / 20 % writes, from ${SLOTS} autocannon instance(s) ${Math.round(1000 / SLOTS)} ms apart`);
    // Each answer's own time as autocannon measured it (its 'response' event), counted once:
    // autocannon's own percentiles, in rate mode, add answers it assumes a stall held back, one per
    // expected interval below each measured time, and take that interval as Math.ceil(1 / rate)
    // with the rate per connection in requests a second (10 here): 1 ms, so an answer of
    // L ms counts about L times. Its figures are printed too (of one instance: the first).
    const slot = (duration: number, measured: number[]): Promise<autocannon.Result> =>
      new Promise<autocannon.Result>((resolve, reject) => {
        const instance = autocannon(
          {
            url: base,
            connections: Math.max(1, Math.round(50 / SLOTS)),
            overallRate: RATE / SLOTS,
            duration,
            requests: [
              {
                setupRequest: (request) => {
                  sent += 1;
                  if (sent % 5 === 0) return writeRequest(request);
                  const read = reads[sent % reads.length];
                  return { ...request, method: 'GET', path: read === undefined ? '/' : read(sent), headers: { authorization: `Bearer ${office}` } };
                },
                onResponse: (status) => {
                  statuses.set(status, (statuses.get(status) ?? 0) + 1);
                },
              },
            ],
          },
          (error: unknown, outcome: autocannon.Result) => (error === null || error === undefined ? resolve(outcome) : reject(error instanceof Error ? error : new Error(String(error)))),
        );
        instance.on('response', (_client, _status, _bytes, responseTime) => {
          measured.push(responseTime);
        });
      });
    const mixed = async (duration: number, measured: number[]): Promise<autocannon.Result[]> => {
      const started: Promise<autocannon.Result>[] = [];
      for (let at = 0; at < SLOTS; at += 1) {
        if (at > 0) await sleep(1000 / SLOTS);
        started.push(slot(duration, measured));
      }
      return Promise.all(started);
    };
    /** A figure summed over the instances of one mixed load. */
    const total = (results: readonly autocannon.Result[], pick: (result: autocannon.Result) => number): number => results.reduce((sum, result) => sum + pick(result), 0);
    if (WARMUP_SECONDS > 0) {
      const warm: number[] = [];
      const warmResults = await mixed(WARMUP_SECONDS, warm);
      warm.sort((a, b) => a - b);
      line(`api ${store.name} warm-up errors and non-2xx answers`, total(warmResults, (r) => r.errors + r.timeouts + r.non2xx), 'requests');
      line(`api ${store.name} warm-up latency p99`, percentile(warm, 99, Number.NaN), `ms (${warm.length} answers in the first ${WARMUP_SECONDS} s of the mixed load: not counted below)`);
    }
    // The CPU figures are of the measured load alone (not the routes alone, nor the warm-up).
    const cpuBefore = cpuMs(pid);
    const kernelCpuBefore = kernelCpuMs(pid);
    const workerCpuBefore = worker?.pid === undefined ? 0 : cpuMs(worker.pid);
    const postgresCpuBefore = postgresCpuMs();
    const benchCpuBefore = process.cpuUsage();
    const measured: number[] = [];
    const results = await mixed(DURATION, measured);
    const first = results[0];
    if (first === undefined) throw new Error('BENCH_SLOTS must be at least 1');
    const result = {
      requests: { average: total(results, (r) => r.requests.average), total: total(results, (r) => r.requests.total) },
      errors: total(results, (r) => r.errors),
      timeouts: total(results, (r) => r.timeouts),
      non2xx: total(results, (r) => r.non2xx),
      latency: first.latency,
    };
    const cpuUsed = cpuMs(pid) - cpuBefore;
    const kernelCpuUsed = kernelCpuMs(pid) - kernelCpuBefore;
    const workerCpuUsed = worker?.pid === undefined ? undefined : cpuMs(worker.pid) - workerCpuBefore;
    const postgresCpuUsed = postgresCpuMs() - postgresCpuBefore;
    const benchCpu = process.cpuUsage(benchCpuBefore);
    // Requests autocannon gave up on at the end are still being answered: let them finish.
    await sleep(3_000);
    const after = residentMiB(pid);
    note(`${store.name}: statuses ${[...statuses].map(([s, n]) => `${s}:${n}`).join(' ')}; ${written} writes sent`);
    line(`api ${store.name} requests per second (asked ${RATE})`, result.requests.average, 'req/s');
    line(`api ${store.name} latency p50`, result.latency.p50, `ms (autocannon's, with its fill-in; ${SLOTS === 1 ? 'one instance' : `the first of ${SLOTS} instances`})`);
    line(`api ${store.name} latency p99`, result.latency.p99, 'ms (autocannon\'s: see measured)');
    measured.sort((a, b) => a - b);
    line(`api ${store.name} measured latency p50`, percentile(measured, 50, Number.NaN), `ms (${measured.length} answers, each counted once; ${SLOTS} autocannon instances ${Math.round(1000 / SLOTS)} ms apart)`);
    line(`api ${store.name} measured latency p99`, percentile(measured, 99, Number.NaN), 'ms');
    line(`api ${store.name} measured latency max`, percentile(measured, 100, Number.NaN), 'ms');
    line(`api ${store.name} errors (connection, timeout)`, result.errors + result.timeouts, 'requests');
    line(`api ${store.name} non-2xx answers`, result.non2xx, 'requests');
    // Per answered request, so that runs on a shared machine (where the rate reached varies) compare.
    line(`api ${store.name} CPU per request`, cpuUsed / Math.max(1, result.requests.total), workerCpuUsed === undefined ? 'ms' : 'ms (the API process)');
    // The kernel's part: mostly sockets (HTTP and the database connections on loopback TCP).
    line(`api ${store.name} CPU per request in the kernel`, kernelCpuUsed / Math.max(1, result.requests.total), 'ms (system time of the API process: its sockets)');
    if (workerCpuUsed !== undefined) line(`api ${store.name} worker CPU per request`, workerCpuUsed / Math.max(1, result.requests.total), 'ms (the worker process: read models)');
    // Where the machine's two cores went: the database and the load generator share them with the API.
    if (store.env['EVENT_STORE'] === 'postgres') line(`api ${store.name} PostgreSQL CPU per request`, postgresCpuUsed / Math.max(1, result.requests.total), 'ms (every server process on this machine)');
    line(`api ${store.name} load generator CPU per request`, (benchCpu.user + benchCpu.system) / 1000 / Math.max(1, result.requests.total), 'ms (autocannon, in this process)');
    line(`api ${store.name} resident memory idle`, idle, 'MiB');
    line(`api ${store.name} resident memory after the load`, after, 'MiB');
  } finally {
    api.kill('SIGTERM');
    worker?.kill('SIGTERM');
    await sleep(1_000);
  }
};

const main = async (): Promise<void> => {
  note(`the API runs with ${JSON.stringify(API_START)} from npm start, the worker with ${JSON.stringify(WORKER_START)} from npm run start:worker`);
  if (cpus().length < 4) note(`${cpus().length} cores: autocannon, PostgreSQL and the API share them, so the rate reached and the latencies are the machine's as much as the API's (see the CPU per request)`);
  const apps = STORES.some((name) => name.endsWith('+worker')) ? ['api', 'worker'] : ['api'];
  note(`building ${apps.join(' and ')} (nest build)`);
  for (const app of apps) execFileSync(process.execPath, [join(ROOT, 'node_modules', '@nestjs', 'cli', 'bin', 'nest.js'), 'build', app], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  for (const name of STORES) {
    const store = await prepare(name);
    try {
      await runOne(store);
    } finally {
      await store.cleanUp();
    }
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
