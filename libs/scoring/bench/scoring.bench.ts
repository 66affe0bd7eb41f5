import { performance } from 'node:perf_hooks';
import { GCProfiler } from 'node:v8';
import { type Fact, type NodeDocument, type SchemeDocument, parseScheme, rankScoredUnits, scoreCategory, scoreUnitsOfCategory } from '@kaoping/scoring';

// One category of 1,000 units × 200 indicators over two periods (mid-year 50% + year-end 50%),
// scored with explanations, then unit by unit with and without them (what live scores keep:
// numbers, `explanations: false`). Prints `name: value unit` lines.

const UNITS = Number(process.env['BENCH_UNITS'] ?? 1_000);
const GROUPS = 10;
const LEAVES_PER_GROUP = 20;
const PERIODS = ['mid-year', 'year-end'] as const;
const RUNS = 3;
/** The whole category with explanations: a first run in a cold process (compiling as it goes), then warm ones. */
const FULL_RUNS = 6;

const indicatorId = (group: number, leaf: number): string => `g${group}-i${leaf}`;

const scheme: SchemeDocument = {
  id: 'bench',
  name: '基准测试方案',
  version: 1,
  cycle: 2026,
  periods: PERIODS.map((id) => ({ id, label: id })),
  categories: [
    {
      id: 'units',
      label: '单位',
      total: 100,
      parts: [
        {
          id: 'indicators',
          label: '指标',
          points: 90,
          periods: PERIODS.map((period) => ({ period, weight: 50 })),
          children: Array.from({ length: GROUPS }, (_, group): NodeDocument => ({
            id: `g${group}`,
            label: `一级指标 ${group}`,
            points: 9,
            children: Array.from({ length: LEAVES_PER_GROUP }, (_, leaf): NodeDocument => ({
              id: indicatorId(group, leaf),
              label: `指标 ${group}-${leaf}`,
              points: '0.45',
              method: leaf % 4 === 3 ? { kind: 'proportional', direction: 'lower', target: 20 } : { kind: 'proportional', target: { 'mid-year': 500, 'year-end': 1000 } },
            })),
          })),
        },
        { id: 'leaders', label: '领导评价', points: 10, periods: PERIODS.map((period) => ({ period, weight: 50 })), method: { kind: 'points', outOf: 10 } },
      ],
      bonuses: { rules: [{ id: 'award', label: '表彰', points: 1 }], max: 4 },
      deductions: { rules: [{ id: 'criticism', label: '通报批评', points: '0.5' }], max: 4 },
      grading: {
        grades: [
          { id: 'excellent', label: '优秀', quota: { share: 25 } },
          { id: 'good', label: '良好', quota: { share: 35 } },
          { id: 'standard', label: '达标', quota: { share: 34 } },
          { id: 'below', label: '不达标' },
        ],
      },
    },
  ],
};

// A fixed linear congruential sequence modulo 2^32 (exact in 32-bit multiplication), drawn from its
// high bits: the same facts on every run, 115,711 distinct data values of 400,000. The earlier
// `(state * 1103515245 + 12345) % 2^31` lost the product's low bits in doubles, and `state % n`
// took the low bits, which repeat with short periods: 2,320 distinct values, which flattered any
// cache of texts.
let state = 20260701;
const next = (below: number): number => {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0;
  return Math.floor((state / 4294967296) * below);
};

const generated: Fact[] = [];
for (let unit = 0; unit < UNITS; unit += 1) {
  const unitId = `unit-${String(unit).padStart(4, '0')}`;
  for (const period of PERIODS) {
    for (let group = 0; group < GROUPS; group += 1) {
      for (let leaf = 0; leaf < LEAVES_PER_GROUP; leaf += 1) {
        const id = indicatorId(group, leaf);
        generated.push({ type: 'DataSubmitted', id: `${unitId}-${id}-${period}`, unitId, indicatorId: id, period, value: `${next(1200)}.${next(100)}` });
      }
    }
    for (let rater = 0; rater < 3; rater += 1) {
      generated.push({ type: 'RatingGiven', id: `${unitId}-r${rater}-${period}`, unitId, indicatorId: 'leaders', period, raterId: `leader-${rater}`, raterRole: 'leader', points: `${5 + next(5)}.${next(10)}` });
    }
  }
  if (next(4) === 0) generated.push({ type: 'BonusApproved', id: `${unitId}-bonus`, unitId, ruleId: 'award', count: String(1 + next(5)) });
  if (next(3) === 0) generated.push({ type: 'DeductionApproved', id: `${unitId}-deduction`, unitId, ruleId: 'criticism', count: String(1 + next(3)) });
}

// As facts arrive from the event log: parsed JSON.
const facts: readonly Fact[] = JSON.parse(JSON.stringify(generated)) as Fact[];

const compileStart = performance.now();
const parsed = parseScheme(scheme);
const compileMs = performance.now() - compileStart;
if (!parsed.ok) throw new Error(parsed.problems.map((problem) => `${problem.path}: ${problem.message.en}`).join('\n'));

const timings: number[] = [];
const cpuTimings: number[] = [];
let leaves = 0;
for (let run = 0; run < FULL_RUNS; run += 1) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = scoreCategory({ scheme: parsed.scheme, categoryId: 'units', facts });
  const used = process.cpuUsage(cpu);
  timings.push(performance.now() - start);
  cpuTimings.push((used.user + used.system) / 1000);
  leaves = result.units.length * (GROUPS * LEAVES_PER_GROUP + 1) * PERIODS.length;
}
const allUnits = [...new Set(facts.map((fact) => fact.unitId))].sort().map((id) => ({ id }));

// The whole category scored unit by unit (scoreUnitsOfCategory) and ranked (rankScoredUnits), with
// and without explanation trees; the two alternate, so that load on the machine falls on both alike.
const unitByUnit = {
  explained: [] as number[],
  explainedCpu: [] as number[],
  explainedGc: [] as number[],
  bare: [] as number[],
  bareCpu: [] as number[],
  bareGc: [] as number[],
};
for (let run = 0; run < RUNS; run += 1) {
  for (const explanations of run % 2 === 0 ? [true, false] : [false, true]) {
    // Garbage collection: the cost (µs) of every collection during the run, summed.
    const gc = new GCProfiler();
    gc.start();
    const start = performance.now();
    const cpu = process.cpuUsage();
    const scored = scoreUnitsOfCategory({ scheme: parsed.scheme, categoryId: 'units', units: allUnits, facts, explanations });
    rankScoredUnits({ scheme: parsed.scheme, categoryId: 'units', units: scored.units, warnings: scored.warnings });
    const used = process.cpuUsage(cpu);
    const elapsed = performance.now() - start;
    const gcMs = gc.stop().statistics.reduce((total, collection) => total + collection.cost, 0) / 1000;
    (explanations ? unitByUnit.explained : unitByUnit.bare).push(elapsed);
    (explanations ? unitByUnit.explainedCpu : unitByUnit.bareCpu).push((used.user + used.system) / 1000);
    (explanations ? unitByUnit.explainedGc : unitByUnit.bareGc).push(gcMs);
  }
}

// What a batch costs live scores before ranking: 100 units scored one call each (their own facts),
// with and without explanations, alternating by unit; CPU time summed over the 100.
const factsByUnit = new Map<string, Fact[]>();
for (const fact of facts) {
  const list = factsByUnit.get(fact.unitId);
  if (list === undefined) factsByUnit.set(fact.unitId, [fact]);
  else list.push(fact);
}
const oneByOne = { explained: 0, bare: 0 };
for (let run = 0; run < 200; run += 1) {
  const unit = allUnits[(run * 7919) % allUnits.length] ?? { id: '' };
  const explanations = run % 2 === 0;
  const cpu = process.cpuUsage();
  scoreUnitsOfCategory({ scheme: parsed.scheme, categoryId: 'units', units: [unit], facts: factsByUnit.get(unit.id) ?? [], explanations });
  const used = process.cpuUsage(cpu);
  oneByOne[explanations ? 'explained' : 'bare'] += (used.user + used.system) / 1000;
}

// Live scores after a batch that changed one unit: that unit scored again, the category ranked and
// graded from the kept scores of the others (scoreUnitsOfCategory + rankScoredUnits).
const kept = scoreUnitsOfCategory({ scheme: parsed.scheme, categoryId: 'units', units: allUnits, facts });
const incrementalTimings: number[] = [];
for (let run = 0; run < RUNS * 5; run += 1) {
  const changed = allUnits[(run * 7919) % allUnits.length] ?? { id: '' };
  const start = performance.now();
  const again = scoreUnitsOfCategory({ scheme: parsed.scheme, categoryId: 'units', units: [changed], facts: facts.filter((fact) => fact.unitId === changed.id) });
  const units = kept.units.map((unit) => (unit.unitId === changed.id ? (again.units[0] ?? unit) : unit));
  rankScoredUnits({ scheme: parsed.scheme, categoryId: 'units', units, warnings: again.warnings });
  incrementalTimings.push(performance.now() - start);
}
incrementalTimings.sort((a, b) => a - b);
// The same, the unit scored without its explanation tree and the others kept without theirs.
const keptBare = scoreUnitsOfCategory({ scheme: parsed.scheme, categoryId: 'units', units: allUnits, facts, explanations: false });
const incrementalBareTimings: number[] = [];
for (let run = 0; run < RUNS * 5; run += 1) {
  const changed = allUnits[(run * 7919) % allUnits.length] ?? { id: '' };
  const start = performance.now();
  const again = scoreUnitsOfCategory({
    scheme: parsed.scheme,
    categoryId: 'units',
    units: [changed],
    facts: facts.filter((fact) => fact.unitId === changed.id),
    explanations: false,
  });
  const units = keptBare.units.map((unit) => (unit.unitId === changed.id ? (again.units[0] ?? unit) : unit));
  rankScoredUnits({ scheme: parsed.scheme, categoryId: 'units', units, warnings: again.warnings });
  incrementalBareTimings.push(performance.now() - start);
}
incrementalBareTimings.sort((a, b) => a - b);

// A correction of one unit's value, as live scores meet it: the unit scored again only in the
// indicator the correction touched (its other indicators' points kept from its last scoring), and
// the same unit scored whole, alternating; CPU per unit, without explanations, over 200 of each.
const partly = { inPart: 0, whole: 0, runs: 0 };
for (let run = 0; run < 400; run += 1) {
  const unit = allUnits[(run * 7919) % allUnits.length] ?? { id: '' };
  const own = factsByUnit.get(unit.id) ?? [];
  const before = keptBare.units.find((scored) => scored.unitId === unit.id);
  const target = own.find((fact) => fact.type === 'DataSubmitted' && fact.indicatorId === indicatorId(run % GROUPS, run % LEAVES_PER_GROUP));
  if (before === undefined || target?.type !== 'DataSubmitted') throw new Error(`no unit ${unit.id} or value to correct`);
  const corrected: readonly Fact[] = [...own, { ...target, id: `${target.id}-corrected-${run}`, supersedes: target.id, value: `${next(1200)}.${next(100)}` }];
  const inPart = run % 2 === 0;
  const cpu = process.cpuUsage();
  const scored = scoreUnitsOfCategory({
    scheme: parsed.scheme,
    categoryId: 'units',
    units: [unit],
    facts: corrected,
    explanations: false,
    ...(inPart ? { kept: { asOf: undefined, clockKey: keptBare.clockKey, units: new Map([[unit.id, { scored: before, factCount: own.length }]]) } } : {}),
  });
  const used = process.cpuUsage(cpu);
  if (scored.scoredInPart !== (inPart ? 1 : 0)) throw new Error(`unit ${unit.id} was not scored ${inPart ? 'in part' : 'whole'}`);
  partly[inPart ? 'inPart' : 'whole'] += used.user + used.system;
  partly.runs += inPart ? 1 : 0;
}

const best = Math.min(...timings);
const warm = timings.slice(1).sort((a, b) => a - b);
const whole = (value: number): string => String(Math.floor(value + 0.5));

process.stdout.write(
  [
    `scoring.facts: ${facts.length} facts`,
    `scoring.scheme_compile: ${whole(compileMs)} ms`,
    `scoring.full_category: ${whole(best)} ms`,
    // On a shared machine the process's own CPU time is steadier than the wall clock.
    `scoring.full_category_cpu: ${whole(Math.min(...cpuTimings))} ms`,
    `scoring.units_per_second: ${whole((UNITS * 1000) / best)} units/s`,
    `scoring.leaf_evaluations_per_second: ${whole((leaves * 1000) / best)} leaves/s`,
    `scoring.runs: ${timings.map(whole).join(', ')} ms`,
    `scoring.full_category_first_run: ${whole(timings[0] ?? 0)} ms (a fresh process, compiling as it goes)`,
    `scoring.full_category_warm_median: ${whole(warm[Math.floor(warm.length / 2)] ?? 0)} ms (runs after the first)`,
    `scoring.full_category_unit_by_unit: ${whole(Math.min(...unitByUnit.explained))} ms`,
    `scoring.full_category_unit_by_unit_cpu: ${whole(Math.min(...unitByUnit.explainedCpu))} ms`,
    `scoring.full_category_unit_by_unit_gc: ${whole(Math.min(...unitByUnit.explainedGc))} ms`,
    `scoring.full_category_without_explanations: ${whole(Math.min(...unitByUnit.bare))} ms`,
    `scoring.full_category_without_explanations_cpu: ${whole(Math.min(...unitByUnit.bareCpu))} ms`,
    `scoring.full_category_without_explanations_gc: ${whole(Math.min(...unitByUnit.bareGc))} ms`,
    `scoring.hundred_units_scored_one_by_one_cpu: ${whole(oneByOne.explained)} ms`,
    `scoring.hundred_units_scored_one_by_one_without_explanations_cpu: ${whole(oneByOne.bare)} ms`,
    `scoring.one_unit_rescored_and_ranked_p50: ${whole(incrementalTimings[Math.floor(incrementalTimings.length / 2)] ?? 0)} ms`,
    `scoring.one_unit_rescored_and_ranked_without_explanations_p50: ${whole(incrementalBareTimings[Math.floor(incrementalBareTimings.length / 2)] ?? 0)} ms`,
    `scoring.one_corrected_unit_scored_whole_cpu: ${whole(partly.whole / partly.runs)} µs (without explanations, ${partly.runs} units)`,
    `scoring.one_corrected_unit_scored_again_in_part_cpu: ${whole(partly.inPart / partly.runs)} µs (only the corrected indicator, the others' points kept; ${partly.runs} units, alternating with the above)`,
  ].join('\n') + '\n',
);
