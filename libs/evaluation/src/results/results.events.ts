import type { PhaseId, ResultsUse } from '@kaoping/scoring';
import type { DomainEvent } from '../shared/envelope.types';

/**
 * One unit's line in a snapshot or result: rounded total (decimal string), grade id, rank; and,
 * where the scheme or the cycle before gives them, what the result means (结果运用: pay factor,
 * excellence ratio, actions, rank change against last year), the results-use flags raised (ids:
 * 连续两年不达标…) and last year's rectification orders carried into this year (ids).
 */
export type ResultLine = Readonly<{
  unitId: string;
  total: string;
  grade: string;
  rank: number;
  resultsUse?: ResultsUse;
  flags?: readonly string[];
  carriedRectifications?: readonly string[];
}>;

/**
 * A phase's scores frozen (mid-year, year-end): scored from the log up to `asOfPosition`.
 * Snapshots and results live in one stream per category, not in the cycle stream, so a cycle of
 * 10,000 units does not make the cycle stream huge.
 */
export type SnapshotTaken = DomainEvent<
  'SnapshotTaken',
  { cycleId: string; categoryId: string; phase: PhaseId; asOfPosition: string; asOf: string; schemeVersion: number; units: readonly ResultLine[] }
>;
/** Provisional results computed from the log up to `asOfPosition` (after publication: by an appeal decision). */
export type ResultsComputed = DomainEvent<
  'ResultsComputed',
  {
    cycleId: string;
    categoryId: string;
    asOfPosition: string;
    asOf: string;
    schemeVersion: number;
    units: readonly ResultLine[];
    appealId?: string;
  }
>;
/** The office published the computed results (`computed`: their event id) for a notice period. */
export type ResultsPublished = DomainEvent<
  'ResultsPublished',
  { cycleId: string; categoryId: string; computed: string; noticeEndsAt: string }
>;
/** The committee finalised the published results (`published`: their event id). */
export type ResultsFinalised = DomainEvent<'ResultsFinalised', { cycleId: string; categoryId: string; published: string; computed: string }>;

/** The events of a `results-<cycleId>-<categoryId>` stream. */
export type ResultsEvent = SnapshotTaken | ResultsComputed | ResultsPublished | ResultsFinalised;
export type ResultsEventType = ResultsEvent['type'];
export const RESULTS_EVENT_TYPES: readonly ResultsEventType[] = ['SnapshotTaken', 'ResultsComputed', 'ResultsPublished', 'ResultsFinalised'];
