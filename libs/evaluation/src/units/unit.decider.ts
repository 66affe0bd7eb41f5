import { checkRating } from '@kaoping/scoring';
import { guarded, requiresActiveCycle } from '../deciding/guards';
import type { ActiveCycle, CycleState } from '../cycle/cycle.state';
import { assertPeriodOpen, assertRatingWindow, dataTiming } from '../phases/phase.rules';
import { Conflict, Forbidden, NotFound, RuleViolated, invalidField } from '../shared/domain-error';
import { deciderOf, type Decider, type Recorded } from '../shared/envelope.types';
import type { Draft } from '../shared/fold.util';
import { valueFactOf } from '../scoring-facts/fact-mapping';
import {
  compareDecimal,
  requireCount,
  requireDecimal,
  requireOneOf,
  requireReason,
  requireText,
  requireWhole,
  sumWholes,
} from '../shared/validation.util';
import type {
  ApproveEvaluationPlan,
  AssignIndicator,
  AssignUnitIndicators,
  ChangeTarget,
  CorrectData,
  MoveUnit,
  RateUnit,
  RecordSurveyResult,
  RegisterUnit,
  RetireUnit,
  ReturnEvaluationPlan,
  SignOffPeriod,
  SubmitData,
  SubmitEvaluationPlan,
  SubmitSelfAssessment,
  UnitCommand,
} from './unit.commands';
import { UNIT_LEVELS, type UnitEvent, type UnitIndicatorItem } from './unit.events';
import {
  assertKnownProvider,
  assertLevelInCategory,
  assertParentFits,
  UNSCORED_LEVELS,
  categoryOf,
  hasRated,
  indicatorOf,
  periodOf,
  ratingKey,
  requireRegistered,
  slotKey,
} from './unit.rules';
import type { RegisteredUnit, UnitRecord, UnitState } from './unit.state';

/**
 * A unit command is decided against the folded cycle stream; RegisterUnit under a parent also
 * against the parent's folded stream (unregistered when there is no such unit).
 */
export type UnitContext = Readonly<{ cycle: CycleState; parent?: UnitState }>;

/** The unit stream before its first event. */
export const initialUnitState = (): UnitState => ({ status: 'unregistered' });

// ── decide ──────────────────────────────────────────────────────────────────────────────────────

type On<C> = Readonly<{ command: C; cycle: ActiveCycle; unit: RegisteredUnit }>;

const registerUnit = (command: RegisterUnit, input: Readonly<{ cycle: ActiveCycle; state: UnitState; parent: UnitState | undefined }>): UnitEvent[] => {
  if (input.state.status !== 'unregistered') {
    throw new Conflict({ code: 'unit-exists', message: `unit ${command.data.unitId} is already registered in this cycle` });
  }
  const { data } = command;
  const level = requireOneOf({ path: 'level', value: data.level, allowed: UNIT_LEVELS });
  if (data.categoryId === undefined) {
    if (!UNSCORED_LEVELS.has(level)) {
      throw invalidField({ path: 'categoryId', rule: 'category-required', message: `a ${level} is scored in a category of the scheme: name it` });
    }
  } else {
    const category = input.cycle.scheme.index.categories.get(data.categoryId);
    if (category === undefined) {
      throw invalidField({ path: 'categoryId', rule: 'unknown-category', message: `${data.categoryId} is not a category of the scheme` });
    }
    assertLevelInCategory({ level, category });
  }
  assertParentFits({ level, parentUnitId: data.parentUnitId, parent: input.parent });
  return [
    {
      type: 'UnitRegistered',
      data: {
        cycleId: input.cycle.cycleId,
        unitId: requireText({ path: 'unitId', value: data.unitId }),
        name: requireText({ path: 'name', value: data.name }),
        level,
        ...(data.categoryId === undefined ? {} : { categoryId: data.categoryId }),
        ...(data.parentUnitId === undefined ? {} : { parentUnitId: requireText({ path: 'parentUnitId', value: data.parentUnitId }) }),
      },
    },
  ];
};

const moveUnit = ({ command, cycle, unit }: On<MoveUnit>): UnitEvent[] => {
  requireReason(command.meta);
  const to = command.data.toCategoryId;
  const category = cycle.scheme.index.categories.get(to);
  if (category === undefined) {
    throw invalidField({ path: 'toCategoryId', rule: 'unknown-category', message: `${to} is not a category of the scheme` });
  }
  const from = categoryOf(cycle, unit).id;
  if (to === from) throw invalidField({ path: 'toCategoryId', rule: 'same-category', message: `the unit is in ${to} already` });
  assertLevelInCategory({ level: unit.unit.level, category, path: 'toCategoryId' });
  return [{ type: 'UnitMoved', data: { cycleId: cycle.cycleId, unitId: unit.unit.unitId, fromCategoryId: from, toCategoryId: to } }];
};

const retireUnit = ({ command, cycle, unit }: On<RetireUnit>): UnitEvent[] => {
  requireReason(command.meta);
  return [{ type: 'UnitRetired', data: { cycleId: cycle.cycleId, unitId: unit.unit.unitId } }];
};

const assignIndicator = ({ command, cycle, unit }: On<AssignIndicator>): UnitEvent[] => {
  const { indicatorId, providerId, targets } = command.data;
  const indicator = indicatorOf({
    cycle,
    unit,
    indicatorId,
    path: 'indicatorId',
    methods: ['proportional', 'score', 'rating', 'points', 'survey', 'deduction'],
  });
  if (providerId !== undefined) assertKnownProvider({ cycle, providerId: requireText({ path: 'providerId', value: providerId }) });
  if (targets !== undefined) {
    if (indicator.method !== 'proportional') {
      throw invalidField({ path: 'targets', rule: 'no-target-for-method', message: `${indicatorId} is scored by ${indicator.method}: it has no target` });
    }
    for (const [period, value] of Object.entries(targets)) {
      periodOf({ cycle, indicator, period, path: `targets.${period}` });
      requireDecimal({ path: `targets.${period}`, value, sign: 'positive' });
    }
  }
  return [
    {
      type: 'IndicatorAssigned',
      data: {
        cycleId: cycle.cycleId,
        unitId: unit.unit.unitId,
        indicatorId,
        ...(providerId === undefined ? {} : { providerId }),
        ...(targets === undefined ? {} : { targets }),
      },
    },
  ];
};

/** The value slot of an indicator, or of one of the unit's own level-3 indicators under it. */
const valueSlot = (input: Readonly<{ indicatorId: string; item?: string | undefined; period: string }>): string =>
  slotKey(input.item === undefined ? input.indicatorId : `${input.indicatorId}/${input.item}`, input.period);

const assignUnitIndicators = ({ command, cycle, unit }: On<AssignUnitIndicators>): UnitEvent[] => {
  const { indicatorId, items } = command.data;
  indicatorOf({ cycle, unit, indicatorId, path: 'indicatorId', methods: ['proportional', 'score'] });
  if (items.length === 0) throw invalidField({ path: 'items', rule: 'empty-list', message: 'list the level-3 indicators' });
  const seen = new Set<string>();
  const checked = items.map((item, at): UnitIndicatorItem => {
    const id = requireText({ path: `items[${at}].id`, value: item.id });
    if (seen.has(id)) throw invalidField({ path: `items[${at}].id`, rule: 'duplicate-item', message: `${id} is listed twice` });
    seen.add(id);
    const weight = requireDecimal({ path: `items[${at}].weight`, value: item.weight, sign: 'positive' });
    const target = requireDecimal({ path: `items[${at}].target`, value: item.target, sign: 'positive' });
    if (item.direction !== undefined && item.direction !== 'higher' && item.direction !== 'lower') {
      throw invalidField({ path: `items[${at}].direction`, rule: 'out-of-range', message: "'higher' or 'lower'" });
    }
    return { id, label: requireText({ path: `items[${at}].label`, value: item.label }), weight, target, ...(item.direction === undefined ? {} : { direction: item.direction }) };
  });
  return [{ type: 'UnitIndicatorsAssigned', data: { cycleId: cycle.cycleId, unitId: unit.unit.unitId, indicatorId, items: checked } }];
};

const changeTarget = ({ command, cycle, unit }: On<ChangeTarget>): UnitEvent[] => {
  requireReason(command.meta);
  const { indicatorId, value } = command.data;
  const indicator = indicatorOf({ cycle, unit, indicatorId, path: 'indicatorId', methods: ['proportional'] });
  const period = command.data.period === undefined ? undefined : periodOf({ cycle, indicator, period: command.data.period, path: 'period' });
  requireDecimal({ path: 'value', value, sign: 'positive' });
  const targets = unit.assignments.get(indicatorId)?.targets;
  const previous = targets?.[period ?? ''] ?? (period === undefined ? undefined : targets?.['']);
  return [
    {
      type: 'TargetChanged',
      data: {
        cycleId: cycle.cycleId,
        unitId: unit.unit.unitId,
        indicatorId,
        ...(period === undefined ? {} : { period }),
        value,
        ...(previous === undefined ? {} : { previous }),
      },
    },
  ];
};

const submitEvaluationPlan = ({ command, cycle, unit }: On<SubmitEvaluationPlan>): UnitEvent[] => {
  if (unit.plan.status === 'submitted' || unit.plan.status === 'approved') {
    throw new Conflict({ code: `plan-${unit.plan.status}`, message: `the evaluation plan is ${unit.plan.status} already` });
  }
  return [
    {
      type: 'EvaluationPlanSubmitted',
      data: {
        cycleId: cycle.cycleId,
        unitId: unit.unit.unitId,
        summary: requireText({ path: 'summary', value: command.data.summary }),
        documents: command.data.documents,
      },
    },
  ];
};

const submittedPlanId = (unit: RegisteredUnit): string => {
  if (unit.plan.status !== 'submitted') {
    throw new RuleViolated({ code: 'no-plan-submitted', message: `no evaluation plan waits for review (plan: ${unit.plan.status})` });
  }
  return unit.plan.planId;
};

const approveEvaluationPlan = ({ cycle, unit }: On<ApproveEvaluationPlan>): UnitEvent[] => [
  { type: 'EvaluationPlanApproved', data: { cycleId: cycle.cycleId, unitId: unit.unit.unitId, planId: submittedPlanId(unit) } },
];

const returnEvaluationPlan = ({ command, cycle, unit }: On<ReturnEvaluationPlan>): UnitEvent[] => {
  requireReason(command.meta);
  return [{ type: 'EvaluationPlanReturned', data: { cycleId: cycle.cycleId, unitId: unit.unit.unitId, planId: submittedPlanId(unit) } }];
};

const submitData = ({ command, cycle, unit }: On<SubmitData>): UnitEvent[] => {
  const { indicatorId, item } = command.data;
  const indicator = indicatorOf({ cycle, unit, indicatorId, path: 'indicatorId', methods: ['proportional', 'score'] });
  const period = periodOf({ cycle, indicator, period: command.data.period, path: 'period' });
  const value = requireDecimal({ path: 'value', value: command.data.value });
  if (item !== undefined && !(unit.unitIndicators?.get(indicatorId) ?? []).includes(item)) {
    throw invalidField({ path: 'item', rule: 'unknown-item', message: `${item} is not a level-3 indicator the office gave this unit under ${indicatorId}` });
  }
  const current = unit.currentValues.get(valueSlot({ indicatorId, item, period }));
  const timing = dataTiming({ cycle, period, hasValue: current !== undefined, reason: command.meta.reason });
  if (current !== undefined) {
    throw new Conflict({
      code: 'already-submitted',
      message: `${indicatorId} for ${period} was submitted (${current}): correct it with a reason`,
      details: [{ path: 'indicatorId', rule: 'already-submitted', message: `CorrectData with supersedes ${current}` }],
    });
  }
  return [
    {
      type: 'DataSubmitted',
      data: { cycleId: cycle.cycleId, unitId: unit.unit.unitId, indicatorId, period, value, ...(timing === 'late' ? { late: true } : {}), ...(item === undefined ? {} : { item }) },
    },
  ];
};

const correctData = ({ command, cycle, unit }: On<CorrectData>): UnitEvent[] => {
  requireReason(command.meta);
  const { supersedes } = command.data;
  const earlier = unit.submissions.get(supersedes);
  if (earlier === undefined) {
    throw new NotFound({ code: 'submission-not-found', message: `no submission ${supersedes} for this unit`, details: [{ path: 'supersedes', rule: 'submission-not-found', message: 'name a DataSubmitted or DataCorrected event of this unit' }] });
  }
  const latest = unit.currentValues.get(valueSlot(earlier));
  if (latest !== supersedes) {
    throw new Conflict({ code: 'not-latest', message: `${supersedes} was corrected already: correct the latest, ${latest ?? '(none)'}` });
  }
  const value = requireDecimal({ path: 'value', value: command.data.value });
  if (compareDecimal(value, earlier.value) === 0) {
    throw invalidField({ path: 'value', rule: 'no-change', message: `the value is ${earlier.value} already` });
  }
  return [
    {
      type: 'DataCorrected',
      data: {
        cycleId: cycle.cycleId,
        unitId: unit.unit.unitId,
        supersedes,
        indicatorId: earlier.indicatorId,
        period: earlier.period,
        value,
        previous: earlier.value,
      },
    },
  ];
};

const submitSelfAssessment = ({ command, cycle, unit }: On<SubmitSelfAssessment>): UnitEvent[] => {
  const period = periodOf({ cycle, period: command.data.period, path: 'period' });
  assertPeriodOpen({ cycle, period, path: 'period' });
  const { selfScore, perIndicator } = command.data;
  if (selfScore !== undefined) requireDecimal({ path: 'selfScore', value: selfScore, sign: 'non-negative' });
  const category = categoryOf(cycle, unit);
  perIndicator?.forEach((item, at) => {
    if (!category.indicators.has(item.indicatorId)) {
      throw invalidField({ path: `perIndicator[${at}].indicatorId`, rule: 'unknown-indicator', message: `${item.indicatorId} is not an indicator of category ${category.id}` });
    }
    if (item.selfScore !== undefined) requireDecimal({ path: `perIndicator[${at}].selfScore`, value: item.selfScore, sign: 'non-negative' });
  });
  return [
    {
      type: 'SelfAssessmentSubmitted',
      data: {
        cycleId: cycle.cycleId,
        unitId: unit.unit.unitId,
        period,
        ...(selfScore === undefined ? {} : { selfScore }),
        narrative: requireText({ path: 'narrative', value: command.data.narrative }),
        ...(perIndicator === undefined ? {} : { perIndicator }),
      },
    },
  ];
};

/**
 * Points with a grade: only for a level given as a range (Qitai 良好 8–9, 一般 5–6 of 10), and
 * within it, on the indicator's own points (checkRating of @kaoping/scoring).
 */
const rangePoints = (input: Readonly<{ cycle: ActiveCycle; unit: RegisteredUnit; indicatorId: string; grade: string; points: string }>): string => {
  const { cycle, unit, indicatorId, grade, points } = input;
  requireDecimal({ path: 'points', value: points, sign: 'non-negative' });
  const scheme = cycle.scheme.valid;
  const problem =
    scheme === undefined
      ? { field: 'points', code: 'points-not-for-grade', message: { en: 'the published scheme no longer validates: give the grade alone' } }
      : checkRating({ scheme, categoryId: categoryOf(cycle, unit).id, indicatorId, grade, points });
  if (problem !== undefined) throw invalidField({ path: problem.field, rule: problem.code === 'out-of-range' ? 'points-outside-grade-range' : problem.code, message: problem.message.en });
  return points;
};

const ratingValue = (input: Readonly<{ command: RateUnit; method: 'rating' | 'points'; levels?: readonly string[]; outOf?: string; range: (grade: string, points: string) => string }>) => {
  const { grade, points } = input.command.data;
  if (input.method === 'rating') {
    if (grade === undefined) throw invalidField({ path: 'grade', rule: 'grade-required', message: 'a rating indicator takes a grade (a level of its scale), not points' });
    if (input.levels !== undefined && !input.levels.includes(grade)) {
      throw invalidField({ path: 'grade', rule: 'unknown-level', message: `${grade} is not a level of the scale (${input.levels.join(', ')})` });
    }
    return points === undefined ? { grade } : { grade, points: input.range(grade, points) };
  }
  if (points === undefined || grade !== undefined) throw invalidField({ path: 'points', rule: 'points-required', message: 'a points indicator takes points, not a grade' });
  requireDecimal({ path: 'points', value: points, sign: 'non-negative' });
  if (input.outOf !== undefined && compareDecimal(points, input.outOf) > 0) {
    throw invalidField({ path: 'points', rule: 'out-of-range', message: `at most ${input.outOf} points` });
  }
  return { points };
};

const rateUnit = ({ command, cycle, unit }: On<RateUnit>): UnitEvent[] => {
  const { indicatorId, raterRole } = command.data;
  const indicator = indicatorOf({ cycle, unit, indicatorId, path: 'indicatorId', methods: ['rating', 'points'] });
  if (indicator.fromProjects !== undefined) {
    throw invalidField({
      path: 'indicatorId',
      rule: 'indicator-from-projects',
      message: `${indicatorId} takes the grades of the unit's projects (category ${indicator.fromProjects}); it is not rated by hand`,
    });
  }
  const period = periodOf({ cycle, indicator, period: command.data.period, path: 'period' });
  if (indicator.raterRoles !== undefined && !indicator.raterRoles.includes(raterRole)) {
    throw invalidField({ path: 'raterRole', rule: 'rater-role-not-for-indicator', message: `${indicatorId} is rated by ${indicator.raterRoles.join(', ')}` });
  }
  const value = ratingValue({
    command,
    method: indicator.method === 'rating' ? 'rating' : 'points',
    ...(indicator.levels === undefined ? {} : { levels: indicator.levels }),
    ...(indicator.outOf === undefined ? {} : { outOf: indicator.outOf }),
    range: (grade, points) => rangePoints({ cycle, unit, indicatorId, grade, points }),
  });
  assertRatingWindow({ cycle, period, path: 'period' });
  const raterId = command.meta.actor.userId;
  const earlier = unit.ratings.get(ratingKey({ indicatorId, period, raterId }));
  return [
    {
      type: 'RatingGiven',
      data: {
        cycleId: cycle.cycleId,
        unitId: unit.unit.unitId,
        indicatorId,
        period,
        raterId,
        raterRole,
        ...value,
        ...(earlier === undefined ? {} : { supersedes: earlier }),
      },
    },
  ];
};

const surveyValue = (input: Readonly<{ command: RecordSurveyResult; levels?: readonly string[] }>) => {
  const { counts, rate } = input.command.data;
  const sampleSize = requireCount({ path: 'sampleSize', value: input.command.data.sampleSize });
  if ((counts === undefined) === (rate === undefined)) {
    throw invalidField({ path: 'counts', rule: 'counts-or-rate', message: 'give counts per level or a rate, not both' });
  }
  if (rate !== undefined) {
    requireDecimal({ path: 'rate', value: rate, sign: 'non-negative' });
    if (compareDecimal(rate, '100') > 0) throw invalidField({ path: 'rate', rule: 'out-of-range', message: 'a rate is at most 100 (%)' });
    return { rate, sampleSize };
  }
  const entries = Object.entries(counts ?? {});
  for (const [level, count] of entries) {
    if (input.levels !== undefined && !input.levels.includes(level)) {
      throw invalidField({ path: `counts.${level}`, rule: 'unknown-level', message: `${level} is not a level of the scale (${input.levels.join(', ')})` });
    }
    requireWhole({ path: `counts.${level}`, value: count });
  }
  if (sumWholes(entries.map(([, count]) => count)) > BigInt(sampleSize)) {
    throw invalidField({ path: 'counts', rule: 'counts-exceed-sample', message: `the counts add up to more than the sample size ${sampleSize}` });
  }
  return { ...(counts === undefined ? {} : { counts }), sampleSize };
};

const recordSurveyResult = ({ command, cycle, unit }: On<RecordSurveyResult>): UnitEvent[] => {
  const { indicatorId } = command.data;
  const indicator = indicatorOf({ cycle, unit, indicatorId, path: 'indicatorId', methods: ['survey'] });
  const period = periodOf({ cycle, indicator, period: command.data.period, path: 'period' });
  const value = surveyValue({ command, ...(indicator.levels === undefined ? {} : { levels: indicator.levels }) });
  assertPeriodOpen({ cycle, period, path: 'period' });
  const earlier = unit.surveys.get(slotKey(indicatorId, period));
  return [
    {
      type: 'SurveyResultRecorded',
      data: { cycleId: cycle.cycleId, unitId: unit.unit.unitId, indicatorId, period, ...value, ...(earlier === undefined ? {} : { supersedes: earlier }) },
    },
  ];
};

// 怀来: each month's result is signed off by the group leader before it counts; a sign-off is a
// second pair of eyes, so nobody signs off a period in which he rated the unit himself.
const signOffPeriod = ({ command, cycle, unit }: On<SignOffPeriod>): UnitEvent[] => {
  const period = periodOf({ cycle, period: command.data.period, path: 'period' });
  if (unit.signedOff.has(period)) throw new Conflict({ code: 'already-signed-off', message: `period ${period} is signed off already` });
  const signer = command.meta.actor.userId;
  if (hasRated(unit, { period, raterId: signer })) {
    const message = `${signer} rated unit ${unit.unit.unitId} in ${period}: someone else signs it off`;
    throw new Forbidden({ code: 'self-sign-off', message, details: [{ path: 'period', rule: 'self-sign-off', message }] });
  }
  return [{ type: 'PeriodSignedOff', data: { cycleId: cycle.cycleId, unitId: unit.unit.unitId, period, signerId: command.meta.actor.userId } }];
};

const decideOnUnit = (command: Exclude<UnitCommand, RegisterUnit>, { cycle, unit }: Readonly<{ cycle: ActiveCycle; unit: RegisteredUnit }>): UnitEvent[] => {
  switch (command.type) {
    case 'MoveUnit':
      return moveUnit({ command, cycle, unit });
    case 'RetireUnit':
      return retireUnit({ command, cycle, unit });
    case 'AssignUnitIndicators':
      return assignUnitIndicators({ command, cycle, unit });
    case 'AssignIndicator':
      return assignIndicator({ command, cycle, unit });
    case 'ChangeTarget':
      return changeTarget({ command, cycle, unit });
    case 'SubmitEvaluationPlan':
      return submitEvaluationPlan({ command, cycle, unit });
    case 'ApproveEvaluationPlan':
      return approveEvaluationPlan({ command, cycle, unit });
    case 'ReturnEvaluationPlan':
      return returnEvaluationPlan({ command, cycle, unit });
    case 'SubmitData':
      return submitData({ command, cycle, unit });
    case 'CorrectData':
      return correctData({ command, cycle, unit });
    case 'SubmitSelfAssessment':
      return submitSelfAssessment({ command, cycle, unit });
    case 'RateUnit':
      return rateUnit({ command, cycle, unit });
    case 'RecordSurveyResult':
      return recordSurveyResult({ command, cycle, unit });
    case 'SignOffPeriod':
      return signOffPeriod({ command, cycle, unit });
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
};

/** Decides a unit command: [] for a command id already seen; throws a DomainError when refused. */
export const decideUnit = guarded<UnitCommand, UnitEvent, UnitState, UnitContext, ActiveCycle>(
  {
    cycleOf: ({ context }) => context.cycle,
    activeCycle: requiresActiveCycle,
    scope: (command, { state, cycle }) => ({ cycle, unit: command.type === 'RegisterUnit' ? state : requireRegistered(state) }),
  },
  (command, { state, context, cycle }) =>
    command.type === 'RegisterUnit' ? registerUnit(command, { cycle, state, parent: context.parent }) : decideOnUnit(command, { cycle, unit: requireRegistered(state) }),
);

// ── evolve ──────────────────────────────────────────────────────────────────────────────────────

const emptyRecord = (event: Extract<UnitEvent, { type: 'UnitRegistered' }>): UnitRecord => ({
  unit: {
    unitId: event.data.unitId,
    name: event.data.name,
    level: event.data.level,
    ...(event.data.categoryId === undefined ? {} : { categoryId: event.data.categoryId }),
    ...(event.data.parentUnitId === undefined ? {} : { parentUnitId: event.data.parentUnitId }),
  },
  assignments: new Map(),
  submissions: new Map(),
  currentValues: new Map(),
  ratings: new Map(),
  surveys: new Map(),
  selfAssessments: new Map(),
  signedOff: new Set(),
  plan: { status: 'none' },
});

const evolveRecord = (draft: Draft, record: UnitRecord, event: Recorded<UnitEvent>): UnitRecord => {
  // What comes in for a period after its sign-off waits for a new one (the scoring engine agrees).
  const unsigned = (period: string): ReadonlySet<string> => draft.withoutMember(record.signedOff, period);
  switch (event.type) {
    case 'UnitRegistered':
    case 'UnitRetired':
      return record;
    case 'UnitMoved':
      return { ...record, unit: { ...record.unit, categoryId: event.data.toCategoryId } };
    case 'IndicatorAssigned': {
      const { indicatorId, providerId, targets } = event.data;
      return {
        ...record,
        assignments: draft.withEntry(record.assignments, indicatorId, {
          indicatorId,
          ...(providerId === undefined ? {} : { providerId }),
          targets: targets ?? {},
          eventId: event.id,
        }),
      };
    }
    case 'TargetChanged': {
      const { indicatorId, period, value } = event.data;
      const assignment = record.assignments.get(indicatorId) ?? { indicatorId, targets: {}, eventId: event.id };
      return {
        ...record,
        assignments: draft.withEntry(record.assignments, indicatorId, { ...assignment, targets: { ...assignment.targets, [period ?? '']: value } }),
      };
    }
    case 'EvaluationPlanSubmitted':
      return { ...record, plan: { status: 'submitted', planId: event.id } };
    case 'EvaluationPlanApproved':
      return { ...record, plan: { status: 'approved', planId: event.data.planId } };
    case 'EvaluationPlanReturned':
      return { ...record, plan: { status: 'returned', planId: event.data.planId } };
    case 'UnitIndicatorsAssigned':
      return { ...record, unitIndicators: draft.withEntry(record.unitIndicators ?? new Map<string, readonly string[]>(), event.data.indicatorId, event.data.items.map((item) => item.id)) };
    case 'DataSubmitted':
    case 'DataCorrected': {
      const { indicatorId, period, item } = event.data;
      return {
        ...record,
        submissions: draft.withEntry(record.submissions, event.id, valueFactOf(event)),
        currentValues: draft.withEntry(record.currentValues, valueSlot({ indicatorId, item, period }), event.id),
        signedOff: unsigned(period),
      };
    }
    case 'SelfAssessmentSubmitted':
      return { ...record, selfAssessments: draft.withEntry(record.selfAssessments, event.data.period, event.id) };
    case 'RatingGiven':
      return { ...record, ratings: draft.withEntry(record.ratings, ratingKey(event.data), event.id), signedOff: unsigned(event.data.period) };
    case 'SurveyResultRecorded':
      return {
        ...record,
        surveys: draft.withEntry(record.surveys, slotKey(event.data.indicatorId, event.data.period), event.id),
        signedOff: unsigned(event.data.period),
      };
    case 'PeriodSignedOff':
      return { ...record, signedOff: draft.withMember(record.signedOff, event.data.period) };
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
};

/** Folds one unit event, changing in place only what the fold's draft owns; never throws. */
export const evolveUnitIn = (draft: Draft, state: UnitState, event: Recorded<UnitEvent>): UnitState => {
  switch (state.status) {
    case 'unregistered':
      return event.type === 'UnitRegistered' ? { status: 'registered', ...emptyRecord(event) } : state;
    case 'registered':
      return event.type === 'UnitRetired'
        ? { ...evolveRecord(draft, state, event), status: 'retired' }
        : { ...evolveRecord(draft, state, event), status: 'registered' };
    case 'retired':
      return { ...evolveRecord(draft, state, event), status: 'retired' };
    default: {
      const unhandled: never = state;
      return unhandled;
    }
  }
};

/** The decider of `unit-<cycleId>-<unitId>`. */
export const unitDecider: Decider<UnitCommand, UnitEvent, UnitState, UnitContext> = deciderOf({
  initialState: initialUnitState,
  evolve: evolveUnitIn,
  decide: decideUnit,
});

/** Folds one unit event into a state a caller holds (copying what it changes); never throws. */
export const evolveUnit = unitDecider.evolve;
