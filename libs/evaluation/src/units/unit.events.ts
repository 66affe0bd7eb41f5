import { UNIT_LEVELS, type UnitLevel } from '@kaoping/scoring';
import type { DomainEvent } from '../shared/envelope.types';

/** What a unit is (四级: county → departments/townships → sections → persons; or a project): the scheme's word. */
export { UNIT_LEVELS, type UnitLevel };

/** A self-score of one indicator in a self-assessment. */
export type IndicatorSelfScore = Readonly<{ indicatorId: string; selfScore?: string; narrative?: string }>;

/** The office registered a unit in a category of the scheme. First event of a unit stream. */
export type UnitRegistered = DomainEvent<
  'UnitRegistered',
  { cycleId: string; unitId: string; name: string; level: UnitLevel; categoryId?: string; parentUnitId?: string }
>;
/** The office moved a unit to another category (reason in metadata). */
export type UnitMoved = DomainEvent<'UnitMoved', { cycleId: string; unitId: string; fromCategoryId: string; toCategoryId: string }>;
/** The office retired a unit: it is no longer evaluated this cycle (reason in metadata). */
export type UnitRetired = DomainEvent<'UnitRetired', { cycleId: string; unitId: string }>;
/**
 * The office assigned an indicator of the scheme to the unit, with its data provider (a scheme
 * source id) and targets per period (decimal strings). A later assignment of the same indicator
 * replaces the provider; its targets are set again.
 */
export type IndicatorAssigned = DomainEvent<
  'IndicatorAssigned',
  { cycleId: string; unitId: string; indicatorId: string; providerId?: string; targets?: Readonly<Record<string, string>> }
>;
/** One level-3 indicator of the unit's own (三级指标): weight among the unit's items under the indicator, target, direction. */
export type UnitIndicatorItem = Readonly<{ id: string; label: string; weight: string; target: string; direction?: 'higher' | 'lower' }>;
/**
 * The office gave the unit its own level-3 indicators under a shared indicator of the scheme; the
 * indicator then scores Σ weight × completion ÷ Σ weight over them. Replaces an earlier list.
 */
export type UnitIndicatorsAssigned = DomainEvent<
  'UnitIndicatorsAssigned',
  { cycleId: string; unitId: string; indicatorId: string; items: readonly UnitIndicatorItem[] }
>;
/** The office changed a target (a period, or every period; reason in metadata). */
export type TargetChanged = DomainEvent<
  'TargetChanged',
  { cycleId: string; unitId: string; indicatorId: string; period?: string; value: string; previous?: string }
>;
/** The unit submitted its evaluation plan (制定评估计划). */
export type EvaluationPlanSubmitted = DomainEvent<
  'EvaluationPlanSubmitted',
  { cycleId: string; unitId: string; summary: string; documents: readonly string[] }
>;
/** The office approved the unit's evaluation plan. */
export type EvaluationPlanApproved = DomainEvent<'EvaluationPlanApproved', { cycleId: string; unitId: string; planId: string }>;
/** The office returned the unit's evaluation plan for rework (reason in metadata). */
export type EvaluationPlanReturned = DomainEvent<'EvaluationPlanReturned', { cycleId: string; unitId: string; planId: string }>;
/** An indicator's actual value for a period was reported (报送). */
export type DataSubmitted = DomainEvent<
  'DataSubmitted',
  /** `late`: submitted after its period closed, with a reason (in metadata). */
  { cycleId: string; unitId: string; indicatorId: string; period: string; value: string; late?: true; item?: string }
>;
/** An earlier submission (or correction) was corrected (reason in metadata). */
export type DataCorrected = DomainEvent<
  'DataCorrected',
  { cycleId: string; unitId: string; supersedes: string; indicatorId: string; period: string; value: string; previous: string; item?: string }
>;
/** The unit submitted its self-assessment (自评) for a period. */
export type SelfAssessmentSubmitted = DomainEvent<
  'SelfAssessmentSubmitted',
  {
    cycleId: string;
    unitId: string;
    period: string;
    selfScore?: string;
    narrative: string;
    perIndicator?: readonly IndicatorSelfScore[];
  }
>;
/**
 * A leader or committee member rated the unit on an indicator: a level of the indicator's scale
 * (`grade`, the level id) or `points`. `raterRole` is the scheme rater role of the assignment.
 * A re-rating of the same slot supersedes the rater's earlier rating.
 */
export type RatingGiven = DomainEvent<
  'RatingGiven',
  {
    cycleId: string;
    unitId: string;
    indicatorId: string;
    period: string;
    raterId: string;
    raterRole: string;
    grade?: string;
    points?: string;
    supersedes?: string;
  }
>;
/** The survey office recorded a survey: counts per level of the scale, or a rate in %; sample size. */
export type SurveyResultRecorded = DomainEvent<
  'SurveyResultRecorded',
  {
    cycleId: string;
    unitId: string;
    indicatorId: string;
    period: string;
    counts?: Readonly<Record<string, string>>;
    rate?: string;
    sampleSize: string;
    supersedes?: string;
  }
>;
/** A leader signed off the unit's results of a period (needed where the scheme's period says signOff). */
export type PeriodSignedOff = DomainEvent<'PeriodSignedOff', { cycleId: string; unitId: string; period: string; signerId: string }>;

/** The events of a `unit-<cycleId>-<unitId>` stream. */
export type UnitEvent =
  | UnitRegistered
  | UnitMoved
  | UnitRetired
  | IndicatorAssigned
  | UnitIndicatorsAssigned
  | TargetChanged
  | EvaluationPlanSubmitted
  | EvaluationPlanApproved
  | EvaluationPlanReturned
  | DataSubmitted
  | DataCorrected
  | SelfAssessmentSubmitted
  | RatingGiven
  | SurveyResultRecorded
  | PeriodSignedOff;
export type UnitEventType = UnitEvent['type'];
export const UNIT_EVENT_TYPES: readonly UnitEventType[] = [
  'UnitRegistered',
  'UnitMoved',
  'UnitRetired',
  'IndicatorAssigned',
  'UnitIndicatorsAssigned',
  'TargetChanged',
  'EvaluationPlanSubmitted',
  'EvaluationPlanApproved',
  'EvaluationPlanReturned',
  'DataSubmitted',
  'DataCorrected',
  'SelfAssessmentSubmitted',
  'RatingGiven',
  'SurveyResultRecorded',
  'PeriodSignedOff',
];
