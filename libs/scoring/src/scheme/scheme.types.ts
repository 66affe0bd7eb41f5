/**
 * The scheme format: what a performance office writes (YAML or JSON), after text parsing.
 * See docs/scheme-format.md for every field with examples. Every share is written in per cent
 * (weight 40 is 40%, a quota share 25 is 25%, a level worth 80 is 80%).
 */

/** A label in the UI locales: zh-CN (default) and en. A plain string is the zh-CN label. */
export type LocalizedText = Readonly<{ 'zh-CN': string; en?: string }>;
export type LabelInput = string | LocalizedText;

/** A decimal written as a string ("0.5") or a YAML/JSON number (0.5). */
export type DecimalInput = string | number;

export type SchemeDocument = Readonly<{
  id: string;
  name: LabelInput;
  version: number;
  /** Year the month-day dates of the calendar fall in, unless the caller passes another cycle year. */
  cycle?: number;
  description?: LabelInput;
  /** Periods facts are recorded for (mid-year, year-end, quarters, months…). The last one is the default. */
  periods: readonly PeriodDocument[];
  /** Rating and survey level scales (好/较好/差 → 100/80/50%). */
  scales?: Readonly<Record<string, ScaleDocument>>;
  /** Bodies that inspect, deduct, or provide data (效能办, 督查室…). */
  sources?: readonly SourceDocument[];
  /**
   * Who rates (省长, 分管县领导…): the names of the roles rating and points methods list, shown
   * where a rule or a rater is explained. Optional; once given, every role a method lists is one of them.
   */
  raterRoles?: readonly RaterRoleDocument[];
  calendar?: CalendarDocument;
  categories: readonly CategoryDocument[];
  /**
   * Categories ranked and graded as one group although their trees differ (Xunyang: 区直单位 with
   * and without investment-promotion duty, one top 1/5 over all of them). The first category's
   * grading and results use apply; the group's categories must have the same grades.
   */
  rankings?: readonly RankingDocument[];
}>;

export type RankingDocument = Readonly<{ id: string; label: LabelInput; categories: readonly string[] }>;

export type PeriodDocument = Readonly<{
  id: string;
  label: LabelInput;
  /** The period's results count only once signed off (怀来: the group leader signs each month). */
  signOff?: boolean;
}>;

/**
 * A level of a scale and the % of the points it is worth (好 100, 较好 80, 差 50); with `upTo`, a
 * range the rater picks within (Qitai 良好 8–9 of 10 points: percent 80, upTo 90), given as the
 * rating's `points` on the indicator's own scale.
 */
export type ScaleLevelDocument = Readonly<{ id: string; label: LabelInput; percent: DecimalInput; upTo?: DecimalInput }>;
export type ScaleDocument = Readonly<{ label?: LabelInput; levels: readonly ScaleLevelDocument[] }>;
export type SourceDocument = Readonly<{ id: string; label: LabelInput }>;
export type RaterRoleDocument = Readonly<{ id: string; label: LabelInput }>;

export type CategoryDocument = Readonly<{
  id: string;
  label: LabelInput;
  /** Full marks of the parts together (100, or 1000 for 千分制). */
  total: DecimalInput;
  /**
   * The lowest total shown (a scheme that says "最低计 0 分"). Without it a total has no floor:
   * deductions beyond everything else make it negative, and ranks and grades follow it.
   */
  floor?: DecimalInput;
  parts: readonly NodeDocument[];
  /**
   * The levels of unit the category evaluates (Qitai: sections in `sections`, persons in `staff`);
   * a unit of another level is not registered in it. Without it, any level.
   */
  unitLevels?: readonly UnitLevel[];
  bonuses?: AdjustmentDocument;
  deductions?: AdjustmentDocument;
  vetoes?: readonly VetoDocument[];
  grading: GradingDocument;
  resultsUse?: ResultsUseDocument;
}>;

/** One period of a period combination: counted by weight (% of the node) or by points. */
export type PeriodShareDocument = Readonly<{ period: string; weight?: DecimalInput; points?: DecimalInput }>;

/**
 * A part of the total or a node of an indicator tree. A node has either `children` or a
 * `method` (a leaf). It counts by `weight` (% of its parent) or by `points` (of its parent's scale).
 */
export type NodeDocument = Readonly<{
  id: string;
  label: LabelInput;
  weight?: DecimalInput;
  points?: DecimalInput;
  /** The node's own full marks: what its children's points sum to, and how its score is shown. */
  scale?: DecimalInput;
  /** Evaluate this subtree in one period only (Jiangsu: plan, half-year, year-end). */
  period?: string;
  /** Evaluate this subtree in each listed period and combine (mid-year 50% + year-end 50%). */
  periods?: readonly PeriodShareDocument[];
  /**
   * Tracking rounds (运行监控, S9): periods in which the subtree's targets and data are taken and
   * owed by their deadlines, to follow deviation from the goals during the year; not scored.
   */
  tracking?: readonly string[];
  /** Evaluation subject of a part (governor, committee, peers, public): shown, not computed. */
  subject?: string;
  /** Source responsible for the data (数据采集单位): shown, and used by the lifecycle. */
  provider?: string;
  /** Calendar deadline after which missing data counts zero (default: by the method's kind and period). */
  deadline?: string;
  children?: readonly NodeDocument[];
  method?: MethodDocument;
}>;

export type MethodDocument =
  | ProportionalMethodDocument
  | RatingMethodDocument
  | PointsMethodDocument
  | ScoreMethodDocument
  | SurveyMethodDocument
  | DeductionMethodDocument;

/** Full points at or above target, points × actual / target below (lower-is-better: target / actual above). */
export type ProportionalMethodDocument = Readonly<{
  kind: 'proportional';
  direction?: 'higher' | 'lower';
  /** One target, or one per period; a unit's TargetSet fact overrides it. */
  target?: DecimalInput | Readonly<Record<string, DecimalInput>>;
  unit?: LabelInput;
}>;

/** Raters give a level of a scale; the ratios are averaged over raters (optionally weighted by role). */
export type RatingMethodDocument = Readonly<{
  kind: 'rating';
  scale: string;
  /**
   * The indicator takes the grades of the unit's projects (Qitai 专项): the id of the category
   * of project units (level project, parent = this unit) whose grades are the scale's levels.
   * Nobody rates it by hand.
   */
  fromProjects?: string;
  roles?: readonly string[];
  raterWeights?: Readonly<Record<string, DecimalInput>>;
}>;

/** Raters give points out of `outOf`; averaged over raters (optionally weighted by role). */
export type PointsMethodDocument = Readonly<{
  kind: 'points';
  outOf?: DecimalInput;
  roles?: readonly string[];
  raterWeights?: Readonly<Record<string, DecimalInput>>;
}>;

/** One assessed value out of `outOf`, submitted as data (an office's score of the item). */
export type ScoreMethodDocument = Readonly<{ kind: 'score'; outOf?: DecimalInput }>;

/** Counts per satisfaction level → share; or a satisfaction rate, optionally mapped to tiers. */
export type SurveyMethodDocument = Readonly<{
  kind: 'survey';
  scale?: string;
  tiers?: readonly SurveyTierDocument[];
}>;
/** A satisfaction rate (%) at or above `min` earns `percent` of the points. */
export type SurveyTierDocument = Readonly<{ min: DecimalInput; percent: DecimalInput }>;

/** Full marks less approved findings, until zero (减分制, 扣满为止). */
export type DeductionMethodDocument = Readonly<{ kind: 'deduction'; outOf?: DecimalInput }>;

export type AdjustmentRuleDocument = Readonly<{
  id: string;
  label: LabelInput;
  /** Points per item or per person; without it, each approved fact carries its amount. */
  points?: DecimalInput;
  per?: 'item' | 'person';
}>;

export type CapDocument = Readonly<{
  id: string;
  label?: LabelInput;
  max: DecimalInput;
  rules?: readonly string[];
  sources?: readonly string[];
  /** The cap applies to each source separately (each inspecting body at most `max`). */
  eachSource?: boolean;
}>;

export type AdjustmentDocument = Readonly<{
  rules: readonly AdjustmentRuleDocument[];
  caps?: readonly CapDocument[];
  /** Cap on all items together, after the narrower caps. */
  max?: DecimalInput;
}>;

export type VetoDocument = Readonly<{
  id: string;
  label: LabelInput;
  /** The grade the unit gets whatever its total (不合格). */
  forceGrade?: string;
  /** Grades the unit cannot receive (取消评先资格: the top grade). */
  barGrades?: readonly string[];
}>;

export type QuotaDocument = Readonly<{ share?: DecimalInput; count?: number }>;
export type GradeDocument = Readonly<{
  id: string;
  label: LabelInput;
  /** Minimum rounded total for this grade. */
  min?: DecimalInput;
  /** Places limited to a share (%) of the category's units, or a count; cumulative with the grades above. */
  quota?: QuotaDocument;
}>;
export type GradingDocument = Readonly<{ grades: readonly GradeDocument[] }>;

export type GradeUseDocument = Readonly<{
  /** Bonus pay adjustment in % (+10, −20). */
  payFactor?: DecimalInput;
  /** Share (%) of the unit's civil servants who may be graded 优秀. */
  excellenceRatio?: DecimalInput;
  actions?: readonly LabelInput[];
}>;

export type ResultsFlagDocument =
  | Readonly<{ id: string; label: LabelInput; kind: 'consecutive-grade'; grade: string; years: number }>
  | Readonly<{ id: string; label: LabelInput; kind: 'bottom-ranks'; count: number; below?: DecimalInput }>
  | Readonly<{ id: string; label: LabelInput; kind: 'ratio-below'; node: string; percent: DecimalInput }>;

export type ResultsUseDocument = Readonly<{
  grades?: Readonly<Record<string, GradeUseDocument>>;
  flags?: readonly ResultsFlagDocument[];
}>;

export const PHASE_IDS = [
  'planning',
  'monitoring',
  'mid-year',
  'year-end',
  'review',
  'publication',
  'results',
  'rectification',
] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

/** What a unit is (四级: county → departments/townships → sections → persons; or a project). */
export const UNIT_LEVELS = ['county', 'department', 'township', 'section', 'person', 'project'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export const DEADLINE_KINDS = ['data', 'rating', 'survey', 'self-assessment', 'plan', 'rectification-plan'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/**
 * A date expression: "2026-07-10" (absolute), "07-10" (in the cycle year), "next 01-10"
 * (in the year after), or an offset "<anchor> + 7d" / "- 3d" / "+ 7wd" (working days) where the
 * anchor is "<phase>.start", "<phase>.end" or a deadline id.
 */
export type DateExpression = string;

export type PhaseDocument = Readonly<{ label?: LabelInput; start: DateExpression; end: DateExpression }>;
export type DeadlineDocument = Readonly<{
  id: string;
  label?: LabelInput;
  kind: DeadlineKind;
  period?: string;
  due: DateExpression;
  /** Reminder lead times, in days before the due date. */
  remind?: readonly number[];
}>;
export type CalendarDocument = Readonly<{
  phases?: Readonly<Partial<Record<PhaseId, PhaseDocument>>>;
  deadlines?: readonly DeadlineDocument[];
}>;
