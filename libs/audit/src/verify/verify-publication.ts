import { isDeepStrictEqual } from 'node:util';
import { scoreCategoryFromLog } from '@kaoping/cycle-log';
import type { EventStore, RecordedEvent } from '@kaoping/eventstore';
import { NotFound, resultsStreamId, type ResultLine } from '@kaoping/evaluation';
import { verifyLog, type AuditVerifyReport } from './verify-log';

/** The seal a 公示 prints (any part of it): the events that computed and published its table. */
export type PrintedSeal = Readonly<{ publishedEventId?: string; publishedHash?: string; computedEventId?: string; computedHash?: string }>;

/** One check of a publication: passed, failed, or not yet possible (the signer has not reached it). */
export type PublicationCheck = Readonly<{
  check: 'seal-matches' | 'log-intact' | 'signed' | 'table-recomputes';
  status: 'passed' | 'failed' | 'not-yet';
  /** What was found, in words (Chinese first). */
  detail: string;
}>;

/** A line of the published table that the log at its position does not give again, and what the log gives. */
export type LineMismatch = Readonly<{ unitId: string; published: ResultLine | null; recomputed: ResultLine | null }>;

export type PublicationVerification = Readonly<{
  cycleId: string;
  categoryId: string;
  /** True when no check failed (a signature not yet made is said, not failed). */
  ok: boolean;
  /** The publication as the log has it: the seal a true 公示 of it prints. */
  seal: Readonly<{
    asOfPosition: string;
    asOf: string;
    computedEventId: string;
    computedHash: string;
    publishedEventId: string;
    publishedHash: string;
    publishedPosition: string;
    publishedAt: string;
  }>;
  checks: readonly PublicationCheck[];
  mismatches: readonly LineMismatch[];
  /** The cycle's streams, the global chain and the signed checkpoints, as `verifyLog` reports them. */
  log: AuditVerifyReport;
}>;

const dataField = (event: RecordedEvent, name: string): unknown =>
  typeof event.data === 'object' && event.data !== null && !Array.isArray(event.data) ? event.data[name] : undefined;
const textField = (event: RecordedEvent, name: string): string => {
  const value = dataField(event, name);
  return typeof value === 'string' ? value : '';
};
const linesOf = (event: RecordedEvent): readonly ResultLine[] => {
  const units = dataField(event, 'units');
  return Array.isArray(units) ? (units as readonly ResultLine[]) : [];
};

const passed = (check: PublicationCheck['check'], detail: string): PublicationCheck => ({ check, status: 'passed', detail });
const failed = (check: PublicationCheck['check'], detail: string): PublicationCheck => ({ check, status: 'failed', detail });

/** What the printed seal says that the log does not (nothing: it matches). */
const sealDifferences = (printed: PrintedSeal, computed: RecordedEvent, published: RecordedEvent): readonly string[] => {
  const differences: string[] = [];
  const compare = (what: string, given: string | undefined, stored: string): void => {
    if (given !== undefined && given.trim().toLowerCase() !== stored.toLowerCase()) differences.push(`${what}：公示 ${given.trim()}，日志 ${stored} (${what} differs)`);
  };
  compare('结果公示事件', printed.publishedEventId, published.id);
  compare('结果公示事件哈希', printed.publishedHash, published.hash);
  compare('结果计算事件', printed.computedEventId, computed.id);
  compare('结果计算事件哈希', printed.computedHash, computed.hash);
  return differences;
};

/** Each unit whose published line the log at the recorded position does not give again. */
const mismatchesOf = (published: readonly ResultLine[], recomputed: readonly ResultLine[]): LineMismatch[] => {
  const again = new Map(recomputed.map((line) => [line.unitId, line]));
  const mismatches: LineMismatch[] = [];
  for (const line of published) {
    const other = again.get(line.unitId) ?? null;
    if (other === null || !isDeepStrictEqual(line, other)) mismatches.push({ unitId: line.unitId, published: line, recomputed: other });
    again.delete(line.unitId);
  }
  for (const other of again.values()) mismatches.push({ unitId: other.unitId, published: null, recomputed: other });
  return mismatches;
};

/**
 * A category's publication as the log has it: its last ResultsPublished (or the one named) and the
 * ResultsComputed it publishes. Read by the 公示 and by its verification.
 */
export const publicationOf = async (
  input: Readonly<{ store: EventStore; cycleId: string; categoryId: string; publishedEventId?: string }>,
): Promise<Readonly<{ published: RecordedEvent; computed: RecordedEvent }>> => {
  const { cycleId, categoryId } = input;
  const events = await input.store.readStream(resultsStreamId(cycleId, categoryId));
  const publications = events.filter((event) => event.type === 'ResultsPublished');
  const wanted = input.publishedEventId?.trim().toLowerCase() ?? '';
  const published = wanted === '' ? publications.at(-1) : publications.find((event) => event.id === wanted);
  if (published === undefined && wanted === '') {
    throw new NotFound({
      code: 'not-published',
      message: `考评类别 ${categoryId} 尚未公示结果 (category ${categoryId} of cycle ${cycleId} has no published results)`,
      details: [{ path: 'categoryId', rule: 'not-published', message: 'publish the results first' }],
    });
  }
  if (published === undefined) {
    throw new NotFound({
      code: 'publication-not-found',
      message: `日志中没有结果公示事件 ${wanted} (no such publication of ${categoryId} in cycle ${cycleId})`,
      details: [{ path: 'publishedEventId', rule: 'publication-not-found', message: 'no such publication in the log' }],
    });
  }
  const computedId = textField(published, 'computed');
  const computed = events.find((event) => event.id === computedId && event.type === 'ResultsComputed');
  if (computed === undefined) {
    throw new NotFound({ code: 'computed-not-found', message: `公示的计算结果 ${computedId} 不在日志中 (the published results name ${computedId}, which is not in the stream)` });
  }
  return { published, computed };
};

/**
 * Verifies a category's published results (its 公示) against the log, without writing anything:
 * - `seal-matches`: the seal printed on the notice (whatever part of it is given) names the events
 *   the log has, with the same hashes (without one: the category's last publication is verified);
 * - `log-intact`: the hash chains of the cycle's streams, the global chain and the signed
 *   checkpoints hold (see {@link verifyLog});
 * - `signed`: a signed checkpoint covers the publication (`not-yet` until the sealer signs past it);
 * - `table-recomputes`: scoring the category from the log at the recorded position, at the
 *   recorded moment, gives the published table again, line by line.
 * A publication the log does not have is {@link NotFound}.
 */
export const verifyPublication = async (
  input: Readonly<{ store: EventStore; cycleId: string; categoryId: string; printed?: PrintedSeal }>,
): Promise<PublicationVerification> => {
  const { store, cycleId, categoryId } = input;
  const printed = input.printed ?? {};
  const { published, computed } = await publicationOf({ store, cycleId, categoryId, ...(printed.publishedEventId === undefined ? {} : { publishedEventId: printed.publishedEventId }) });
  const asOfPosition = textField(computed, 'asOfPosition');
  const asOf = textField(computed, 'asOf');
  const checks: PublicationCheck[] = [];

  const differences = sealDifferences(printed, computed, published);
  if (Object.values(printed).some((value) => value !== undefined && value.trim() !== '')) {
    checks.push(differences.length === 0 ? passed('seal-matches', '公示印章与日志一致 (the printed seal matches the log)') : failed('seal-matches', differences.join('；')));
  }

  const log = await verifyLog({ store, cycleId });
  checks.push(
    log.ok
      ? passed('log-intact', `哈希链完整：${log.eventsChecked} 个事件 (the chains hold: ${log.eventsChecked} events)`)
      : failed('log-intact', `哈希链断裂：${log.firstBroken?.problem ?? '?'}，位置 ${log.firstBroken?.globalPosition ?? '?'} (broken: ${log.firstBroken?.problem ?? '?'} at ${log.firstBroken?.globalPosition ?? '?'})`),
  );

  const signedPosition = BigInt(log.signedPosition);
  if (log.signatureKey === 'none') checks.push(failed('signed', '此事件存储不签名日志 (this event store signs no checkpoints)'));
  else if (signedPosition >= published.globalPosition) checks.push(passed('signed', `已由签名检查点覆盖：位置 ${log.signedPosition} (signed up to ${log.signedPosition})`));
  else checks.push({ check: 'signed', status: 'not-yet', detail: `签名检查点尚未覆盖公示（已签至位置 ${log.signedPosition}）(not signed past the publication yet: signed up to ${log.signedPosition})` });

  const recomputed = await scoreCategoryFromLog({ store, cycleId, categoryId, asOf, position: BigInt(asOfPosition) });
  const mismatches = mismatchesOf(linesOf(computed), recomputed.units);
  checks.push(
    mismatches.length === 0
      ? passed('table-recomputes', `按日志位置 ${asOfPosition} 重算，${recomputed.units.length} 个单位的得分、等次、名次与公示一致 (recomputed at ${asOfPosition}: the same table)`)
      : failed('table-recomputes', `按日志位置 ${asOfPosition} 重算，${mismatches.length} 个单位与公示不一致 (recomputed at ${asOfPosition}: ${mismatches.length} lines differ)`),
  );

  return {
    cycleId,
    categoryId,
    ok: checks.every((check) => check.status !== 'failed'),
    seal: {
      asOfPosition,
      asOf,
      computedEventId: computed.id,
      computedHash: computed.hash,
      publishedEventId: published.id,
      publishedHash: published.hash,
      publishedPosition: published.globalPosition.toString(),
      publishedAt: published.recordedAt,
    },
    checks,
    mismatches,
    log,
  };
};
