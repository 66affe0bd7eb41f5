import type { Fact } from '@kaoping/scoring';
import type { ProposalEvent } from '../proposals/proposal.events';
import type { Recorded } from '../shared/envelope.types';
import type { UnitEvent } from '../units/unit.events';

// The log's order decides between facts recorded in the same instant (the deciders fold it too).
const positionOf = (event: Readonly<{ position?: string }>): Readonly<{ position?: string }> => (event.position === undefined ? {} : { position: event.position });

/** The id of the TargetSet fact for one period of an IndicatorAssigned event. */
export const targetFactId = (eventId: string, period: string): string => `${eventId}#${period}`;

/** The scoring facts a unit event stands for (none for registrations, plans, self-assessments). */
export const factsOfUnitEvent = (event: Recorded<UnitEvent>): readonly Fact[] => {
  const base = { unitId: event.data.unitId, recordedAt: event.metadata.recordedAt, ...positionOf(event) };
  switch (event.type) {
    case 'IndicatorAssigned':
      return Object.entries(event.data.targets ?? {}).map(([period, value]) => ({
        ...base,
        id: targetFactId(event.id, period),
        type: 'TargetSet',
        indicatorId: event.data.indicatorId,
        period,
        value,
      }));
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
    case 'DataSubmitted':
      return [
        {
          ...base,
          id: event.id,
          type: 'DataSubmitted',
          indicatorId: event.data.indicatorId,
          period: event.data.period,
          value: event.data.value,
          ...(event.data.item === undefined ? {} : { item: event.data.item }),
        },
      ];
    case 'DataCorrected':
      return [
        {
          ...base,
          id: event.id,
          type: 'DataSubmitted',
          indicatorId: event.data.indicatorId,
          period: event.data.period,
          value: event.data.value,
          supersedes: event.data.supersedes,
          ...(event.data.item === undefined ? {} : { item: event.data.item }),
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
