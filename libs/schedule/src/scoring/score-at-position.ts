import type { EventStore } from '@kaoping/eventstore';
import { cycleStreamId, foldCycleView, proposalStreamId, scoringFactsOfView, unitStreamId, type ResultLine } from '@kaoping/evaluation';
import { scoreCategory } from '@kaoping/scoring';
import { readCycleEvents } from '../planning/cycle-log';

/**
 * Scores a category as the log stood at `position` (what a snapshot or result recorded as its
 * `asOfPosition`), at the moment `asOf`: recomputing a recorded snapshot from its position must
 * give its numbers.
 */
export const scoreCategoryAt = async (
  input: Readonly<{ store: EventStore; cycleId: string; categoryId: string; position: bigint; asOf: string }>,
): Promise<readonly ResultLine[]> => {
  const { store, cycleId, categoryId, position } = input;
  const prefixes = [cycleStreamId(cycleId), unitStreamId(cycleId, ''), proposalStreamId(cycleId, '')];
  const view = foldCycleView(await readCycleEvents({ store, cycleId, position, prefixes }));
  if (view.cycle.status !== 'active' || view.cycle.scheme.valid === undefined) throw new Error(`cycle ${cycleId} had no scorable scheme at ${position}`);
  const { units, facts } = scoringFactsOfView(view, { categoryId });
  const result = scoreCategory({ scheme: view.cycle.scheme.valid, categoryId, units, facts, asOf: input.asOf });
  return result.units.map((unit) => ({ unitId: unit.unitId, total: unit.total, grade: unit.grade.id, rank: unit.rank }));
};
