import type { EventStore } from '@kaoping/eventstore';
import { NotFound, RuleViolated, foldCycleView, scoringFactsOfView, type ResultLine } from '@kaoping/evaluation';
import { ScoringError, scoreCategory } from '@kaoping/scoring';
import { readCycleEvents } from '../evaluation/cycle-log';

/** A category's scores as of a position of the log: what TakeSnapshot and ComputeResults record. */
export type ScoredCategory = Readonly<{ asOfPosition: string; schemeVersion: number; units: readonly ResultLine[] }>;

/**
 * Scores one category of a cycle from the log as it stood at `position` (default: the head): the
 * cycle's streams folded up to that position, the published scheme, @kaoping/scoring's `scoreCategory`
 * at `asOf` (inputs due later are pending). The position is recorded with the result, so the
 * same numbers can be recomputed from the log at any time.
 */
export const scoreCategoryFromLog = async (
  input: Readonly<{ store: EventStore; cycleId: string; categoryId: string; asOf: string; position?: bigint }>,
): Promise<ScoredCategory> => {
  const { store, cycleId, categoryId } = input;
  const position = input.position ?? (await store.headPosition());
  const events = await readCycleEvents({ store, cycleId, position });
  const view = foldCycleView(events);
  if (view.cycle.status !== 'active') throw new NotFound({ code: 'cycle-not-found', message: `cycle ${cycleId} has no published scheme` });
  const scheme = view.cycle.scheme.valid;
  if (scheme === undefined) {
    throw new RuleViolated({ code: 'scheme-not-scorable', message: `the published scheme of cycle ${cycleId} no longer validates` });
  }
  const { units, facts } = scoringFactsOfView(view, { categoryId });
  try {
    const result = scoreCategory({ scheme, categoryId, units, facts, asOf: input.asOf });
    return {
      asOfPosition: position.toString(),
      schemeVersion: view.cycle.scheme.version,
      units: result.units.map((unit) => ({ unitId: unit.unitId, total: unit.total, grade: unit.grade.id, rank: unit.rank })),
    };
  } catch (error: unknown) {
    if (error instanceof ScoringError && error.code === 'unknown-category') {
      throw new NotFound({ code: 'category-not-found', message: error.message, details: [{ path: 'categoryId', rule: 'unknown-category', message: error.message }] });
    }
    throw error;
  }
};
