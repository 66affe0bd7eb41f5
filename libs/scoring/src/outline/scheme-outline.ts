import type { Label, ScaleModel } from '../scheme/scheme.model';
import type { PlanNode } from '../engine/plan';
import { compiledScheme, type ValidScheme } from '../scheme/valid-scheme';

/** A node of a category's indicator tree as people read it: name, method, points it is worth in the total, period. */
export type OutlineNode = Readonly<{
  /** The scheme node id (an indicator id for a leaf). */
  id: string;
  kind: 'part' | 'node' | 'period' | 'leaf';
  label: Label;
  /** The points the node is worth in the category total (decimal string). */
  maxPoints: string;
  /** The node's own full marks (its scale), decimal string. */
  scale: string;
  period: string;
  /** Leaves: the method kind (proportional, rating, points, score, survey, deduction). */
  method: string | null;
  provider: string | null;
  subject: string | null;
  deadline: string | null;
  /** Leaves scored on a scale (rating, survey): its levels, in the scheme's order (a survey's counts are per level). */
  levels: readonly Readonly<{ id: string; label: Label }>[] | null;
  /** Rating and points leaves: the rater roles that rate it (null: any assigned rater). */
  raterRoles: readonly string[] | null;
  /**
   * Rating leaves that take the grades of the unit's projects: the project category they come
   * from (null: rated by hand). Nobody rates such a leaf; a console lists no rating task for it.
   */
  fromProjects: string | null;
  children: readonly OutlineNode[];
}>;

export type OutlineCategory = Readonly<{
  id: string;
  label: Label;
  total: string;
  parts: readonly OutlineNode[];
  grades: readonly Readonly<{ id: string; label: Label; min: string | null }>[];
  bonusRules: readonly Readonly<{ id: string; label: Label; points: string | null; per: string }>[];
  deductionRules: readonly Readonly<{ id: string; label: Label; points: string | null; per: string }>[];
  vetoes: readonly Readonly<{ id: string; label: Label }>[];
}>;

/** The outline of a valid scheme: periods, sources and each category's tree with max points per node. */
export type SchemeOutline = Readonly<{
  id: string;
  version: number;
  name: Label;
  periods: readonly Readonly<{ id: string; label: Label }>[];
  sources: readonly Readonly<{ id: string; label: Label }>[];
  /** The rater roles the scheme names (empty: none named; a console shows a role's id then). */
  raterRoles: readonly Readonly<{ id: string; label: Label }>[];
  categories: readonly OutlineCategory[];
}>;

const scaleIdOf = (node: PlanNode): string | undefined => (node.kind === 'leaf' && (node.method.kind === 'rating' || node.method.kind === 'survey') ? node.method.scale : undefined);

const raterRolesOf = (node: PlanNode): readonly string[] | null =>
  node.kind === 'leaf' && (node.method.kind === 'rating' || node.method.kind === 'points') ? (node.method.raters.roles ?? null) : null;

const outlineOf = (scales: ReadonlyMap<string, ScaleModel>) => (node: PlanNode): OutlineNode => ({
  id: node.node.id,
  kind: node.kind,
  label: node.node.label,
  maxPoints: node.maxText,
  scale: node.scaleText,
  period: node.period,
  method: node.kind === 'leaf' ? node.method.kind : null,
  provider: node.node.provider ?? null,
  subject: node.node.subject ?? null,
  deadline: node.kind === 'leaf' ? (node.deadlineId ?? null) : null,
  levels: scales.get(scaleIdOf(node) ?? '')?.levels.map((level) => ({ id: level.id, label: level.label })) ?? null,
  raterRoles: raterRolesOf(node),
  fromProjects: node.kind === 'leaf' && node.method.kind === 'rating' ? (node.method.fromProjects ?? null) : null,
  children: node.kind === 'leaf' ? [] : node.children.map(outlineOf(scales)),
});

/** What a console shows of a scheme (pure): the tree the engine scores with, each node with the points it is worth. */
export const schemeOutline = (scheme: ValidScheme): SchemeOutline => {
  const { model, plans } = compiledScheme(scheme);
  return {
    id: model.id,
    version: model.version,
    name: model.name,
    periods: model.periods.map((period) => ({ id: period.id, label: period.label })),
    sources: [...model.sources.values()].map((source) => ({ id: source.id, label: source.label })),
    raterRoles: [...model.raterRoles.values()].map((role) => ({ id: role.id, label: role.label })),
    categories: model.categories.map((category) => {
      const plan = plans.get(category.id);
      const rules = (adjustment: typeof category.bonuses) =>
        (adjustment?.rules ?? []).map((rule) => ({ id: rule.id, label: rule.label, points: rule.points?.toString() ?? null, per: rule.per }));
      return {
        id: category.id,
        label: category.label,
        total: category.total.toString(),
        parts: (plan?.parts ?? []).map(outlineOf(model.scales)),
        grades: category.grades.map((grade) => ({ id: grade.id, label: grade.label, min: grade.min?.toString() ?? null })),
        bonusRules: rules(category.bonuses),
        deductionRules: rules(category.deductions),
        vetoes: category.vetoes.map((veto) => ({ id: veto.id, label: veto.label })),
      };
    }),
  };
};
