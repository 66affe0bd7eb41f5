// npm run bench:audit — score-as-of latency for one unit of a 200-unit × 20-indicator category,
// on the embedded store (in memory), straight from the log (no Nest: tsx emits no decorator metadata).
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseMoment, unitAsOf } from '@kaoping/audit';
import { createEventStore, type EventStore } from '@kaoping/eventstore';
import type { Actor, EvaluationCommand } from '@kaoping/evaluation';
import { handleEvaluationCommand } from '@kaoping/cycle-log';
import type { SchemeDocument } from '@kaoping/scoring';

const UNITS = 200;
const INDICATORS = 20;
const RUNS = 30;
const CYCLE = 'bench';

const indicators = Array.from({ length: INDICATORS }, (_, at) => `i${String(at + 1).padStart(2, '0')}`);
const scheme: SchemeDocument = {
  id: 'bench-county',
  name: { 'zh-CN': '基准测试方案', en: 'Benchmark scheme' },
  version: 1,
  cycle: 2026,
  periods: [{ id: 'year-end', label: { 'zh-CN': '年终', en: 'Year-end' } }],
  sources: [{ id: 'stats-bureau', label: { 'zh-CN': '统计局', en: 'Statistics bureau' } }],
  categories: [
    {
      id: 'townships',
      label: { 'zh-CN': '乡镇', en: 'Townships' },
      total: 100,
      parts: [
        {
          id: 'indicators',
          label: { 'zh-CN': '目标指标', en: 'Indicators' },
          points: 100,
          period: 'year-end',
          children: indicators.map((id) => ({ id, label: { 'zh-CN': id, en: id }, points: 5, provider: 'stats-bureau', method: { kind: 'proportional' as const } })),
        },
      ],
      grading: {
        grades: [
          { id: 'advanced', label: { 'zh-CN': '先进', en: 'Advanced' }, min: 90 },
          { id: 'pass', label: { 'zh-CN': '合格', en: 'Pass' }, min: 60 },
          { id: 'fail', label: { 'zh-CN': '不合格', en: 'Fail' } },
        ],
      },
    },
  ],
};

const office: Actor = { userId: 'wang.office', role: 'office' };
const provider: Actor = { userId: 'provider.stats', role: 'data-provider', providerId: 'stats-bureau' };

const send = async (store: EventStore, actor: Actor, command: Readonly<{ type: EvaluationCommand['type']; data: unknown }>): Promise<void> => {
  const full: unknown = { ...command, meta: { commandId: randomUUID(), actor, now: new Date().toISOString() } };
  await handleEvaluationCommand({ store, command: full as EvaluationCommand });
};

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

const main = async (): Promise<void> => {
  const store = await createEventStore({ kind: 'embedded' });
  const seedStart = performance.now();
  await send(store, office, { type: 'CreateCycle', data: { cycleId: CYCLE, year: 2026, name: 'bench' } });
  await send(store, office, { type: 'PublishScheme', data: { cycleId: CYCLE, scheme } });
  await send(store, office, { type: 'OpenPhase', data: { cycleId: CYCLE, phase: 'planning', trigger: 'manual' } });
  for (let unit = 0; unit < UNITS; unit += 1) {
    const unitId = `u${unit}`;
    await send(store, office, { type: 'RegisterUnit', data: { cycleId: CYCLE, unitId, name: unitId, level: 'township', categoryId: 'townships' } });
    for (const indicatorId of indicators) {
      await send(store, office, { type: 'AssignIndicator', data: { cycleId: CYCLE, unitId, indicatorId, providerId: 'stats-bureau', targets: { 'year-end': '100' } } });
    }
  }
  await send(store, office, { type: 'OpenPhase', data: { cycleId: CYCLE, phase: 'monitoring', trigger: 'manual' } });
  for (let unit = 0; unit < UNITS; unit += 1) {
    for (const [at, indicatorId] of indicators.entries()) {
      await send(store, provider, { type: 'SubmitData', data: { cycleId: CYCLE, unitId: `u${unit}`, indicatorId, period: 'year-end', value: String(80 + ((unit + at) % 30)) } });
    }
  }
  const seedMs = performance.now() - seedStart;
  const head = await store.headPosition();
  const context = { store, now: () => new Date() };
  const timings: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    // Alternate between now and a position halfway through the log.
    const moment = parseMoment(run % 2 === 0 ? 'now' : (head / 2n).toString());
    const started = performance.now();
    await unitAsOf(context, { cycleId: CYCLE, categoryId: 'townships', unitId: `u${run % UNITS}`, moment });
    timings.push(performance.now() - started);
  }
  const sorted = [...timings].sort((a, b) => a - b);
  process.stdout.write(`audit.seed.events: ${head.toString()} events\n`);
  process.stdout.write(`audit.seed.duration: ${(seedMs / 1000).toFixed(1)} s\n`);
  process.stdout.write(`audit.unit-as-of.200x20.p50: ${percentile(sorted, 50).toFixed(1)} ms\n`);
  process.stdout.write(`audit.unit-as-of.200x20.p95: ${percentile(sorted, 95).toFixed(1)} ms\n`);
  await store.close();
};

void main();
