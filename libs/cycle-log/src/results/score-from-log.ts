import type { EventStore } from '@kaoping/eventstore';
import { type CycleView, foldCycleView, scoreCategory, type ResultLine } from '@kaoping/evaluation';
import type { UnitResult } from '@kaoping/scoring';
import { readCycleEvents } from '../evaluation/cycle-log';
import { previousCycleAt } from './predecessor-from-log';

/** A category's scores as of a position of the log: what TakeSnapshot and ComputeResults record. */
export type ScoredCategory = Readonly<{ asOfPosition: string; schemeVersion: number; units: readonly ResultLine[] }>;

/** The cycle's scoring streams folded up to `position`: what every score from the log reads (snapshots, results, what-if). */
export const foldScoringView = async (input: Readonly<{ store: EventStore; cycleId: string; position: bigint }>): Promise<CycleView> =>
  // Scores come from the cycle, its units and proposals: appeals, results and rectification are not read.
  foldCycleView(await readCycleEvents({ ...input, categories: ['cycle', 'unit', 'proposal'] }));

// A recorded line: the numbers, and what they mean (results use, flags raised, rectification carried over).
const lineOf = (unit: UnitResult): ResultLine => {
  const flags = unit.flags.flatMap((flag) => (flag.code === 'results-flag' && flag.ref !== undefined ? [flag.ref] : []));
  const carried = unit.flags.flatMap((flag) => (flag.code === 'rectification-carried' ? (flag.items ?? []) : []));
  const use = unit.resultsUse;
  const meaningful = use.payFactor !== undefined || use.excellenceRatio !== undefined || use.actions.length > 0 || use.rankChange !== undefined;
  return {
    unitId: unit.unitId,
    total: unit.total,
    grade: unit.grade.id,
    rank: unit.rank,
    ...(meaningful ? { resultsUse: use } : {}),
    ...(flags.length === 0 ? {} : { flags }),
    ...(carried.length === 0 ? {} : { carriedRectifications: carried }),
  };
};

/**
 * Scores one category of a cycle from the log as it stood at `position` (default: the head): the
 * cycle's streams folded up to that position and @kaoping/evaluation's `scoreCategory` at `asOf`
 * (the cycle's year; inputs due later are pending), compared with the predecessor's results as
 * recorded by then. The position is recorded with the result, so the same numbers can be
 * recomputed from the log at any time.
 */
export const scoreCategoryFromLog = async (
  input: Readonly<{ store: EventStore; cycleId: string; categoryId: string; asOf: string; position?: bigint }>,
): Promise<ScoredCategory> => {
  const { store, cycleId, categoryId } = input;
  const position = input.position ?? (await store.headPosition());
  const view = await foldScoringView({ store, cycleId, position });
  const previous = await previousCycleAt({ store, cycle: view.cycle, categoryId, position });
  const result = scoreCategory(view, categoryId, input.asOf, previous);
  return { asOfPosition: position.toString(), schemeVersion: result.schemeVersion, units: result.units.map(lineOf) };
};
