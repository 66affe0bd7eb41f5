/**
 * @packageDocumentation
 * The scoring engine of Kaoping: the scheme format, its validation, and a pure, decimal,
 * deterministic function from (scheme, facts) to totals, ranks, grades and explanations.
 * No I/O, no clock: the moment to score at is passed in.
 */

import { type ResolvedCalendar, resolveCalendarModel } from './calendar/calendar';
import { type WorkingDayAmendment, workingDays } from './calendar/working-days';
import { compiledScheme } from './scheme/valid-scheme';
import type { ValidScheme } from './scheme/valid-scheme';

export type {
  AdjustmentDocument,
  AdjustmentRuleDocument,
  CalendarDocument,
  CapDocument,
  CategoryDocument,
  DateExpression,
  DeadlineDocument,
  DeadlineKind,
  DecimalInput,
  DeductionMethodDocument,
  GradeDocument,
  GradeUseDocument,
  GradingDocument,
  LabelInput,
  LocalizedText,
  MethodDocument,
  NodeDocument,
  PeriodDocument,
  PeriodShareDocument,
  PhaseDocument,
  PhaseId,
  PointsMethodDocument,
  ProportionalMethodDocument,
  QuotaDocument,
  RankingDocument,
  RatingMethodDocument,
  ResultsFlagDocument,
  ResultsUseDocument,
  ScaleDocument,
  ScaleLevelDocument,
  SchemeDocument,
  ScoreMethodDocument,
  SourceDocument,
  SurveyMethodDocument,
  SurveyTierDocument,
  UnitLevel,
  VetoDocument,
} from './scheme/scheme.types';
export { DEADLINE_KINDS, PHASE_IDS, UNIT_LEVELS } from './scheme/scheme.types';
/** The id rule schemes and the API share (see {@link SCHEME_ID_PATTERN}). */
export { SCHEME_ID_PATTERN, SCHEME_ID_RULE, isSchemeId } from './scheme/scheme-id';
export type { Label } from './scheme/scheme.model';
export type { ValidScheme } from './scheme/valid-scheme';

/** Parses YAML or JSON text into a plain object, with the line and column of a syntax error. */
export { parseDocumentText, locatePath } from './scheme/document-text';
export type { DocumentTextResult, TextPosition } from './scheme/document-text';

/**
 * `validateScheme(document)` lists every problem of a parsed scheme (path, rule code, message in
 * zh-CN and en); `parseScheme(document)` returns the problems or a {@link ValidScheme}.
 */
export { parseScheme, validateScheme } from './validation/validate-scheme';
export type { ParseSchemeResult } from './validation/validate-scheme';
export { PROBLEM_CODES } from './validation/scheme-problem';
export type { ProblemCode, SchemeProblem } from './validation/scheme-problem';

export { FACT_TYPES } from './facts/fact.types';
export type {
  BonusApproved,
  DataSubmitted,
  DeductionApproved,
  Fact,
  FactBase,
  FactRevoked,
  DocumentFactType,
  FactType,
  PeriodSignedOff,
  RatingGiven,
  SurveyRecorded,
  TargetSet,
  TargetsSet,
  VetoConfirmed,
} from './facts/fact.types';
export { effectiveFacts } from './facts/effective-facts';
/** Reads a parsed facts document (docs/facts-format.md): units with categories, facts, earlier cycles. */
export { readFactsDocument } from './facts/read-facts-document';
export type { FactsDocument, FactsDocumentUnit, ReadFactsResult } from './facts/read-facts-document';
export type { EffectiveFacts, ScoringWarning } from './facts/effective-facts';

/** Scores one category of a valid scheme: see {@link ScoreCategoryInput} and {@link CategoryResult}. */
export { EXPLANATION_NOT_KEPT, deadlineClockKey, rankScoredUnits, rankingGroupOf, scoreCategory, scoreRanking, scoreUnitsOfCategory, withoutExplanation, type KeptUnits, type ScoreUnitsInput, type ScoredUnit, type ScoredUnits } from './engine/score-category';
/** Checks a rating (level, and points within a ranged level) before it is recorded. */
export { checkRating } from './engine/check-rating';
/** What-if: the same facts under the scheme in force and a draft, and the per-unit difference. */
export { compareResults, compareSchemes } from './engine/what-if';
/** Projects as units: graded projects become ratings of their owners' special-project indicator. */
export { type GradedProject, projectRatings } from './engine/project-facts';
export type { WhatIfPart, WhatIfResult, WhatIfStanding, WhatIfUnit } from './engine/what-if';
/** Tracking rounds (S9 绩效跟踪): the deviation of a round's value from its target, exact. */
export { deviationOf, type Deviation } from './tracking/deviation';
export type { RatingProblem } from './engine/check-rating';
export { ScoringError } from './engine/scoring-error';
export type { ScoringErrorCode } from './engine/scoring-error';
export type {
  AdjustmentResult,
  CategoryResult,
  GradeCount,
  PartResult,
  OpenRectification,
  PreviousCycle,
  PreviousUnitResult,
  RankChange,
  ResultsUse,
  ScoreCategoryInput,
  ScoreRankingInput,
  UnitFlag,
  UnitRef,
  UnitResult,
} from './engine/result.types';
export type { ExplanationNode, InputStatus } from './explanation/explanation.types';
export type { ResolvedCalendar, ResolvedDeadline, ResolvedPhase } from './calendar/calendar';

/**
 * The phases and deadlines of a valid scheme with concrete dates (yyyy-mm-dd) for a cycle
 * year, reminders included: what the lifecycle schedules.
 */
export const resolveCalendar = (scheme: ValidScheme, cycleYear?: number, workingDayAmendment?: WorkingDayAmendment): ResolvedCalendar => {
  const { model } = compiledScheme(scheme);
  return resolveCalendarModel(model.calendar, cycleYear ?? model.cycle ?? 1970, workingDays(workingDayAmendment));
};

export { schemeOutline } from './outline/scheme-outline';
export type { OutlineCategory, OutlineNode, SchemeOutline } from './outline/scheme-outline';

/**
 * China's working-day calendar (public holidays and 调休 make-up days, 2024–2027; 2027 provisional):
 * `workingDays(amendment)` answers isWorkingDay / addWorkingDays, with the office's amendments.
 */
export { CHINA_HOLIDAYS, CHINA_WORKING_DAYS, workingDays } from './calendar/working-days';
export type { HolidayYear, WorkingDayAmendment, WorkingDays } from './calendar/working-days';

/** Person evaluation (优秀/称职/基本称职/不称职) within the 优秀 share the unit's grade allows. */
export { PERSON_GRADES, PERSON_GRADE_LABELS, gradePersons } from './persons/grade-persons';
export type { PersonGrade, PersonGrading, PersonRating, PersonResult } from './persons/grade-persons';
/** A unit's staff graded by their own scores, 优秀 held to the share the unit's grade allows. */
export { excellenceRatioOf, gradeStaff, personGradeOf } from './persons/staff-grading';
export type { StaffGrading, StaffMember, StaffMemberGrade } from './persons/staff-grading';
