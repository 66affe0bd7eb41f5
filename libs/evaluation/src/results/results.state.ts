import type { PhaseId } from '@kaoping/scoring';
import type { ResultLine } from './results.events';

type Seen = Readonly<{ snapshots: ReadonlyMap<PhaseId, string> }>;
/** The latest computed results. */
export type ComputedResults = Readonly<{ eventId: string; asOfPosition: string; units: readonly ResultLine[] }>;

/** Nothing computed yet (snapshots may exist). */
export type NoResults = Seen & Readonly<{ categoryId?: string; status: 'none' }>;
/** Provisional results, not published. */
export type ResultsProvisional = Seen & Readonly<{ categoryId: string; status: 'computed'; computed: ComputedResults }>;
/**
 * Published for a notice period. `recomputed` is set when an appeal decision recomputed them:
 * those results count only once published again.
 */
export type ResultsOnNotice = Seen &
  Readonly<{
    categoryId: string;
    status: 'published';
    published: ComputedResults;
    publishedEventId: string;
    noticeEndsAt: string;
    recomputed?: ComputedResults;
  }>;
/** Final. */
export type ResultsFinal = Seen & Readonly<{ categoryId: string; status: 'finalised'; published: ComputedResults; finalisedEventId: string }>;

/** The folded `results-<cycleId>-<categoryId>` stream. */
export type ResultsState = NoResults | ResultsProvisional | ResultsOnNotice | ResultsFinal;
