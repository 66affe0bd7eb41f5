import type { EventStore, VerifyReport } from '@kaoping/eventstore';
import { cycleStreamPrefixes } from '@kaoping/evaluation';

/** The store's verification of the hash chains, whole log or one cycle's streams. */
export type AuditVerifyReport = VerifyReport &
  Readonly<{
    /** `log`, or the cycle whose streams were checked. */
    scope: Readonly<{ kind: 'log' }> | Readonly<{ kind: 'cycle'; cycleId: string; streamPrefixes: readonly string[] }>;
    /** The head of the log when the check began. */
    headPosition: string;
  }>;

const merge = (reports: readonly VerifyReport[]): VerifyReport => {
  const broken = reports
    .flatMap((report) => (report.firstBroken === undefined ? [] : [report.firstBroken]))
    .sort((a, b) => (a.globalPosition < b.globalPosition ? -1 : a.globalPosition > b.globalPosition ? 1 : 0));
  const [firstBroken] = broken;
  return {
    ok: reports.every((report) => report.ok),
    streamsChecked: reports.reduce((sum, report) => sum + report.streamsChecked, 0),
    eventsChecked: reports.reduce((sum, report) => sum + report.eventsChecked, 0),
    brokenLinks: reports.reduce((sum, report) => sum + report.brokenLinks, 0),
    ...(firstBroken === undefined ? {} : { firstBroken }),
  };
};

/**
 * Recomputes the hash chains of the whole log, or of one cycle's streams (`cycle-<id>`,
 * `unit-<id>-…`, `proposal-<id>-…`, …), and reports the first broken link in global order.
 */
export const verifyLog = async (input: Readonly<{ store: EventStore; cycleId?: string }>): Promise<AuditVerifyReport> => {
  const { store, cycleId } = input;
  const headPosition = (await store.headPosition()).toString();
  if (cycleId === undefined) return { ...(await store.verify()), scope: { kind: 'log' }, headPosition };
  const streamPrefixes = cycleStreamPrefixes(cycleId);
  const reports: VerifyReport[] = [];
  for (const streamPrefix of streamPrefixes) reports.push(await store.verify({ streamPrefix }));
  return { ...merge(reports), scope: { kind: 'cycle', cycleId, streamPrefixes }, headPosition };
};
