import { type Dec, formatExact } from '../decimal/decimal';
import type { PreviousCycle, PreviousUnitResult, RankChange, ResultsUse, UnitFlag } from '../engine/result.types';
import type { CategoryModel, ResultsFlagModel } from '../scheme/scheme.model';

export type UnitStanding = Readonly<{
  category: CategoryModel;
  unitCount: number;
  previous: readonly PreviousCycle[];
  unitId: string;
  gradeId: string;
  rank: number;
}>;

// Each earlier cycle's units by id, made once per cycle: a category is ranked again at every batch
// of live scores, and looking each unit up in a list made that quadratic (a million comparisons
// for 1,000 units, per flag).
const unitsById = new WeakMap<readonly PreviousUnitResult[], ReadonlyMap<string, PreviousUnitResult>>();
const unitIn = (cycle: PreviousCycle | undefined, unitId: string): PreviousUnitResult | undefined => {
  if (cycle === undefined) return undefined;
  let byId = unitsById.get(cycle.units);
  if (byId === undefined) {
    const made = new Map<string, PreviousUnitResult>();
    // The first of a unit's entries, as a search of the list finds.
    for (const unit of cycle.units) if (!made.has(unit.unitId)) made.set(unit.unitId, unit);
    byId = made;
    unitsById.set(cycle.units, byId);
  }
  return byId.get(unitId);
};

const rankChange = (standing: UnitStanding): RankChange | undefined => {
  const before = unitIn(standing.previous[0], standing.unitId)?.rank;
  if (before === undefined) return undefined;
  const change = before - standing.rank;
  return { previousRank: before, change, direction: change > 0 ? 'up' : change < 0 ? 'down' : 'same' };
};

/** Pay factor, excellence ratio and actions of the unit's grade, and its rank change against last cycle. */
export const resultsUseOf = (standing: UnitStanding): ResultsUse => {
  const use = standing.category.resultsUse?.grades.get(standing.gradeId);
  const change = rankChange(standing);
  return {
    ...(use?.payFactor === undefined ? {} : { payFactor: formatExact(use.payFactor) }),
    ...(use?.excellenceRatio === undefined ? {} : { excellenceRatio: formatExact(use.excellenceRatio) }),
    actions: use?.actions ?? [],
    ...(change === undefined ? {} : { rankChange: change }),
  };
};

type FlagInput = UnitStanding &
  Readonly<{
    total: Dec;
    /** The category's ranks, best first (one per unit). */
    ranksInOrder: readonly number[];
    nodeValues: ReadonlyMap<string, Readonly<{ value: Dec; max: Dec; complete: boolean }>>;
  }>;

// City organs art. 6(3), Jiangsu: the same (lowest) grade this year and the years before.
const consecutiveGrade = (flag: Extract<ResultsFlagModel, { kind: 'consecutive-grade' }>, input: FlagInput): boolean => {
  if (input.gradeId !== flag.grade) return false;
  const earlier = input.previous.slice(0, flag.years - 1);
  return (
    earlier.length === flag.years - 1 &&
    earlier.every((cycle) => unitIn(cycle, input.unitId)?.grade === flag.grade)
  );
};

// Zhengding art. 7(2): among the last N ranks, and below a total where the scheme says so. The
// last N places are counted in rank order, and everyone who shares the rank of the first of them
// is among them: two units tied for last place are both last.
const bottomRanks = (flag: Extract<ResultsFlagModel, { kind: 'bottom-ranks' }>, input: FlagInput): boolean => {
  const first = input.ranksInOrder[Math.max(0, input.ranksInOrder.length - flag.count)];
  return first !== undefined && input.rank >= first && (flag.below === undefined || input.total.lessThan(flag.below));
};

// Qitai: a satisfaction rate under 60% bars the unit's heads from honours.
// A survey still pending (or never recorded) says nothing about satisfaction: no flag until every
// input under the node is in.
const ratioBelow = (flag: Extract<ResultsFlagModel, { kind: 'ratio-below' }>, input: FlagInput): boolean => {
  const node = input.nodeValues.get(flag.node);
  if (node === undefined || node.max.isZero() || !node.complete) return false;
  return node.value.div(node.max).lessThan(flag.ratio);
};

const raised = (flag: ResultsFlagModel, input: FlagInput): boolean => {
  switch (flag.kind) {
    case 'consecutive-grade':
      return consecutiveGrade(flag, input);
    case 'bottom-ranks':
      return bottomRanks(flag, input);
    case 'ratio-below':
      return ratioBelow(flag, input);
    default: {
      const unhandled: never = flag;
      return unhandled;
    }
  }
};

/** The scheme's results-use flags this unit raises, and rectification carried over from last cycle. */
export const resultsFlags = (input: FlagInput): readonly UnitFlag[] => [
  ...(input.category.resultsUse?.flags ?? [])
    .filter((flag) => raised(flag, input))
    .map((flag): UnitFlag => ({ code: 'results-flag', ref: flag.id, message: flag.label })),
  ...carriedRectification(input),
];

// Jiangsu art. 20: rectification still open from last year's evaluation is carried into this
// year's, and shown with the result until it is closed.
const carriedRectification = (input: FlagInput): readonly UnitFlag[] => {
  const open = unitIn(input.previous[0], input.unitId)?.openRectifications ?? [];
  if (open.length === 0) return [];
  const cycleId = input.previous[0]?.cycleId ?? '';
  return [
    {
      code: 'rectification-carried',
      ref: cycleId,
      items: open.map((order) => order.id),
      message: {
        'zh-CN': `上一考评周期（${cycleId}）有 ${open.length} 项整改未完成，转入本年度：${open.map((order) => order.title ?? order.id).join('、')}`,
        en: `${open.length} rectification order(s) of the previous cycle (${cycleId}) still open, carried into this year: ${open.map((order) => order.title ?? order.id).join(', ')}`,
      },
    },
  ];
};
