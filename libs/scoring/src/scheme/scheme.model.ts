import type { Dec } from '../decimal/decimal';
import type { DateExpression, DeadlineKind, PhaseId } from './scheme.types';

/** A label in both UI locales; en falls back to the zh-CN text when the scheme gives none. */
export type Label = Readonly<{ 'zh-CN': string; en: string }>;

// The scheme after reading: labels and decimals normalized, each element with the path it came from.

export type PeriodModel = Readonly<{ path: string; id: string; label: Label; signOff: boolean }>;
/** A level worth `ratio` of the points, or (with `upTo`) any ratio in [ratio, upTo] the rater picks. */
export type LevelModel = Readonly<{ id: string; label: Label; ratio: Dec; upTo?: Dec }>;
export type ScaleModel = Readonly<{ path: string; id: string; label: Label | undefined; levels: readonly LevelModel[] }>;
/** An id the scheme names with a label (a source, a rater role). */
export type NamedModel = Readonly<{ path: string; id: string; label: Label }>;
export type SourceModel = NamedModel;
/** A rater role the scheme names (its `raterRoles`). */
export type RaterRoleModel = NamedModel;

export type Share = Readonly<{ kind: 'weight' | 'points'; value: Dec }>;
export type PeriodShareModel = Readonly<{ path: string; period: string; share: Share | undefined }>;

export type RaterFilter = Readonly<{ roles: readonly string[] | undefined; raterWeights: ReadonlyMap<string, Dec> | undefined }>;

export type MethodModel =
  | Readonly<{ kind: 'proportional'; direction: 'higher' | 'lower'; target: TargetModel; unit: Label | undefined }>
  | Readonly<{ kind: 'rating'; scale: string; raters: RaterFilter; fromProjects?: string }>
  | Readonly<{ kind: 'points'; outOf: Dec | undefined; raters: RaterFilter }>
  | Readonly<{ kind: 'score'; outOf: Dec | undefined }>
  | Readonly<{ kind: 'survey'; scale: string | undefined; tiers: readonly TierModel[] }>
  | Readonly<{ kind: 'deduction'; outOf: Dec | undefined }>;
export type MethodKind = MethodModel['kind'];
export const METHOD_KINDS: readonly MethodKind[] = ['proportional', 'rating', 'points', 'score', 'survey', 'deduction'];

export type TargetModel =
  | Readonly<{ kind: 'none' }>
  | Readonly<{ kind: 'single'; value: Dec }>
  | Readonly<{ kind: 'per-period'; values: ReadonlyMap<string, Dec> }>;
export type TierModel = Readonly<{ min: Dec; ratio: Dec }>;

export type NodeModel = Readonly<{
  path: string;
  id: string;
  label: Label;
  share: Share | undefined;
  scale: Dec | undefined;
  period: string | undefined;
  periods: readonly PeriodShareModel[] | undefined;
  /** Tracking rounds: periods whose targets and data are taken but not scored. */
  tracking: readonly string[] | undefined;
  subject: string | undefined;
  provider: string | undefined;
  deadline: string | undefined;
  children: readonly NodeModel[];
  method: MethodModel | undefined;
}>;

export type AdjustmentRuleModel = Readonly<{
  path: string;
  id: string;
  label: Label;
  points: Dec | undefined;
  per: 'item' | 'person';
}>;
export type CapModel = Readonly<{
  path: string;
  id: string;
  label: Label | undefined;
  max: Dec;
  rules: readonly string[] | undefined;
  sources: readonly string[] | undefined;
  eachSource: boolean;
}>;
export type AdjustmentModel = Readonly<{
  path: string;
  rules: readonly AdjustmentRuleModel[];
  caps: readonly CapModel[];
  max: Dec | undefined;
}>;

export type VetoModel = Readonly<{
  path: string;
  id: string;
  label: Label;
  forceGrade: string | undefined;
  barGrades: readonly string[];
}>;

export type QuotaModel = Readonly<{ share: Dec | undefined; count: number | undefined }>;
export type GradeModel = Readonly<{ path: string; id: string; label: Label; min: Dec | undefined; quota: QuotaModel | undefined }>;

export type GradeUseModel = Readonly<{
  payFactor: Dec | undefined;
  excellenceRatio: Dec | undefined;
  actions: readonly Label[];
}>;
export type ResultsFlagModel = Readonly<
  { path: string; id: string; label: Label } & (
    | { kind: 'consecutive-grade'; grade: string; years: number }
    | { kind: 'bottom-ranks'; count: number; below: Dec | undefined }
    | { kind: 'ratio-below'; node: string; ratio: Dec }
  )
>;
export type ResultsUseModel = Readonly<{
  path: string;
  grades: ReadonlyMap<string, GradeUseModel & { path: string }>;
  flags: readonly ResultsFlagModel[];
}>;

export type CategoryModel = Readonly<{
  path: string;
  id: string;
  label: Label;
  total: Dec;
  floor: Dec | undefined;
  parts: readonly NodeModel[];
  bonuses: AdjustmentModel | undefined;
  deductions: AdjustmentModel | undefined;
  vetoes: readonly VetoModel[];
  grades: readonly GradeModel[];
  resultsUse: ResultsUseModel | undefined;
}>;

export type PhaseModel = Readonly<{ path: string; id: PhaseId; label: Label | undefined; start: DateExpression; end: DateExpression }>;
export type DeadlineModel = Readonly<{
  path: string;
  id: string;
  label: Label | undefined;
  kind: DeadlineKind;
  period: string | undefined;
  due: DateExpression;
  remind: readonly number[];
}>;
export type CalendarModel = Readonly<{ phases: readonly PhaseModel[]; deadlines: readonly DeadlineModel[] }>;

/** Categories ranked and graded together (their first category's grading and results use apply). */
export type RankingModel = Readonly<{ path: string; id: string; label: Label; categories: readonly string[] }>;

export type SchemeModel = Readonly<{
  id: string;
  name: Label;
  version: number;
  cycle: number | undefined;
  description: Label | undefined;
  periods: readonly PeriodModel[];
  scales: ReadonlyMap<string, ScaleModel>;
  sources: ReadonlyMap<string, SourceModel>;
  /** The rater roles the scheme names (empty: it names none, and a method may list any role). */
  raterRoles: ReadonlyMap<string, RaterRoleModel>;
  calendar: CalendarModel;
  categories: readonly CategoryModel[];
  rankings: readonly RankingModel[];
}>;
