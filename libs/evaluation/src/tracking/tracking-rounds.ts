import { type Deviation, deviationOf } from '@kaoping/scoring';
import type { ActiveCycle } from '../cycle/cycle.state';
import type { IndicatorInfo } from '../cycle/scheme-index';
import { NotFound } from '../shared/domain-error';
import type { Recorded, RecordedMetadata, Role } from '../shared/envelope.types';
import type { EvaluationEvent } from '../shared/messages';
import type { CycleView } from '../scoring-facts/cycle-view';
import { slotKey } from '../units/unit.rules';
import type { UnitRecord } from '../units/unit.state';

/** Who recorded the value that counts, when, and the event it is. */
export type TrackedValueRecord = Readonly<{ eventId: string; actorId: string; role: Role; recordedAt: string; corrected: boolean }>;

/**
 * One tracked indicator of a project in one tracking round: the round's target (the project's own,
 * else the scheme's), the value that counts now, its deviation from the target, and the corrective
 * action recorded with the value (the reason given with the data, or with its latest correction).
 */
export type TrackedIndicator = Readonly<{
  indicatorId: string;
  direction: 'higher' | 'lower';
  target?: string;
  value?: string;
  deviation?: Deviation;
  correctiveAction?: string;
  recorded?: TrackedValueRecord;
}>;

export type TrackingRound = Readonly<{ period: string; indicators: readonly TrackedIndicator[] }>;

/** A project (or any unit) whose category's scheme tracks indicators during the year (S9 绩效跟踪). */
export type UnitTracking = Readonly<{ unitId: string; name: string; categoryId: string; rounds: readonly TrackingRound[] }>;

const trackedIndicators = (cycle: ActiveCycle, categoryId: string): readonly IndicatorInfo[] =>
  [...(cycle.scheme.index.categories.get(categoryId)?.indicators.values() ?? [])].filter((indicator) => (indicator.tracking ?? []).length > 0);

const targetOf = (record: UnitRecord, indicator: IndicatorInfo, period: string): string | undefined => {
  const own = record.assignments.get(indicator.id)?.targets;
  return own?.[period] ?? own?.[''] ?? indicator.schemeTargets?.[period] ?? indicator.schemeTargets?.[''];
};

const lineOf = (
  input: Readonly<{ record: UnitRecord; indicator: IndicatorInfo; period: string; metadata: ReadonlyMap<string, RecordedMetadata> }>,
): TrackedIndicator => {
  const { record, indicator, period } = input;
  const direction = indicator.direction ?? 'higher';
  const target = targetOf(record, indicator, period);
  const eventId = record.currentValues.get(slotKey(indicator.id, period));
  const submission = eventId === undefined ? undefined : record.submissions.get(eventId);
  const meta = eventId === undefined ? undefined : input.metadata.get(eventId);
  const deviation = target === undefined || submission === undefined ? undefined : deviationOf({ target, value: submission.value, direction });
  return {
    indicatorId: indicator.id,
    direction,
    ...(target === undefined ? {} : { target }),
    ...(submission === undefined ? {} : { value: submission.value }),
    ...(deviation === undefined ? {} : { deviation }),
    ...(meta?.reason === undefined ? {} : { correctiveAction: meta.reason }),
    ...(submission === undefined || meta === undefined
      ? {}
      : { recorded: { eventId: submission.id, actorId: meta.actorId, role: meta.role, recordedAt: meta.recordedAt, corrected: submission.supersedes !== undefined } }),
  };
};

/**
 * Tracking rounds (S9 绩效跟踪, 偏差分析和纠偏): per unit whose category tracks indicators, per
 * tracking round (in the scheme's order), per tracked indicator assigned to the unit — target, value,
 * deviation (exact) and the corrective action recorded with the value. `events`: the cycle's unit
 * events, for who recorded each value and why (the view keeps the values, not their metadata).
 * `unitId`: that unit only (NotFound 'unit-not-found' when it is not registered). Refusals:
 * NotFound 'cycle-not-found' / 'scheme-not-published'.
 */
export const trackingRoundsOf = (
  view: CycleView,
  input: Readonly<{ events: readonly Recorded<EvaluationEvent>[]; unitId?: string }>,
): readonly UnitTracking[] => {
  const { cycle } = view;
  if (cycle.status === 'none') throw new NotFound({ code: 'cycle-not-found', message: 'the cycle does not exist' });
  if (cycle.status !== 'active') throw new NotFound({ code: 'scheme-not-published', message: `cycle ${cycle.cycleId} has no published scheme` });
  if (input.unitId !== undefined && view.units.get(input.unitId)?.status !== 'registered') {
    throw new NotFound({ code: 'unit-not-found', message: `no unit ${input.unitId} registered in cycle ${cycle.cycleId}`, details: [{ path: 'unitId', rule: 'unit-not-found', message: 'the unit is not registered' }] });
  }
  const metadata = new Map(input.events.filter((event) => event.type === 'DataSubmitted' || event.type === 'DataCorrected').map((event) => [event.id, event.metadata]));
  const periods = cycle.scheme.index.periods;
  const tracked: UnitTracking[] = [];
  for (const [unitId, state] of [...view.units].sort(([a], [b]) => a.localeCompare(b))) {
    if (state.status !== 'registered' || (input.unitId !== undefined && unitId !== input.unitId)) continue;
    // A unit without a category (the county at the root of a four-level tree) is never scored, so never tracked.
    const categoryId = state.unit.categoryId;
    if (categoryId === undefined) continue;
    const indicators = trackedIndicators(cycle, categoryId).filter((indicator) => state.assignments.has(indicator.id));
    if (indicators.length === 0) continue;
    const rounds = periods
      .filter((period) => indicators.some((indicator) => indicator.tracking?.includes(period)))
      .map((period): TrackingRound => ({
        period,
        indicators: indicators.filter((indicator) => indicator.tracking?.includes(period)).map((indicator) => lineOf({ record: state, indicator, period, metadata })),
      }));
    tracked.push({ unitId, name: state.unit.name, categoryId, rounds });
  }
  return tracked;
};
