import type { PhaseId } from '@kaoping/scoring';
import { cycleDecider } from '../cycle/cycle.decider';
import type { RaterUnits } from '../cycle/cycle.events';
import type { CycleState } from '../cycle/cycle.state';
import type { Recorded } from '../shared/envelope.types';
import { isCycleEvent, isUnitEvent } from '../streams/event-guards';
import { unitDecider } from '../units/unit.decider';
import type { UnitEvent } from '../units/unit.events';
import type { UnitState } from '../units/unit.state';
import { cycleEvents, event, recorded } from './lifecycle.factories';
import { TEST_SCHEME } from './test-scheme.fixture';

export type CycleSetUp = Readonly<{
  open?: readonly PhaseId[];
  closed?: readonly Readonly<{ phase: PhaseId; periods: readonly string[] }>[];
  raters?: readonly Readonly<{ raterId: string; raterRole: string; units: RaterUnits; indicators?: readonly string[] }>[];
  scheme?: unknown;
}>;

/** The folded cycle of the test scheme with these phases open or closed and these raters. */
export const cycleWith = (setUp: CycleSetUp = {}): CycleState => {
  const events = [
    ...cycleEvents({ scheme: setUp.scheme ?? TEST_SCHEME, ...(setUp.open === undefined ? {} : { open: setUp.open }), ...(setUp.closed === undefined ? {} : { closed: setUp.closed }) }),
    ...(setUp.raters ?? []).map((rater) => recorded(event('RaterAssigned', rater))),
  ];
  return cycleDecider.fold(events.filter(isCycleEvent));
};

/** A township's registration (category townships). */
export const townshipRegistered = (unitId = 'town-a', name = '甲乡'): Recorded<UnitEvent> =>
  recorded(event('UnitRegistered', { unitId, name, level: 'township', categoryId: 'townships' }));

/** A department's registration (category departments). */
export const departmentRegistered = (unitId = 'dept-a', name = '甲局'): Recorded<UnitEvent> =>
  recorded(event('UnitRegistered', { unitId, name, level: 'department', categoryId: 'departments' }));

/** A folded unit stream. */
export const unitWith = (events: readonly Recorded<UnitEvent>[]): UnitState =>
  unitDecider.fold(events.filter((recordedEvent) => isUnitEvent(recordedEvent)));
