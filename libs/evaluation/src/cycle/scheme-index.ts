import type { AdjustmentDocument, CategoryDocument, MethodDocument, NodeDocument, SchemeDocument, UnitLevel } from '@kaoping/scoring';

/** What the lifecycle needs to know of one leaf indicator of a category. */
export type IndicatorInfo = Readonly<{
  id: string;
  categoryId: string;
  method: MethodDocument['kind'];
  /** The data provider the scheme names (a source id), if any. */
  provider?: string;
  /**
   * The periods the indicator takes values in: its tracking rounds (`tracking` on it or an
   * ancestor), then the periods it is evaluated in (`period`/`periods`), the last being its
   * default; undefined: any period (scored in the scheme's default period).
   */
  periods?: readonly string[];
  /** The tracking rounds among `periods`: taken and owed, not scored. */
  tracking?: readonly string[];
  /** A rating indicator given by the grades of the unit's projects (this project category); never rated by hand. */
  fromProjects?: string;
  /** Rater roles of a rating or points method; undefined: any role. */
  raterRoles?: readonly string[];
  /** Accepted level ids and labels of a rating or survey scale. */
  levels?: readonly string[];
  /** The out-of of a points method. */
  outOf?: string;
  /** A proportional method's direction: 'lower' where less is better (cost, accidents). */
  direction?: 'higher' | 'lower';
  /** A proportional method's targets in the scheme, by period ('' key: every period); a unit's own target overrides them. */
  schemeTargets?: Readonly<Record<string, string>>;
}>;

/** A bonus or deduction rule: whether it fixes points per item or person (else each approval carries an amount). */
export type AdjustmentRuleInfo = Readonly<{ id: string; hasPoints: boolean; per: 'item' | 'person' }>;

/** What the lifecycle needs to know of one category. */
export type CategoryInfo = Readonly<{
  id: string;
  /** The levels of unit it evaluates; undefined: any. */
  unitLevels?: readonly UnitLevel[];
  indicators: ReadonlyMap<string, IndicatorInfo>;
  bonusRules: ReadonlyMap<string, AdjustmentRuleInfo>;
  deductionRules: ReadonlyMap<string, AdjustmentRuleInfo>;
  vetoes: ReadonlySet<string>;
}>;

/** The outline of a published scheme the deciders validate commands against. */
export type SchemeIndex = Readonly<{
  id: string;
  version: number;
  /** Period ids in scheme order; the last is the default. */
  periods: readonly string[];
  sources: ReadonlySet<string>;
  categories: ReadonlyMap<string, CategoryInfo>;
}>;

const labelsOf = (label: unknown): readonly string[] => {
  if (typeof label === 'string') return [label];
  if (typeof label === 'object' && label !== null) {
    return Object.values(label).filter((value): value is string => typeof value === 'string');
  }
  return [];
};

const levelsOf = (document: SchemeDocument, scaleId: string | undefined): readonly string[] | undefined => {
  if (scaleId === undefined) return undefined;
  const scale = document.scales?.[scaleId];
  if (scale === undefined) return undefined;
  return scale.levels.flatMap((level) => [level.id, ...labelsOf(level.label)]);
};

const methodDetails = (
  document: SchemeDocument,
  method: MethodDocument,
): Pick<IndicatorInfo, 'raterRoles' | 'levels' | 'outOf' | 'fromProjects' | 'direction' | 'schemeTargets'> => {
  switch (method.kind) {
    case 'rating': {
      const levels = levelsOf(document, method.scale);
      return {
        ...(method.roles === undefined ? {} : { raterRoles: method.roles }),
        ...(levels === undefined ? {} : { levels }),
        ...(method.fromProjects === undefined ? {} : { fromProjects: method.fromProjects }),
      };
    }
    case 'points':
      return {
        ...(method.roles === undefined ? {} : { raterRoles: method.roles }),
        ...(method.outOf === undefined ? {} : { outOf: String(method.outOf) }),
      };
    case 'survey': {
      const levels = levelsOf(document, method.scale);
      return levels === undefined ? {} : { levels };
    }
    case 'proportional': {
      const { target } = method;
      const schemeTargets =
        target === undefined ? undefined : typeof target === 'object' ? Object.fromEntries(Object.entries(target).map(([period, value]) => [period, String(value)])) : { '': String(target) };
      return { ...(method.direction === undefined ? {} : { direction: method.direction }), ...(schemeTargets === undefined ? {} : { schemeTargets }) };
    }
    case 'score':
    case 'deduction':
      return {};
    default: {
      const unhandled: never = method;
      return unhandled;
    }
  }
};

const nodePeriods = (node: NodeDocument): readonly string[] | undefined => {
  if (node.period !== undefined) return [node.period];
  if (node.periods !== undefined) return node.periods.map((share) => share.period);
  return undefined;
};

const leavesOf = (input: Readonly<{ document: SchemeDocument; category: CategoryDocument }>): Map<string, IndicatorInfo> => {
  const leaves = new Map<string, IndicatorInfo>();
  const lastPeriod = input.document.periods.at(-1)?.id;
  const visit = (node: NodeDocument, inherited: readonly string[] | undefined, inheritedTracking: readonly string[] | undefined): void => {
    const periods = nodePeriods(node) ?? inherited;
    const tracking = node.tracking ?? inheritedTracking;
    if (node.method !== undefined) {
      const evaluated = periods ?? (tracking === undefined || lastPeriod === undefined ? undefined : [lastPeriod]);
      const taken = tracking === undefined || evaluated === undefined ? evaluated : [...tracking.filter((period) => !evaluated.includes(period)), ...evaluated];
      leaves.set(node.id, {
        id: node.id,
        categoryId: input.category.id,
        method: node.method.kind,
        ...(node.provider === undefined ? {} : { provider: node.provider }),
        ...(taken === undefined ? {} : { periods: taken }),
        ...(tracking === undefined ? {} : { tracking }),
        ...methodDetails(input.document, node.method),
      });
    }
    for (const child of node.children ?? []) visit(child, periods, tracking);
  };
  for (const part of input.category.parts) visit(part, undefined, undefined);
  return leaves;
};

const rulesOf = (adjustment: AdjustmentDocument | undefined): ReadonlyMap<string, AdjustmentRuleInfo> =>
  new Map(
    (adjustment?.rules ?? []).map((rule) => [rule.id, { id: rule.id, hasPoints: rule.points !== undefined, per: rule.per ?? 'item' }]),
  );

/**
 * The outline of a scheme document that passed `parseScheme`: periods, sources, and per category
 * its leaf indicators, adjustment rules and vetoes.
 */
export const schemeIndexOf = (document: SchemeDocument): SchemeIndex => ({
  id: document.id,
  version: document.version,
  periods: document.periods.map((period) => period.id),
  sources: new Set((document.sources ?? []).map((source) => source.id)),
  categories: new Map(
    document.categories.map((category) => [
      category.id,
      {
        id: category.id,
        ...(category.unitLevels === undefined ? {} : { unitLevels: category.unitLevels }),
        indicators: leavesOf({ document, category }),
        bonusRules: rulesOf(category.bonuses),
        deductionRules: rulesOf(category.deductions),
        vetoes: new Set((category.vetoes ?? []).map((veto) => veto.id)),
      },
    ]),
  ),
});

/** The scheme's default period (its last), or undefined for a scheme without periods. */
export const defaultPeriod = (index: SchemeIndex): string | undefined => index.periods[index.periods.length - 1];

/** An index with nothing in it: what a cycle holds if its recorded scheme no longer reads. */
export const EMPTY_SCHEME_INDEX: SchemeIndex = { id: '', version: 0, periods: [], sources: new Set(), categories: new Map() };

/** Every rater role the scheme's rating and points methods name; undefined if some method accepts any role. */
export const raterRolesOf = (index: SchemeIndex): ReadonlySet<string> | undefined => {
  const roles = new Set<string>();
  for (const category of index.categories.values()) {
    for (const indicator of category.indicators.values()) {
      if (indicator.method !== 'rating' && indicator.method !== 'points') continue;
      if (indicator.raterRoles === undefined) return undefined;
      for (const role of indicator.raterRoles) roles.add(role);
    }
  }
  return roles;
};
