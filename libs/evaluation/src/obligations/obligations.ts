import type { ResolvedDeadline } from '@kaoping/scoring';
import type { ActiveCycle } from '../cycle/cycle.state';
import { defaultPeriod, type IndicatorInfo } from '../cycle/scheme-index';
import type { UnitState } from '../units/unit.state';

/** One item a unit owes by a deadline, and the event that delivered it if it has been. */
export type Obligation = Readonly<{
  unitId: string;
  deadlineId: string;
  kind: ResolvedDeadline['kind'];
  period: string;
  /** The indicator; absent for an item of the whole unit (self-assessment, plan). */
  indicatorId?: string;
  /** Who delivers a data or survey item: the assignment's provider, else the scheme's. */
  providerId?: string;
  /** The event that delivered it (current value, rating, survey, self-assessment, plan); absent: still owed. */
  deliveredBy?: string;
}>;

const DATA_METHODS: ReadonlySet<IndicatorInfo['method']> = new Set(['proportional', 'score']);
const RATING_METHODS: ReadonlySet<IndicatorInfo['method']> = new Set(['rating', 'points']);

/** Whether an indicator takes values in the period: its periods (tracking rounds too), or the default period the engine scores it in. */
const takesValuesIn = (indicator: IndicatorInfo, period: string, defaultId: string | undefined): boolean =>
  indicator.periods === undefined ? period === defaultId : indicator.periods.includes(period);

/** Whether an indicator is evaluated (scored) in the period: tracking rounds are not. */
const evaluatedIn = (indicator: IndicatorInfo, period: string, defaultId: string | undefined): boolean =>
  takesValuesIn(indicator, period, defaultId) && !(indicator.tracking ?? []).includes(period);

/**
 * The value that delivers a data item: the indicator's own, or — when the office gave the unit its
 * own level-3 indicators under it — a value for every one of them (the last item's stands for all).
 */
const deliveredValue = (unit: Extract<UnitState, { status: 'registered' }>, indicatorId: string, period: string): string | undefined => {
  const items = unit.unitIndicators?.get(indicatorId);
  if (items === undefined) return unit.currentValues.get(`${indicatorId}@${period}`);
  const values = items.map((itemId) => unit.currentValues.get(`${indicatorId}/${itemId}@${period}`));
  return values.every((value) => value !== undefined) ? values.at(-1) : undefined;
};

/**
 * What a registered unit owes by a deadline of the calendar (pure), the one rule that reminders,
 * overdue facts and the submission-status board share:
 * - data: every data indicator (proportional, score) **assigned** to the unit in the period (its
 *   tracking rounds too), with its current value if any (a correction delivers too);
 * - rating: every rating or points indicator of the unit's **category** in the period (raters are
 *   assigned to units, not indicators to units), delivered by any rating of it for the period;
 *   none for an indicator taking its projects' grades (`fromProjects`);
 * - survey: every survey indicator of the category in the period;
 * - self-assessment: one for a period the category is evaluated in (not a tracking round; Qitai's
 *   projects have no half-year); plan: the evaluation plan, **owed again once returned**;
 * An indicator without `period`/`periods` is in the scheme's default (last) period only, as the
 * engine scores it.
 * - rectification plans are owed by orders, not by units: see the rectification streams.
 * A deadline without a period is for the scheme's default (last) period.
 */
export const obligationsAt = (input: Readonly<{ cycle: ActiveCycle; unit: UnitState; deadline: ResolvedDeadline }>): readonly Obligation[] => {
  const { cycle, unit, deadline } = input;
  if (unit.status !== 'registered') return [];
  // An unscored unit (the county at the root of the tree) owes nothing.
  const category = unit.unit.categoryId === undefined ? undefined : cycle.scheme.index.categories.get(unit.unit.categoryId);
  if (category === undefined) return [];
  const defaultId = defaultPeriod(cycle.scheme.index);
  const period = deadline.period ?? defaultId ?? '';
  const inPeriod = (indicator: IndicatorInfo, at: string): boolean => takesValuesIn(indicator, at, defaultId);
  const base = { unitId: unit.unit.unitId, deadlineId: deadline.id, kind: deadline.kind, period };
  const item = (rest: Readonly<{ indicatorId?: string; providerId?: string | undefined; deliveredBy?: string | undefined }>): Obligation => ({
    ...base,
    ...(rest.indicatorId === undefined ? {} : { indicatorId: rest.indicatorId }),
    ...(rest.providerId === undefined ? {} : { providerId: rest.providerId }),
    ...(rest.deliveredBy === undefined ? {} : { deliveredBy: rest.deliveredBy }),
  });
  const indicatorsOf = (methods: ReadonlySet<IndicatorInfo['method']>): readonly IndicatorInfo[] =>
    [...category.indicators.values()].filter((indicator) => methods.has(indicator.method) && inPeriod(indicator, period));
  switch (deadline.kind) {
    case 'data':
      return [...unit.assignments.values()].flatMap((assignment) => {
        const indicator = category.indicators.get(assignment.indicatorId);
        if (indicator === undefined || !DATA_METHODS.has(indicator.method) || !inPeriod(indicator, period)) return [];
        return [item({ indicatorId: indicator.id, providerId: assignment.providerId ?? indicator.provider, deliveredBy: deliveredValue(unit, indicator.id, period) })];
      });
    case 'rating':
      // A rating from projects is delivered by the projects' grades, not by raters.
      return indicatorsOf(RATING_METHODS).filter((indicator) => indicator.fromProjects === undefined).map((indicator) => {
        const prefix = `${indicator.id}@${period}@`;
        return item({ indicatorId: indicator.id, deliveredBy: [...unit.ratings].find(([key]) => key.startsWith(prefix))?.[1] });
      });
    case 'survey':
      return indicatorsOf(new Set(['survey'])).map((indicator) =>
        item({ indicatorId: indicator.id, providerId: indicator.provider, deliveredBy: unit.surveys.get(`${indicator.id}@${period}`) }),
      );
    case 'self-assessment':
      // Owed for a period the unit's category is evaluated in (Qitai's projects have no half-year).
      if (![...category.indicators.values()].some((indicator) => evaluatedIn(indicator, period, defaultId))) return [];
      return [item({ deliveredBy: unit.selfAssessments.get(period) })];
    case 'plan':
      return [item({ deliveredBy: unit.plan.status === 'submitted' || unit.plan.status === 'approved' ? unit.plan.planId : undefined })];
    case 'rectification-plan':
      return [];
    default: {
      const unknown: never = deadline.kind;
      return unknown;
    }
  }
};
