// npm run bench:province — a generated province-year on PostgreSQL (DATABASE_URL, default
// postgresql://postgres@127.0.0.1:5432/postgres; a fresh schema, dropped after). Shape by env:
// BENCH_UNITS (10000, split evenly over) BENCH_CATEGORIES (10), BENCH_INDICATORS (100, one point
// each, proportional, one provider, a target and a value for every monthly period), BENCH_PERIODS
// (12 monthly periods). Prints `name: value unit` lines:
// - bulk load: units, assignments and every month's values decided by the units' pure decider as the
//   import path decides them (checkRows) and appended stream by stream (recordDecidedStream: one
//   append per unit per pass, hash chain, ids from the command ids), BENCH_LOAD_CONCURRENCY (4) units
//   at a time; BENCH_ORDER: month (default: a pass over every unit each month, as monthly data comes
//   in, so the log interleaves the units) or unit (each unit's whole year in one append);
// - rebuild of every read model from position 0: `npm run cli -- rebuild` in a process of its own, as an
//   operator runs it (the script's node flags), with the time, CPU and peak memory it prints;
// - the cycle folded from the log in this process (as a fresh worker folds it first): its rate, and the
//   heap it holds (the limit on how large a cycle one process folds);
// - a command whose stream's fold is not kept (as after a restart): its time and CPU, a bare read of
//   that stream, the next command on it (fold kept); then, if the kept folds can hold every unit
//   (BENCH_KEPT_EVENTS), one command for each unit, so that the live lag meets a process whose
//   commands have each met their township (BENCH_COLD_COMMANDS, 100, are timed one by one);
// - live lag: the projection runner running every read model as the worker runs it (its default batch
//   size and poll interval, the node flags of `npm run start:worker`), in a process of its own
//   (province-worker.ts; woken by the store's NOTIFY as a worker beside the API is), while this process sends corrections through handleEvaluationCommand
//   at BENCH_COMMAND_RATE (500) commands/s for BENCH_LAG_SECONDS (30); lag = from the command's append
//   (its call returned) to the live-scores category row showing a position at or past it (polled every
//   5 ms); the first update of the fresh runner (it folds the cycle from the log) is timed apart;
//   BENCH_KEPT_EVENTS: how many events the commands keep folded (the API's KEPT_FOLD_EVENTS);
//   BENCH_WORKER_NODE_ARGS, BENCH_CLI_NODE_ARGS: extra node flags for the worker and the rebuild (e.g. --cpu-prof);
// - the year-end snapshot of one category, by the phase job handler 'snapshot.take' (score from the log,
//   TakeSnapshot through the command path) after year-end closes;
// - the process's resident memory at the end.
// BENCH_SKIP=fold,snapshot leaves out the cycle folded in this process and the snapshot (e.g. to rerun the live lag).
// No Nest here (tsx emits no decorator metadata).
import { fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { cycleDecider, cycleStreamId, resultsStreamId, isCycleEvent, isUnitEvent, unitDecider, unitStreamId, type Actor, type CycleState, type EvaluationCommand } from '@kaoping/evaluation';
import { LogSigner, type EventStore } from '@kaoping/eventstore';
import { commandIdsOf, eventIdFor, foldCycleLog, handleEvaluationCommand, keepFoldsOf, keptFoldsOf, recordDecidedStream, recordedEvaluationEvent } from '@kaoping/cycle-log';
import { calendarOfView, loadCycleView, phaseJobHandlers, planCycleJobs } from '@kaoping/schedule';
import type { SchemeDocument } from '@kaoping/scoring';
import { nodeStartOf, percentile } from '@kaoping/testing';
import { checkRows, type ImportBase, type RowCommand, type StreamState } from '@kaoping/spreadsheet';
import { onThrowawayPostgres } from './bench-postgres';
import type { WorkerMessage, WorkerRequest } from './province-worker';
import { tableOf } from '../src/runner/read-model-sql';
import { SCENARIO_PHASES } from '../src/testing/evaluation-scenario';
import type { ReadModelDatabase } from '../src/testing/read-model-fixture';

const env = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
};
const UNITS = env('BENCH_UNITS', 10_000);
const CATEGORIES = env('BENCH_CATEGORIES', 10);
const INDICATORS = env('BENCH_INDICATORS', 100);
const PERIODS = env('BENCH_PERIODS', 12);
const COMMAND_RATE = env('BENCH_COMMAND_RATE', 500);
const LAG_SECONDS = env('BENCH_LAG_SECONDS', 30);
const LOAD_CONCURRENCY = env('BENCH_LOAD_CONCURRENCY', 4);
const ORDER = process.env['BENCH_ORDER'] ?? 'month';
/** Events the commands keep folded (the API's KEPT_FOLD_EVENTS); unset: the default. */
const KEPT_EVENTS = process.env['BENCH_KEPT_EVENTS'] === undefined ? undefined : env('BENCH_KEPT_EVENTS', 1);
/** How `npm run start:worker` starts the worker: the bench's projections' process gets its node flags. */
const ROOT = join(__dirname, '..', '..', '..');
const WORKER_START = nodeStartOf(ROOT, 'start:worker', 'dist/apps/worker/main.js');
const CLI_ENTRY = 'apps/cli/src/main.ts';
/** How `npm run cli` runs the operator's commands (the rebuild among them). */
const CLI_START = nodeStartOf(ROOT, 'cli', CLI_ENTRY);
/** More node arguments for the projections' process (e.g. `--cpu-prof --cpu-prof-dir=/tmp/p` to profile it). */
const WORKER_NODE_ARGS = (process.env['BENCH_WORKER_NODE_ARGS'] ?? '').split(' ').filter((arg) => arg !== '');
const CLI_NODE_ARGS = (process.env['BENCH_CLI_NODE_ARGS'] ?? '').split(' ').filter((arg) => arg !== '');
if (ORDER !== 'month' && ORDER !== 'unit') throw new Error('BENCH_ORDER: month (each month, every unit) or unit (each unit, its whole year)');
/** Commands in flight at most: past it the sender waits (the achieved rate is printed) instead of piling up calls. */
const MAX_IN_FLIGHT = env('BENCH_MAX_IN_FLIGHT', 32);
/** Commands timed one by one with no fold kept (what a command costs a fresh process). */
const COLD_COMMANDS = env('BENCH_COLD_COMMANDS', 100);
const url = process.env['DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
if (INDICATORS > 100) throw new Error('BENCH_INDICATORS: at most 100 (one point each)');
if (PERIODS > 99) throw new Error('BENCH_PERIODS: at most 99');
/** Parts to leave out (comma-separated): `fold` (the cycle folded in this process), `snapshot` (the year-end snapshot), to rerun the live lag sooner. */
const SKIPPED = new Set((process.env['BENCH_SKIP'] ?? '').split(',').filter((part) => part !== ''));
for (const part of SKIPPED) if (part !== 'fold' && part !== 'snapshot') throw new Error(`BENCH_SKIP: fold and/or snapshot, not ${part}`);

const YEAR = 2099;
const CYCLE = `prov${randomBytes(3).toString('hex')}`;
const PROVIDER = 'stats-bureau';
const office: Actor = { userId: 'office-1', role: 'office' };
const provider: Actor = { userId: 'provider-1', role: 'data-provider', providerId: PROVIDER };

const line = (name: string, value: number | string, unit: string): void => {
  process.stdout.write(`${name}: ${typeof value === 'number' ? value.toFixed(value < 10 ? 2 : 0) : value} ${unit}\n`);
};
const label = (zh: string, en: string) => ({ 'zh-CN': zh, en });

const categoryIds = Array.from({ length: CATEGORIES }, (_, at) => `cat-${String(at + 1).padStart(2, '0')}`);
const indicatorIds = Array.from({ length: INDICATORS }, (_, at) => `ind-${String(at + 1).padStart(3, '0')}`);
const periodIds = Array.from({ length: PERIODS }, (_, at) => `m${String(at + 1).padStart(2, '0')}`);
/** Units spread round-robin over the categories. */
const units = Array.from({ length: UNITS }, (_, at) => ({ unitId: `u-${String(at + 1).padStart(5, '0')}`, categoryId: categoryIds[at % CATEGORIES] ?? 'cat-01', at }));

/** Period weights summing to 100 (the last takes the remainder). */
const weights = ((): readonly number[] => {
  const each = Math.floor(100 / PERIODS);
  return periodIds.map((_, at) => (at === PERIODS - 1 ? 100 - each * (PERIODS - 1) : each));
})();

const scheme = (): SchemeDocument => ({
  id: `province-${CYCLE}`,
  name: label('省级年度绩效考评（生成）', 'Generated province scheme'),
  version: 1,
  cycle: YEAR,
  periods: periodIds.map((id, at) => ({ id, label: label(`${at + 1}月`, `Month ${at + 1}`) })),
  scales: { grade: { levels: [{ id: 'good', label: label('好', 'Good'), percent: 100 }, { id: 'fair', label: label('较好', 'Fair'), percent: 80 }] } },
  sources: [{ id: PROVIDER, label: label('统计局', 'Statistics bureau') }],
  calendar: {
    phases: SCENARIO_PHASES,
    deadlines: [],
  },
  categories: categoryIds.map((id) => ({
    id,
    label: label(id, id),
    total: 100,
    parts: [
      {
        id: 'targets',
        label: label('目标任务', 'Targets'),
        points: INDICATORS,
        children: indicatorIds.map((indicatorId, at) => ({
          id: indicatorId,
          label: label(`指标${at + 1}`, `Indicator ${at + 1}`),
          points: 1,
          provider: PROVIDER,
          periods: periodIds.map((period, p) => ({ period, weight: weights[p] ?? 0 })),
          method: { kind: 'proportional' as const },
        })),
      },
      ...(INDICATORS < 100 ? [{ id: 'committee', label: label('绩效委评价', 'Committee'), points: 100 - INDICATORS, method: { kind: 'rating' as const, scale: 'grade', roles: ['committee-member'] } }] : []),
    ],
    grading: { grades: [{ id: 'advanced', label: label('先进', 'Advanced'), min: 90 }, { id: 'pass', label: label('合格', 'Pass'), min: 60 }, { id: 'fail', label: label('不合格', 'Fail') }] },
  })),
});

const target = (unitAt: number, indicatorAt: number): string => String(1000 + ((unitAt * 7 + indicatorAt * 3) % 50) * 10);
const value = (unitAt: number, indicatorAt: number, periodAt: number): string => `${800 + ((unitAt * 13 + indicatorAt * 5 + periodAt) % 37) * 10}.${String((unitAt + indicatorAt) % 100).padStart(2, '0')}`;
const valueCommandId = (unitId: string, indicatorId: string, period: string): string => `${CYCLE}:v:${unitId}:${indicatorId}:${period}`;

let sequence = 0;
const nextNow = (): string => {
  sequence += 1;
  return new Date(Date.UTC(YEAR, 0, 1) + sequence * 1000).toISOString();
};

const send = async (store: EventStore, actor: Actor, type: EvaluationCommand['type'], data: object, extra: Readonly<{ reason?: string; commandId?: string; now?: string }> = {}) => {
  const command = { type, data: { cycleId: CYCLE, ...data }, meta: { commandId: extra.commandId ?? `${CYCLE}:cmd:${sequence + 1}`, actor, now: extra.now ?? nextNow(), ...(extra.reason === undefined ? {} : { reason: extra.reason }) } };
  return handleEvaluationCommand({ store, command: command as EvaluationCommand });
};
const phase = (store: EventStore, id: string, action: 'open' | 'close') => send(store, office, action === 'open' ? 'OpenPhase' : 'ClosePhase', { phase: id, trigger: 'manual' });

const loadCycle = async (store: EventStore): Promise<CycleState> =>
  cycleDecider.fold(
    (await store.readStream(cycleStreamId(CYCLE))).flatMap((stored) => {
      const event = recordedEvaluationEvent(stored);
      return event !== null && isCycleEvent(event) ? [event] : [];
    }),
  );

/** The unit streams a chunk touches, folded (what the import reads before checking). */
const loadUnits = async (store: EventStore, unitIds: readonly string[]): Promise<Map<string, StreamState>> => {
  const streams = new Map<string, StreamState>();
  for (const unitId of unitIds) {
    const streamId = unitStreamId(CYCLE, unitId);
    const events = await store.readStream(streamId);
    const state = unitDecider.fold(
      events.flatMap((stored) => {
        const event = recordedEvaluationEvent(stored);
        return event !== null && isUnitEvent(event) ? [event] : [];
      }),
    );
    streams.set(streamId, { kind: 'unit', state, revision: events.at(-1)?.revision ?? 'no_stream', commandIds: commandIdsOf(events) });
  }
  return streams;
};

const rowOf = (row: number, command: EvaluationCommand): RowCommand => ({ sheet: 'bench', row, columns: [], cells: new Map(), command });

/** Checks a chunk's rows as the import does and appends them stream by stream; returns the events appended. */
const recordChunk = async (store: EventStore, base: ImportBase, rows: readonly RowCommand[]): Promise<number> => {
  const checked = checkRows({ base, rows });
  if (checked.problems.length > 0) throw new Error(`generated rows refused: ${JSON.stringify(checked.problems.slice(0, 3))}`);
  let appended = 0;
  for (const stream of checked.streams) appended += (await recordDecidedStream({ store, stream })).appended;
  return appended;
};

/** Runs `work` over the items, `concurrency` at a time. */
const pool = async <T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> => {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++];
      if (item !== undefined) await work(item);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
};

const CHUNK = 10;
const chunks = <T>(items: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, at) => items.slice(at * size, (at + 1) * size));

const bulkLoad = async (db: ReadModelDatabase): Promise<void> => {
  const { store } = db;
  const started = performance.now();
  const cpu = process.cpuUsage();
  await send(store, office, 'CreateCycle', { year: YEAR, name: `${YEAR}年度省级绩效考评（生成）` });
  await send(store, office, 'PublishScheme', { scheme: scheme() });
  await phase(store, 'planning', 'open');
  let cycle = await loadCycle(store);
  let row = 0;
  const now = nextNow();
  await pool(chunks(units, CHUNK), LOAD_CONCURRENCY, async (chunk) => {
    const rows = chunk.flatMap((unit) => [
      rowOf(++row, { type: 'RegisterUnit', data: { cycleId: CYCLE, unitId: unit.unitId, name: `单位${unit.at + 1}`, level: 'township', categoryId: unit.categoryId }, meta: { commandId: `${CYCLE}:u:${unit.unitId}`, actor: office, now } } as EvaluationCommand),
      ...indicatorIds.map((indicatorId, i) =>
        rowOf(++row, { type: 'AssignIndicator', data: { cycleId: CYCLE, unitId: unit.unitId, indicatorId, providerId: PROVIDER, targets: Object.fromEntries(periodIds.map((p) => [p, target(unit.at, i)])) }, meta: { commandId: `${CYCLE}:a:${unit.unitId}:${indicatorId}`, actor: office, now } } as EvaluationCommand),
      ),
    ]);
    await recordChunk(store, { cycle, streams: new Map(chunk.map((u) => [unitStreamId(CYCLE, u.unitId), { kind: 'unit', state: unitDecider.initialState(), revision: 'no_stream', commandIds: new Set<string>() } as const])) }, rows);
  });
  await phase(store, 'planning', 'close');
  await phase(store, 'monitoring', 'open');
  cycle = await loadCycle(store);
  const valuesNow = nextNow();
  // By month: a pass over every unit per month, as monthly data comes in (each unit's stream grows
  // month after month, and a read model's batch holds many units' values). By unit: each unit's year at once.
  const passes = ORDER === 'month' ? periodIds.map((period, p) => [{ period, p }]) : [periodIds.map((period, p) => ({ period, p }))];
  for (const periods of passes) {
    await pool(chunks(units, CHUNK), LOAD_CONCURRENCY, async (chunk) => {
      const streams = await loadUnits(store, chunk.map((u) => u.unitId));
      const rows = chunk.flatMap((unit) =>
        periods.flatMap(({ period, p }) =>
          indicatorIds.map((indicatorId, i) =>
            rowOf(++row, { type: 'SubmitData', data: { cycleId: CYCLE, unitId: unit.unitId, indicatorId, period, value: value(unit.at, i, p) }, meta: { commandId: valueCommandId(unit.unitId, indicatorId, period), actor: provider, now: valuesNow } } as EvaluationCommand),
          ),
        ),
      );
      await recordChunk(store, { cycle, streams }, rows);
    });
    // The full size takes most of an hour to load: say how far it is (stderr, beside the figures).
    const written = Number(await store.headPosition());
    const label = ORDER === 'month' ? `month ${(periods[0]?.p ?? 0) + 1} of ${periodIds.length}` : 'every month';
    process.stderr.write(`[bench:province] bulk load: ${label} written, ${written} events, ${Math.round(written / ((performance.now() - started) / 1000))} events/s\n`);
  }
  const elapsed = (performance.now() - started) / 1000;
  const head = Number(await store.headPosition());
  line('bulk_load_events', head, 'events');
  line('bulk_load_time', elapsed, 's');
  line('bulk_load_rate', head / elapsed, `events/s (${LOAD_CONCURRENCY} units appending at a time, one append per unit per pass; values by ${ORDER})`);
  line('bulk_load_process_cpu', cpuSince(cpu), 's (this process, user + system; PostgreSQL not counted)');
};

/**
 * The rebuild as an operator runs it: `npm run cli -- rebuild` on the bench's schema (the script's
 * node flags and environment), its figures read from the line it prints when done.
 */
const rebuild = async (db: ReadModelDatabase): Promise<void> => {
  const child = spawn(process.execPath, [...CLI_START.nodeFlags, ...CLI_NODE_ARGS, join(ROOT, CLI_ENTRY), 'rebuild'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...CLI_START.env,
      EVENT_STORE: 'postgres',
      DATABASE_URL: url,
      DATABASE_SCHEMA: db.schema,
      // The configuration asks for the key that signs the log head; the rebuild signs nothing.
      LOG_SIGNING_KEY: LogSigner.generate().pem(),
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-4000)));
  // The CLI's progress, every half minute (a full-size rebuild takes many minutes).
  const progress = setInterval(() => {
    const last = err.split(/[\r\n]/).filter((text) => text.includes('events/s')).at(-1);
    if (last !== undefined) process.stderr.write(`[bench:province] rebuild: ${last.trim()}\n`);
  }, 30_000);
  const code = await new Promise<number | null>((resolve, reject) => child.once('error', reject).once('exit', resolve)).finally(() => clearInterval(progress));
  const done = / (\d+) events up to position \d+ in ([\d.]+) s \(pages ([\d.]+) s, finishing ([\d.]+) s; CPU ([\d.]+) s; peak resident memory (\d+) MiB\)/.exec(out);
  if (code !== 0 || done === null) throw new Error(`npm run cli -- rebuild: exit ${code}\n${out}${err}`);
  const [events, seconds, pages, finishing, cpu, memory] = done.slice(1).map(Number) as [number, number, number, number, number, number];
  line('rebuild_events', events, 'events');
  line('rebuild_time', seconds, 's (npm run cli -- rebuild, as it prints)');
  line('rebuild_pages_time', pages, `s (the log read and applied by every read model: ${Math.round(events / pages)} events/s)`);
  line('rebuild_finishing_time', finishing, 's (the work deferred to the end: each category scored once, the audit trail keyed and indexed)');
  line('rebuild_rate', events / seconds, 'events/s (every read model, from position 0)');
  line('rebuild_process_cpu', cpu, 's (the CLI\'s process, user + system; PostgreSQL not counted)');
  line('rebuild_resident_memory', memory, 'MiB (the CLI\'s process, at its peak)');
  const rows = await db.database.query(`SELECT count(*)::int AS n FROM ${tableOf(db.schema, 'rm_live_scores')} WHERE cycle_id = $1`, [CYCLE]);
  line('rebuild_scored_units', Number(rows[0]?.['n'] ?? 0), `units (of ${UNITS})`);
};

/**
 * The cycle's fold from the log, as a fresh worker, a snapshot or a rebuild makes it first: how fast,
 * and how much heap it holds once made (measured around it with full collections, in this process
 * while nothing else runs in it): what decides how large a cycle one process can fold.
 */
const cycleFold = async (db: ReadModelDatabase): Promise<void> => {
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;
  collect();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const view = await foldCycleLog({ store: db.store, cycleId: CYCLE, categories: ['cycle', 'unit', 'proposal'] });
  const elapsed = (performance.now() - started) / 1000;
  collect();
  const held = process.memoryUsage().heapUsed - before;
  const events = Number(await db.store.headPosition());
  if (view.facts.size !== UNITS) throw new Error(`the fold holds the facts of ${view.facts.size} units, not ${UNITS}`);
  line('cycle_fold_rate', events / elapsed, `events/s (the whole cycle folded from the log in this process, ${elapsed.toFixed(1)} s)`);
  line('cycle_fold_heap', held / 2 ** 20, 'MiB (the folded cycle, after a full collection)');
  line('cycle_fold_heap_per_event', held / events, 'bytes');
};

/** CPU seconds (user + system) this process spent since `from` (a process.cpuUsage()): on a shared machine, what the wall-clock figures cannot show. */
const cpuSince = (from: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
};

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

type Worker = Awaited<ReturnType<typeof startWorker>>;

const coldStart = async (db: ReadModelDatabase): Promise<void> => {
  // Cold start: a fresh runner (as a worker after a restart or a rebuild) folds the cycle before its
  // first update, and scores each category whole the first time a batch touches it (it keeps no unit
  // scores from before). One correction per category, before the lag is measured: the lag is then the
  // steady state's, and the cold start is timed apart (first category, then every category).
  const firstIndicator = indicatorIds[0];
  const firstPeriod = periodIds[0];
  if (firstIndicator === undefined || firstPeriod === undefined) throw new Error('nothing generated');
  const coldStarted = performance.now();
  const warmed = new Map<string, bigint>();
  for (const categoryId of categoryIds) {
    const first = units.find((unit) => unit.categoryId === categoryId);
    if (first === undefined) continue;
    const warm = await send(db.store, provider, 'CorrectData', { unitId: first.unitId, supersedes: eventIdFor(valueCommandId(first.unitId, firstIndicator, firstPeriod), 0), value: '1' }, { reason: '月报更正', commandId: `${CYCLE}:warm:${categoryId}` });
    warmed.set(categoryId, BigInt(warm.position ?? '0'));
  }
  let firstUpdated: number | undefined;
  for (;;) {
    const rows = await db.database.query(`SELECT category_id, position::text AS position FROM ${tableOf(db.schema, 'rm_live_categories')} WHERE cycle_id = $1`, [CYCLE]);
    const reached = rows.filter((row) => BigInt(String(row['position'] ?? '0')) >= (warmed.get(String(row['category_id'])) ?? 0n)).length;
    if (reached > 0) firstUpdated ??= performance.now();
    if (reached >= warmed.size) break;
    await sleep(5);
  }
  line('live_first_update_after_start', ((firstUpdated ?? performance.now()) - coldStarted) / 1000, 's (one correction per category on a fresh runner: the read models fold the cycle from the log first; until the first category shows its correction)');
  line('live_every_category_updated_after_start', (performance.now() - coldStarted) / 1000, `s (until all ${warmed.size} categories show theirs: each scored whole the first time)`);
};

const liveLag = async (db: ReadModelDatabase, worker: Worker): Promise<void> => {
  // The lag is measured from a worker that has applied everything before (the cold commands and the
  // warm pass): otherwise it measures how long the worker takes to work off that backlog.
  const backlogFrom = performance.now();
  const backlogHead = await db.store.headPosition();
  await worker.caughtUpTo(backlogHead);
  line('live_backlog_worked_off', (performance.now() - backlogFrom) / 1000, `s (the worker reaching position ${backlogHead} before the lag is measured: what it had not yet applied of the commands before)`);
  const commandsCpu = process.cpuUsage();
  const keptBefore = keptFoldsOf(db.store);
  type Pending = { position: bigint; appendedAt: number; sentAt: number };
  const pending = new Map<string, Pending[]>(categoryIds.map((id) => [id, []]));
  // Each command's lag, from its append's return and from its sending, with when it was sent.
  const lags: { sentAt: number; fromAppend: number; fromSend: number }[] = [];
  let sending = true;
  const watcher = (async () => {
    while (sending || [...pending.values()].some((list) => list.length > 0)) {
      const rows = await db.database.query(`SELECT category_id, position::text AS position FROM ${tableOf(db.schema, 'rm_live_categories')} WHERE cycle_id = $1`, [CYCLE]);
      const seen = performance.now();
      for (const r of rows) {
        const list = pending.get(String(r['category_id']));
        const position = BigInt(String(r['position'] ?? '0'));
        if (list === undefined) continue;
        while (list.length > 0 && (list[0]?.position ?? 0n) <= position) {
          const done = list.shift();
          if (done !== undefined) lags.push({ sentAt: done.sentAt, fromAppend: seen - done.appendedAt, fromSend: seen - done.sentAt });
        }
      }
      await sleep(5);
    }
  })();
  // Corrections of the last month, unit after unit (round-robin over the categories), indicator after indicator.
  const last = periodIds[PERIODS - 1] ?? 'm01';
  const slots = indicatorIds.flatMap((indicatorId, i) => units.map((unit) => ({ unit, indicatorId, i })));
  const total = Math.min(slots.length, COMMAND_RATE * LAG_SECONDS);
  const started = performance.now();
  let sent = 0;
  let failed = 0;
  const inFlight = new Set<Promise<void>>();
  const now = nextNow();
  while (sent < total && performance.now() - started < LAG_SECONDS * 1000 * 1.5) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * COMMAND_RATE));
    while (sent < due && inFlight.size < MAX_IN_FLIGHT) {
      const slot = slots[sent++];
      if (slot === undefined) break;
      const sentAt = performance.now();
      const task = send(db.store, provider, 'CorrectData', { unitId: slot.unit.unitId, supersedes: eventIdFor(valueCommandId(slot.unit.unitId, slot.indicatorId, last), 0), value: `${value(slot.unit.at, slot.i, PERIODS - 1)}1` }, { reason: '月报更正', commandId: `${CYCLE}:c:${sent}`, now })
        .then((outcome) => {
          if (outcome.position === null) return;
          pending.get(slot.unit.categoryId)?.push({ position: BigInt(outcome.position), appendedAt: performance.now(), sentAt });
          pending.get(slot.unit.categoryId)?.sort((a, b) => (a.position < b.position ? -1 : 1));
        })
        .catch((error: unknown) => {
          failed += 1;
          if (failed <= 3) process.stderr.write(`correction refused: ${error instanceof Error ? error.message : String(error)}\n`);
        });
      inFlight.add(task);
      void task.finally(() => inFlight.delete(task));
    }
    await sleep(2);
  }
  await Promise.all(inFlight);
  const sendSeconds = (performance.now() - started) / 1000;
  sending = false;
  await watcher;
  const workerCpu = await worker.stop();
  const sorted = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);
  const fromAppend = sorted(lags.map((lag) => lag.fromAppend));
  const fromSend = sorted(lags.map((lag) => lag.fromSend));
  const third = (LAG_SECONDS * 1000) / 3;
  line('live_commands_sent', sent, `commands (asked ${COMMAND_RATE}/s for ${LAG_SECONDS} s, at most ${MAX_IN_FLIGHT} in flight, sending stops at 1.5 x that time; ${failed} refused)`);
  line('live_command_rate_achieved', (sent - failed) / sendSeconds, `commands/s over ${sendSeconds.toFixed(1)} s`);
  line('live_lag_p50', percentile(fromAppend, 50), 'ms (append returned → live-scores category position reached)');
  line('live_lag_p99', percentile(fromAppend, 99), 'ms');
  // The commands sent in the first and in the last third of the sending: a worker that keeps up has
  // the same lag in both; one that falls behind, a growing one.
  for (const [name, inThird] of [['first', (at: number) => at < third], ['last', (at: number) => at >= 2 * third]] as const) {
    const inIt = sorted(lags.filter((lag) => inThird(lag.sentAt - started)).map((lag) => lag.fromAppend));
    line(`live_lag_${name}_third_p50`, percentile(inIt, 50), `ms (${inIt.length} commands sent in the ${name} third of the ${LAG_SECONDS} s; p99 ${percentile(inIt, 99).toFixed(0)} ms)`);
  }
  line('live_lag_from_send_p50', percentile(fromSend, 50), 'ms (command sent → score visible)');
  line('live_lag_from_send_p99', percentile(fromSend, 99), 'ms');
  line('live_commands_process_cpu', cpuSince(commandsCpu), 's (the commands\' process, from the first correction measured)');
  const kept = keptFoldsOf(db.store);
  const found = kept.found - keptBefore.found;
  const asked = found + kept.missed - keptBefore.missed;
  line('live_commands_finding_their_stream_folded', asked === 0 ? 0 : (100 * found) / asked, `% (${found} of ${asked}; the others read and folded the unit's stream; ${kept.streams} streams, ${kept.events} events kept)`);
  line('live_projections_process_cpu', workerCpu, 's (the projections\' process, from its start)');
};

/**
 * The read models' runner in a process of its own (province-worker.ts), as apps/worker runs them
 * beside the API; answers once it has caught up with the log. `stop` answers its CPU seconds.
 */
const startWorker = async (schema: string): Promise<Readonly<{ caughtUpTo: (position: bigint) => Promise<void>; stop: () => Promise<number> }>> => {
  const child = fork(join(__dirname, 'province-worker.ts'), [], { execArgv: ['--import', 'tsx', ...WORKER_START.nodeFlags, ...WORKER_NODE_ARGS], env: { ...process.env, DATABASE_URL: url, BENCH_SCHEMA: schema }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = (): Promise<WorkerMessage> =>
    new Promise((resolve, reject) => {
      const exited = (code: number | null) => reject(new Error(`the projections' process exited (${code ?? 'signal'})`));
      child.once('exit', exited);
      child.once('message', (message: WorkerMessage) => {
        child.off('exit', exited);
        if (message.kind === 'failed') reject(new Error(`the projections' process failed: ${message.error}`));
        else resolve(message);
      });
    });
  const ready = await next();
  if (ready.kind !== 'caught-up') throw new Error(`the projections' process said ${ready.kind} first`);
  const ask = (request: WorkerRequest): boolean => child.send(request);
  return {
    caughtUpTo: async (position) => {
      const answered = next();
      ask({ kind: 'catch-up', position: position.toString() });
      const said = await answered;
      if (said.kind !== 'caught-up') throw new Error(`the projections' process said ${said.kind} when asked to catch up`);
    },
    stop: async () => {
      const stopped = next();
      ask('stop');
      const said = await stopped;
      return said.kind === 'stopped' ? said.cpuSeconds : Number.NaN;
    },
  };
};

/**
 * What a command costs when its stream's fold is not kept: BENCH_COLD_COMMANDS (100) corrections,
 * one after another, each on a unit no command of this process has touched (the bulk load kept no
 * folds; the read models' worker beside them, as in production); beside it, what reading those
 * streams alone costs, and the same units' next command (their folds kept). Then, when
 * the kept folds can hold every unit's stream (BENCH_KEPT_EVENTS), the same correction for every
 * other unit, 4 at a time: the live lag then measures a process whose commands have each met their
 * township once since it started (a day's data entry), and this pass times what that first meeting
 * costs. Otherwise the live phase's commands read their streams as these did.
 */
const coldCommands = async (db: ReadModelDatabase): Promise<void> => {
  if (KEPT_EVENTS !== undefined) keepFoldsOf(db.store, KEPT_EVENTS);
  // Not the first unit of each category: the cold start above corrected those.
  const count = Math.min(COLD_COMMANDS, UNITS - CATEGORIES);
  if (count <= 0) return;
  const picked = new Set(Array.from({ length: count }, (_, at) => CATEGORIES + Math.floor((at * (UNITS - CATEGORIES)) / count)));
  const chosen = units.filter((_, at) => picked.has(at));
  // The first month of the last indicator: the live lag corrects the last month, its warm-up the first indicator.
  const indicatorId = indicatorIds[INDICATORS - 1] ?? 'ind-001';
  const first = periodIds[0] ?? 'm01';
  const correct = (unit: (typeof units)[number], period = first, tag = 'cold') =>
    send(db.store, provider, 'CorrectData', { unitId: unit.unitId, supersedes: eventIdFor(valueCommandId(unit.unitId, indicatorId, period), 0), value: '7' }, { reason: '月报更正', commandId: `${CYCLE}:${tag}:${unit.unitId}` });
  const readCpu = process.cpuUsage();
  let started = performance.now();
  let events = 0;
  for (const unit of chosen) events += (await db.store.readStream(unitStreamId(CYCLE, unit.unitId))).length;
  const readWall = performance.now() - started;
  const readCpuMs = 1000 * cpuSince(readCpu);
  const before = keptFoldsOf(db.store);
  const walls: number[] = [];
  const cpu = process.cpuUsage();
  started = performance.now();
  for (const unit of chosen) {
    const at = performance.now();
    await correct(unit);
    walls.push(performance.now() - at);
  }
  const total = performance.now() - started;
  const commandsCpu = cpuSince(cpu);
  const found = keptFoldsOf(db.store).found - before.found;
  if (found !== 0) throw new Error(`${found} of the cold commands found their stream folded`);
  walls.sort((a, b) => a - b);
  line('cold_command_p50', percentile(walls, 50), `ms (${chosen.length} corrections one after another, each on a unit whose ${Math.round(events / chosen.length)} events no command of this process had read; the read models' worker beside them)`);
  line('cold_command_p99', percentile(walls, 99), 'ms');
  line('cold_command_cpu', (1000 * commandsCpu) / chosen.length, `ms of this process's CPU a command (${(total / chosen.length).toFixed(1)} ms of wall)`);
  line('cold_command_stream_read', readWall / chosen.length, `ms a stream only read (${(readCpuMs / chosen.length).toFixed(1)} ms of this process's CPU)`);
  // The same units' next command (the month after's value of that indicator) finds the fold kept:
  // what a command costs past reading and folding its stream.
  const second = periodIds[1];
  const again: number[] = [];
  if (second !== undefined) {
    const keptBefore = keptFoldsOf(db.store).found;
    for (const unit of chosen) {
      const at = performance.now();
      await correct(unit, second, 'again');
      again.push(performance.now() - at);
    }
    const keptAfter = keptFoldsOf(db.store).found;
    again.sort((a, b) => a - b);
    line('kept_command_p50', percentile(again, 50), `ms (the same units' next correction, one after another: ${keptAfter - keptBefore} of ${chosen.length} found their fold kept)`);
  }
  const { maxEvents } = keptFoldsOf(db.store);
  const needed = Math.round((events / chosen.length) * UNITS * 1.05);
  if (maxEvents < needed) {
    line('warm_pass', 'skipped', `(the commands keep ${maxEvents} events of folds, every unit's stream needs about ${needed}: the live phase's commands read their streams; BENCH_KEPT_EVENTS sets it)`);
    return;
  }
  const rest = units.filter((_, at) => at >= CATEGORIES && !picked.has(at));
  if (rest.length === 0) return;
  const passCpu = process.cpuUsage();
  started = performance.now();
  await pool(rest, 4, async (unit) => {
    await correct(unit);
  });
  const passSeconds = (performance.now() - started) / 1000;
  const kept = keptFoldsOf(db.store);
  line('warm_pass_time', passSeconds, `s (one correction for each of the ${rest.length} units not met yet, 4 at a time: ${(rest.length / passSeconds).toFixed(0)} commands/s, ${cpuSince(passCpu).toFixed(1)} s of this process's CPU; then ${kept.streams} streams, ${kept.events} events kept)`);
};

const yearEndSnapshot = async (db: ReadModelDatabase): Promise<void> => {
  const { store } = db;
  await phase(store, 'monitoring', 'close');
  await phase(store, 'year-end', 'open');
  await phase(store, 'year-end', 'close');
  const clock = { now: () => new Date(Date.UTC(YEAR + 1, 1, 1)) };
  const view = await loadCycleView(store, CYCLE);
  const job = planCycleJobs(view, calendarOfView(view), clock.now()).find((j) => j.name === 'snapshot.take' && j.payload.phase === 'year-end' && j.payload.categoryId === categoryIds[0]);
  if (job === undefined || job.name !== 'snapshot.take') throw new Error('no year-end snapshot job planned');
  const handlers = phaseJobHandlers({ store, clock, queue: { enqueue: () => Promise.reject(new Error('the snapshot job enqueues nothing')) }, outbox: { add: async () => undefined }, log: (text) => process.stderr.write(`snapshot job: ${text}\n`) });
  const started = performance.now();
  const cpu = process.cpuUsage();
  await handlers['snapshot.take']({ jobId: job.jobId, name: 'snapshot.take', payload: job.payload, attempt: 1, scheduledFor: job.runAt });
  const elapsed = (performance.now() - started) / 1000;
  const taken = (await store.readStream(resultsStreamId(CYCLE, categoryIds[0] ?? ''), { direction: 'backwards', maxCount: 1 }))[0];
  if (taken?.type !== 'SnapshotTaken') throw new Error(`the snapshot job recorded ${taken?.type ?? 'nothing'}`);
  line('year_end_snapshot_one_category', elapsed, `s (${UNITS / CATEGORIES} units, scored from the log and recorded)`);
  line('year_end_snapshot_process_cpu', cpuSince(cpu), 's');
};

const main = async (): Promise<void> => {
  line('shape', `${UNITS} units in ${CATEGORIES} categories x ${INDICATORS} indicators x ${PERIODS} periods`, '');
  await onThrowawayPostgres(url, async (db) => {
    await bulkLoad(db);
    await rebuild(db);
    if (SKIPPED.has('fold')) line('cycle_fold', 'skipped', '(BENCH_SKIP)');
    else await cycleFold(db);
    // The read models' worker, fresh (as after a restart or this rebuild), beside the commands from here on.
    const worker = await startWorker(db.schema);
    try {
      await coldStart(db);
      await coldCommands(db);
    } catch (error: unknown) {
      await worker.stop();
      throw error;
    }
    await liveLag(db, worker);
    if (SKIPPED.has('snapshot')) line('year_end_snapshot', 'skipped', '(BENCH_SKIP)');
    else await yearEndSnapshot(db);
    line('resident_memory', process.memoryUsage().rss / 2 ** 20, 'MiB');
  });
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
