import { rankingGroupOf } from '@kaoping/scoring';
import type { CycleView } from './cycle-view';
import { projectGradedIndicators } from './score-view';

/**
 * What a cycle's scheme says of how its categories' scores depend on each other: a category ranked
 * in a group (`rankings`) is ranked with every member, and a category whose indicators take the
 * grades of a project category's units (`fromProjects`) moves with that category's facts.
 */
export type CategoryLinks = Readonly<{
  /** Every category of the scheme. */
  all: readonly string[];
  /** For a category, or a ranking group's own id: every category ranked in the group, itself included (absent: ranked alone). */
  rankedWith: ReadonlyMap<string, readonly string[]>;
  /** For a category: the project categories whose grades its indicators take. */
  takesGradesFrom: ReadonlyMap<string, readonly string[]>;
  /** For a project category: the categories whose indicators take its grades. */
  givesGradesTo: ReadonlyMap<string, readonly string[]>;
}>;

const NO_LINKS: CategoryLinks = { all: [], rankedWith: new Map(), takesGradesFrom: new Map(), givesGradesTo: new Map() };

type Scheme = Extract<CycleView['cycle'], { status: 'active' }>['scheme'];
// Worked out once per scheme: live scores ask for every event of a batch.
const linksOfScheme = new WeakMap<Scheme, CategoryLinks>();

const add = (map: Map<string, string[]>, key: string, value: string): void => {
  const values = map.get(key) ?? [];
  if (!values.includes(value)) values.push(value);
  map.set(key, values);
};

/** The {@link CategoryLinks} of a cycle's scheme in force (none before one is published). */
export const categoryLinksOf = (view: Pick<CycleView, 'cycle'>): CategoryLinks => {
  const { cycle } = view;
  if (cycle.status !== 'active') return NO_LINKS;
  const known = linksOfScheme.get(cycle.scheme);
  if (known !== undefined) return known;
  const all = [...cycle.scheme.index.categories.keys()];
  const rankedWith = new Map<string, readonly string[]>();
  const takesGradesFrom = new Map<string, string[]>();
  const givesGradesTo = new Map<string, string[]>();
  for (const categoryId of all) {
    const group = cycle.scheme.valid === undefined ? undefined : rankingGroupOf(cycle.scheme.valid, categoryId);
    if (group !== undefined) {
      rankedWith.set(categoryId, group.categories);
      rankedWith.set(group.id, group.categories);
    }
    for (const { projectCategoryId } of projectGradedIndicators(cycle, categoryId)) {
      add(takesGradesFrom, categoryId, projectCategoryId);
      add(givesGradesTo, projectCategoryId, categoryId);
    }
  }
  const links: CategoryLinks = { all, rankedWith, takesGradesFrom, givesGradesTo };
  linksOfScheme.set(cycle.scheme, links);
  return links;
};
