import type { WorkingDayAmendment } from '../calendar/working-days';
import type { ScoringWarning } from '../facts/effective-facts';
import type { Fact } from '../facts/fact.types';
import type { ExplanationNode } from '../explanation/explanation.types';
import type { Label } from '../scheme/scheme.model';
import type { ValidScheme } from '../scheme/valid-scheme';

/** A unit to score, as registered in the category. */
export type UnitRef = Readonly<{ id: string; name?: string }>;

/** A rectification order of an earlier cycle still open when that cycle's results were published. */
export type OpenRectification = Readonly<{ id: string; title?: string }>;

/**
 * One unit's published result in an earlier cycle: for rank changes, consecutive-grade flags
 * (Jiangsu 诫勉, city organs 不达标) and rectification carried into this year (Jiangsu art. 20).
 */
export type PreviousUnitResult = Readonly<{
  unitId: string;
  rank?: number;
  grade?: string;
  total?: string;
  /** Results-use flags raised then (their ids). */
  flags?: readonly string[];
  /** Rectification orders still open. */
  openRectifications?: readonly OpenRectification[];
}>;
/** An earlier cycle's results; `previous` lists them most recent first. */
export type PreviousCycle = Readonly<{ cycleId: string; units: readonly PreviousUnitResult[] }>;

export type ScoreCategoryInput = Readonly<{
  scheme: ValidScheme;
  categoryId: string;
  /** The category's units; by default every unit the facts mention. */
  units?: readonly UnitRef[];
  facts: readonly Fact[];
  /** The moment to score at (ISO): facts recorded later are left out, and inputs due later are pending. Without it, every deadline has passed. */
  asOf?: string;
  /** The year the calendar's month-day dates fall in (default: the scheme's `cycle`). */
  cycleYear?: number;
  /** The office's amendments to China's working-day calendar (deadlines in working days). */
  workingDayAmendment?: WorkingDayAmendment;
  previous?: readonly PreviousCycle[];
}>;

/** Input of {@link scoreRanking}: a ranking group's units, each with the category it is scored in. */
export type ScoreRankingInput = Readonly<{
  scheme: ValidScheme;
  rankingId: string;
  units: readonly (UnitRef & Readonly<{ categoryId: string }>)[];
  /** Only this member category's units in the result (ranked and graded over the whole group). */
  categoryId?: string;
  facts: readonly Fact[];
  asOf?: string;
  cycleYear?: number;
  workingDayAmendment?: WorkingDayAmendment;
  previous?: readonly PreviousCycle[];
}>;

/** A remark on a unit's result: a veto's effect (grade forced, grade barred), a quota filled, inputs pending or missing, a results-use flag. */
export type UnitFlag = Readonly<{
  code:
    | 'grade-forced'
    | 'barred'
    | 'quota-filled'
    | 'missing-data'
    | 'pending-data'
    | 'awaiting-sign-off'
    | 'results-flag'
    | 'rectification-carried';
  message: Label;
  /** The veto, the grade, or the results-use flag concerned. */
  ref?: string;
  /** Indicators concerned, as "indicator@period". */
  items?: readonly string[];
  factIds?: readonly string[];
}>;

export type AdjustmentResult = Readonly<{ value: string; shown: string; beforeCaps: string }>;
/**
 * A part's value: `value` is exact, or — when the value has no finite decimal form — 20 decimals
 * followed by "…", with the exact value in `fraction` ("10/3").
 */
export type PartResult = Readonly<{ id: string; label: Label; value: string; fraction?: string; shown: string; max: string }>;

export type RankChange = Readonly<{ previousRank: number; change: number; direction: 'up' | 'down' | 'same' }>;

/** What the result means for the unit (结果运用). */
export type ResultsUse = Readonly<{
  /** Bonus pay adjustment in % (+10, −20). */
  payFactor?: string;
  /** Share (%) of the unit's civil servants who may be graded excellent. */
  excellenceRatio?: string;
  actions: readonly Label[];
  rankChange?: RankChange;
}>;

export type UnitResult = Readonly<{
  unitId: string;
  name?: string;
  /** In a ranking group's result: the category the unit was scored in. */
  categoryId?: string;
  /** Total rounded half up to 2 decimals: it decides grade and rank. */
  total: string;
  /** The carried total before rounding: exact, or 20 decimals and "…" with the exact value in `totalFraction`. */
  totalExact: string;
  /** The exact total as "n/d" when `totalExact` is an approximation. */
  totalFraction?: string;
  parts: readonly PartResult[];
  bonus: AdjustmentResult;
  deduction: AdjustmentResult;
  rank: number;
  grade: Readonly<{ id: string; label: Label }>;
  flags: readonly UnitFlag[];
  resultsUse: ResultsUse;
  explanation: ExplanationNode;
}>;

export type GradeCount = Readonly<{ id: string; label: Label; count: number; places?: number }>;

export type CategoryResult = Readonly<{
  schemeId: string;
  schemeVersion: number;
  categoryId: string;
  label: Label;
  asOf?: string;
  /** Units in rank order (equal totals by unit id). */
  units: readonly UnitResult[];
  /** Grades over the ranking group when the category is ranked in one (places counted over the group). */
  grades: readonly GradeCount[];
  warnings: readonly ScoringWarning[];
  /** The ranking group the units were ranked and graded in (`rankings` in the scheme), and how many units it ranked. */
  ranking?: Readonly<{ id: string; label: Label; units: number }>;
}>;
