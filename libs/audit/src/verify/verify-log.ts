import type { BrokenLink, EventStore, VerifyReport } from '@kaoping/eventstore';
import { NotFound, cycleStreamPrefixes } from '@kaoping/evaluation';

/** A broken link as JSON carries it: the position as a decimal string. */
export type AuditBrokenLink = Omit<BrokenLink, 'globalPosition'> & Readonly<{ globalPosition: string }>;

/** The store's verification, whole log or one cycle's streams, ready for JSON (positions as strings). */
export type AuditVerifyReport = Omit<VerifyReport, 'firstBroken' | 'sealedPosition' | 'signedPosition'> &
  Readonly<{
    firstBroken?: AuditBrokenLink;
    sealedPosition: string;
    signedPosition: string;
    /** `log`, or the cycle whose streams were checked (the global chain and checkpoints are always checked whole). */
    scope: Readonly<{ kind: 'log' }> | Readonly<{ kind: 'cycle'; cycleId: string; streamPrefixes: readonly string[] }>;
    /** The head of the log when the check began. */
    headPosition: string;
  }>;

const jsonReady = (report: VerifyReport): Omit<AuditVerifyReport, 'scope' | 'headPosition'> => {
  const { firstBroken, sealedPosition, signedPosition, ...rest } = report;
  return {
    ...rest,
    ...(firstBroken === undefined ? {} : { firstBroken: { ...firstBroken, globalPosition: firstBroken.globalPosition.toString() } }),
    sealedPosition: sealedPosition.toString(),
    signedPosition: signedPosition.toString(),
  };
};

/**
 * Verifies the log (see `EventStore.verify`): the hash chains of the whole log, or of one
 * cycle's streams (`cycle-<id>`, `unit-<id>-…`, `proposal-<id>-…`, …), always with the global
 * chain and the signed checkpoints, and reports the first broken link in global order.
 * An unknown cycle is {@link NotFound}, never "ok".
 */
export const verifyLog = async (input: Readonly<{ store: EventStore; cycleId?: string }>): Promise<AuditVerifyReport> => {
  const { store, cycleId } = input;
  const headPosition = (await store.headPosition()).toString();
  if (cycleId === undefined) return { ...jsonReady(await store.verify()), scope: { kind: 'log' }, headPosition };
  if ((await store.streamTip(`cycle-${cycleId}`)) === null) {
    throw new NotFound({
      code: 'cycle-not-found',
      message: `考评周期 ${cycleId} 不存在 (no cycle ${cycleId} in the log)`,
      details: [{ path: 'cycleId', rule: 'unknown-cycle', message: `no cycle ${cycleId}` }],
    });
  }
  const streamPrefixes = cycleStreamPrefixes(cycleId);
  const report = await store.verify({ streamPrefixes });
  return { ...jsonReady(report), scope: { kind: 'cycle', cycleId, streamPrefixes }, headPosition };
};
