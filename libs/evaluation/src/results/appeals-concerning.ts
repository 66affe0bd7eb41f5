import type { AppealTarget } from '../appeals/appeal.events';
import type { ResultLine } from './results.events';

/** An appeal as finalising results needs to know it (filed and not yet decided, in the context). */
export type OpenAppeal = Readonly<{ appealId: string; unitId: string; against: AppealTarget }>;

/**
 * The appeals that concern a category's published results: those against these results, and
 * those filed by a unit ranked in them (its deduction, its fact). Open ones hold the results back
 * from being final; an appeal of a unit of another category does not: its decision cannot change them.
 */
export const appealsConcerningResults = <A extends OpenAppeal>(
  input: Readonly<{ categoryId: string; units: readonly ResultLine[]; appeals: Iterable<A> }>,
): readonly A[] => {
  const ranked = new Set(input.units.map((line) => line.unitId));
  return [...input.appeals].filter(
    (appeal) => (appeal.against.kind === 'results' && appeal.against.categoryId === input.categoryId) || ranked.has(appeal.unitId),
  );
};
