import { settledHeadPosition } from '@kaoping/testing';
import type { CategoryAsOf, ScoreDiff, UnitAsOf, UnitLine } from '@kaoping/audit';
import type { Headers, Kaoping } from './kaoping';

/** The auditor's reads, through HTTP. */
export const auditReads = (k: Kaoping, who: Headers, cycleId: string) => ({
  category: (categoryId: string, at = 'now') =>
    k.read<CategoryAsOf>(who, `/audit/cycles/${cycleId}/categories/${categoryId}/scores?at=${encodeURIComponent(at)}`),
  unit: (categoryId: string, unitId: string, at = 'now') =>
    k.read<UnitAsOf>(who, `/audit/cycles/${cycleId}/categories/${categoryId}/units/${unitId}/score?at=${encodeURIComponent(at)}`),
  diff: (categoryId: string, from: string, to = 'now') =>
    k.read<ScoreDiff>(who, `/audit/cycles/${cycleId}/categories/${categoryId}/diff?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`),
});

/** A unit's line as EXAMPLES.md tabulates it: total, grade (zh-CN), bonus, deduction. */
export const tableRow = (line: UnitLine): readonly [string, string, string, string] => [line.total, line.gradeLabel, line.bonus, line.deduction];

type LiveLine = Readonly<{ unitId: string; total: string; rank: number; grade: Readonly<{ id: string }> }>;

/**
 * The live read model (the projection the office reads) and the as-of computation from the log
 * must agree on every unit's total, rank and grade once the read model has caught up with the log.
 */
export const liveAgreesWithLog = async (input: Readonly<{ k: Kaoping; who: Headers; cycleId: string; categoryId: string }>) => {
  const { k, who, cycleId, categoryId } = input;
  const head = await settledHeadPosition(k.api.store);
  const live = await k.read<Readonly<{ units: readonly LiveLine[] }>>(who, `/cycles/${cycleId}/live-scores/${categoryId}?minPosition=${head}`);
  const asOf = await auditReads(k, who, cycleId).category(categoryId);
  const lines = (units: readonly Readonly<{ unitId: string; total: string; rank: number }>[], grade: (i: number) => string) =>
    units.map((unit, i) => [unit.unitId, unit.total, unit.rank, grade(i)]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return {
    live: lines(live.units, (i) => live.units[i]?.grade.id ?? ''),
    log: lines(asOf.units, (i) => asOf.units[i]?.grade ?? ''),
  };
};
