import type { OpenRectification, PreviousCycle, PreviousUnitResult } from '@kaoping/scoring';
import type { CycleView } from './cycle-view';

/**
 * A category's results of the cycle before, as the scoring engine compares with them (rank
 * change, consecutive-grade flags, Jiangsu art. 20 rectification carried over): the lines the
 * results events recorded when published (or finalised) — never scored again — and, per unit, the
 * rectification orders of that cycle not yet accepted. Results still provisional count as none: a
 * unit is compared only with what was published. `view` is the predecessor folded from its
 * results and rectification streams.
 */
export const previousCycleOf = (view: CycleView, categoryId: string): PreviousCycle | undefined => {
  const { cycle } = view;
  if (cycle.status === 'none') return undefined;
  const results = view.results.get(categoryId);
  const lines = results?.status === 'published' || results?.status === 'finalised' ? results.published.units : [];
  const open = new Map<string, OpenRectification[]>();
  for (const order of view.rectifications.values()) {
    if (order.status === 'none' || order.status === 'accepted') continue;
    open.set(order.unitId, [...(open.get(order.unitId) ?? []), { id: order.orderId, title: order.reason }]);
  }
  const units = new Map<string, PreviousUnitResult>();
  for (const line of lines) {
    units.set(line.unitId, { unitId: line.unitId, rank: line.rank, grade: line.grade, total: line.total, ...(line.flags === undefined ? {} : { flags: line.flags }) });
  }
  for (const [unitId, orders] of open) units.set(unitId, { ...(units.get(unitId) ?? { unitId }), openRectifications: orders });
  return { cycleId: cycle.cycleId, units: [...units.values()] };
};
