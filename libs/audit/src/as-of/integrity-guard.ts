import type { EventStore, VerifyReport } from '@kaoping/eventstore';
import { Conflict } from '@kaoping/evaluation';

/** How long one verification of the log answers the integrity question of as-of reads, at least. */
const VERIFIED_FOR_MS = 5_000;
/**
 * A verification answers for this many times as long as it took: on a province's log, where one
 * takes seconds, verifying keeps to about a tenth of a core however often as-of reads come.
 */
const VERIFIED_FOR_DURATIONS = 10;

type Verification = Readonly<{ at: number; report: Promise<VerifyReport>; validForMs: () => number }>;

const recent = new WeakMap<EventStore, Verification>();

/** The store's verification, shared by the reads of the next few seconds (and by concurrent ones). */
const verification = (store: EventStore): Promise<VerifyReport> => {
  const cached = recent.get(store);
  if (cached !== undefined && Date.now() - cached.at < cached.validForMs()) return cached.report;
  const started = Date.now();
  let tookMs: number | undefined;
  const report = store.verify().then((result) => {
    tookMs = Date.now() - started;
    return result;
  });
  recent.set(store, {
    at: started,
    report,
    // In flight: every read waits for this one, none starts another.
    validForMs: () => (tookMs === undefined ? Number.POSITIVE_INFINITY : Math.max(VERIFIED_FOR_MS, tookMs * VERIFIED_FOR_DURATIONS)),
  });
  report.catch(() => recent.delete(store));
  return report;
};

/**
 * Refuses to serve a value as of `position` when the log is broken at or before it (an edited,
 * deleted or slipped-in event, a chain or checkpoint that does not hold): the value could be a
 * forgery. The error names the first broken link.
 */
export const assertIntactUpTo = async (store: EventStore, position: bigint): Promise<void> => {
  const { firstBroken } = await verification(store);
  if (firstBroken === undefined || firstBroken.globalPosition > position) return;
  const where = `position ${firstBroken.globalPosition}${firstBroken.streamId === undefined ? '' : ` (${firstBroken.streamId})`}`;
  throw new Conflict({
    code: 'log-broken',
    message: `事件日志在 ${where} 处被篡改，此时刻的数值不可信 (the log is broken at ${where}: ${firstBroken.problem}; values as of position ${position} cannot be trusted)`,
    details: [{ path: 'at', rule: 'log-intact', message: `first broken link: ${firstBroken.problem} at ${where}` }],
  });
};
