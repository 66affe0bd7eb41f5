import type { EventStore } from '@kaoping/eventstore';
import { NotFound, compareCategory, requireValidScheme } from '@kaoping/evaluation';
import type { Label, WhatIfUnit } from '@kaoping/scoring';
import { foldScoringView } from './score-from-log';

/**
 * One category compared: every unit in the draft's rank order, and the units whose total, grade or
 * rank moved. `ranking`: the draft's ranking group the ranks and grades are counted over (a
 * category of a group is scored with the whole group, under each scheme as it says).
 */
export type WhatIfCategory = Readonly<{
  categoryId: string;
  label: Label;
  ranking?: Readonly<{ id: string; label: Label; units: number }>;
  units: readonly WhatIfUnit[];
  changed: readonly string[];
}>;

/** A category only one of the two schemes has: it cannot be compared. */
export type CategoryNotCompared = Readonly<{ categoryId: string; label: Label; reason: 'not-in-draft' | 'not-in-force' }>;

/** What a draft amendment would do to a cycle's scores, as the log stands: nothing recorded. */
export type SchemeWhatIf = Readonly<{
  cycleId: string;
  asOf: string;
  /** The last log position read. */
  asOfPosition: string;
  inForce: Readonly<{ schemeId: string; version: number }>;
  draft: Readonly<{ schemeId: string; version: number }>;
  categories: readonly WhatIfCategory[];
  notCompared: readonly CategoryNotCompared[];
}>;

/**
 * Scores the cycle's log as it stands (at its head, or `position`) under the scheme in force and
 * under a draft scheme document, and compares them per category and unit: total, grade, rank and
 * the parts that moved. The draft is validated as a published scheme is (InvalidInput
 * 'invalid-scheme', each problem at its path); `categoryId` limits it to one category (NotFound
 * 'category-not-found' unless both schemes have it). Reads only: nothing is appended.
 */
export const compareSchemeFromLog = async (
  input: Readonly<{ store: EventStore; cycleId: string; draft: unknown; asOf: string; categoryId?: string; position?: bigint }>,
): Promise<SchemeWhatIf> => {
  const { store, cycleId, asOf } = input;
  const draft = requireValidScheme(input.draft).valid;
  const position = input.position ?? (await store.headPosition());
  const view = await foldScoringView({ store, cycleId, position });
  const inForce = view.cycle.status === 'active' ? view.cycle.scheme.valid : undefined;
  const draftIds = new Set(draft.categories.map((category) => category.id));
  const inForceIds = new Set((inForce?.categories ?? []).map((category) => category.id));
  if (input.categoryId !== undefined && inForceIds.has(input.categoryId) && !draftIds.has(input.categoryId)) {
    const message = `the draft scheme has no category ${input.categoryId}`;
    throw new NotFound({ code: 'category-not-found', message, details: [{ path: 'categoryId', rule: 'unknown-category', message }] });
  }
  if (inForce === undefined) {
    // No scheme in force (or no cycle): compareCategory refuses, saying which.
    compareCategory(view, { categoryId: input.categoryId ?? '', asOf, draft });
    throw new Error('unreachable: compareCategory refuses a cycle without a scorable scheme');
  }
  const asked = input.categoryId === undefined ? [...inForceIds].filter((id) => draftIds.has(id)) : [input.categoryId];
  const categories = asked.map((categoryId): WhatIfCategory => {
    const result = compareCategory(view, { categoryId, asOf, draft });
    const ranking = result.draft.ranking;
    return { categoryId, label: result.draft.label, ...(ranking === undefined ? {} : { ranking }), units: result.units, changed: result.changed };
  });
  const notCompared: CategoryNotCompared[] =
    input.categoryId !== undefined
      ? []
      : [
          ...inForce.categories.filter((category) => !draftIds.has(category.id)).map((category) => ({ categoryId: category.id, label: category.label, reason: 'not-in-draft' as const })),
          ...draft.categories.filter((category) => !inForceIds.has(category.id)).map((category) => ({ categoryId: category.id, label: category.label, reason: 'not-in-force' as const })),
        ];
  return {
    cycleId,
    asOf,
    asOfPosition: position.toString(),
    inForce: { schemeId: inForce.id, version: inForce.version },
    draft: { schemeId: draft.id, version: draft.version },
    categories,
    notCompared,
  };
};
