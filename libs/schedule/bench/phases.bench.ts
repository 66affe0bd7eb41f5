/**
 * `npm run bench:phases`: the year-end snapshot of UNITS (default 10000) units in CATEGORIES
 * (default 10) categories, three indicators each: one `snapshot.take` job per category, run
 * through BullMQ with one and with two worker processes (`node --import tsx`), and through the
 * in-process adapter. Prints `name: value unit` lines.
 *
 * Each run gets its own cycle in a fresh PostgreSQL schema (DATABASE_URL), dropped afterwards,
 * so every run snapshots the same log. Seeding is a bulk path: the cycle's own commands go
 * through handleEvaluationCommand; each unit's commands are decided by the pure unit decider
 * against the folded cycle and their events appended straight to the unit's stream through
 * EventStore.appendToStream (one append per unit and phase, SEED_IN_FLIGHT appends at once),
 * with the ids and metadata the command path writes.
 *
 * For BullMQ the jobs are enqueued on a paused queue (random name, obliterated afterwards),
 * the worker processes start, and the time runs from resume until every job completed.
 * Every process's clock stands at the moment the snapshots are due (CLOCK_AT). REDIS_URL
 * (default redis://127.0.0.1:6379); CONCURRENCY jobs per process (default 2).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { createEventStore, openSqlDatabase, type EventStore, type NewEvent, type SqlClient } from '@kaoping/eventstore';
import {
  resultsStreamId,
  unitDecider,
  unitStreamId,
  type Actor,
  type CycleState,
  type EvaluationCommand,
  type UnitCommand,
  type UnitState,
} from '@kaoping/evaluation';
import { BullmqJobQueue, InProcessJobQueue, ManualClock, type JobQueue } from '@kaoping/jobs';
import { eventIdFor, handleEvaluationCommand, requestFingerprint, toJson } from '@kaoping/cycle-log';
import { parseScheme, type CategoryDocument, type SchemeDocument } from '@kaoping/scoring';
import { freshTestSchema, testDatabaseUrl, type TestSchema } from '@kaoping/testing';
import { isPermanentPhaseJobError } from '../src/handling/phase-job.errors';
import { phaseJobHandlers } from '../src/handling/phase-job.handlers';
import type { PhaseJobs } from '../src/jobs/phase-jobs.catalog';
import { NotificationOutbox } from '../src/notifications/notification-outbox';
import { calendarOfView, loadCycleView } from '../src/planning/cycle-log';
import { planCycleJobs, type PlannedJob } from '../src/planning/plan-cycle-jobs';

const UNITS = Number(process.env.UNITS ?? '10000');
const CATEGORIES = Number(process.env.CATEGORIES ?? '10');
const CONCURRENCY = Number(process.env.CONCURRENCY ?? '2');
const SEED_IN_FLIGHT = Number(process.env.SEED_IN_FLIGHT ?? '16');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const DATABASE_URL = testDatabaseUrl();
const INDICATORS = 3;
const CYCLE = 'bench2026';
const WORKER = join(__dirname, 'phases-bench-worker.ts');
const REPO_ROOT = join(__dirname, '../../..');

const office: Actor = { userId: 'office-1', role: 'office' };
const statistics: Actor = { userId: 'stats-1', role: 'data-provider', providerId: 'stats-bureau' };

const line = (name: string, value: number, unit: string): void => {
  process.stdout.write(`${name}: ${Number.isInteger(value) ? value : value.toFixed(value < 10 ? 2 : 1)} ${unit}\n`);
};

const categoryId = (c: number): string => `cat${String(c).padStart(2, '0')}`;
const indicatorId = (i: number): string => `ind${i}`;
const unitsIn = (c: number): number => Math.floor(UNITS / CATEGORIES) + (c < UNITS % CATEGORIES ? 1 : 0);

const category = (c: number): CategoryDocument => ({
  id: categoryId(c),
  label: `类别 ${c}`,
  total: 100,
  parts: [
    {
      id: 'indicators',
      label: '指标',
      points: 100,
      period: 'year-end',
      children: Array.from({ length: INDICATORS }, (_, i) => ({
        id: indicatorId(i),
        label: `指标 ${i}`,
        points: i === 0 ? 100 - Math.floor(100 / INDICATORS) * (INDICATORS - 1) : Math.floor(100 / INDICATORS),
        provider: 'stats-bureau',
        method: { kind: 'proportional', target: 1000 },
      })),
    },
  ],
  grading: {
    grades: [
      { id: 'advanced', label: '先进', min: 90, quota: { share: 25 } },
      { id: 'pass', label: '合格', min: 60 },
      { id: 'fail', label: '不合格' },
    ],
  },
});

/** A small generated scheme: CATEGORIES categories of INDICATORS proportional indicators, year-end only. */
const benchScheme: SchemeDocument = {
  id: 'bench-phases',
  name: '阶段基准方案',
  version: 1,
  cycle: 2026,
  periods: [{ id: 'year-end', label: '年终' }],
  sources: [{ id: 'stats-bureau', label: '统计局' }],
  calendar: {
    phases: {
      planning: { start: '01-01', end: '03-31' },
      monitoring: { start: '04-01', end: '06-30' },
      'mid-year': { start: '07-01', end: '07-31' },
      'year-end': { start: '12-01', end: 'next 01-31' },
      review: { start: 'next 02-01', end: 'next 02-20' },
      publication: { start: 'next 02-21', end: 'next 02-28' },
      results: { start: 'next 03-01', end: 'next 04-30' },
      rectification: { start: 'next 03-01', end: 'next 06-30' },
    },
  },
  categories: Array.from({ length: CATEGORIES }, (_, c) => category(c)),
};

// A fixed linear congruential sequence: the same values on every run.
const valuesOf = (seed: number): (() => string) => {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return `${400 + (state % 800)}.${state % 100}`;
  };
};


const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` on every item, SEED_IN_FLIGHT at a time. */
const inFlight = async <T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> => {
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let item = items[next++]; item !== undefined; item = items[next++]) await work(item);
  };
  await Promise.all(Array.from({ length: SEED_IN_FLIGHT }, lane));
};

type Seeded = Readonly<{ events: number; ms: number; jobs: readonly PlannedJob[]; dueAt: Date }>;
type World = Readonly<{ schema: TestSchema; client: SqlClient; store: EventStore; outbox: NotificationOutbox; seeded: Seeded }>;
type UnitSeed = { unitId: string; categoryId: string; state: UnitState; revision: number; values: () => string };

/** What the command path appends for these unit commands: decided against `cycle`, with the ids and metadata handleEvaluationCommand writes. */
const unitEvents = (seed: UnitSeed, cycle: CycleState, commands: readonly UnitCommand[]): NewEvent[] => {
  const events: NewEvent[] = [];
  // One fold over the commands' events, decided on as it goes (evolve event after event copies the unit's maps each time).
  const fold = unitDecider.startFold(seed.state);
  for (const command of commands) {
    const { meta } = command;
    const { providerId } = meta.actor;
    const fingerprint = requestFingerprint({ type: command.type, data: command.data, actor: meta.actor, reason: null, evidence: null, effectiveDate: null });
    const metadata = {
      actorId: meta.actor.userId,
      role: meta.actor.role,
      commandId: meta.commandId,
      correlationId: meta.commandId,
      causationId: meta.commandId,
      extra: { ...(providerId === undefined ? {} : { providerId }), requestFingerprint: fingerprint },
    };
    unitDecider.decide(command, { state: fold.state(), context: { cycle } }).forEach((event, index) => {
      const id = eventIdFor(meta.commandId, index);
      events.push({ id, type: event.type, data: toJson(event.data), metadata });
      const recorded = { actorId: meta.actor.userId, role: meta.actor.role, commandId: meta.commandId, recordedAt: meta.now, ...(providerId === undefined ? {} : { providerId }) };
      fold.evolve({ ...event, id, metadata: recorded });
    });
  }
  seed.state = fold.state();
  return events;
};

/** Appends a unit's events in one append, at the revision the seed reached; counts them. */
const appendUnit = async (store: EventStore, seed: UnitSeed, events: readonly NewEvent[]): Promise<number> => {
  await store.appendToStream(unitStreamId(CYCLE, seed.unitId), events, { expectedRevision: seed.revision < 0 ? 'no_stream' : seed.revision });
  seed.revision += events.length;
  return events.length;
};

const cycleOf = async (store: EventStore): Promise<CycleState> => (await loadCycleView(store, CYCLE)).cycle;

/** A cycle through planning (units registered, indicators assigned) and year-end (data), year-end closed. */
const seedCycle = async (store: EventStore): Promise<Seeded> => {
  const started = performance.now();
  let events = 0;
  const run = async (command: EvaluationCommand): Promise<void> => {
    const { eventIds } = await handleEvaluationCommand({ store, command });
    events += eventIds.length;
  };
  const meta = (actor: Actor, now: string) => ({ commandId: randomUUID(), actor, now });
  await run({ type: 'CreateCycle', data: { cycleId: CYCLE, year: 2026, name: '基准 2026' }, meta: meta(office, '2025-12-20T09:00:00Z') });
  await run({ type: 'PublishScheme', data: { cycleId: CYCLE, scheme: benchScheme }, meta: meta(office, '2025-12-20T09:00:00Z') });
  await run({ type: 'OpenPhase', data: { cycleId: CYCLE, phase: 'planning', trigger: 'manual' }, meta: meta(office, '2026-01-02T01:00:00Z') });

  const seeds: UnitSeed[] = Array.from({ length: CATEGORIES }, (_, c) =>
    Array.from({ length: unitsIn(c) }, (_, n): UnitSeed => ({
      unitId: `u${c}x${n}`,
      categoryId: categoryId(c),
      state: unitDecider.initialState(),
      revision: -1,
      values: valuesOf(c * 100_003 + n + 1),
    })),
  ).flat();
  const planning = await cycleOf(store);
  await inFlight(seeds, async (seed) => {
    const now = '2026-01-05T01:00:00Z';
    const commands: UnitCommand[] = [
      { type: 'RegisterUnit', data: { cycleId: CYCLE, unitId: seed.unitId, name: seed.unitId, level: 'department', categoryId: seed.categoryId }, meta: meta(office, now) },
      ...Array.from({ length: INDICATORS }, (_, i): UnitCommand => ({
        type: 'AssignIndicator',
        data: { cycleId: CYCLE, unitId: seed.unitId, indicatorId: indicatorId(i), providerId: 'stats-bureau' },
        meta: meta(office, now),
      })),
    ];
    const appended = await appendUnit(store, seed, unitEvents(seed, planning, commands));
    events += appended;
  });

  await run({ type: 'ClosePhase', data: { cycleId: CYCLE, phase: 'planning', trigger: 'manual' }, meta: meta(office, '2026-04-01T00:00:10Z') });
  await run({ type: 'OpenPhase', data: { cycleId: CYCLE, phase: 'year-end', trigger: 'manual' }, meta: meta(office, '2026-12-01T00:00:30Z') });
  const yearEnd = await cycleOf(store);
  await inFlight(seeds, async (seed) => {
    const commands = Array.from({ length: INDICATORS }, (_, i): UnitCommand => ({
      type: 'SubmitData',
      data: { cycleId: CYCLE, unitId: seed.unitId, indicatorId: indicatorId(i), period: 'year-end', value: seed.values() },
      meta: meta(statistics, '2027-01-10T01:00:00Z'),
    }));
    const appended = await appendUnit(store, seed, unitEvents(seed, yearEnd, commands));
    events += appended;
  });
  await run({ type: 'ClosePhase', data: { cycleId: CYCLE, phase: 'year-end', trigger: 'manual' }, meta: meta(office, '2027-02-01T00:00:10Z') });

  const view = await loadCycleView(store, CYCLE);
  const jobs = planCycleJobs(view, calendarOfView(view), new Date()).filter((job) => job.name === 'snapshot.take' && job.payload.phase === 'year-end');
  if (jobs.length !== CATEGORIES) throw new Error(`the plan has ${jobs.length} year-end snapshots, not ${CATEGORIES}`);
  const dueAt = new Date(Math.max(...jobs.map((job) => job.runAt.getTime())));
  return { events, ms: performance.now() - started, jobs, dueAt };
};

const openWorld = async (): Promise<World> => {
  const schema = await freshTestSchema({ label: 'bench_phases', url: DATABASE_URL, create: true });
  const client = await openSqlDatabase({ kind: 'postgres', connectionString: DATABASE_URL });
  const store = await createEventStore({ kind: 'sql', client, dialect: 'postgres', schema: schema.name });
  const outbox = new NotificationOutbox({ client, schema: schema.name });
  await outbox.migrate();
  return { schema, client, store, outbox, seeded: await seedCycle(store) };
};

const closeWorld = async (world: World): Promise<void> => {
  await world.store.close();
  await world.client.close();
  await world.schema.drop();
};

/** Each category's year-end snapshot is in the log once, from its job, with every unit of the category. */
const assertSnapshots = async (world: World): Promise<void> => {
  for (const job of world.seeded.jobs) {
    if (job.name !== 'snapshot.take') continue;
    const c = Number(job.payload.categoryId.slice(3));
    const taken = (await world.store.readStream(resultsStreamId(CYCLE, job.payload.categoryId))).filter((event) => event.type === 'SnapshotTaken');
    const data = taken[0]?.data;
    const units = typeof data === 'object' && data !== null && !Array.isArray(data) ? data['units'] : undefined;
    if (taken.length !== 1 || taken[0]?.metadata.commandId !== `job:${job.jobId}` || !Array.isArray(units) || units.length !== unitsIn(c)) {
      throw new Error(`${job.jobId}: expected one snapshot of ${unitsIn(c)} units, found ${taken.length} (${Array.isArray(units) ? units.length : 'no'} units)`);
    }
  }
};

const report = (label: string, jobs: number, ms: number): void => {
  line(`phases.snapshot.${label}.total`, Math.round(ms), 'ms');
  line(`phases.snapshot.${label}.jobs_per_second`, (jobs / ms) * 1000, 'jobs/s');
  line(`phases.snapshot.${label}.units_per_second`, (UNITS / ms) * 1000, 'units/s');
};

const startWorker = (world: World, queueName: string): Promise<ChildProcess> => {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      REDIS_URL,
      DATABASE_URL,
      SCHEMA: world.schema.name,
      QUEUE_NAME: queueName,
      CONCURRENCY: String(CONCURRENCY),
      CLOCK_AT: world.seeded.dueAt.toISOString(),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`phases bench worker exited with ${code} before it was ready`)));
  });
};

const stop = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });

const enqueueAll = async (queue: JobQueue<PhaseJobs>, jobs: readonly PlannedJob[]): Promise<void> => {
  for (const job of jobs) {
    if (job.name === 'snapshot.take') await queue.enqueue({ name: job.name, jobId: job.jobId, payload: job.payload, runAt: job.runAt });
  }
};

const benchBullmq = async (world: World, processes: number): Promise<number> => {
  const jobs = world.seeded.jobs.length;
  const queueName = `bench-phases-${randomUUID().slice(0, 8)}`;
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const producer = new BullmqJobQueue<PhaseJobs>({ connection: redis, queueName, clock: new ManualClock(world.seeded.dueAt.toISOString()) });
  const control = new Queue(queueName, { connection: redis });
  const workers: ChildProcess[] = [];
  try {
    await control.pause();
    await enqueueAll(producer, world.seeded.jobs);
    for (let i = 0; i < processes; i += 1) workers.push(await startWorker(world, queueName));
    const started = performance.now();
    await control.resume();
    for (;;) {
      const { counts } = await producer.stats();
      if (counts.failed > 0) throw new Error(`${counts.failed} snapshot jobs failed`);
      if (counts.completed === jobs) break;
      await sleep(10);
    }
    return performance.now() - started;
  } finally {
    await Promise.all(workers.map(stop));
    await producer.close();
    await control.obliterate({ force: true });
    await control.close();
    await redis.quit();
  }
};

const benchInProcess = async (world: World): Promise<number> => {
  const clock = new ManualClock(world.seeded.dueAt.toISOString());
  const queue = new InProcessJobQueue<PhaseJobs>({ clock, concurrency: CONCURRENCY, isPermanent: isPermanentPhaseJobError });
  try {
    await enqueueAll(queue, world.seeded.jobs);
    const started = performance.now();
    await queue.start(phaseJobHandlers({ store: world.store, clock, queue, outbox: world.outbox }));
    await queue.whenIdle({ timeoutMs: 600_000 });
    const ms = performance.now() - started;
    const { counts } = await queue.stats();
    if (counts.failed > 0 || counts.completed !== world.seeded.jobs.length) throw new Error(`in-process: ${JSON.stringify(counts)}`);
    return ms;
  } finally {
    await queue.close();
  }
};

/** One run: a fresh schema seeded with the same cycle, the snapshots through `adapter`, checked, dropped. */
const measure = async (label: string, adapter: (world: World) => Promise<number>, first: boolean): Promise<void> => {
  const world = await openWorld();
  try {
    if (first) {
      line('phases.seed.events', world.seeded.events, 'events');
      line('phases.seed.total', Math.round(world.seeded.ms), 'ms');
      line('phases.seed.events_per_second', (world.seeded.events / world.seeded.ms) * 1000, 'events/s');
    }
    const ms = await adapter(world);
    await assertSnapshots(world);
    report(label, world.seeded.jobs.length, ms);
  } finally {
    await closeWorld(world);
  }
};

const main = async (): Promise<void> => {
  const parsed = parseScheme(benchScheme);
  if (!parsed.ok) throw new Error(`the bench scheme does not validate: ${JSON.stringify(parsed.problems)}`);
  process.stdout.write(
    `# ${UNITS} units in ${CATEGORIES} categories × ${INDICATORS} indicators, year-end snapshot (one snapshot.take job per category); ` +
      `CONCURRENCY ${CONCURRENCY} per process; PostgreSQL ${DATABASE_URL.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')}, Redis ${REDIS_URL}\n` +
      '# seeding: cycle commands through handleEvaluationCommand; unit events decided by the unit decider and appended in bulk through EventStore.appendToStream (a fresh schema per run)\n',
  );
  await measure('bullmq.1-worker', (world) => benchBullmq(world, 1), true);
  await measure('bullmq.2-workers', (world) => benchBullmq(world, 2), false);
  await measure('in-process', benchInProcess, false);
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
