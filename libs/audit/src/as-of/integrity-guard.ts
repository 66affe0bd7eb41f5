import type { EventStore, VerifyReport } from '@kaoping/eventstore';
import { Conflict } from '@kaoping/evaluation';

/** How long one verification of the log answers the integrity question of as-of reads. */
const VERIFIED_FOR_MS = 5_000;

const recent = new WeakMap<EventStore, Readonly<{ at: number; report: Promise<VerifyReport> }>>();

/** The store's verification, shared by the reads of the next few seconds (and by concurrent ones). */
const verification = (store: EventStore): Promise<VerifyReport> => {
  const cached = recent.get(store);
  if (cached !== undefined && Date.now() - cached.at < VERIFIED_FOR_MS) return cached.report;
  const report = store.verify();
  recent.set(store, { at: Date.now(), report });
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
