/**
 * Side by side with Emmett 0.42 on the same PostgreSQL: `npm run bench:eventstore:vs-emmett`.
 * Alternates ROUNDS (default 3) rounds of Emmett's run.sh (kept outside the repo, path in
 * EMMETT_BENCH, default /work/shared/bench/emmett/run.sh; it needs a throwaway database in
 * DATABASE_URL, whose public schema it truncates) and of our `bench:eventstore` on the
 * postgres target with the same EVENTS/STREAMS/CONCURRENCY, then prints the median of each
 * figure and the ratio ours / Emmett's. Each of our rounds ends with the floor of A and C (bare
 * INSERTs, one commit per append: see eventstore.bench's runFloor), so that the ratio the floor
 * reaches over Emmett in the same rounds shows how far any durable store could go.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROUNDS = Number(process.env['ROUNDS'] ?? 3);
const EMMETT = process.env['EMMETT_BENCH'] ?? '/work/shared/bench/emmett/run.sh';
const FIGURES = ['A.sequential_append', 'B.concurrent_append', 'C.append_whole_stream', 'D.read_and_fold'] as const;
/** The figures the floor has (sequential appends: a flush per append bounds them). */
const FLOOR_FIGURES: readonly string[] = ['A.sequential_append', 'C.append_whole_stream'];

const figuresOf = (output: string, prefix: string): Map<string, number> => {
  const found = new Map<string, number>();
  for (const figure of FIGURES) {
    const match = new RegExp(`^${prefix}\\.${figure.replace('.', '\\.')}: (\\d+) events/s$`, 'm').exec(output);
    if (match?.[1] !== undefined) found.set(figure, Number(match[1]));
  }
  return found;
};

const run = (command: string, args: readonly string[], env: NodeJS.ProcessEnv): string => {
  const result = spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
};

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const main = (): void => {
  const databaseUrl = process.env['DATABASE_URL'];
  if (databaseUrl === undefined) throw new Error('set DATABASE_URL to a throwaway PostgreSQL database (Emmett truncates its public schema)');
  const env = { ...process.env, BENCH_TARGETS: 'postgres,floor' };
  const ours: Record<string, number[]> = {};
  const theirs: Record<string, number[]> = {};
  const floors: Record<string, number[]> = {};
  for (let round = 1; round <= ROUNDS; round++) {
    const emmett = figuresOf(run('bash', [EMMETT], env), 'emmett');
    const output = run(process.execPath, ['--import', 'tsx', join(__dirname, 'eventstore.bench.ts')], env);
    const kaoping = figuresOf(output, 'postgres');
    const floor = figuresOf(output, 'floor');
    for (const figure of FIGURES) {
      (theirs[figure] ??= []).push(emmett.get(figure) ?? Number.NaN);
      (ours[figure] ??= []).push(kaoping.get(figure) ?? Number.NaN);
      if (FLOOR_FIGURES.includes(figure)) (floors[figure] ??= []).push(floor.get(figure) ?? Number.NaN);
      const floorText = FLOOR_FIGURES.includes(figure) ? ` floor ${floor.get(figure)}` : '';
      process.stdout.write(`round ${round} ${figure}: kaoping ${kaoping.get(figure)} emmett ${emmett.get(figure)}${floorText} events/s\n`);
    }
  }
  for (const figure of FIGURES) {
    const k = median(ours[figure] ?? []);
    const e = median(theirs[figure] ?? []);
    process.stdout.write(`kaoping.${figure}: ${k} events/s\n`);
    process.stdout.write(`emmett.${figure}: ${e} events/s\n`);
    process.stdout.write(`ratio.${figure}: ${(k / e).toFixed(2)} x\n`);
    if (!FLOOR_FIGURES.includes(figure)) continue;
    const f = median(floors[figure] ?? []);
    process.stdout.write(`floor.${figure}: ${f} events/s\n`);
    process.stdout.write(`ratio.floor_to_emmett.${figure}: ${(f / e).toFixed(2)} x\n`);
  }
};

main();
