import type { QueueReport } from './ops-queue';

type Sample = Readonly<{ labels: Readonly<Record<string, string>>; value: number | bigint }>;
type Family = Readonly<{ name: string; help: string; type: 'counter' | 'gauge'; samples: readonly Sample[] }>;

const escapeLabel = (value: string): string => value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');

const labelsText = (labels: Readonly<Record<string, string>>): string => {
  const pairs = Object.entries(labels).map(([key, value]) => `${key}="${escapeLabel(value)}"`);
  return pairs.length === 0 ? '' : `{${pairs.join(',')}}`;
};

/** Families in the Prometheus text exposition format (version 0.0.4). */
export const prometheusText = (families: readonly Family[]): string =>
  families
    .map((family) =>
      [
        `# HELP ${family.name} ${family.help}`,
        `# TYPE ${family.name} ${family.type}`,
        ...family.samples.map((sample) => `${family.name}${labelsText(sample.labels)} ${sample.value.toString()}`),
      ].join('\n'),
    )
    .join('\n')
    .concat('\n');

/** The metrics of GET /ops/metrics: job counters of this process, queue gauges, the log's head. */
export const opsMetrics = (input: Readonly<{ queues: readonly QueueReport[]; headPosition: bigint }>): string => {
  const perQueue = (value: (queue: QueueReport) => number): Sample[] =>
    input.queues.map((queue) => ({ labels: { queue: queue.name, adapter: queue.adapter }, value: value(queue) }));
  const states = ['waiting', 'active', 'delayed', 'completed', 'failed'] as const;
  return prometheusText([
    { name: 'kaoping_jobs_run_total', type: 'counter', help: 'Job runs started by this process since it started.', samples: perQueue((q) => q.sinceStart.runs) },
    { name: 'kaoping_jobs_succeeded_total', type: 'counter', help: 'Job runs that succeeded in this process.', samples: perQueue((q) => q.sinceStart.succeeded) },
    { name: 'kaoping_jobs_failed_total', type: 'counter', help: 'Jobs that failed for good in this process (permanent error or attempts used up).', samples: perQueue((q) => q.sinceStart.failed) },
    { name: 'kaoping_jobs_retried_total', type: 'counter', help: 'Job attempts that failed and were retried with backoff, in this process.', samples: perQueue((q) => q.sinceStart.retried) },
    {
      name: 'kaoping_queue_jobs',
      type: 'gauge',
      help: 'Jobs in the queue by state (BullMQ: across every worker).',
      samples: input.queues.flatMap((queue) => states.map((state) => ({ labels: { queue: queue.name, adapter: queue.adapter, state }, value: queue.counts[state] }))),
    },
    { name: 'kaoping_queue_depth', type: 'gauge', help: 'Jobs still to do: waiting + delayed + active.', samples: perQueue((q) => q.depth) },
    { name: 'kaoping_eventstore_head_position', type: 'gauge', help: 'Global position of the last event in the log.', samples: [{ labels: {}, value: input.headPosition }] },
  ]);
};
