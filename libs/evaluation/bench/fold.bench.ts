// npm run bench:fold — folding one long unit stream (a province-year's township: every indicator's
// value for many periods, with corrections, ratings and sign-offs), as the command path folds it
// (decisionOf(command).fold, what handleEvaluationCommand does before deciding) and as the read
// models fold a cycle (foldCycleView, with the scoring facts). Stream lengths by env:
// BENCH_FOLD_EVENTS (10000,50000, comma-separated); best of BENCH_FOLD_RUNS (3). Then a cycle of
// BENCH_FOLD_UNITS (5000) units × 20 indicators × 12 periods folded in the read models' batches of
// 5,000 events (foldCycleView batch after batch, as a rebuild reads the log), in two orders of the
// log: unit by unit (a bulk import) and value by value across the units (providers entering values
// one at a time), whose batches each touch every unit.
// Prints `name: value unit` lines. No assertions: the unit tests pin what a fold returns.
import { performance } from 'node:perf_hooks';
import { decisionOf, evolveUnit, foldCycleView, type EvaluationCommand, type EvaluationEvent, type Recorded, type RecordedMetadata, type UnitEvent, type UnitState } from '@kaoping/evaluation';

const lengths = (process.env['BENCH_FOLD_EVENTS'] ?? '10000,50000').split(',').map((text) => {
  const value = Number(text.trim());
  if (!Number.isInteger(value) || value < 200) throw new Error('BENCH_FOLD_EVENTS: whole numbers of at least 200, comma-separated');
  return value;
});
const RUNS = Number(process.env['BENCH_FOLD_RUNS'] ?? 3);
if (!Number.isInteger(RUNS) || RUNS <= 0) throw new Error('BENCH_FOLD_RUNS must be a positive integer');

const CYCLE = 'bench-fold';
const UNIT = 'town-01';
const INDICATORS = 100;

const line = (name: string, value: number, unit: string): void => {
  process.stdout.write(`${name}: ${value.toFixed(value < 10 ? 2 : 0)} ${unit}\n`);
};

const metadata = (commandId: string, at: number): RecordedMetadata => ({
  actorId: 'bench',
  role: 'data-provider',
  commandId,
  recordedAt: new Date(Date.UTC(2099, 0, 1) + at * 1000).toISOString(),
});

/**
 * A unit stream of `count` events: the registration, 100 assignments, then values indicator after
 * indicator and period after period; every 10th value corrects the one before it, every 50th event
 * is a rating and every 500th a sign-off of the period in hand.
 */
const unitStream = (count: number): Recorded<EvaluationEvent>[] => {
  const events: Recorded<EvaluationEvent>[] = [];
  const add = (event: EvaluationEvent): void => {
    const at = events.length;
    events.push({ ...event, id: `e-${at}`, metadata: metadata(`c-${at}`, at), streamId: `unit-${CYCLE}-${UNIT}`, position: String(at + 1) } as Recorded<EvaluationEvent>);
  };
  add({ type: 'UnitRegistered', data: { cycleId: CYCLE, unitId: UNIT, name: '甲乡', level: 'township', categoryId: 'townships' } });
  for (let i = 0; i < INDICATORS && events.length < count; i += 1) add({ type: 'IndicatorAssigned', data: { cycleId: CYCLE, unitId: UNIT, indicatorId: `ind-${i}`, providerId: 'stats', targets: { '': '1000' } } });
  let slot = 0;
  while (events.length < count) {
    const at = events.length;
    const indicatorId = `ind-${slot % INDICATORS}`;
    const period = `p${Math.floor(slot / INDICATORS)}`;
    if (at % 500 === 0) add({ type: 'PeriodSignedOff', data: { cycleId: CYCLE, unitId: UNIT, period, signerId: 'leader-1' } });
    else if (at % 50 === 0) add({ type: 'RatingGiven', data: { cycleId: CYCLE, unitId: UNIT, indicatorId, period, raterId: 'leader-1', raterRole: 'leader', grade: 'good' } });
    else if (at % 10 === 0 && slot > 0) {
      const last = events.at(-1);
      if (last?.type === 'DataSubmitted') add({ type: 'DataCorrected', data: { cycleId: CYCLE, unitId: UNIT, supersedes: last.id, indicatorId: last.data.indicatorId, period: last.data.period, value: '901.50', previous: last.data.value } });
      else {
        add({ type: 'DataSubmitted', data: { cycleId: CYCLE, unitId: UNIT, indicatorId, period, value: `${900 + (at % 97)}.25` } });
        slot += 1;
      }
    } else {
      add({ type: 'DataSubmitted', data: { cycleId: CYCLE, unitId: UNIT, indicatorId, period, value: `${900 + (at % 97)}.25` } });
      slot += 1;
    }
  }
  return events;
};

const submit: EvaluationCommand = {
  type: 'SubmitData',
  data: { cycleId: CYCLE, unitId: UNIT, indicatorId: 'ind-0', period: 'p9999', value: '1' },
  meta: { commandId: 'bench-submit', actor: { userId: 'bench', role: 'data-provider', providerId: 'stats' }, now: '2099-12-31T00:00:00.000Z' },
};

/** The best of RUNS wall-clock times of `work`, in ms. */
const best = (work: () => unknown): number => {
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
};

for (const count of lengths) {
  const events = unitStream(count);
  const label = count % 1000 === 0 ? `${count / 1000}k` : String(count);
  const commandMs = best(() => decisionOf(submit).fold(events));
  line(`fold_unit_stream_${label}_command_path`, (count * 1000) / commandMs, `events/s (${count} events, decisionOf(command).fold, best of ${RUNS})`);
  line(`fold_unit_stream_${label}_command_path_time`, commandMs, 'ms');
  const viewMs = best(() => foldCycleView(events));
  line(`fold_unit_stream_${label}_cycle_view`, (count * 1000) / viewMs, `events/s (${count} events, foldCycleView with scoring facts, best of ${RUNS})`);
  // One more event on a folded state a caller holds: evolve copies what it changes, so this grows with the state.
  const folded: UnitState | undefined = foldCycleView(events).units.get(UNIT);
  if (folded === undefined) throw new Error('the unit was not folded');
  const next: Recorded<UnitEvent> = {
    type: 'DataSubmitted',
    data: { cycleId: CYCLE, unitId: UNIT, indicatorId: 'ind-0', period: 'p-next', value: '1.00' },
    id: 'e-next',
    metadata: metadata('c-next', count),
  };
  const oneMs = best(() => {
    for (let k = 0; k < 10; k += 1) evolveUnit(folded, next);
  }) / 10;
  line(`evolve_one_event_on_held_${label}_state`, oneMs, `ms (one evolve on a state a caller holds: copies what it changes)`);
}

// A cycle folded batch after batch: the CPU per event by the order of the log.
const FOLD_UNITS = Number(process.env['BENCH_FOLD_UNITS'] ?? 5000);
if (!Number.isInteger(FOLD_UNITS) || FOLD_UNITS <= 0) throw new Error('BENCH_FOLD_UNITS must be a positive integer');
const CYCLE_INDICATORS = 20;
const CYCLE_PERIODS = 12;
const READ_MODEL_BATCH = 5000;
const valueEvent = (unit: number, indicator: number, period: number, at: number): Recorded<EvaluationEvent> =>
  ({
    type: 'DataSubmitted',
    data: { cycleId: CYCLE, unitId: `u-${unit}`, indicatorId: `ind-${indicator}`, period: `p${period}`, value: `${(unit * 7 + indicator * 3 + period) % 1000}.5` },
    id: `v-${at}`,
    metadata: metadata(`v-${at}`, at),
    streamId: `unit-${CYCLE}-u-${unit}`,
    position: String(at + 1),
  }) as Recorded<EvaluationEvent>;
const SLOTS = CYCLE_PERIODS * CYCLE_INDICATORS;
for (const order of ['unit_by_unit', 'interleaved'] as const) {
  // Every unit registered first (its values then land in its submissions and current values as well as its facts).
  const events: Recorded<EvaluationEvent>[] = Array.from(
    { length: FOLD_UNITS },
    (_, unit) =>
      ({
        type: 'UnitRegistered',
        data: { cycleId: CYCLE, unitId: `u-${unit}`, name: `单位${unit}`, level: 'township', categoryId: 'townships' },
        id: `r-${unit}`,
        metadata: metadata(`r-${unit}`, 0),
        streamId: `unit-${CYCLE}-u-${unit}`,
        position: String(unit + 1),
      }) as Recorded<EvaluationEvent>,
  );
  for (let at = 0; at < FOLD_UNITS * SLOTS; at += 1) {
    // Unit by unit: a unit's every value, then the next unit's. Interleaved: one value of every unit, then the next value.
    const unit = order === 'unit_by_unit' ? Math.floor(at / SLOTS) : at % FOLD_UNITS;
    const slot = order === 'unit_by_unit' ? at % SLOTS : Math.floor(at / FOLD_UNITS);
    events.push(valueEvent(unit, slot % CYCLE_INDICATORS, Math.floor(slot / CYCLE_INDICATORS), FOLD_UNITS + at));
  }
  const cpu = process.cpuUsage();
  let view: ReturnType<typeof foldCycleView> | undefined;
  for (let at = 0; at < events.length; at += READ_MODEL_BATCH) view = foldCycleView(events.slice(at, at + READ_MODEL_BATCH), view);
  const used = process.cpuUsage(cpu);
  const folded = view?.units.get('u-0');
  if (view?.facts.get('u-0')?.length !== SLOTS || folded?.status !== 'registered' || folded.submissions.size !== SLOTS) throw new Error('the cycle was not folded');
  line(`fold_cycle_in_batches_${order}_cpu_per_event`, (used.user + used.system) / events.length, `µs (${FOLD_UNITS} units × ${CYCLE_INDICATORS} indicators × ${CYCLE_PERIODS} periods, batches of ${READ_MODEL_BATCH})`);
}
