import { type Dec, HUNDRED, ZERO, wholeCount } from '../decimal/decimal';
import type { GradeModel } from '../scheme/scheme.model';

/** A unit as grading sees it: its rounded total and what its vetoes allow. */
export type Gradable = Readonly<{
  unitId: string;
  total: Dec;
  /** The grade a veto forces, whatever the total. */
  forcedGrade: string | undefined;
  /** Grades a veto bars. */
  barredGrades: ReadonlySet<string>;
}>;

export type GradeAssignment = Readonly<{
  gradeId: string;
  /** Quota grades with a minimum the unit reached but found no place in. */
  quotaFilled: readonly string[];
}>;

/** Orders by rounded total, best first; equal totals by unit id so the order is stable. */
export const byTotal = (a: Gradable, b: Gradable): number => {
  const difference = b.total.comparedTo(a.total);
  if (difference !== 0) return difference;
  return a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0;
};

/** Competition ranks on rounded totals: equal totals share a rank (1, 2, 2, 4). */
export const rankUnits = (units: readonly Gradable[]): ReadonlyMap<string, number> => {
  const ranks = new Map<string, number>();
  const ordered = [...units].sort(byTotal);
  ordered.forEach((unit, index) => {
    const previous = ordered[index - 1];
    const rank = previous !== undefined && previous.total.equals(unit.total) ? ranks.get(previous.unitId) ?? index + 1 : index + 1;
    ranks.set(unit.unitId, rank);
  });
  return ranks;
};

/**
 * Places the first k quota grades get together: round_half_up(N × their shares) plus their counts.
 */
export const cumulativePlaces = (grades: readonly GradeModel[], unitCount: number): readonly number[] => {
  let shares = ZERO;
  let counts = 0;
  return grades.map((grade) => {
    shares = shares.plus(grade.quota?.share ?? ZERO);
    counts += grade.quota?.count ?? 0;
    return wholeCount(shares.times(unitCount).div(HUNDRED)) + counts;
  });
};

const eligible = (unit: Gradable, grade: GradeModel): boolean =>
  !unit.barredGrades.has(grade.id) && (grade.min === undefined || unit.total.greaterThanOrEqualTo(grade.min));

/** Takes the first `places` candidates, and every later one tied with the last taken (ties share the better grade). */
const withinPlaces = (candidates: readonly Gradable[], places: number): readonly Gradable[] => {
  if (places <= 0) return [];
  const taken = candidates.slice(0, places);
  const last = taken[taken.length - 1];
  if (last === undefined) return taken;
  const tied = candidates.slice(places).filter((unit) => unit.total.equals(last.total));
  return [...taken, ...tied];
};

/**
 * Grades units best grade first: a forced grade wins; otherwise a unit gets the first grade it
 * is not barred from, whose minimum it reaches, and (for a quota grade) whose cumulative places
 * are not yet taken by better-ranked units. The last grade takes everyone left.
 */
export const gradeUnits = (
  input: Readonly<{ grades: readonly GradeModel[]; units: readonly Gradable[] }>,
): ReadonlyMap<string, GradeAssignment> => {
  const { grades } = input;
  const ordered = [...input.units].sort(byTotal);
  const result = new Map<string, GradeAssignment>();
  const quotaFilled = new Map<string, string[]>();
  const gradeOf = new Map<string, string>();
  for (const unit of ordered) {
    if (unit.forcedGrade !== undefined) gradeOf.set(unit.unitId, unit.forcedGrade);
  }
  const boundaries = cumulativePlaces(grades, ordered.length);
  let placed = 0;
  grades.forEach((grade, index) => {
    const remaining = ordered.filter((unit) => !gradeOf.has(unit.unitId));
    if (index === grades.length - 1) {
      for (const unit of remaining) gradeOf.set(unit.unitId, grade.id);
      return;
    }
    const candidates = remaining.filter((unit) => eligible(unit, grade));
    const taken = grade.quota === undefined ? candidates : withinPlaces(candidates, (boundaries[index] ?? 0) - placed);
    for (const unit of taken) gradeOf.set(unit.unitId, grade.id);
    // Only a quota with a minimum makes "reached the minimum, no place left" worth saying.
    if (grade.min !== undefined) {
      for (const unit of candidates.slice(taken.length)) {
        quotaFilled.set(unit.unitId, [...(quotaFilled.get(unit.unitId) ?? []), grade.id]);
      }
    }
    placed += taken.length;
  });
  for (const unit of ordered) {
    result.set(unit.unitId, { gradeId: gradeOf.get(unit.unitId) ?? '', quotaFilled: quotaFilled.get(unit.unitId) ?? [] });
  }
  return result;
};
