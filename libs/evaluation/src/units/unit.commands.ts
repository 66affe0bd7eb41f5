import type { DomainCommand } from '../shared/envelope.types';
import type { IndicatorSelfScore, UnitLevel } from './unit.events';

/** Office, planning: register a unit in a category of the scheme. */
export type RegisterUnit = DomainCommand<
  'RegisterUnit',
  { cycleId: string; unitId: string; name: string; level: UnitLevel; categoryId?: string; parentUnitId?: string }
>;
/** Office: move a unit to another category (reason required). */
export type MoveUnit = DomainCommand<'MoveUnit', { cycleId: string; unitId: string; toCategoryId: string }>;
/** Office: retire a unit (reason required). */
export type RetireUnit = DomainCommand<'RetireUnit', { cycleId: string; unitId: string }>;
/** Office, planning: assign an indicator with its data provider and targets per period. */
export type AssignIndicator = DomainCommand<
  'AssignIndicator',
  { cycleId: string; unitId: string; indicatorId: string; providerId?: string; targets?: Readonly<Record<string, string>> }
>;
/** One level-3 indicator (三级指标) of the unit's own: weight among its items, target, direction. */
export type UnitIndicatorInput = Readonly<{ id: string; label: string; weight: string; target: string; direction?: 'higher' | 'lower' }>;
/**
 * Office, planning: give the unit its own level-3 indicators under a shared indicator of the
 * scheme (a proportional or score leaf); a later assignment replaces the whole list.
 */
export type AssignUnitIndicators = DomainCommand<
  'AssignUnitIndicators',
  { cycleId: string; unitId: string; indicatorId: string; items: readonly UnitIndicatorInput[] }
>;
/** Office: change a target (reason required); without a period, every period. */
export type ChangeTarget = DomainCommand<
  'ChangeTarget',
  { cycleId: string; unitId: string; indicatorId: string; period?: string; value: string }
>;
/** Unit reporter, planning: submit the unit's evaluation plan. */
export type SubmitEvaluationPlan = DomainCommand<
  'SubmitEvaluationPlan',
  { cycleId: string; unitId: string; summary: string; documents: readonly string[] }
>;
/** Office: approve the submitted evaluation plan. */
export type ApproveEvaluationPlan = DomainCommand<'ApproveEvaluationPlan', { cycleId: string; unitId: string }>;
/** Office: return the submitted evaluation plan (reason required). */
export type ReturnEvaluationPlan = DomainCommand<'ReturnEvaluationPlan', { cycleId: string; unitId: string }>;
/** Data provider (its indicators) or unit reporter (own unit, self-reported indicators): report a value; period defaults to the scheme's last. */
export type SubmitData = DomainCommand<
  'SubmitData',
  /** `item`: one of the unit's own level-3 indicators under `indicatorId` (AssignUnitIndicators). */
  { cycleId: string; unitId: string; indicatorId: string; period?: string; value: string; item?: string }
>;
/** Whoever may submit the indicator: correct an earlier submission (reason required). */
export type CorrectData = DomainCommand<'CorrectData', { cycleId: string; unitId: string; supersedes: string; value: string }>;
/** Unit reporter, own unit: submit a self-assessment. */
export type SubmitSelfAssessment = DomainCommand<
  'SubmitSelfAssessment',
  {
    cycleId: string;
    unitId: string;
    period?: string;
    selfScore?: string;
    narrative: string;
    perIndicator?: readonly IndicatorSelfScore[];
  }
>;
/** Leader or committee member, assigned to the unit: rate it on an indicator (a level id or points). */
export type RateUnit = DomainCommand<
  'RateUnit',
  { cycleId: string; unitId: string; indicatorId: string; period?: string; raterRole: string; grade?: string; points?: string }
>;
/** Survey office: record a survey result (counts per level or a rate) with its sample size. */
export type RecordSurveyResult = DomainCommand<
  'RecordSurveyResult',
  {
    cycleId: string;
    unitId: string;
    indicatorId: string;
    period?: string;
    counts?: Readonly<Record<string, string>>;
    rate?: string;
    sampleSize: string;
  }
>;
/** Leader: sign off a period's results of the unit. */
export type SignOffPeriod = DomainCommand<'SignOffPeriod', { cycleId: string; unitId: string; period: string }>;

/** The commands of a `unit-<cycleId>-<unitId>` stream. */
export type UnitCommand =
  | RegisterUnit
  | MoveUnit
  | RetireUnit
  | AssignIndicator
  | AssignUnitIndicators
  | ChangeTarget
  | SubmitEvaluationPlan
  | ApproveEvaluationPlan
  | ReturnEvaluationPlan
  | SubmitData
  | CorrectData
  | SubmitSelfAssessment
  | RateUnit
  | RecordSurveyResult
  | SignOffPeriod;
export type UnitCommandType = UnitCommand['type'];
export const UNIT_COMMAND_TYPES: readonly UnitCommandType[] = [
  'RegisterUnit',
  'MoveUnit',
  'RetireUnit',
  'AssignIndicator',
  'AssignUnitIndicators',
  'ChangeTarget',
  'SubmitEvaluationPlan',
  'ApproveEvaluationPlan',
  'ReturnEvaluationPlan',
  'SubmitData',
  'CorrectData',
  'SubmitSelfAssessment',
  'RateUnit',
  'RecordSurveyResult',
  'SignOffPeriod',
];
