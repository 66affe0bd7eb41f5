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
