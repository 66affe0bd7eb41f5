import type { EventStore } from '@kaoping/eventstore';
import type { ResultLine } from '@kaoping/evaluation';
import { scoreCategoryFromLog } from '@kaoping/cycle-log';

/**
 * Scores a category as the log stood at `position` (what a snapshot or result recorded as its
 * `asOfPosition`), at the moment `asOf`: recomputing a recorded snapshot from its position must
 * give its numbers.
 */
export const scoreCategoryAt = async (
  input: Readonly<{ store: EventStore; cycleId: string; categoryId: string; position: bigint; asOf: string }>,
): Promise<readonly ResultLine[]> => (await scoreCategoryFromLog(input)).units;
