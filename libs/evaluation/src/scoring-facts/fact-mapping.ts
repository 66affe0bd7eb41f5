import type { Fact } from '@kaoping/scoring';
import type { ProposalEvent } from '../proposals/proposal.events';
import type { Recorded } from '../shared/envelope.types';
import type { UnitEvent } from '../units/unit.events';

// The log's order decides between facts recorded in the same instant (the deciders fold it too).
const positionOf = (event: Readonly<{ position?: string }>): Readonly<{ position?: string }> => (event.position === undefined ? {} : { position: event.position });

// The facts of every value and target of a year are made here (a province folds millions): the
// common ones are written out as literals, with and without a position, keys in the same order as
// the spread form below. Built with spreads of `base` they took 80 times as long (V8 copies each
// spread property by property once the shapes vary).

/** An assignment's targets as one fact; the event's own targets object, not a copy. */
const targetsSet = (event: Recorded<Extract<UnitEvent, { type: 'IndicatorAssigned' }>>, targets: Readonly<Record<string, string>>): Fact => {
  const { unitId, indicatorId } = event.data;
  const { recordedAt } = event.metadata;
  const { id } = event;
  return event.position === undefined
    ? { unitId, recordedAt, id, type: 'TargetsSet', indicatorId, targets }
    : { unitId, recordedAt, position: event.position, id, type: 'TargetsSet', indicatorId, targets };
};

/** The fact of a value recorded for a unit: a submission, or a correction naming the value it supersedes. */
export type ValueFact = Extract<Fact, { type: 'DataSubmitted' }> & Readonly<{ period: string }>;

type ValueEvent = Recorded<Extract<UnitEvent, { type: 'DataSubmitted' | 'DataCorrected' }>>;

const valueFactOfEvent = (event: ValueEvent): ValueFact => {
  const { unitId, indicatorId, period, value, item } = event.data;
  const supersedes = event.type === 'DataCorrected' ? event.data.supersedes : undefined;
  const { recordedAt } = event.metadata;
  const { id } = event;
  const fact: ValueFact =
    event.position === undefined
      ? { unitId, recordedAt, id, type: 'DataSubmitted', indicatorId, period, value }
      : { unitId, recordedAt, position: event.position, id, type: 'DataSubmitted', indicatorId, period, value };
  if (supersedes === undefined && item === undefined) return fact;
  return { ...fact, ...(supersedes === undefined ? {} : { supersedes }), ...(item === undefined ? {} : { item }) };
};

// The last value event mapped and its fact: a cycle's fold asks twice for each value event (the
// unit's state keeps the fact as its submission, the unit's facts list holds it too), and both then
// hold one object instead of two alike (a province folds millions of values).
let lastValueEvent: ValueEvent | undefined;
let lastValueFact: ValueFact | undefined;

/** The fact of a DataSubmitted or DataCorrected event (the same object when asked again for the same event). */
export const valueFactOf = (event: ValueEvent): ValueFact => {
  if (event === lastValueEvent && lastValueFact !== undefined) return lastValueFact;
  const fact = valueFactOfEvent(event);
  lastValueEvent = event;
  lastValueFact = fact;
  return fact;
};

/** The scoring facts a unit event stands for (none for registrations, plans, self-assessments). */
export const factsOfUnitEvent = (event: Recorded<UnitEvent>): readonly Fact[] => {
  switch (event.type) {
    case 'IndicatorAssigned': {
      const { targets } = event.data;
      return targets === undefined || Object.keys(targets).length === 0 ? [] : [targetsSet(event, targets)];
    }
    case 'DataSubmitted':
    case 'DataCorrected':
      return [valueFactOf(event)];
    default:
      return otherFactsOfUnitEvent(event);
  }
};

const otherFactsOfUnitEvent = (event: Recorded<UnitEvent>): readonly Fact[] => {
  const base = { unitId: event.data.unitId, recordedAt: event.metadata.recordedAt, ...positionOf(event) };
  switch (event.type) {
    case 'IndicatorAssigned':
    case 'DataSubmitted':
    case 'DataCorrected':
      return factsOfUnitEvent(event);
    case 'TargetChanged':
      return [
        {
          ...base,
          id: event.id,
          type: 'TargetSet',
          indicatorId: event.data.indicatorId,
          ...(event.data.period === undefined ? {} : { period: event.data.period }),
          value: event.data.value,
        },
      ];
    case 'UnitIndicatorsAssigned':
      return [
        {
          ...base,
          id: event.id,
          type: 'UnitIndicatorsAssigned',
          indicatorId: event.data.indicatorId,
          items: event.data.items.map(({ id, label, weight, target, direction }) => ({ id, label, weight, target, ...(direction === undefined ? {} : { direction }) })),
        },
      ];
    case 'RatingGiven': {
      const { indicatorId, period, raterId, raterRole, grade, points, supersedes } = event.data;
      return [
        {
          ...base,
          id: event.id,
          type: 'RatingGiven',
          indicatorId,
          period,
          raterId,
          raterRole,
          ...(grade === undefined ? {} : { grade }),
          ...(points === undefined ? {} : { points }),
          ...(supersedes === undefined ? {} : { supersedes }),
        },
      ];
    }
    case 'SurveyResultRecorded': {
      const { indicatorId, period, counts, rate, sampleSize, supersedes } = event.data;
      return [
        {
          ...base,
          id: event.id,
          type: 'SurveyRecorded',
          indicatorId,
          period,
          ...(counts === undefined ? {} : { counts }),
          ...(rate === undefined ? {} : { rate }),
          sampleSize,
          ...(supersedes === undefined ? {} : { supersedes }),
        },
      ];
    }
    case 'PeriodSignedOff':
      return [{ ...base, id: event.id, type: 'PeriodSignedOff', period: event.data.period, signerId: event.data.signerId }];
    case 'UnitRegistered':
    case 'UnitMoved':
    case 'UnitRetired':
    case 'EvaluationPlanSubmitted':
    case 'EvaluationPlanApproved':
    case 'EvaluationPlanReturned':
    case 'SelfAssessmentSubmitted':
      return [];
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
};

/** The scoring facts a proposal event stands for: approvals count, revocations take them back; proposals alone do not. */
export const factsOfProposalEvent = (event: Recorded<ProposalEvent>): readonly Fact[] => {
  const base = { id: event.id, unitId: event.data.unitId, recordedAt: event.metadata.recordedAt, ...positionOf(event) };
  switch (event.type) {
    case 'DeductionApproved': {
      const { ruleId, indicatorId, source, amount, count, persons, period } = event.data;
      return [
        {
          ...base,
          type: 'DeductionApproved',
          ...(ruleId === undefined ? {} : { ruleId }),
          ...(indicatorId === undefined ? {} : { indicatorId }),
          ...(source === undefined ? {} : { source }),
          ...(amount === undefined ? {} : { amount }),
          ...(count === undefined ? {} : { count }),
          ...(persons === undefined ? {} : { persons }),
          ...(period === undefined ? {} : { period }),
        },
      ];
    }
    case 'BonusApproved': {
      const { ruleId, count, amount } = event.data;
      return [{ ...base, type: 'BonusApproved', ruleId, ...(count === undefined ? {} : { count }), ...(amount === undefined ? {} : { amount }) }];
    }
    case 'VetoConfirmed':
      return [{ ...base, type: 'VetoConfirmed', vetoId: event.data.vetoId }];
    case 'DeductionRevoked':
    case 'BonusRevoked':
    case 'VetoRevoked':
      return [
        {
          ...base,
          type: 'FactRevoked',
          revokes: event.data.revokes,
          ...(event.metadata.reason === undefined ? {} : { reason: event.metadata.reason }),
        },
      ];
    case 'InspectionFindingRecorded':
    case 'ComplaintRegistered':
    case 'ComplaintFindingRecorded':
    case 'BonusClaimed':
    case 'VetoIncidentRecorded':
    case 'DeductionRejected':
    case 'BonusRejected':
    case 'VetoRejected':
      return [];
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
};
